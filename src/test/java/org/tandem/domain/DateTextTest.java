package org.tandem.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DateTextTest {
    static final LocalDate PI_DAY = LocalDate.of(2026, 3, 14);

    @Test
    void showsEveryDateInIsoWhateverTheLocale() {
        assertThat(DateText.show(PI_DAY)).isEqualTo("2026-03-14");
        assertThat(DateText.range(PI_DAY, PI_DAY.plusDays(2))).isEqualTo("2026-03-14 - 2026-03-16");
        assertThat(DateText.show(null)).isEmpty();
    }

    @Test
    void readsIsoAndTheLocalesShortFormWithFullOrTwoDigitYears() {
        assertThat(DateText.parse("2026-03-14", Locale.UK, "d")).isEqualTo(PI_DAY);
        assertThat(DateText.parse("14/03/2026", Locale.UK, "d")).isEqualTo(PI_DAY);
        assertThat(DateText.parse("3/14/2026", Locale.US, "d")).isEqualTo(PI_DAY);
        assertThat(DateText.parse("3/14/26", Locale.US, "d")).isEqualTo(PI_DAY);
        assertThat(DateText.parse("14.03.2026", Locale.GERMANY, "d")).isEqualTo(PI_DAY);
        assertThat(DateText.parse("  ", Locale.UK, "d")).isNull();
    }

    @Test
    void refusesWhatIsNotADateWithAnExampleInsteadOfGuessing() {
        assertThatThrownBy(() -> DateText.parse("45/13/2026", Locale.UK, "evidenceDate"))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("\"45/13/2026\" is not a date: type it as 23/11/2026 or 2026-11-23.")
                .extracting(e -> ((InvalidInput) e).field()).isEqualTo("evidenceDate");
        assertThatThrownBy(() -> DateText.parse("next monday", Locale.US, "start")).hasMessageContaining("11/23/2026");
        assertThatThrownBy(() -> DateText.parse("2026-02-30", Locale.UK, "d")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> DateText.parse("31/02/2026", Locale.UK, "d")).isInstanceOf(InvalidInput.class);
    }
}
