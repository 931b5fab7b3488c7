package org.tandem.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class MarketSizeTest {
    private static final UUID PLAN = UUID.randomUUID();

    private static Segment segment(long buyers, long spend, boolean targeted) {
        return new Segment(UUID.randomUUID(), PLAN, "S", "", buyers, spend, 3.0, 3, targeted, "", Instant.EPOCH, Instant.EPOCH);
    }

    @Test
    void cagrOfADoublingOverFiveYearsIsAboutFourteenPercent() {
        double rate = MarketSize.cagrPercent(100_00, LocalDate.of(2020, 1, 1), 200_00, LocalDate.of(2025, 1, 1));
        assertThat(rate).isCloseTo(14.87, within(0.01));
    }

    @Test
    void cagrOfAShrinkingMarketIsNegativeAndZeroEndIsMinusHundred() {
        assertThat(MarketSize.cagrPercent(1000, LocalDate.of(2020, 1, 1), 500, LocalDate.of(2021, 1, 1))).isCloseTo(-50, within(0.1));
        assertThat(MarketSize.cagrPercent(1000, LocalDate.of(2020, 1, 1), 0, LocalDate.of(2022, 1, 1))).isEqualTo(-100);
    }

    @Test
    void cagrRefusesZeroOrNegativeStartNegativeEndAndBackwardDates() {
        LocalDate a = LocalDate.of(2020, 1, 1);
        LocalDate b = LocalDate.of(2023, 1, 1);
        assertThatThrownBy(() -> MarketSize.cagrPercent(0, a, 100, b)).isInstanceOf(InvalidInput.class).hasMessageContaining("above zero");
        assertThatThrownBy(() -> MarketSize.cagrPercent(-5, a, 100, b)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> MarketSize.cagrPercent(100, a, -1, b)).isInstanceOf(InvalidInput.class).hasMessageContaining("negative");
        assertThatThrownBy(() -> MarketSize.cagrPercent(100, b, 200, a)).isInstanceOf(InvalidInput.class).hasMessageContaining("after");
        assertThatThrownBy(() -> MarketSize.cagrPercent(100, a, 200, a)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void somAboveSamAndSamAboveTamAreRefused() {
        assertThat(MarketSize.figuresProblem(1000, 500, 100)).isEmpty();
        assertThat(MarketSize.figuresProblem(1000, 500, 600)).hasValueSatisfying(p -> assertThat(p.field()).isEqualTo("som"));
        assertThat(MarketSize.figuresProblem(1000, 1500, 100)).hasValueSatisfying(p -> assertThat(p.field()).isEqualTo("sam"));
        assertThat(MarketSize.figuresProblem(-1, 0, 0)).hasValueSatisfying(p -> assertThat(p.field()).isEqualTo("tam"));
        assertThat(MarketSize.figuresProblem(0, 0, 0)).isEmpty();
    }

    @Test
    void bottomUpAddsAllSegmentsToTamAndTargetedOnesToSam() {
        List<Segment> segments = List.of(segment(1000, 150_00, true), segment(200, 2_400_00, true), segment(5000, 40_00, false));
        MarketSize.Figures figures = MarketSize.bottomUp(segments, 10);
        assertThat(figures.tam()).isEqualTo(1000L * 150_00 + 200L * 2_400_00 + 5000L * 40_00);
        assertThat(figures.sam()).isEqualTo(1000L * 150_00 + 200L * 2_400_00);
        assertThat(figures.som()).isEqualTo((1000L * 150_00 + 200L * 2_400_00) / 10);
        assertThat(MarketSize.figuresProblem(figures.tam(), figures.sam(), figures.som())).isEmpty();
    }

    @Test
    void bottomUpOfNoSegmentsIsZeroAndShareOutsidePercentIsRefused() {
        assertThat(MarketSize.bottomUp(List.of(), 5)).isEqualTo(new MarketSize.Figures(0, 0, 0));
        assertThatThrownBy(() -> MarketSize.bottomUp(List.of(), 101)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> MarketSize.bottomUp(List.of(), -1)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void overflowingFiguresAreRefusedNotWrapped() {
        assertThatThrownBy(() -> MarketSize.segmentValue(Long.MAX_VALUE / 2, 3)).isInstanceOf(InvalidInput.class);
        Segment huge = segment(Long.MAX_VALUE / 4, 2, true);
        assertThatThrownBy(() -> MarketSize.bottomUp(List.of(huge, huge, huge), 1)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void projectionCompoundsYearByYearAndKeepsTheStartingYear() {
        assertThat(MarketSize.project(1000_00, 10, 3)).containsExactly(1000_00L, 1100_00L, 1210_00L, 1331_00L);
        assertThat(MarketSize.project(1000, 0, 5)).hasSize(6).containsOnly(1000L);
        assertThat(MarketSize.project(1000, -100, 2)).containsExactly(1000L, 0L, 0L);
        assertThatThrownBy(() -> MarketSize.project(1000, -100.5, 2)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> MarketSize.project(-1, 5, 2)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void segmentRulesAreReportedByField() {
        Segment bad = new Segment(UUID.randomUUID(), PLAN, " ", "", -1, -2, -101, 6, false, "", Instant.EPOCH, Instant.EPOCH);
        assertThat(bad.problems()).extracting(InvalidInput::field)
                .containsExactly("name", "buyers", "spendPerBuyer", "growthPercent", "attractiveness");
        assertThat(segment(10, 5_00, true).value()).isEqualTo(50_00);
    }
}
