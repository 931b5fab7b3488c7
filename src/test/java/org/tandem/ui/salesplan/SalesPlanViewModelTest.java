package org.tandem.ui.salesplan;

import org.tandem.service.SalesPlanService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.domain.ActivityType;
import org.tandem.domain.Campaign;
import org.tandem.domain.CampaignStatus;
import org.tandem.domain.Capacity;
import org.tandem.domain.Measure;
import org.tandem.domain.Objective;
import org.tandem.domain.Plan;
import org.tandem.domain.PlanDetails;
import org.tandem.domain.SalesMetric;
import org.tandem.domain.SalesPeriod;
import org.tandem.domain.SalesActual;
import org.tandem.domain.SalesPlan;
import org.tandem.store.CampaignRepository;
import org.tandem.store.SalesPlanRepository;
import org.tandem.store.SegmentRepository;
import org.tandem.store.SettingsRepository;
import org.tandem.ui.StoreFixture;
import org.tandem.ui.common.HeldDebouncer;
import org.tandem.ui.common.ImmediateDebouncer;
import org.tandem.ui.common.Typing;
import org.tandem.ui.common.RecordingErrorReporter;
import org.tandem.ui.common.SameThreadTaskRunner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SalesPlanViewModelTest {
    static final SalesPeriod Q4 = SalesPeriod.quarter(2026, 4);

    @TempDir
    Path dir;
    StoreFixture store;
    SalesPlanRepository repository;
    CampaignRepository campaigns;
    RecordingErrorReporter errors = new RecordingErrorReporter();
    List<SalesPeriod> calendarOpenedOn = new ArrayList<>();
    Plan plan;
    SalesPlanViewModel wizard;
    org.tandem.ui.common.PlanHistories histories = new org.tandem.ui.common.PlanHistories();

    @BeforeEach
    void open() {
        store = new StoreFixture(dir.resolve("sales-vm.db"));
        repository = new SalesPlanRepository(store.db);
        campaigns = new CampaignRepository(store.db);
        plan = store.plans.create(new PlanDetails("Roaster", "", "GBP", Month.JANUARY));
        campaigns.save(new Campaign(UUID.randomUUID(), plan.id(), "Cafe open day", "Events", LocalDate.of(2026, 10, 10),
                LocalDate.of(2026, 10, 10), CampaignStatus.PLANNED, "Sam", "marketing", 50_000, 0, 30, 0, null, "", "", null, null, null));
        wizard = newWizard();
        wizard.showPlan(plan);
        wizard.createSalesPlan(Q4);
    }

    private SalesPlanViewModel newWizard() {
        return newWizard(new ImmediateDebouncer());
    }

    private SalesPlanViewModel newWizard(org.tandem.ui.common.Debouncer pause) {
        return new SalesPlanViewModel(new SalesPlanService(repository, campaigns, new SegmentRepository(store.db),
                new SettingsRepository(store.db)), new SameThreadTaskRunner(), errors, Locale.UK, pause,
                calendarOpenedOn::add, java.time.Clock.fixed(java.time.Instant.parse("2026-11-23T10:00:00Z"), java.time.ZoneOffset.UTC),
                histories);
    }

    @AfterEach
    void close() {
        store.close();
        assertThat(errors.messages).isEmpty();
    }

    /** Step 1 done the way a user does it: a revenue objective of 40,000 with deal size 2,000 at 25 %. */
    private ObjectivesStepViewModel objectivesDone() {
        ObjectivesStepViewModel step = new ObjectivesStepViewModel(wizard);
        step.add();
        step.objective().targetProperty().set("40,000");
        step.objective().baselineProperty().set("30000");
        step.objective().ownerProperty().set("Ana");
        step.period().averageDealSizeProperty().set("2,000");
        step.period().conversionRateProperty().set("25");
        return step;
    }

    @Test
    void objectivesStepWorksOutTheFunnelAndLeadGapAgainstTheCampaignsInThePeriod() {
        ObjectivesStepViewModel step = objectivesDone();
        assertThat(step.dealsNeededProperty().get()).isEqualTo("20");
        assertThat(step.leadsNeededProperty().get()).isEqualTo("80");
        assertThat(step.campaignLeadsProperty().get()).isEqualTo("30");
        assertThat(step.leadGapProperty().get()).isEqualTo("50 leads still to find");
        assertThat(step.leadsPerMonthProperty().get()).isEqualTo("Oct 27   Nov 26   Dec 27");
        assertThat(step.smartProperty().get()).startsWith("SMART");
        assertThat(step.smartSummary(wizard.parts.objectives.get(0))).isEqualTo("Complete");

        step.objective().ownerProperty().set("");
        assertThat(step.smartProperty().get()).contains("No owner");
        assertThat(step.smartSummary(wizard.parts.objectives.get(0))).startsWith("1 to add: No owner");
        step.openCalendar();
        assertThat(calendarOpenedOn).containsExactly(Q4);

        Objective stored = repository.parts().objectives.list(wizard.current().id()).get(0);
        assertThat(stored.target()).isEqualTo(40_000);
        assertThat(repository.find(wizard.current().id()).orElseThrow().conversionRate()).isEqualTo(0.25);
    }

    @Test
    void halfTypedTargetsAndRatesAreNeverCommittedNorUsedByTheFigures() {
        objectivesDone();
        HeldDebouncer pause = new HeldDebouncer();
        wizard = newWizard(pause);
        wizard.showPlan(plan);
        ObjectivesStepViewModel step = new ObjectivesStepViewModel(wizard);
        step.objective().show(wizard.parts.objectives.get(0));

        Typing.type(step.period().conversionRateProperty(), "150");
        assertThat(step.period().errorProperty("conversionRate").get()).contains("0 to 100");
        assertThat(step.dealsNeededProperty().get()).as("the funnel still uses the stored 25 %").isEqualTo("20");
        Typing.type(step.objective().targetProperty(), "15k");
        assertThat(step.objective().errorProperty("target").get()).contains("not a number");
        pause.flush();
        SalesPlan stored = repository.find(wizard.current().id()).orElseThrow();
        assertThat(stored.conversionRate()).isEqualTo(0.25);
        assertThat(repository.parts().objectives.list(stored.id()).get(0).target()).isEqualTo(40_000);
        assertThat(wizard.parts.objectives.get(0).target()).as("in memory too").isEqualTo(40_000);

        // a text that stays valid is committed when typing pauses, as it stands then
        Typing.type(step.objective().targetProperty(), "45000");
        assertThat(repository.parts().objectives.list(stored.id()).get(0).target()).isEqualTo(40_000);
        pause.flush();
        assertThat(repository.parts().objectives.list(stored.id()).get(0).target()).isEqualTo(45_000);
    }

    @Test
    void everyWizardEditIsAStepOfThePlansHistoryUndoneAndRedoneInTheStore() {
        ObjectivesStepViewModel step = objectivesDone();
        var history = histories.of(plan.id());
        UUID salesPlanId = wizard.current().id();
        Objective objective = repository.parts().objectives.list(salesPlanId).get(0);

        Typing.type(step.objective().targetProperty(), "45000");
        assertThat(history.undoNameProperty().get()).isEqualTo("edit objective");
        assertThat(repository.parts().objectives.list(salesPlanId).get(0).target()).isEqualTo(45_000);
        history.undo();
        assertThat(repository.parts().objectives.list(salesPlanId).get(0).target()).as("five keystrokes, one step").isEqualTo(40_000);
        assertThat(wizard.parts.objectives.get(0).target()).isEqualTo(40_000);
        history.redo();
        assertThat(repository.parts().objectives.list(salesPlanId).get(0).target()).isEqualTo(45_000);

        step.period().conversionRateProperty().set("20");
        assertThat(repository.find(salesPlanId).orElseThrow().conversionRate()).isEqualTo(0.2);
        history.undo();
        assertThat(repository.find(salesPlanId).orElseThrow().conversionRate()).isEqualTo(0.25);
        assertThat(step.dealsNeededProperty().get()).isEqualTo("23"); // 45,000 / 2,000, rounded up

        step.objective().show(wizard.parts.objectives.get(0));
        step.removeSelected();
        assertThat(repository.parts().objectives.list(salesPlanId)).isEmpty();
        assertThat(history.undoNameProperty().get()).isEqualTo("delete objective");
        history.undo();
        assertThat(repository.parts().objectives.list(salesPlanId)).extracting(Objective::id).containsExactly(objective.id());
        history.redo();
        assertThat(repository.parts().objectives.list(salesPlanId)).isEmpty();
    }

    @Test
    void aDeletedSalesPlanComesBackWholeWithUndo() {
        objectivesDone();
        ActivitiesStepViewModel activities = new ActivitiesStepViewModel(wizard);
        activities.add(ActivityType.DEMO);
        activities.activity().volumeProperty().set("5");
        new ImplementStepViewModel(wizard).schedule();
        UUID id = wizard.current().id();
        var history = histories.of(plan.id());
        wizard.deleteCurrent();
        assertThat(repository.find(id)).isEmpty();
        assertThat(history.undoNameProperty().get()).startsWith("delete sales plan");
        history.undo();
        assertThat(repository.find(id)).isPresent();
        assertThat(repository.parts().objectives.list(id)).extracting(Objective::target).containsExactly(40_000.0);
        assertThat(wizard.current().id()).isEqualTo(id);
        assertThat(wizard.parts.objectives).hasSize(1);
        assertThat(campaigns.all(plan.id()).stream().filter(c -> c.role().equals("sales"))).as("its calendar item is back").hasSize(1);
        assertThat(wizard.parts.scheduledCount()).isEqualTo(1);
        history.redo();
        assertThat(repository.find(id)).isEmpty();
        assertThat(wizard.salesPlans()).isEmpty();
    }

    @Test
    void aFreshObjectiveWithAHalfTypedTargetDoesNotOpenStepTwo() {
        HeldDebouncer pause = new HeldDebouncer();
        wizard = newWizard(pause);
        wizard.showPlan(plan);
        ObjectivesStepViewModel step = new ObjectivesStepViewModel(wizard);
        step.period().averageDealSizeProperty().set("2,000");
        step.period().conversionRateProperty().set("25");
        pause.flush();
        step.add();
        pause.flush();
        boolean before = wizard.reachable(2);
        Typing.type(step.objective().targetProperty(), "15k");
        pause.flush();
        assertThat(wizard.reachable(2)).isEqualTo(before);
        assertThat(repository.parts().objectives.list(wizard.current().id())).noneMatch(o -> o.target() != null && o.target() == 15);
    }

    @Test
    void badInputInStepOneIsRefusedAtItsFieldAndNotStored() {
        ObjectivesStepViewModel step = objectivesDone();
        step.objective().targetProperty().set("-5");
        assertThat(step.objective().errorProperty("target").get()).isEqualTo("The target cannot be negative.");
        step.objective().metricProperty().set(SalesMetric.CONVERSION_RATE);
        step.objective().targetProperty().set("120");
        assertThat(step.objective().errorProperty("target").get()).contains("at most 100");
        step.period().conversionRateProperty().set("140");
        assertThat(step.period().errorProperty("conversionRate").get()).contains("0 to 100");
        step.period().nameProperty().set("  ");
        assertThat(step.period().errorProperty("name").get()).isEqualTo("Give the sales plan a name.");
        step.period().nameProperty().set("Sales plan Q4 2026");
        step.period().endProperty().set(LocalDate.of(2026, 9, 1));
        assertThat(step.period().errorProperty("end").get()).isEqualTo("The period cannot end before it starts.");

        SalesPlan stored = repository.find(wizard.current().id()).orElseThrow();
        assertThat(stored.conversionRate()).isEqualTo(0.25);
        assertThat(stored.period()).isEqualTo(Q4);
        assertThat(repository.parts().objectives.list(stored.id()).get(0).target()).isEqualTo(40_000);
        assertThat(repository.parts().objectives.list(stored.id()).get(0).metric()).isEqualTo(SalesMetric.REVENUE);
    }

    @Test
    void stepsOpenOnlyOnceTheStepsBeforeThemAreDoneAndTheStepIsRemembered() {
        wizard.goTo(3);
        assertThat(wizard.stepProperty().get()).isEqualTo(1);
        assertThat(wizard.messageProperty().get()).isEqualTo("Step 1 first: Add at least one objective.");
        objectivesDone();
        wizard.next();
        assertThat(wizard.stepProperty().get()).isEqualTo(2);
        assertThat(wizard.reachable(3)).isFalse();

        SalesPlanViewModel again = newWizard();
        again.showPlan(plan);
        assertThat(again.current().id()).isEqualTo(wizard.current().id());
        assertThat(again.stepProperty().get()).isEqualTo(2);
        assertThat(again.parts.objectives).hasSize(1);
    }

    @Test
    void aStepOffScreenCatchesUpWhenItIsShownAgain() {
        objectivesDone();
        ControlStepViewModel control = new ControlStepViewModel(wizard);
        control.setShown(false);
        AssessStepViewModel assess = new AssessStepViewModel(wizard);
        assess.dayProperty().set(LocalDate.of(2026, 11, 15));
        assess.measureProperty().set(Measure.of(SalesMetric.REVENUE));
        assess.valueProperty().set("17000");
        assess.add();
        assertThat(control.variance().get(0).actual()).startsWith("-");
        control.catchUp(); // warmed up off screen before it is shown
        assertThat(control.variance().get(0).actual()).isEqualTo("17,000");
        assess.valueProperty().set("1000");
        assess.add();
        assertThat(control.variance().get(0).actual()).isEqualTo("17,000");
        control.setShown(true);
        assertThat(control.variance().get(0).actual()).isEqualTo("18,000");
    }

    @Test
    void theExplanationPanelStaysFoldedAfterARestart() {
        assertThat(wizard.explanationExpandedProperty().get()).isTrue();
        wizard.explanationExpandedProperty().set(false);
        SalesPlanViewModel again = newWizard();
        again.showPlan(plan);
        assertThat(again.explanationExpandedProperty().get()).isFalse();
    }

    @Test
    void activitiesStepSuggestsVolumesFromTheFunnelAndTheUserCanAcceptThem() {
        objectivesDone();
        ActivitiesStepViewModel step = new ActivitiesStepViewModel(wizard);
        step.add(ActivityType.DEMO);
        step.activity().cadenceProperty().set(org.tandem.domain.Cadence.PER_PERIOD);
        step.activity().rateProperty().set("25");
        assertThat(step.suggestionProperty().get()).startsWith("The funnel suggests 80 in the period");
        assertThat(step.suggestionReadyProperty().get()).isTrue();
        step.acceptSuggestion();
        step.activity().hoursPerUnitProperty().set("1.5");
        step.activity().ownerProperty().set("Ana");
        step.activity().volumeProperty().set("-3");
        assertThat(step.activity().errorProperty("volume").get()).isEqualTo("The volume cannot be negative.");
        step.activity().volumeProperty().set("80");
        assertThat(repository.parts().activities.list(wizard.current().id())).singleElement().satisfies(a -> {
            assertThat(a.volume()).isEqualTo(80);
            assertThat(a.hoursPerUnit()).isEqualTo(1.5);
            assertThat(a.objectiveIds()).hasSize(1);
        });
        assertThat(wizard.stepProblem(2)).isEmpty();
    }

    @Test
    void resourcesStepWarnsAboutOverAllocationWithoutBlocking() {
        objectivesDone();
        ActivitiesStepViewModel activities = new ActivitiesStepViewModel(wizard);
        activities.add(ActivityType.PROSPECTING);
        activities.activity().volumeProperty().set("40");
        activities.activity().hoursPerUnitProperty().set("0.5");
        activities.activity().ownerProperty().set("Ana");
        ResourcesStepViewModel step = new ResourcesStepViewModel(wizard);
        step.addPerson();
        step.person().nameProperty().set("Ana");
        step.person().hoursProperty().set("15");
        step.person().roleProperty().set(Capacity.Role.BOTH);
        assertThat(step.loads()).first().satisfies(l -> {
            assertThat(l.who()).isEqualTo("Ana");
            assertThat(l.needed()).isEqualTo("20 h");
            assertThat(l.over()).isTrue();
        });
        assertThat(step.warnings()).anyMatch(w -> w.startsWith("Ana needs 20.0 h a week but has 15.0 h"));
        step.budget().salesBudgetProperty().set("-1");
        assertThat(step.budget().errorProperty("salesBudget").get()).isEqualTo("The budget cannot be negative.");
        step.budget().salesBudgetProperty().set("100");
        assertThat(step.moneyProperty().get()).contains("campaigns 500").contains("Budget left: -400");
        wizard.goTo(4);
        assertThat(wizard.stepProperty().get()).isEqualTo(4);
    }

    @Test
    void implementStepSchedulesActivitiesOnTheCalendarAndAgainUpdatesTheSameItems() {
        objectivesDone();
        ActivitiesStepViewModel activities = new ActivitiesStepViewModel(wizard);
        activities.add(ActivityType.PROSPECTING);
        activities.activity().volumeProperty().set("40");
        activities.activity().ownerProperty().set("Ana");
        ImplementStepViewModel step = new ImplementStepViewModel(wizard);
        step.schedule();
        assertThat(step.statusProperty().get()).startsWith("1 of 1 activities on the calendar");
        activities.activity().volumeProperty().set("60");
        step.schedule();
        List<Campaign> sales = campaigns.all(plan.id()).stream().filter(c -> c.role().equals("sales")).toList();
        assertThat(sales).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("Prospecting (60 a week)");
            assertThat(c.owner()).isEqualTo("Ana");
            assertThat(c.occurrences()).hasSize(14);
        });

        // scheduling is a step of the plan's history: undo puts the calendar back as it was before it
        var history = histories.of(plan.id());
        assertThat(history.undoNameProperty().get()).isEqualTo("put 1 activity on the calendar");
        history.undo();
        assertThat(campaigns.all(plan.id()).stream().filter(c -> c.role().equals("sales"))).singleElement()
                .satisfies(c -> assertThat(c.name()).isEqualTo("Prospecting (40 a week)"));
        history.undo(); // the volume typed
        history.undo(); // the first scheduling
        assertThat(campaigns.all(plan.id()).stream().filter(c -> c.role().equals("sales"))).isEmpty();
        assertThat(step.statusProperty().get()).startsWith("0 of 1 activities on the calendar");
        history.redo();
        history.redo();
        history.redo();
        assertThat(campaigns.all(plan.id()).stream().filter(c -> c.role().equals("sales"))).singleElement()
                .satisfies(c -> assertThat(c.name()).isEqualTo("Prospecting (60 a week)"));
        step.addMilestone();
        step.milestone().nameProperty().set("CRM set up");
        step.setDone(step.milestones().get(0), true);
        assertThat(repository.parts().milestones.list(wizard.current().id())).singleElement()
                .satisfies(m -> assertThat(m.done()).isTrue());
    }

    @Test
    void assessStepTakesTypedActualsAndPreviewsACsvWithBadRowsNamedByLine() throws Exception {
        objectivesDone();
        AssessStepViewModel step = new AssessStepViewModel(wizard);
        step.dayProperty().set(LocalDate.of(2027, 3, 1));
        step.valueProperty().set("10");
        assertThat(step.add()).isFalse();
        assertThat(step.dayErrorProperty().get()).contains("inside the period");
        step.dayProperty().set(LocalDate.of(2026, 10, 31));
        step.measureProperty().set(Measure.of(SalesMetric.REVENUE));
        step.valueProperty().set("lots");
        assertThat(step.add()).isFalse();
        assertThat(step.valueErrorProperty().get()).isEqualTo("\"lots\" is not a number.");
        step.valueProperty().set("12,000");
        assertThat(step.add()).isTrue();

        Path csv = dir.resolve("actuals.csv");
        Files.writeString(csv, "date,measure,value\n2026-11-15,revenue,6000\n2026-11-15,leads,x\n");
        step.csv().preview(csv);
        assertThat(step.csv().previewingProperty().get()).isTrue();
        assertThat(step.csv().preview()).extracting(r -> r.problem())
                .containsExactly("", "Line 3: \"x\" is not a number with a decimal point (1,250.50).");
        assertThat(repository.parts().actuals.list(wizard.current().id())).hasSize(1);
        step.csv().importGood();
        assertThat(repository.parts().actuals.list(wizard.current().id())).extracting(a -> a.value()).containsExactly(12_000.0, 6_000.0);
        step.chartedObjectiveProperty().set(wizard.parts.objectives.get(0));
        assertThat(step.objectiveChart().get(0).points()).extracting(p -> p.value()).containsExactly(12_000.0, 18_000.0);

        // the import is one step of the plan's history
        var history = histories.of(plan.id());
        assertThat(history.undoNameProperty().get()).isEqualTo("import 1 actual");
        history.undo();
        assertThat(repository.parts().actuals.list(wizard.current().id())).extracting(a -> a.value()).containsExactly(12_000.0);
        assertThat(wizard.parts.actuals).hasSize(1);
        history.redo();
        assertThat(repository.parts().actuals.list(wizard.current().id())).extracting(a -> a.value()).containsExactly(12_000.0, 6_000.0);
    }

    @Test
    void theActualsGridShowsWeekTotalsAndATypedCellReplacesThatWeeksFigure() {
        objectivesDone();
        AssessStepViewModel step = new AssessStepViewModel(wizard);
        assertThat(step.grid()).hasSize(14); // Thu 1 Oct to Sun 4 Oct, twelve whole weeks, Mon 28 to Thu 31 Dec
        assertThat(step.grid().get(0).label()).isEqualTo("Week to 4 Oct 2026");
        assertThat(step.gridMeasures()).extracting(Measure::code).containsExactly("leads", "deals_closed", "revenue");
        step.dayProperty().set(LocalDate.of(2026, 10, 6));
        step.measureProperty().set(Measure.of(SalesMetric.REVENUE));
        step.valueProperty().set("1000");
        step.add();
        step.dayProperty().set(LocalDate.of(2026, 10, 8));
        step.valueProperty().set("500");
        step.add();
        AssessStepViewModel.GridRow week = step.grid().get(1);
        assertThat(week.cell("revenue")).isEqualTo("1,500");

        assertThat(step.setCell(week, Measure.of(SalesMetric.REVENUE), "2,000")).isTrue();
        assertThat(repository.parts().actuals.list(wizard.current().id())).singleElement().satisfies(a -> {
            assertThat(a.day()).isEqualTo(LocalDate.of(2026, 10, 11));
            assertThat(a.value()).isEqualTo(2_000);
        });
        assertThat(step.grid().get(1).cell("revenue")).isEqualTo("2,000");

        assertThat(step.setCell(step.grid().get(1), Measure.of(SalesMetric.REVENUE), "two")).isFalse();
        assertThat(step.gridErrorProperty().get()).isEqualTo("Week to 11 Oct 2026, Revenue: \"two\" is not a number.");
        assertThat(step.setCell(step.grid().get(1), Measure.LEADS, "-3")).isFalse();
        assertThat(step.setCell(step.grid().get(1), Measure.of(SalesMetric.REVENUE), "")).isTrue();
        assertThat(repository.parts().actuals.list(wizard.current().id())).isEmpty();

        // a typed cell is a step of the plan's history: undo puts the week's actuals back as they were
        var history = histories.of(plan.id());
        history.undo();
        assertThat(repository.parts().actuals.list(wizard.current().id())).extracting(SalesActual::value).containsExactly(2_000.0);
        history.undo();
        assertThat(repository.parts().actuals.list(wizard.current().id())).extracting(SalesActual::value)
                .containsExactlyInAnyOrder(1_000.0, 500.0);
        assertThat(step.grid().get(1).cell("revenue")).isEqualTo("1,500");
        history.redo();
        assertThat(step.grid().get(1).cell("revenue")).isEqualTo("2,000");

        step.bucketProperty().set(org.tandem.domain.ActualsGrid.Bucket.MONTH);
        assertThat(step.grid()).extracting(AssessStepViewModel.GridRow::label).containsExactly("Oct 2026", "Nov 2026", "Dec 2026");
    }

    @Test
    void controlStepShowsVarianceAndStatusAndStartsTheNextCycleWithOpenActions() {
        objectivesDone();
        AssessStepViewModel assess = new AssessStepViewModel(wizard);
        assess.dayProperty().set(LocalDate.of(2026, 11, 15));
        assess.measureProperty().set(Measure.of(SalesMetric.REVENUE));
        assess.valueProperty().set("17000"); // 46 of 92 days: pro-rata 20,000; 85 %
        assess.add();
        ControlStepViewModel step = new ControlStepViewModel(wizard);
        assertThat(step.variance()).singleElement().satisfies(r -> {
            assertThat(r.proRata()).isEqualTo("20,000");
            assertThat(r.absolute()).isEqualTo("-3,000");
            assertThat(r.percent()).isEqualTo("-15 %");
            assertThat(r.status()).isEqualTo("At risk");
            assertThat(r.forecast()).isEqualTo("34,000");
        });
        step.thresholds().atRiskProperty().set("90");
        assertThat(step.variance().get(0).status()).isEqualTo("Off track");
        step.thresholds().atRiskProperty().set("99");
        assertThat(step.thresholds().errorProperty("atRisk").get()).contains("below");
        step.addAction(wizard.parts.objectives.get(0));
        step.action().whatProperty().set("Call every lapsed cafe");
        assertThat(step.forecast()).hasSize(3);

        UUID old = wizard.current().id();
        step.startNextCycle();
        SalesPlan next = wizard.current();
        assertThat(next.id()).isNotEqualTo(old);
        assertThat(next.period()).isEqualTo(SalesPeriod.quarter(2027, 1));
        assertThat(next.name()).isEqualTo("Sales plan Q1 2027");
        assertThat(wizard.stepProperty().get()).isEqualTo(1);
        assertThat(wizard.parts.objectives).singleElement().satisfies(o -> assertThat(o.baseline()).isEqualTo(17_000));
        assertThat(wizard.parts.actions).singleElement().satisfies(a -> {
            assertThat(a.what()).isEqualTo("Call every lapsed cafe");
            assertThat(a.objectiveId()).isEqualTo(wizard.parts.objectives.get(0).id());
        });
        assertThat(wizard.salesPlans()).hasSize(2);

        // starting the next cycle is a step of the plan's history
        var history = histories.of(plan.id());
        history.undo();
        assertThat(repository.find(next.id())).isEmpty();
        assertThat(wizard.salesPlans()).hasSize(1);
        history.redo();
        assertThat(repository.parts().actions.list(next.id())).singleElement()
                .satisfies(a -> assertThat(a.what()).isEqualTo("Call every lapsed cafe"));
        assertThat(wizard.current().id()).isEqualTo(next.id());
    }

    @Test
    void theCsvPreviewGuessesAGermanFileAndReadsItAgainWhenAChoiceChanges() throws Exception {
        AssessStepViewModel step = new AssessStepViewModel(wizard);
        Path csv = dir.resolve("umsatz.csv");
        Files.write(csv, "Datum;Kennzahl;Wert\r\n05.11.2026;revenue;1.250,50\r\n12.11.2026;leads;3\r\n"
                .getBytes(org.tandem.exchange.CsvTable.WINDOWS_1252));
        ActualsImportViewModel import_ = step.csv();
        import_.preview(csv);
        assertThat(import_.preview()).extracting(r -> r.problem()).containsExactly("", "");
        assertThat(import_.preview()).extracting(r -> r.value()).containsExactly(1250.5, 3.0);
        assertThat(import_.separatorProperty().get()).isEqualTo(';');
        assertThat(import_.decimalMarkProperty().get()).isEqualTo(org.tandem.domain.ActualsCsv.DecimalMark.COMMA);
        assertThat(import_.columns()).containsExactly("Column 1: Datum", "Column 2: Kennzahl", "Column 3: Wert");

        import_.dateOrderProperty().set(org.tandem.domain.ActualsCsv.DateOrder.MONTH_DAY_YEAR);
        assertThat(import_.preview().get(0).problem()).contains("2026-05-11 is outside the period");
        assertThat(import_.preview().get(1).day()).isEqualTo(java.time.LocalDate.of(2026, 12, 11));
        import_.dateOrderProperty().set(org.tandem.domain.ActualsCsv.DateOrder.DAY_MONTH_YEAR);
        import_.decimalMarkProperty().set(org.tandem.domain.ActualsCsv.DecimalMark.POINT);
        assertThat(import_.preview().get(0).problem()).contains("not a number with a decimal point");
        import_.valueColumnProperty().set(1);
        assertThat(import_.preview().get(1).problem()).contains("\"leads\" is not a number");
    }

    @Test
    void switchingSalesPlanClosesTheCsvPreviewSoItsRowsNeverLandInAnotherPlan() throws Exception {
        AssessStepViewModel step = new AssessStepViewModel(wizard);
        Path csv = dir.resolve("actuals.csv");
        Files.writeString(csv, "date,measure,value\n2026-11-15,revenue,6000\n");
        step.csv().preview(csv);
        assertThat(step.csv().previewingProperty().get()).isTrue();
        wizard.salesPlans().stream().filter(p -> !p.id().equals(wizard.current().id())).findFirst()
                .ifPresentOrElse(other -> wizard.open(other), () -> wizard.open(null));
        assertThat(step.csv().previewingProperty().get()).isFalse();
        assertThat(step.csv().preview()).isEmpty();
    }
}
