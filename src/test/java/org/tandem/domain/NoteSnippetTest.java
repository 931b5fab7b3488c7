package org.tandem.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NoteSnippetTest {
    private static final char S = NoteSummary.MATCH_START;
    private static final char E = NoteSummary.MATCH_END;

    @Test
    void everyWordStartingWithASearchedWordIsMarkedAndOthersAreNot() {
        assertThat(NoteSnippet.of("Roasters roast; a roastery", 1, 26, List.of("roast")))
                .isEqualTo(S + "Roasters" + E + " " + S + "roast" + E + "; a " + S + "roastery" + E);
        assertThat(NoteSnippet.of("decaf is not coffee", 1, 19, List.of("caf"))).doesNotContain(String.valueOf(S));
    }

    @Test
    void aWindowInsideTheBodyDropsTheWordsItCutAndSaysTheTextGoesOn() {
        String snippet = NoteSnippet.of("ofiles differ. Our wholesale custo", 40, 500, List.of("wholesale"));
        assertThat(snippet).isEqualTo("…differ. Our " + S + "wholesale" + E + "…");
    }

    @Test
    void partsOfAPhraseInAWritingWithoutSpacesAreMarkedWhereverTheyAre() {
        assertThat(NoteSnippet.of("東京都庁舎は新宿にある", 1, 11, List.of("新宿")))
                .isEqualTo("東京都庁舎は" + S + "新宿" + E + "にある");
        assertThat(SearchWords.unspaced("カフェ")).isTrue();
        assertThat(SearchWords.unspaced("cafe")).isFalse();
    }

    @Test
    void aSearchMixingBothWritingsMarksEachWordTheWayItsWritingIsFound() {
        // an English word is marked where a word starts with it, a Japanese part anywhere inside a phrase; the
        // English word is not looked for inside Japanese phrases, nor the Japanese part inside English words
        assertThat(NoteSnippet.of("Tokyo roasters: 東京のロースター roast 新宿", 1, 33, List.of("roast", "ロースター", "okyo")))
                .isEqualTo("Tokyo " + S + "roasters" + E + ": 東京の" + S + "ロースター" + E + " " + S + "roast" + E + " 新宿");
    }

    @Test
    void anEmptyBodyHasNoPassage() {
        assertThat(NoteSnippet.of("", 1, 0, List.of("x"))).isEmpty();
        assertThat(NoteSnippet.of(null, 1, 0, List.of("x"))).isEmpty();
    }
}
