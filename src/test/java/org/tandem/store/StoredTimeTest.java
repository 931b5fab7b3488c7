package org.tandem.store;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoredTimeTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-30", "0001-01-01", "9999-12-31", "2024-02-29", "+12026-01-01"})
    void datesReadAsJavaTimeReadsThem(String text) {
        assertThat(StoredTime.date(text)).isEqualTo(LocalDate.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-30T09:15:00Z", "2026-11-30T09:15:00.123Z", "2026-11-30T23:59:59.999Z", "1970-01-01T00:00:00Z",
            "2026-11-30T09:15:00.123456Z", "2026-11-30T09:15:00+01:00",
            "2026-11-30T24:00:00Z", "2026-06-30T23:59:60Z"})
    void timesReadAsJavaTimeReadsThem(String text) {
        assertThat(StoredTime.instant(text)).isEqualTo(Instant.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "2026-13-01", "2026-1-01", "2026/11/30", "20261130xx", ""})
    void whatIsNotADateIsRefusedAsJavaTimeRefusesIt(String text) {
        assertThatThrownBy(() -> StoredTime.date(text)).isInstanceOf(java.time.DateTimeException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-30T25:00:00Z", "2026-11-30T09:60:00Z", "2026-02-30T09:15:00Z", "2026-11-30 09:15:00Z", "2026-11-30T09:15Z"})
    void whatIsNotATimeIsRefused(String text) {
        assertThatThrownBy(() -> StoredTime.instant(text)).isInstanceOf(java.time.DateTimeException.class);
    }
}
