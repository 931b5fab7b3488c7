package org.tandem.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SalesPlanFiguresTest {
    static final UUID PLAN = UUID.randomUUID();
    static final SalesPeriod Q4 = SalesPeriod.quarter(2026, 4);

    static SalesPlan salesPlan(Double dealSize, Double conversion, Double budget) {
        return new SalesPlan(UUID.randomUUID(), PLAN, "Q4", Q4, 1, "", "", "", dealSize, conversion, budget, null, null, null, null);
    }

    static Objective objective(SalesPlan p, SalesMetric metric, Double target, Double baseline) {
        return new Objective(UUID.randomUUID(), p.id(), metric, target, baseline, "Ana", null, Priority.HIGH);
    }

    static SalesActivity activity(SalesPlan p, ActivityType type, double volume, Cadence cadence, double hours, double cost, Double rate,
                                  String owner) {
        return new SalesActivity(UUID.randomUUID(), p.id(), type, "", List.of(), volume, cadence, hours, cost, rate, owner, null);
    }

    static Occurrence campaign(String start, int leads, long budgetMinor, CampaignStatus status) {
        Campaign c = new Campaign(UUID.randomUUID(), PLAN, "C", "Email", LocalDate.parse(start), LocalDate.parse(start), status, "",
                "marketing", budgetMinor, 0, leads, 0, null, "", "", null, null, null);
        return c.occurrences().get(0);
    }

    static SalesPlanFigures figures(SalesPlan p, List<Objective> objectives, List<SalesActivity> activities, List<SalesPerson> people,
                                    List<Occurrence> campaigns, List<SalesActual> actuals) {
        return new SalesPlanFigures(p, objectives, activities, people, List.of(), campaigns, new SalesActuals(actuals), 2);
    }

    @Test
    void leadGapIsLeadsNeededForTheRevenueTargetLessTheCampaignsExpectedLeadsInThePeriod() {
        SalesPlan p = salesPlan(2_000.0, 0.25, null);
        SalesPlanFigures f = figures(p, List.of(objective(p, SalesMetric.REVENUE, 40_000.0, 30_000.0)), List.of(), List.of(),
                List.of(campaign("2026-10-05", 30, 0, CampaignStatus.PLANNED), campaign("2026-11-05", 15, 0, CampaignStatus.PLANNED),
                        campaign("2026-11-06", 99, 0, CampaignStatus.CANCELLED)), List.of());
        assertThat(f.dealsNeeded().value()).isEqualTo(20);
        assertThat(f.leadsNeeded().value()).isEqualTo(80);
        assertThat(f.campaignLeads()).isEqualTo(45);
        assertThat(f.leadGap().value()).isEqualTo(35);
        assertThat(f.campaignLeadsPerMonth()).containsEntry(YearMonth.of(2026, 10), 30.0).containsEntry(YearMonth.of(2026, 12), 0.0);
        // 80 leads over 31, 30 and 31 days: 26.96, 26.09, 26.96 -> whole leads that still add up to 80
        assertThat(f.wholeLeadsNeededPerMonth().values()).extracting(Figure::value).containsExactly(27.0, 26.0, 27.0);
    }

    @Test
    void objectivesForASegmentCountOnlyTheCampaignsForThatSegment() {
        SalesPlan p = salesPlan(2_000.0, 0.25, null);
        UUID cafes = UUID.randomUUID();
        Objective revenue = new Objective(UUID.randomUUID(), p.id(), SalesMetric.REVENUE, 40_000.0, 30_000.0, "Ana", cafes, Priority.HIGH);
        Campaign forCafes = new Campaign(UUID.randomUUID(), PLAN, "Open day", "Events", LocalDate.of(2026, 11, 7), LocalDate.of(2026, 11, 7),
                CampaignStatus.PLANNED, "", "marketing", 0, 0, 25, 0, cafes, "", "", null, null, null);
        Campaign forHomes = new Campaign(UUID.randomUUID(), PLAN, "Gift boxes", "Email", LocalDate.of(2026, 11, 16),
                LocalDate.of(2026, 11, 16), CampaignStatus.PLANNED, "", "marketing", 0, 0, 200, 0, UUID.randomUUID(), "", "", null, null, null);
        SalesPlanFigures f = figures(p, List.of(revenue), List.of(), List.of(), List.of(forCafes.occurrences().get(0),
                forHomes.occurrences().get(0), campaign("2026-12-01", 5, 0, CampaignStatus.PLANNED)), List.of());
        assertThat(f.campaignLeads()).isEqualTo(30);
    }

    @Test
    void withoutARevenueObjectiveTheFunnelSaysWhyInsteadOfAFigure() {
        SalesPlan p = salesPlan(2_000.0, 0.25, null);
        SalesPlanFigures f = figures(p, List.of(objective(p, SalesMetric.DEALS_CLOSED, 10.0, 8.0)), List.of(), List.of(), List.of(), List.of());
        assertThat(f.leadGap().known()).isFalse();
        assertThat(f.leadGap().reason()).contains("no revenue objective");
        assertThat(SalesText.explained(f.leadsNeeded(), Locale.UK)).startsWith("- (");
    }

    @Test
    void suggestedVolumesComeFromTheFunnelInTheActivitysOwnCadence() {
        SalesPlan p = salesPlan(2_000.0, 0.25, null);
        SalesActivity demos = activity(p, ActivityType.DEMO, 0, Cadence.PER_PERIOD, 1, 0, 0.25, "Ana");
        SalesActivity weeklyDemos = activity(p, ActivityType.DEMO, 0, Cadence.PER_WEEK, 1, 0, 0.25, "Ana");
        SalesActivity calls = activity(p, ActivityType.PROSPECTING, 0, Cadence.PER_PERIOD, 0.2, 0, 0.1, "Ana");
        SalesActivity followUp = activity(p, ActivityType.FOLLOW_UP, 0, Cadence.PER_WEEK, 0.2, 0, 0.5, "Ana");
        SalesPlanFigures f = figures(p, List.of(objective(p, SalesMetric.REVENUE, 40_000.0, 30_000.0)), List.of(demos, calls), List.of(),
                List.of(campaign("2026-10-05", 60, 0, CampaignStatus.PLANNED)), List.of());
        assertThat(f.suggestedVolume(demos).value()).isEqualTo(80); // 20 deals at 25 %
        assertThat(f.suggestedVolume(weeklyDemos).value()).isEqualTo(7); // 80 over 13.1 weeks, rounded up
        assertThat(f.suggestedVolume(calls).value()).isEqualTo(200); // 20 leads missing at one lead per ten calls
        assertThat(f.suggestedVolume(followUp).known()).isFalse();
        SalesActivity noRate = activity(p, ActivityType.DEMO, 0, Cadence.PER_WEEK, 1, 0, 0.0, "Ana");
        assertThat(f.suggestedVolume(noRate).reason()).contains("0 %");
    }

    @Test
    void capacityWarnsPerPersonAndMoneyOverBudgetWithoutBlocking() {
        SalesPlan p = salesPlan(2_000.0, 0.25, 1_000.0);
        SalesActivity calls = activity(p, ActivityType.PROSPECTING, 40, Cadence.PER_WEEK, 0.5, 10, 0.1, "Ana");
        SalesPerson ana = new SalesPerson(UUID.randomUUID(), p.id(), "Ana", Capacity.Role.SALES, 15);
        SalesPlanFigures f = figures(p, List.of(), List.of(calls), List.of(ana),
                List.of(campaign("2026-10-05", 0, 50_000, CampaignStatus.PLANNED)), List.of());
        assertThat(f.loadsPerPerson().get(0).needed()).isEqualTo(20);
        assertThat(f.loadsPerPerson().get(0).over()).isTrue();
        assertThat(f.campaignsCost()).isEqualTo(500);
        assertThat(f.activitiesCost()).isCloseTo(40 * 10 * 92 / 7.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(f.moneyLeft().value()).isNegative();
        assertThat(f.warnings()).hasSize(3).anyMatch(w -> w.startsWith("Ana needs 20.0 h")).anyMatch(w -> w.contains("more than its budget"));
    }

    @Test
    void standingIsJudgedAsOfTheLastActualAndSaysAtRiskBelowNinetyFivePercent() {
        SalesPlan p = salesPlan(2_000.0, 0.25, null);
        Objective revenue = objective(p, SalesMetric.REVENUE, 92_000.0, 80_000.0);
        // 46 days of 92 gone by 15 November: pro-rata 46,000; 40,000 reached is 87 %
        List<SalesActual> actuals = List.of(actual(p, "2026-10-31", "revenue", 25_000), actual(p, "2026-11-15", "revenue", 15_000),
                actual(p, "2027-01-05", "revenue", 99_999));
        SalesPlanFigures.ObjectiveStanding s = figures(p, List.of(revenue), List.of(), List.of(), List.of(), actuals).standing(revenue);
        assertThat(s.asOf()).isEqualTo(LocalDate.of(2026, 11, 15));
        assertThat(s.actual().value()).isEqualTo(40_000);
        assertThat(s.proRataTarget().value()).isCloseTo(46_000, org.assertj.core.data.Offset.offset(0.01));
        assertThat(s.status()).contains(ObjectiveStatus.AT_RISK);
        assertThat(s.forecast().value()).isCloseTo(80_000, org.assertj.core.data.Offset.offset(0.01));
        Objective none = objective(p, SalesMetric.NEW_CUSTOMERS, 5.0, 3.0);
        assertThat(figures(p, List.of(none), List.of(), List.of(), List.of(), actuals).standing(none).status()).isEmpty();
    }

    @Test
    void forecastAddsProspectingLeadsToCampaignLeadsPerMonth() {
        SalesPlan p = salesPlan(1_000.0, 0.5, null);
        SalesActivity calls = activity(p, ActivityType.PROSPECTING, 92, Cadence.PER_PERIOD, 0.1, 0, 0.1, "Ana");
        List<SalesForecast.Month> months = figures(p, List.of(objective(p, SalesMetric.REVENUE, 9_200.0, 1.0)), List.of(calls), List.of(),
                List.of(campaign("2026-10-05", 10, 0, CampaignStatus.PLANNED)), List.of()).forecast();
        assertThat(months).hasSize(3);
        // October: 10 campaign leads + 3.1 from calls (31 of 92 days), x 50 % x 1,000
        assertThat(months.get(0).revenue().value()).isCloseTo((10 + 9.2 * 31 / 92) * 500, org.assertj.core.data.Offset.offset(0.01));
        assertThat(months.get(0).target()).isCloseTo(3_100, org.assertj.core.data.Offset.offset(0.01));
    }

    /** Lines as a CSV reader gives them, split on the separator. */
    static List<ActualsCsv.Line> lines(String text, String separator) {
        List<ActualsCsv.Line> lines = new java.util.ArrayList<>();
        String[] all = text.split("\n");
        for (int i = 0; i < all.length; i++) {
            if (!all[i].isBlank()) {
                lines.add(new ActualsCsv.Line(i + 1, List.of(all[i].split(separator, -1))));
            }
        }
        return lines;
    }

    @Test
    void csvRowsWithABadDateNumberOrMeasureAreNamedByLine() {
        String csv = "date,measure,value\n2026-10-31,revenue,1250.50\n31/10/2026,revenue,5\n2026-11-01,Demos held,4\n"
                + "2026-11-02,leads,lots\n2026-11-03,weather,1\n2027-02-01,leads,3\n2026-11-04,leads,-2\n\n";
        List<ActualsCsv.Line> lines = lines(csv, ",");
        ActualsCsv.Mapping mapping = ActualsCsv.guess(lines, false);
        assertThat(mapping).isEqualTo(new ActualsCsv.Mapping(true, 0, 1, 2, ActualsCsv.DateOrder.ISO, ActualsCsv.DecimalMark.POINT));
        List<ActualsCsv.Row> rows = ActualsCsv.read(lines, mapping, Q4);
        assertThat(rows).hasSize(7);
        assertThat(rows.get(0).ok()).isTrue();
        assertThat(rows.get(0).value()).isEqualTo(1250.5);
        assertThat(rows.get(1).problem()).startsWith("Line 3:").contains("not a date written year-month-day");
        assertThat(rows.get(2).measure()).isEqualTo(Measure.of(ActivityType.DEMO));
        assertThat(rows.get(3).problem()).startsWith("Line 5:").contains("not a number");
        assertThat(rows.get(4).problem()).startsWith("Line 6:").contains("not a measure");
        assertThat(rows.get(5).problem()).startsWith("Line 7:").contains("outside the period");
        assertThat(rows.get(6).problem()).startsWith("Line 8:").contains("negative");
        assertThat(ActualsCsv.read(lines("2026-10-31,revenue,1e400\n2026-10-31,revenue,20000000000000000\n", ","), mapping.withHeader(false), Q4))
                .extracting(ActualsCsv.Row::problem).allSatisfy(p -> assertThat(p).containsAnyOf("too large", "not a number"));
    }

    @Test
    void moneyAsSpreadsheetsWriteItReadsInEitherDecimalMark() {
        var point = ActualsCsv.DecimalMark.POINT;
        var comma = ActualsCsv.DecimalMark.COMMA;
        assertThat(ActualsCsv.number("1,250.50", point)).contains(new java.math.BigDecimal("1250.50"));
        assertThat(ActualsCsv.number("£3,200.00", point)).contains(new java.math.BigDecimal("3200.00"));
        assertThat(ActualsCsv.number("1.250,50 €", comma)).contains(new java.math.BigDecimal("1250.50"));
        assertThat(ActualsCsv.number("(120.00)", point)).contains(new java.math.BigDecimal("-120.00"));
        assertThat(ActualsCsv.number("EUR 99,5", comma)).contains(new java.math.BigDecimal("99.5"));
        assertThat(ActualsCsv.number("1,5", point)).isEmpty();
        assertThat(ActualsCsv.number("12,34,5", point)).isEmpty();
        assertThat(ActualsCsv.number("lots", point)).isEmpty();
    }

    @Test
    void datesReadInTheChosenOrderWithOrWithoutATime() {
        assertThat(ActualsCsv.date("05.10.2026", ActualsCsv.DateOrder.DAY_MONTH_YEAR)).contains(java.time.LocalDate.of(2026, 10, 5));
        assertThat(ActualsCsv.date("10/5/2026", ActualsCsv.DateOrder.MONTH_DAY_YEAR)).contains(java.time.LocalDate.of(2026, 10, 5));
        assertThat(ActualsCsv.date("2026-10-05 00:00:00", ActualsCsv.DateOrder.ISO)).contains(java.time.LocalDate.of(2026, 10, 5));
        assertThat(ActualsCsv.date("05.10.26", ActualsCsv.DateOrder.DAY_MONTH_YEAR)).contains(java.time.LocalDate.of(2026, 10, 5));
        assertThat(ActualsCsv.date("31/02/2026", ActualsCsv.DateOrder.DAY_MONTH_YEAR)).isEmpty();
        assertThat(ActualsCsv.date("2026-10-05", ActualsCsv.DateOrder.DAY_MONTH_YEAR)).isEmpty();
    }

    @Test
    void aGermanHeaderAndDayFirstDatesWithDecimalCommasAreGuessed() {
        List<ActualsCsv.Line> lines = lines("Wert;Datum;Kennzahl\n1.250,50;05.10.2026;Umsatz\n3,5;13.10.2026;leads\n", ";");
        ActualsCsv.Mapping m = ActualsCsv.guess(lines, true);
        assertThat(m).isEqualTo(new ActualsCsv.Mapping(true, 1, 2, 0, ActualsCsv.DateOrder.DAY_MONTH_YEAR, ActualsCsv.DecimalMark.COMMA));
        List<ActualsCsv.Row> rows = ActualsCsv.read(lines, m, Q4);
        assertThat(rows.get(0).problem()).contains("\"Umsatz\" is not a measure");
        assertThat(rows.get(1).ok()).isTrue();
        assertThat(rows.get(1).value()).isEqualTo(3.5);
        assertThat(rows.get(1).day()).isEqualTo(java.time.LocalDate.of(2026, 10, 13));
    }

    @Test
    void withoutAHeaderColumnsAreFoundByWhatTheyHold() {
        List<ActualsCsv.Line> lines = lines("10/13/2026,leads,4\n10/14/2026,revenue,\"1,250.50\"\n", ",");
        ActualsCsv.Mapping m = ActualsCsv.guess(lines, false);
        assertThat(m.header()).isFalse();
        assertThat(m.dates()).isEqualTo(ActualsCsv.DateOrder.MONTH_DAY_YEAR);
        assertThat(m.dateColumn()).isZero();
        assertThat(m.measureColumn()).isEqualTo(1);
    }

    @Test
    void scheduledActivityRepeatsByItsCadenceInsideThePeriod() {
        SalesPlan p = salesPlan(1_000.0, 0.5, null);
        Campaign weekly = ActivitySchedule.item(activity(p, ActivityType.PROSPECTING, 40, Cadence.PER_WEEK, 0.2, 0, 0.1, "Ana"), p, Locale.UK);
        assertThat(weekly.role()).isEqualTo("sales");
        assertThat(weekly.owner()).isEqualTo("Ana");
        assertThat(weekly.name()).isEqualTo("Prospecting (40 a week)");
        assertThat(weekly.occurrences()).hasSize(14);
        assertThat(weekly.lastDay()).isBeforeOrEqualTo(Q4.end()).isAfter(Q4.end().minusDays(7));
        Campaign monthly = ActivitySchedule.item(activity(p, ActivityType.DEMO, 8, Cadence.PER_MONTH, 1, 0, 0.25, "Ana"), p, Locale.UK);
        assertThat(monthly.occurrences()).extracting(Occurrence::start)
                .containsExactly(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1));
        Campaign once = ActivitySchedule.item(activity(p, ActivityType.OTHER, 2, Cadence.PER_PERIOD, 4, 0, null, "Ana"), p, Locale.UK);
        assertThat(once.recurrence()).isNull();
        assertThat(once.end()).isEqualTo(Q4.end());
    }

    @Test
    void gridRowsAreWeeksOrMonthsClippedToThePeriodOverYearEndsAndLeapFebruary() {
        SalesPeriod winter = new SalesPeriod(LocalDate.of(2027, 12, 30), LocalDate.of(2028, 3, 1));
        List<ActualsGrid.Row> weeks = ActualsGrid.rows(winter, ActualsGrid.Bucket.WEEK);
        assertThat(weeks.get(0)).isEqualTo(new ActualsGrid.Row(LocalDate.of(2027, 12, 30), LocalDate.of(2028, 1, 2)));
        assertThat(weeks.get(1)).isEqualTo(new ActualsGrid.Row(LocalDate.of(2028, 1, 3), LocalDate.of(2028, 1, 9)));
        assertThat(weeks.get(weeks.size() - 1).to()).isEqualTo(LocalDate.of(2028, 3, 1));
        assertThat(ActualsGrid.rows(winter, ActualsGrid.Bucket.MONTH)).extracting(ActualsGrid.Row::to).containsExactly(
                LocalDate.of(2027, 12, 31), LocalDate.of(2028, 1, 31), LocalDate.of(2028, 2, 29), LocalDate.of(2028, 3, 1));
        SalesPlan p = salesPlan(1.0, 0.1, null);
        List<SalesActual> actuals = List.of(actual(p, "2028-02-29", "retention_rate", 90), actual(p, "2028-02-10", "revenue", 100),
                actual(p, "2028-02-29", "revenue", 50), actual(p, "2028-02-03", "retention_rate", 80), actual(p, "2029-01-01", "revenue", 7));
        List<Map<String, Double>> table = ActualsGrid.table(ActualsGrid.rows(winter, ActualsGrid.Bucket.MONTH),
                List.of(Measure.of(SalesMetric.REVENUE), Measure.of(SalesMetric.RETENTION_RATE), Measure.LEADS), actuals);
        assertThat(table.get(2)).containsExactly(Map.entry("revenue", 150.0), Map.entry("retention_rate", 90.0));
        assertThat(table.get(0)).isEmpty();
        assertThat(table).hasSize(4);
    }

    @Test
    void measuresAreFoundByCodeOrLabelInAnyCase() {
        assertThat(Measure.find(" LEADS ")).contains(Measure.LEADS);
        assertThat(Measure.find("deals closed")).contains(Measure.of(SalesMetric.DEALS_CLOSED));
        assertThat(Measure.find("calls made")).contains(Measure.of(ActivityType.PROSPECTING));
        assertThat(Measure.find("nothing")).isEmpty();
    }

    static SalesActual actual(SalesPlan p, String day, String measure, double value) {
        return new SalesActual(UUID.randomUUID(), p.id(), LocalDate.parse(day), measure, value);
    }
}
