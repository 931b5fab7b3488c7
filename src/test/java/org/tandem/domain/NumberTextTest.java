package org.tandem.domain;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NumberTextTest {
    @Test
    void numbersAreReadInTheUsersLocale() {
        assertThat(NumberText.money("7,200.50", Locale.UK, 2, "spend", "a spend")).isEqualTo(720050);
        assertThat(NumberText.money("7.200,50", Locale.GERMANY, 2, "spend", "a spend")).isEqualTo(720050);
        assertThat(NumberText.wholeNumber("450 000", Locale.UK, "buyers", "a number of buyers")).isEqualTo(450000);
        assertThat(NumberText.parse("-3.5", Locale.UK, "growth", "a growth")).isEqualByComparingTo("-3.5");
    }

    @Test
    void textThatIsNotWhollyANumberIsRefusedWithAMessage() {
        assertThatThrownBy(() -> NumberText.parse("12abc", Locale.UK, "buyers", "buyers")).isInstanceOf(InvalidInput.class)
                .hasMessage("\"12abc\" is not a number.");
        assertThatThrownBy(() -> NumberText.parse("  ", Locale.UK, "buyers", "a number of buyers")).hasMessage("Enter a number of buyers.");
        assertThatThrownBy(() -> NumberText.wholeNumber("2.5", Locale.UK, "buyers", "a number of buyers"))
                .hasMessage("A number of buyers is a whole number.");
        assertThatThrownBy(() -> NumberText.money("1e400", Locale.UK, 2, "spend", "a spend")).isInstanceOf(InvalidInput.class);
    }

    @Test
    void moneyIsShownInMajorUnits() {
        assertThat(NumberText.formatMoney(720000, Locale.UK, 2)).isEqualTo("7,200");
        assertThat(NumberText.formatMoney(720050, Locale.UK, 2)).isEqualTo("7,200.50");
        assertThat(NumberText.formatMoney(1500, Locale.JAPAN, 0)).isEqualTo("1,500");
    }

    @Test
    void infinityNotANumberAndAbsurdFiguresAreRefusedWithAMessage() {
        for (String text : new String[]{"\u221e", "NaN", "\ufffd", "1e400", "2,000,000,000,000,000"}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> NumberText.parse(text, java.util.Locale.UK, "target", "a target"))
                    .as(text).isInstanceOf(InvalidInput.class);
        }
        org.assertj.core.api.Assertions.assertThat(NumberText.unusable(Double.NaN, "target", "the target"))
                .hasValueSatisfying(p -> org.assertj.core.api.Assertions.assertThat(p.getMessage()).isEqualTo("The target must be a number, not NaN."));
        org.assertj.core.api.Assertions.assertThat(NumberText.unusable(1e16, "target", "the target"))
                .hasValueSatisfying(p -> org.assertj.core.api.Assertions.assertThat(p.getMessage()).isEqualTo("The target is too large."));
        org.assertj.core.api.Assertions.assertThat(NumberText.unusable(540.5, "target", "the target")).isEmpty();
    }
}
