package org.tandem.service;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ShellSettingsTest {
    @Test
    void theZoomIsReadLenientlyKeptInRangeOnStepsOfTenAndWrittenBack() {
        assertThat(ShellSettings.from(Map.of()).zoom()).isEqualTo(100);
        assertThat(ShellSettings.from(Map.of("zoom", "150")).zoom()).isEqualTo(150);
        assertThat(ShellSettings.from(Map.of("zoom", "1000")).zoom()).isEqualTo(200);
        assertThat(ShellSettings.from(Map.of("zoom", "12")).zoom()).isEqualTo(80);
        assertThat(ShellSettings.from(Map.of("zoom", "134")).zoom()).isEqualTo(130);
        assertThat(ShellSettings.from(Map.of("zoom", "big")).zoom()).isEqualTo(100);
        assertThat(ShellSettings.from(ShellSettings.from(Map.of("zoom", "170")).toMap()).zoom()).isEqualTo(170);
        assertThat(ShellSettings.from(Map.of("contrast", "high")).highContrast()).isTrue();
        assertThat(ShellSettings.from(Map.of("contrast", "???")).highContrast()).isFalse();
        assertThat(ShellSettings.from(ShellSettings.from(Map.of("contrast", "high")).toMap()).highContrast()).isTrue();
    }
}
