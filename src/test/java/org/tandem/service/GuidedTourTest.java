package org.tandem.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.domain.Destination;
import org.tandem.domain.GuidedTour;
import org.tandem.domain.Plan;
import org.tandem.domain.SalesExplanations;
import org.tandem.domain.StatusInputs;
import org.tandem.exchange.PlanImport;
import org.tandem.exchange.SamplePlan;
import org.tandem.store.Database;
import org.tandem.store.PlanRepository;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class GuidedTourTest {
    @TempDir
    Path dir;

    @Test
    void theSamplesTourVisitsResearchCompetitorsTheCalendarTheSixStepsAndTheDashboardWithThePlansOwnNumbers() {
        try (Database db = Database.open(dir.resolve("tour.db"))) {
            Plan sample = new SamplePlan().addTo(new PlanImport(db));
            StatusInputs in = new DashboardService(db).read(sample.id(), null, ClassFolder.TODAY).orElseThrow();
            List<GuidedTour.Stop> stops = GuidedTour.stops(in, Locale.UK);

            assertThat(stops).extracting(GuidedTour.Stop::title).containsExactly("Market research", "Competitors", "Campaign calendar",
                    "1. Objectives", "2. Activities", "3. Resources", "4. Implement", "5. Assess", "6. Control", "Both hats on the dashboard");
            var counts = new PlanRepository(db).counts(sample.id());
            assertThat(stops.get(0).text()).contains(counts.notes() + " research notes");
            assertThat(stops.get(1).text()).contains(counts.competitors() + " competitors");
            assertThat(stops.get(3).text()).contains(in.chosen().objectives().size() + " objectives").contains(in.chosen().plan().name());
            SalesExplanations explain = new SalesExplanations(in.figures(), Locale.UK);
            assertThat(stops.get(4).text()).contains(explain.leadsNeeded().result()).contains("Lead gap");
            assertThat(stops.get(8).text()).contains(explain.forecastRevenue().result());
            assertThat(stops.subList(3, 9)).extracting(s -> s.where().step()).containsExactly(1, 2, 3, 4, 5, 6);
            assertThat(stops.get(9).where().kind()).isEqualTo(Destination.Kind.DASHBOARD);
        }
    }

    @Test
    void aPlanWithoutASalesPlanIsToldHowToStartOne() {
        try (Database db = Database.open(dir.resolve("empty.db"))) {
            Plan plan = new PlanRepository(db).create(new org.tandem.domain.PlanDetails("Empty", "", "EUR", java.time.Month.JANUARY));
            List<GuidedTour.Stop> stops = GuidedTour.stops(new DashboardService(db).read(plan.id(), null, ClassFolder.TODAY).orElseThrow(),
                    Locale.UK);
            assertThat(stops).hasSize(5);
            assertThat(stops.get(0).text()).contains("0 research notes");
            assertThat(stops.get(3).text()).contains("New sales plan");
        }
    }
}
