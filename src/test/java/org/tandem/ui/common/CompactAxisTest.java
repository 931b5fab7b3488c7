package org.tandem.ui.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CompactAxisTest {
    @Test
    void largeAmountsGetShortLabelsWithAtMostTwoDecimals() {
        assertThat(CompactAxis.format(81_000_000)).isEqualTo("81M");
        assertThat(CompactAxis.format(4_200_000)).isEqualTo("4.2M");
        assertThat(CompactAxis.format(1_125_000_000)).isEqualTo("1.13bn");
        assertThat(CompactAxis.format(950_000)).isEqualTo("950k");
        assertThat(CompactAxis.format(12.5)).isEqualTo("12.5");
        assertThat(CompactAxis.format(0)).isEqualTo("0");
    }
}
