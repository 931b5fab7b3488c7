package org.tandem.store;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LongTextTest {
    private static String text(int length, char last) {
        return "x".repeat(length - 1) + last;
    }

    @Test
    void aTextUpToTheLimitIsKeptAsItIs() {
        String text = text(LongText.LONG, 'a');
        assertThat(LongText.of(text)).isSameAs(text);
        assertThat(LongText.of(42L)).isEqualTo(42L);
        assertThat(LongText.of(null)).isNull();
    }

    @Test
    void longTextsAreEqualWhereTheTextsAreAndDifferWhereTheyDifferPastWhatIsShown() {
        String text = text(5_000, 'a');
        assertThat(LongText.of(text)).isEqualTo(LongText.of(new String(text.toCharArray())))
                .hasSameHashCodeAs(LongText.of(new String(text.toCharArray())));
        assertThat(LongText.of(text)).isNotEqualTo(LongText.of(text(5_000, 'b')))
                .isNotEqualTo(LongText.of(text(5_001, 'a')))
                .isNotEqualTo(text);
        // two characters swapped past the shown part: the same length and the same characters
        String swapped = text.substring(0, 4_000) + "ab" + text.substring(4_002);
        String other = text.substring(0, 4_000) + "ba" + text.substring(4_002);
        assertThat(LongText.of(swapped)).isNotEqualTo(LongText.of(other));
    }

    @Test
    void aLongTextShowsItsFirst200CharactersAndAnEllipsis() {
        String text = "Oat milk demand ".repeat(40);
        assertThat(LongText.of(text)).hasToString(text.substring(0, 200) + "…");
        assertThat(((LongText) LongText.of(text)).length()).isEqualTo(text.length());
    }
}
