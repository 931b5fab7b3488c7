package org.tandem.store;

import org.tandem.domain.SearchWords;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FtsQueryTest {
    @Test
    void wordsBecomeQuotedPrefixTerms() {
        assertThat(FtsQuery.of("Compet  pricing")).contains("\"compet\"* \"pricing\"*");
    }

    @Test
    void punctuationAndOperatorsAreJustSeparatorsOrWords() {
        assertThat(FtsQuery.of("\"ab\" AND -bc* (cd)")).contains("\"ab\"* \"and\"* \"bc\"* \"cd\"*");
        assertThat(FtsQuery.of("*-\"()")).isEmpty();
        assertThat(FtsQuery.of(null)).isEmpty();
    }

    @Test
    void aSingleLetterMatchesWholeWordsOnly() {
        assertThat(FtsQuery.of("c")).contains("\"c\"");
        assertThat(FtsQuery.of("vitamin c")).contains("\"vitamin\"* \"c\"");
    }

    @Test
    void lettersOfAnyScriptAndDigitsCount() {
        assertThat(SearchWords.of("Café 2025 кофе")).containsExactly("café", "2025", "кофе");
    }

    @Test
    void veryLongInputIsCappedAtTheMostWordsAndSaysSo() {
        assertThat(SearchWords.of("w ".repeat(100))).hasSize(SearchWords.MAX_TERMS);
        assertThat(SearchWords.leftOut("w ".repeat(100))).contains((100 - SearchWords.MAX_TERMS) + " more were left out");
    }
}
