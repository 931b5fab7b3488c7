package org.tandem.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class SalesArithmeticTest {
    private static final SalesPeriod Q1_2028 = SalesPeriod.quarter(2028, 1);

    @Test
    void theFunnelTurnsARevenueTargetIntoDealsAndLeadsRoundedUp() {
        Funnel funnel = new Funnel(60_000, 1_500, 0.25);
        assertThat(funnel.dealsNeeded().value()).isEqualTo(40);
        assertThat(funnel.leadsNeeded().value()).isEqualTo(160);
        assertThat(new Funnel(61_000, 1_500, 0.3).dealsNeeded().value()).isEqualTo(41);
        assertThat(new Funnel(61_000, 1_500, 0.3).leadsNeeded().value()).isEqualTo(137);
        assertThat(funnel.leadGap(100).value()).isEqualTo(60);
        assertThat(funnel.leadGap(200).value()).isEqualTo(-40);
    }

    @Test
    void zeroConversionOrZeroDealSizeGiveADashWithTheReasonNeverInfinity() {
        Funnel noConversion = new Funnel(60_000, 1_500, 0);
        assertThat(noConversion.dealsNeeded().known()).isTrue();
        assertThat(noConversion.leadsNeeded().known()).isFalse();
        assertThat(noConversion.leadsNeeded().reason()).contains("0 %");
        assertThat(noConversion.leadsNeeded().text(v -> "x")).isEqualTo("-");
        Funnel noDealSize = new Funnel(60_000, 0, 0.25);
        assertThat(noDealSize.dealsNeeded().reason()).isEqualTo("no average deal size yet");
        assertThat(noDealSize.leadGap(10).known()).isFalse();
        assertThat(noDealSize.leadsPerMonth(Q1_2028).values()).allSatisfy(f -> assertThat(f.known()).isFalse());
        assertThat(Funnel.revenueFrom(100, 0.2, 0).known()).isFalse();
        assertThat(Figure.of(Double.POSITIVE_INFINITY).known()).isFalse();
        assertThat(Figure.of(Double.NaN).text(v -> "NaN")).isEqualTo("-");
    }

    @Test
    void leadsPerMonthFollowTheDaysIncludingALeapFebruary() {
        Map<YearMonth, Figure> months = new Funnel(60_000, 1_500, 0.25).leadsPerMonth(Q1_2028);
        // Q1 2028 has 31 + 29 + 31 = 91 days
        assertThat(Q1_2028.days()).isEqualTo(91);
        assertThat(months.get(YearMonth.of(2028, 2)).value()).isCloseTo(160 * 29 / 91.0, within(1e-9));
        assertThat(months.values().stream().mapToDouble(Figure::value).sum()).isCloseTo(160, within(1e-9));
    }

    @Test
    void periodsOverAYearEndHaveTheirMonthsSharesAndNextPeriod() {
        SalesPeriod winter = new SalesPeriod(LocalDate.of(2026, 12, 15), LocalDate.of(2027, 1, 14));
        assertThat(winter.months()).containsExactly(YearMonth.of(2026, 12), YearMonth.of(2027, 1));
        assertThat(winter.share(YearMonth.of(2026, 12))).isCloseTo(17 / 31.0, within(1e-9));
        assertThat(winter.next()).isEqualTo(new SalesPeriod(LocalDate.of(2027, 1, 15), LocalDate.of(2027, 2, 14)));
        assertThat(SalesPeriod.quarter(2026, 4).next()).isEqualTo(SalesPeriod.quarter(2027, 1));
        assertThat(SalesPeriod.quarter(2026, 4).label()).isEqualTo("Q4 2026");
        assertThatThrownBy(() -> new SalesPeriod(LocalDate.of(2027, 1, 2), LocalDate.of(2027, 1, 1)))
                .isInstanceOf(InvalidInput.class).hasMessage("The period cannot end before it starts.");
        assertThatThrownBy(() -> SalesPeriod.quarter(2027, 5)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void aCountedTargetIsProRatedAndJudgedWithTheThresholds() {
        LocalDate midFebruary = LocalDate.of(2028, 2, 14); // day 45 of 91
        Variance revenue = new Variance(SalesMetric.REVENUE, 91_000, 40_000, Q1_2028, midFebruary);
        assertThat(revenue.proRataTarget().value()).isCloseTo(45_000, within(1e-6));
        assertThat(revenue.absolute().value()).isCloseTo(-5_000, within(1e-6));
        assertThat(revenue.percent().value()).isCloseTo(-11.111, within(1e-3));
        assertThat(revenue.status(Variance.Thresholds.DEFAULT)).contains(ObjectiveStatus.AT_RISK);
        assertThat(revenue.forecast().value()).isCloseTo(40_000 * 91 / 45.0, within(1e-6));
        assertThat(new Variance(SalesMetric.REVENUE, 91_000, 43_000, Q1_2028, midFebruary).status(Variance.Thresholds.DEFAULT))
                .contains(ObjectiveStatus.ON_TRACK);
        assertThat(new Variance(SalesMetric.REVENUE, 91_000, 30_000, Q1_2028, midFebruary).status(Variance.Thresholds.DEFAULT))
                .contains(ObjectiveStatus.OFF_TRACK);
        assertThat(revenue.status(new Variance.Thresholds(0.85, 0.5))).contains(ObjectiveStatus.ON_TRACK);
    }

    @Test
    void levelsAreNotProRatedAndNothingIsJudgedBeforeThePeriodStarts() {
        Variance conversion = new Variance(SalesMetric.CONVERSION_RATE, 25, 24, Q1_2028, LocalDate.of(2028, 1, 10));
        assertThat(conversion.proRataTarget().value()).isEqualTo(25);
        assertThat(conversion.status(Variance.Thresholds.DEFAULT)).contains(ObjectiveStatus.ON_TRACK);
        assertThat(conversion.forecast().value()).isEqualTo(24);
        Variance early = new Variance(SalesMetric.DEALS_CLOSED, 40, 0, Q1_2028, LocalDate.of(2027, 12, 31));
        assertThat(early.proRataTarget().reason()).isEqualTo("the period has not started");
        assertThat(early.status(Variance.Thresholds.DEFAULT)).isEmpty();
        assertThat(early.forecast().known()).isFalse();
        assertThat(new Variance(SalesMetric.DEALS_CLOSED, 0, 3, Q1_2028, LocalDate.of(2028, 3, 31)).percent().reason())
                .isEqualTo("the target is 0");
    }

    @Test
    void thresholdsOver100PercentOrInTheWrongOrderAreRefused() {
        assertThatThrownBy(() -> new Variance.Thresholds(1.2, 0.8)).isInstanceOf(InvalidInput.class).hasMessageContaining("100 %");
        assertThatThrownBy(() -> new Variance.Thresholds(0.7, 0.8)).isInstanceOf(InvalidInput.class);
        assertThat(SalesMetric.RETENTION_RATE.percentUpTo100()).isTrue();
        assertThat(SalesMetric.SALES_GROWTH.percentUpTo100()).isFalse();
    }

    @Test
    void suggestedVolumesWorkBackFromTheOutcome() {
        assertThat(Funnel.unitsFor(20, 0.25).value()).isEqualTo(80);
        assertThat(Funnel.unitsFor(80, 0.5).value()).isEqualTo(160);
        assertThat(Funnel.unitsFor(20, 0).known()).isFalse();
        assertThat(Funnel.revenueFrom(120, 0.25, 1_500).value()).isEqualTo(45_000);
    }

    @Test
    void cadencesTurnIntoWeeklyUnitsForThePeriod() {
        assertThat(Cadence.PER_WEEK.perWeek(40, Q1_2028)).isEqualTo(40);
        assertThat(Cadence.PER_MONTH.perWeek(52, Q1_2028)).isCloseTo(12, within(1e-9));
        assertThat(Cadence.PER_PERIOD.perWeek(13, Q1_2028)).isCloseTo(1, within(1e-9));
        assertThat(Cadence.PER_WEEK.inPeriod(10, Q1_2028)).isCloseTo(130, within(1e-9));
    }

    @Test
    void capacityShowsOverAllocationPerPersonAndRoleAsAWarning() {
        java.util.List<Capacity.Person> people = java.util.List.of(new Capacity.Person("Sam", Capacity.Role.SALES, 20),
                new Capacity.Person("Priya", Capacity.Role.BOTH, 30));
        java.util.List<Capacity.Demand> demands = java.util.List.of(new Capacity.Demand("Calls", "sam", 40, 0.5),
                new Capacity.Demand("Demos", "Sam", 4, 1.5), new Capacity.Demand("Posts", "Priya", 5, 1),
                new Capacity.Demand("Follow-ups", "Alex", 10, 0.25));
        java.util.List<Capacity.Load> loads = Capacity.perPerson(demands, people);
        assertThat(loads).extracting(Capacity.Load::who).containsExactly("Sam", "Priya", "(no owner)");
        assertThat(loads.get(0).needed()).isEqualTo(26);
        assertThat(loads.get(0).over()).isTrue();
        assertThat(Capacity.advice(loads.get(0))).startsWith("Sam needs 26.0 h a week but has 20.0 h: cut 6.0 h");
        assertThat(loads.get(1).over()).isFalse();
        assertThat(Capacity.advice(loads.get(1))).isEmpty();
        assertThat(loads.get(2).used().known()).isFalse();
        var roles = Capacity.perRole(demands, people, java.util.Map.of("Posts", Capacity.Role.MARKETING));
        assertThat(roles.get(Capacity.Role.MARKETING).available()).isEqualTo(15);
        assertThat(roles.get(Capacity.Role.MARKETING).needed()).isEqualTo(5);
        assertThat(roles.get(Capacity.Role.SALES).needed()).isEqualTo(28.5);
        assertThat(roles.get(Capacity.Role.SALES).available()).isEqualTo(35);
        assertThat(Capacity.moneyLeft(10_000.0, 2_500, 4_000).value()).isEqualTo(3_500);
        assertThat(Capacity.moneyLeft(null, 2_500, 4_000).reason()).isEqualTo("no budget set for the period");
    }

    @Test
    void theSmartCheckSaysWhatIsMissing() {
        assertThat(SmartCheck.missing(SalesMetric.REVENUE, 90_000.0, 80_000.0, "Sam", Q1_2028)).isEmpty();
        assertThat(SmartCheck.missing(SalesMetric.REVENUE, null, 80_000.0, " ", null))
                .containsExactly("No number: give the target.", "No owner: who is responsible?", "No period: when is it due?");
        assertThat(SmartCheck.missing(SalesMetric.DEALS_CLOSED, 40.0, 40.0, "Sam", Q1_2028))
                .containsExactly("The target equals the baseline: nothing would change.");
        assertThat(SmartCheck.missing(SalesMetric.DEALS_CLOSED, 400.0, 40.0, "Sam", Q1_2028)).singleElement().asString()
                .contains("achievable");
        assertThat(SmartCheck.problems(SalesMetric.RETENTION_RATE, 120.0, -1.0)).extracting(InvalidInput::field, Throwable::getMessage)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("target", "The target is a percentage: at most 100."),
                        org.assertj.core.groups.Tuple.tuple("baseline", "The baseline cannot be negative."));
        assertThat(SmartCheck.problems(SalesMetric.SALES_GROWTH, 150.0, -5.0)).isEmpty();
    }

    @Test
    void theForecastMultipliesLeadsByConversionAndDealSizeAgainstTheTargetShare() {
        var months = SalesForecast.perMonth(Q1_2028, Map.of(YearMonth.of(2028, 1), 40.0, YearMonth.of(2028, 3), 60.0), 0.25, 1_500,
                91_000);
        assertThat(months).extracting(SalesForecast.Month::month)
                .containsExactly(YearMonth.of(2028, 1), YearMonth.of(2028, 2), YearMonth.of(2028, 3));
        assertThat(months.get(0).revenue().value()).isEqualTo(15_000);
        assertThat(months.get(1).revenue().value()).isZero();
        assertThat(months.get(1).target()).isCloseTo(29_000, within(1e-6));
        assertThat(months.get(2).gap().value()).isCloseTo(22_500 - 31_000, within(1e-6));
        assertThat(SalesForecast.perMonth(Q1_2028, Map.of(), 0.25, 0, 91_000).get(0).revenue().text(v -> "x")).isEqualTo("-");
    }
}
