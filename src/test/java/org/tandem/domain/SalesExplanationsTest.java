package org.tandem.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SalesExplanationsTest {
    private final UUID planId = UUID.randomUUID();
    private final SalesPlan plan = new SalesPlan(UUID.randomUUID(), planId, "Q1", SalesPeriod.quarter(2027, 1), 1, "", "", "", 1500.0, 0.25,
            2000.0, 1000.0, Variance.Thresholds.DEFAULT, null, null);
    private final Objective revenue = new Objective(UUID.randomUUID(), plan.id(), SalesMetric.REVENUE, 48000.0, null, "Jo", null, Priority.HIGH);

    private SalesPlanFigures figures(List<SalesActual> actuals, List<SalesActivity> activities) {
        return new SalesPlanFigures(plan, List.of(revenue), activities, List.of(new SalesPerson(UUID.randomUUID(), plan.id(), "Jo",
                Capacity.Role.BOTH, 20)), List.of(), List.of(), new SalesActuals(actuals), 2);
    }

    @Test
    void leadsNeededIsWrittenOutWithThePlansOwnNumbersAndNamesItsInputs() {
        Explanation e = new SalesExplanations(figures(List.of(), List.of()), Locale.UK).leadsNeeded();
        assertThat(e.result()).isEqualTo("128");
        assertThat(e.formula()).contains("= 48,000 / (1,500 x 25 %) = 128");
        assertThat(e.inputs()).extracting(Explanation.Input::name, Explanation.Input::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Revenue target", "48,000"),
                        org.assertj.core.groups.Tuple.tuple("Average deal size", "1,500"), org.assertj.core.groups.Tuple.tuple("Conversion rate", "25 %"));
        assertThat(e.inputs()).extracting(Explanation.Input::from).allMatch(from -> from.startsWith("Sales plan, step 1"));
    }

    @Test
    void varianceAndRunRateShowThePeriodsDaysAndTheStatusThresholds() {
        // 18,000 by 15 February: 46 of 90 days gone, 24,533 due, 73 % reached: off track
        SalesActual actual = new SalesActual(UUID.randomUUID(), plan.id(), LocalDate.of(2027, 2, 15), "revenue", 18000);
        SalesExplanations explain = new SalesExplanations(figures(List.of(actual), List.of()), Locale.UK);
        Explanation variance = explain.variance(revenue);
        assertThat(variance.formula().get(0)).isEqualTo("target due by 2027-02-15 = target x days gone / days in period = 48,000 x 46 / 90 = 24,533");
        assertThat(variance.formula().get(2)).endsWith(": Off track");
        assertThat(variance.inputs()).extracting(Explanation.Input::value).contains("95 %", "80 %", "18,000");
        Explanation runRate = explain.runRate(revenue);
        assertThat(runRate.formula()).contains("= 18,000 / (46 / 90) = 35,217");
    }

    @Test
    void capacityAndMoneyAddUpTheirPartsAndAnUnknownFigureSaysWhy() {
        SalesActivity calls = new SalesActivity(UUID.randomUUID(), plan.id(), ActivityType.PROSPECTING, "Calls", List.of(), 40,
                Cadence.PER_WEEK, 0.25, 2, 0.1, "Jo", null);
        SalesPlanFigures f = figures(List.of(), List.of(calls));
        SalesExplanations explain = new SalesExplanations(f, Locale.UK);
        Explanation jo = explain.load(f.loadsPerPerson().get(0));
        assertThat(jo.formula()).contains("= 40 x 0.25 = 10 h", "used = 10 / 20 = 50 %");
        Explanation money = explain.moneyNeeded();
        assertThat(money.result()).isEqualTo(SalesText.figure(40 * 90 / 7.0 * 2, Locale.UK));
        SalesPlan noSize = new SalesPlan(plan.id(), planId, "Q1", plan.period(), 1, "", "", "", null, 0.25, null, null, null, null, null);
        Explanation unknown = new SalesExplanations(new SalesPlanFigures(noSize, List.of(revenue), List.of(), List.of(), List.of(), List.of(),
                new SalesActuals(List.of()), 2), Locale.UK).dealsNeeded();
        assertThat(unknown.result()).isEqualTo("-");
        assertThat(unknown.note()).isEqualTo("Cannot be worked out: no average deal size yet.");
    }
}
