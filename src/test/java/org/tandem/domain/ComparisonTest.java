package org.tandem.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ComparisonTest {
    private final Comparison.Criterion price = new Comparison.Criterion(UUID.randomUUID(), "Price", 2);
    private final Comparison.Criterion quality = new Comparison.Criterion(UUID.randomUUID(), "Quality", 3);
    private final Comparison.Criterion service = new Comparison.Criterion(UUID.randomUUID(), "Service", 0);

    @Test
    void weightsAreNormalisedToShares() {
        Map<UUID, Double> shares = Comparison.normalisedWeights(List.of(price, quality, service));
        assertThat(shares.get(price.id())).isCloseTo(0.4, within(1e-12));
        assertThat(shares.get(quality.id())).isCloseTo(0.6, within(1e-12));
        assertThat(shares.get(service.id())).isZero();
    }

    @Test
    void allZeroWeightsCountEveryCriterionAlike() {
        var a = new Comparison.Criterion(UUID.randomUUID(), "A", 0);
        var b = new Comparison.Criterion(UUID.randomUUID(), "B", 0);
        assertThat(Comparison.total(List.of(a, b), Map.of(a.id(), 2, b.id(), 4))).isCloseTo(3.0, within(1e-12));
    }

    @Test
    void totalIsTheWeightedAverageOfScores() {
        assertThat(Comparison.total(List.of(price, quality), Map.of(price.id(), 5, quality.id(), 1))).isCloseTo(2.6, within(1e-12));
    }

    @Test
    void anUnscoredCriterionDoesNotCountForThatRow() {
        assertThat(Comparison.total(List.of(price, quality), Map.of(quality.id(), 4))).isCloseTo(4.0, within(1e-12));
        assertThat(Comparison.total(List.of(price, quality), Map.of())).isZero();
    }

    @Test
    void scoresOutsideOneToFiveAndNegativeWeightsAreRefused() {
        assertThat(Comparison.scoreProblem(0)).isPresent();
        assertThat(Comparison.scoreProblem(6)).isPresent();
        assertThat(Comparison.scoreProblem(3)).isEmpty();
        assertThat(Comparison.weightProblem(-0.1)).isPresent();
        assertThat(Comparison.weightProblem(Double.NaN)).isPresent();
        assertThatThrownBy(() -> Comparison.total(List.of(price), Map.of(price.id(), 7))).isInstanceOf(InvalidInput.class);
        var negative = new Comparison.Criterion(UUID.randomUUID(), "N", -1);
        assertThatThrownBy(() -> Comparison.normalisedWeights(List.of(negative))).isInstanceOf(InvalidInput.class);
    }

    @Test
    void tiesShareARankAndTheNextRankSkips() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        UUID d = UUID.randomUUID();
        UUID never = UUID.randomUUID();
        Map<UUID, Map<UUID, Integer>> rows = new LinkedHashMap<>();
        rows.put(a, Map.of(price.id(), 3, quality.id(), 3));
        rows.put(b, Map.of(price.id(), 5, quality.id(), 5));
        rows.put(never, Map.of());
        rows.put(c, Map.of(price.id(), 3, quality.id(), 3));
        rows.put(d, Map.of(price.id(), 1, quality.id(), 1));
        List<Comparison.Result> ranked = Comparison.rank(List.of(price, quality), rows);
        assertThat(ranked).extracting(Comparison.Result::rank).containsExactly(1, 2, 2, 4, 0);
        assertThat(ranked.get(0).rowId()).isEqualTo(b);
        assertThat(ranked.get(4).rowId()).isEqualTo(never);
        assertThat(Arrays.asList(ranked.get(1).rowId(), ranked.get(2).rowId())).containsExactlyInAnyOrder(a, c);
    }

    @Test
    void nearlyEqualTotalsFromRoundingAreATie() {
        var third = new Comparison.Criterion(UUID.randomUUID(), "T", 1);
        var thirdB = new Comparison.Criterion(UUID.randomUUID(), "T2", 1);
        var thirdC = new Comparison.Criterion(UUID.randomUUID(), "T3", 1);
        UUID x = UUID.randomUUID();
        UUID y = UUID.randomUUID();
        Map<UUID, Map<UUID, Integer>> rows = new LinkedHashMap<>();
        rows.put(x, Map.of(third.id(), 1, thirdB.id(), 1, thirdC.id(), 4));
        rows.put(y, Map.of(third.id(), 2, thirdB.id(), 2, thirdC.id(), 2));
        assertThat(Comparison.rank(List.of(third, thirdB, thirdC), rows)).extracting(Comparison.Result::rank).containsExactly(1, 1);
    }

    @Test
    void marketSharesOverAHundredPercentGiveAWarning() {
        assertThat(Comparison.sharesWarning(Arrays.asList(40.0, 35.5, null, 30.0))).hasValueSatisfying(w -> assertThat(w).contains("105.5"));
        assertThat(Comparison.sharesWarning(List.of(60.0, 40.0))).isEmpty();
    }

    @Test
    void reviewIsDueAfterNinetyDaysOrWhenNeverReviewed() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        assertThat(ReviewDue.isDue(null, today)).isTrue();
        assertThat(ReviewDue.isDue(today.minusDays(90), today)).isFalse();
        assertThat(ReviewDue.isDue(today.minusDays(91), today)).isTrue();
    }

    @Test
    void swotQuadrantsKnowInsideFromOutside() {
        assertThat(SwotQuadrant.STRENGTHS.internal()).isTrue();
        assertThat(SwotQuadrant.THREATS.internal()).isFalse();
        assertThat(SwotQuadrant.fromCode("opportunities")).contains(SwotQuadrant.OPPORTUNITIES);
        assertThat(ThreatLevel.fromCode("high")).contains(ThreatLevel.HIGH);
    }
}
