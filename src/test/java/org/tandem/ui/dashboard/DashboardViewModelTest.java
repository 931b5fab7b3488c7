package org.tandem.ui.dashboard;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.domain.Destination;
import org.tandem.domain.Plan;
import org.tandem.domain.PlanDetails;
import org.tandem.domain.ScenarioOutcome;
import org.tandem.exchange.PlanImport;
import org.tandem.exchange.SamplePlan;
import org.tandem.service.DashboardService;
import org.tandem.store.SalesPlanRepository;
import org.tandem.ui.StoreFixture;
import org.tandem.ui.common.PlanHistories;
import org.tandem.ui.common.RecordingErrorReporter;
import org.tandem.ui.common.SameThreadTaskRunner;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardViewModelTest {
    static final Clock NOV_30 = Clock.fixed(LocalDate.of(2026, 11, 30).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final List<Destination> opened = new ArrayList<>();
    private final PlanHistories histories = new PlanHistories();

    private DashboardViewModel viewModel(StoreFixture store) {
        return new DashboardViewModel(new DashboardService(store.db), new SameThreadTaskRunner(), new RecordingErrorReporter(), Locale.UK,
                NOV_30, opened::add, histories, new org.tandem.ui.common.ImmediateDebouncer(), Runnable::run);
    }

    @Test
    void aWindowOnAnEmptyPlanRehearsesTheFiguresOnTheSampleAndOneThatShowedAPlansFiguresDoesNot() {
        try (StoreFixture store = new StoreFixture(dir.resolve("d.db"))) {
            var vm = viewModel(store);
            vm.show(store.plans.create(new PlanDetails("Harbour Bikes", "", "GBP", Month.APRIL)));
            List<org.tandem.domain.PlanStatus> rehearsed = new ArrayList<>();
            vm.rehearse(rehearsed::add);
            assertThat(rehearsed).singleElement().satisfies(status -> {
                assertThat(status.empty()).as("the sample's figures, worked out in a database of its own").isFalse();
                assertThat(status.plan().name()).contains("sample");
            });
            assertThat(store.plans.list()).as("nothing of the rehearsal in the user's database").extracting(Plan::name)
                    .containsExactly("Harbour Bikes");
            assertThat(vm.statusProperty().get().empty()).as("the screen still shows the plan opened").isTrue();

            Plan sample = new org.tandem.exchange.SamplePlan().addTo(new org.tandem.exchange.PlanImport(store.db));
            vm.show(sample);
            rehearsed.clear();
            vm.rehearse(rehearsed::add);
            assertThat(rehearsed).as("a plan's figures were worked out already: nothing to rehearse").containsExactly((org.tandem.domain.PlanStatus) null);
        }
    }

    @Test
    void anEmptyPlanShowsWhatToDoFirstAndNoFigures() {
        try (StoreFixture store = new StoreFixture(dir.resolve("d.db"))) {
            var vm = viewModel(store);
            Plan plan = store.plans.create(new PlanDetails("Harbour Bikes", "", "GBP", Month.APRIL));
            vm.show(plan);
            assertThat(vm.nameProperty().get()).isEqualTo("Harbour Bikes");
            assertThat(vm.currencyProperty().get()).isEqualTo("GBP (British Pound)");
            assertThat(vm.planningYearProperty().get()).isEqualTo("Planning year April to March");
            assertThat(vm.descriptionProperty().get()).startsWith("No description yet");
            assertThat(vm.statusProperty().get().empty()).isTrue();
            assertThat(vm.statusProperty().get().firstSteps()).hasSize(4);
            assertThat(vm.statusProperty().get().funnel()).isEmpty();
            vm.open(vm.statusProperty().get().firstSteps().get(3).opens());
            assertThat(opened).singleElement().extracting(Destination::kind).isEqualTo(Destination.Kind.SALES_STEP);
            vm.show(null);
            assertThat(vm.nameProperty().get()).isEmpty();
            assertThat(vm.statusProperty().get()).isNull();
        }
    }

    @Test
    void comingBackIntoViewWorksTheFiguresOutAgainOnlyWhenSomethingWasWritten() {
        Path file = dir.resolve("d.db");
        try (StoreFixture store = new StoreFixture(file)) {
            Plan sample = new SamplePlan().addTo(new PlanImport(store.db));
            var vm = viewModel(store);
            vm.show(sample);
            var first = vm.statusProperty().get();
            vm.refreshIfChanged();
            assertThat(vm.statusProperty().get()).as("nothing written: the figures stand").isSameAs(first);

            store.db.write(c -> c.createStatement().executeUpdate("UPDATE campaign SET leads_actual = leads_actual + 1"));
            vm.refreshIfChanged();
            var second = vm.statusProperty().get();
            assertThat(second).as("written on another screen").isNotSameAs(first);
            vm.refreshIfChanged();
            assertThat(vm.statusProperty().get()).isSameAs(second);

            try (org.tandem.store.Database other = org.tandem.store.Database.open(file)) {
                other.write(c -> c.createStatement().executeUpdate("UPDATE campaign SET leads_actual = leads_actual + 1"));
            }
            vm.refreshIfChanged();
            assertThat(vm.statusProperty().get()).as("written by another program").isNotSameAs(second);
        }
    }

    @Test
    void theSalesPlanOfTodayIsShownFirstAndAnotherCanBeChosen() {
        try (StoreFixture store = new StoreFixture(dir.resolve("d.db"))) {
            Plan sample = new SamplePlan().addTo(new PlanImport(store.db));
            SalesPlanRepository sales = new SalesPlanRepository(store.db);
            var q1 = sales.save(org.tandem.domain.SalesPlan.create(sample.id(), "Wholesale Q1 2027", org.tandem.domain.SalesPeriod.quarter(2027, 1)));
            var vm = viewModel(store);
            vm.show(sample);
            assertThat(vm.salesPlans()).hasSize(2);
            assertThat(vm.chosenProperty().get().name()).isEqualTo("Wholesale Q4 2026");
            assertThat(vm.scenarios().scenarios()).hasSize(3);
            vm.choose(q1);
            assertThat(vm.statusProperty().get().salesPlan().id()).isEqualTo(q1.id());
            assertThat(vm.statusProperty().get().sales().objectives()).isEmpty();
            assertThat(vm.scenarios().scenarios()).isEmpty();
            assertThat(vm.scenarios().outcomes()).extracting(o -> o.scenario().name()).containsExactly("As planned");
            vm.refresh();
            assertThat(vm.chosenProperty().get().id()).isEqualTo(q1.id());
            vm.show(store.plans.create(new PlanDetails("Other", "", "GBP", Month.JANUARY)));
            assertThat(vm.chosenProperty().get()).isNull();
        }
    }

    @Test
    void scenariosRecomputeWhenAnInputChangesAndRefuseHalfTypedNumbers() {
        try (StoreFixture store = new StoreFixture(dir.resolve("d.db"))) {
            Plan sample = new SamplePlan().addTo(new PlanImport(store.db));
            var vm = viewModel(store);
            vm.show(sample);
            ScenariosViewModel scenarios = vm.scenarios();
            assertThat(scenarios.outcomes()).extracting(o -> o.scenario().name()).containsExactly("As planned", "Cautious", "Expected", "Bold");
            var bold = scenarios.scenarios().get(2);
            assertThat(scenarios.outcomes().get(3).leadsNeeded().value()).isEqualTo(78); // ceil(ceil(48,000 / 1,800) / 35 %)

            scenarios.edit(bold.id(), ScenariosViewModel.Field.DEAL_SIZE, null, "2,400");
            assertThat(scenarios.outcomes().get(3).dealsNeeded().value()).isEqualTo(20);
            assertThat(scenarios.outcomes().get(3).leadsNeeded().value()).isEqualTo(58); // ceil(20 / 35 %)
            double before = scenarios.outcomes().get(3).campaignLeads();
            scenarios.edit(bold.id(), ScenariosViewModel.Field.LEADS, null, "50 %");
            assertThat(scenarios.outcomes().get(3).campaignLeads()).isLessThan(before);
            scenarios.edit(bold.id(), ScenariosViewModel.Field.HOURS, null, "200");
            ScenarioOutcome o = scenarios.outcomes().get(3);
            assertThat(o.hoursAvailable()).isEqualTo(2 * scenarios.outcomes().get(0).hoursAvailable());

            scenarios.endTyping();
            // a careless user: half a number, then a wrong one; what the field held before the visit stays
            scenarios.edit(bold.id(), ScenariosViewModel.Field.CONVERSION, null, "4");
            assertThat(scenarios.outcomes().get(3).conversionRate()).isEqualTo(0.04);
            scenarios.edit(bold.id(), ScenariosViewModel.Field.CONVERSION, null, "4x");
            assertThat(scenarios.problems()).containsValue("\"4x\" is not a number.");
            assertThat(scenarios.outcomes().get(3).conversionRate()).isEqualTo(0.35);
            scenarios.edit(bold.id(), ScenariosViewModel.Field.CONVERSION, null, "130");
            assertThat(scenarios.problems()).containsValue("The conversion rate is a percentage from 0 to 100.");
            assertThat(scenarios.outcomes().get(3).conversionRate()).isEqualTo(0.35);
            scenarios.endTyping();

            SalesPlanRepository sales = new SalesPlanRepository(store.db);
            var stored = sales.parts().scenarios.list(bold.salesPlanId()).get(2);
            assertThat(stored.averageDealSize()).isEqualTo(2400);
            assertThat(stored.conversionRate()).isEqualTo(0.35);
            assertThat(stored.hoursFactor()).isEqualTo(2);

            histories.of(sample.id()).undo();
            assertThat(sales.parts().scenarios.list(bold.salesPlanId()).get(2).hoursFactor()).isEqualTo(1.1);
            scenarios.add();
            scenarios.add();
            assertThat(scenarios.scenarios()).hasSize(5);
            assertThat(scenarios.fullProperty().get()).isTrue();
            scenarios.add();
            assertThat(sales.parts().scenarios.list(bold.salesPlanId())).hasSize(5);
            scenarios.choose(bold.id());
            assertThat(sales.parts().scenarios.list(bold.salesPlanId())).filteredOn(s -> s.chosen()).extracting(s -> s.name())
                    .containsExactly("Bold");
        }
    }
}
