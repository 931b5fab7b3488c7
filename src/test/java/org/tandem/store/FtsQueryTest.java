package org.tandem.store;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FtsQueryTest {
    @Test
    void wordsBecomeQuotedPrefixTerms() {
        assertThat(FtsQuery.of("Compet  pricing")).contains("\"compet\"* \"pricing\"*");
    }

    @Test
    void punctuationAndOperatorsAreJustSeparatorsOrWords() {
        assertThat(FtsQuery.of("\"a\" AND -b* (c)")).contains("\"a\"* \"and\"* \"b\"* \"c\"*");
        assertThat(FtsQuery.of("*-\"()")).isEmpty();
        assertThat(FtsQuery.of(null)).isEmpty();
    }

    @Test
    void lettersOfAnyScriptAndDigitsCount() {
        assertThat(FtsQuery.words("Café 2025 кофе")).containsExactly("café", "2025", "кофе");
    }

    @Test
    void veryLongInputIsCappedAtSixteenWords() {
        assertThat(FtsQuery.words("w ".repeat(100))).hasSize(16);
    }
}
