package org.tandem.ui.shell;

import org.tandem.service.PlanService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.domain.Plan;
import org.tandem.domain.PlanDetails;
import org.tandem.store.PlanRepository;
import org.tandem.ui.StoreFixture;
import org.tandem.ui.common.RecordingErrorReporter;
import org.tandem.ui.common.SameThreadTaskRunner;

import java.nio.file.Path;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class PlanSwitcherViewModelTest {
    @TempDir
    Path dir;
    StoreFixture store;
    PlanRepository repository;
    PlanService service;
    RecordingErrorReporter errors = new RecordingErrorReporter();
    PlanSwitcherViewModel vm;
    org.tandem.ui.common.PlanHistories histories = new org.tandem.ui.common.PlanHistories();

    @BeforeEach
    void open() {
        store = new StoreFixture(dir.resolve("vm.db"));
        repository = store.plans;
        service = store.service;
        vm = new PlanSwitcherViewModel(service, new SameThreadTaskRunner(), errors, Locale.US, histories);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Plan stored(String name) {
        return repository.create(new PlanDetails(name, "", "EUR", Month.JANUARY));
    }

    @Test
    void firstStartOnAnEmptyDatabaseLoadsTheSampleOnlyOnce() {
        List<Plan> first = service.prepareForStart();
        assertThat(first).extracting(Plan::name).containsExactly("Ember & Oak Coffee Roasters (sample)");
        repository.delete(first.get(0).id());
        assertThat(service.prepareForStart()).as("a user who deleted every plan is not handed the sample again").isEmpty();
    }

    @Test
    void showPlansOpensTheRememberedPlanElseTheFirstByName() {
        Plan beta = stored("beta");
        stored("Alpha");
        vm.showPlans(repository.list(), Optional.of(beta.id()));
        assertThat(vm.current()).isEqualTo(beta);
        vm.showPlans(repository.list(), Optional.empty());
        assertThat(vm.current().name()).isEqualTo("Alpha");
        assertThat(vm.plans()).extracting(Plan::name).containsExactly("Alpha", "beta");
    }

    @Test
    void openingAPlanIsRememberedForTheNextStart() {
        stored("Alpha");
        Plan beta = stored("Beta");
        vm.showPlans(repository.list(), Optional.empty());
        vm.open(beta);
        assertThat(service.loadSettings().lastPlan()).contains(beta.id());
    }

    @Test
    void newPlanFormDefaultsToTheLocaleCurrencyAndCreatesAndOpensThePlan() {
        vm.showPlans(List.of(), Optional.empty());
        PlanFormViewModel form = vm.newPlanForm();
        assertThat(form.currencyProperty().get()).isEqualTo("USD");
        form.nameProperty().set("  Harbour Bikes  ");
        form.firstMonthProperty().set(Month.JULY);
        AtomicInteger closed = new AtomicInteger();
        vm.submit(form, closed::incrementAndGet);
        assertThat(closed).hasValue(1);
        assertThat(vm.current().name()).isEqualTo("Harbour Bikes");
        assertThat(repository.list()).singleElement().satisfies(p -> {
            assertThat(p.firstMonth()).isEqualTo(Month.JULY);
            assertThat(p.currency()).isEqualTo("USD");
        });
        assertThat(vm.noticeProperty().get()).isEqualTo("Plan created");
    }

    @Test
    void formShowsInlineMessagesOnlyAfterEditingAndKeepsTheDialogOpen() {
        stored("Taken");
        vm.showPlans(repository.list(), Optional.empty());
        PlanFormViewModel form = vm.newPlanForm();
        assertThat(form.nameErrorProperty().get()).as("no scolding before typing").isEmpty();
        assertThat(form.validProperty().get()).isFalse();
        form.nameProperty().set("TAKEN ");
        assertThat(form.nameErrorProperty().get()).isEqualTo("A plan named \"TAKEN\" already exists.");
        form.nameProperty().set("x".repeat(121));
        assertThat(form.nameErrorProperty().get()).contains("at most 120");
        form.nameProperty().set("Fine");
        form.currencyProperty().set("EURO");
        assertThat(form.currencyErrorProperty().get()).contains("three letters");
        AtomicInteger closed = new AtomicInteger();
        vm.submit(form, closed::incrementAndGet);
        assertThat(closed).hasValue(0);
        assertThat(repository.list()).hasSize(1);
    }

    @Test
    void emptyNameIsShownOnSaveAttempt() {
        vm.showPlans(List.of(), Optional.empty());
        PlanFormViewModel form = vm.newPlanForm();
        vm.submit(form, () -> { });
        assertThat(form.nameErrorProperty().get()).isEqualTo("Give the plan a name.");
        assertThat(repository.list()).isEmpty();
    }

    @Test
    void aNameTakenBehindTheFormsBackIsShownAtTheField() {
        vm.showPlans(List.of(), Optional.empty());
        PlanFormViewModel form = vm.newPlanForm();
        form.nameProperty().set("Race");
        stored("race"); // another window or the CLI took it meanwhile
        AtomicInteger closed = new AtomicInteger();
        vm.submit(form, closed::incrementAndGet);
        assertThat(closed).hasValue(0);
        assertThat(form.nameErrorProperty().get()).contains("already exists");
        assertThat(errors.messages).isEmpty();
    }

    @Test
    void renameUpdatesTheListTheOpenPlanAndTheStore() {
        Plan plan = stored("Old name");
        vm.showPlans(repository.list(), Optional.empty());
        PlanFormViewModel form = vm.editForm();
        assertThat(form.nameProperty().get()).isEqualTo("Old name");
        form.nameProperty().set("OLD NAME");
        assertThat(form.nameErrorProperty().get()).as("its own name in another case is fine").isEmpty();
        form.nameProperty().set("New name");
        vm.submit(form, () -> { });
        assertThat(vm.current().id()).isEqualTo(plan.id());
        assertThat(vm.current().name()).isEqualTo("New name");
        assertThat(vm.plans()).extracting(Plan::name).containsExactly("New name");
        assertThat(repository.find(plan.id()).orElseThrow().name()).isEqualTo("New name");

        // the rename is a step of the plan's history
        histories.of(plan.id()).undo();
        assertThat(repository.find(plan.id()).orElseThrow().name()).isEqualTo("Old name");
        assertThat(vm.current().name()).isEqualTo("Old name");
        histories.of(plan.id()).redo();
        assertThat(vm.plans()).extracting(Plan::name).containsExactly("New name");
    }

    @Test
    void duplicateSuggestsAFreeCopyNameAndOpensTheCopy() {
        Plan plan = stored("Roaster");
        stored("Roaster (copy)");
        vm.showPlans(repository.list(), Optional.of(plan.id()));
        PlanFormViewModel form = vm.duplicateForm();
        assertThat(form.nameProperty().get()).isEqualTo("Roaster (copy) (2)");
        vm.submit(form, () -> { });
        assertThat(vm.current().name()).isEqualTo("Roaster (copy) (2)");
        assertThat(vm.current().id()).isNotEqualTo(plan.id());
        assertThat(repository.list()).hasSize(3);
    }

    @Test
    void deleteOffersUndoOpensTheNextPlanAndUndoBringsItBack() {
        Plan alpha = stored("Alpha");
        Plan beta = stored("Beta");
        vm.showPlans(repository.list(), Optional.of(alpha.id()));
        vm.deleteCurrent();
        assertThat(vm.undoableDeleteProperty().get()).isEqualTo(alpha);
        assertThat(vm.current()).isEqualTo(beta);
        assertThat(repository.list()).containsExactly(beta);
        vm.undoDelete();
        assertThat(vm.undoableDeleteProperty().get()).isNull();
        assertThat(vm.current().id()).isEqualTo(alpha.id());
        assertThat(repository.list()).extracting(Plan::name).containsExactly("Alpha", "Beta");
    }

    @Test
    void deletingTheLastPlanLeavesNoPlanOpen() {
        stored("Only");
        vm.showPlans(repository.list(), Optional.empty());
        vm.deleteCurrent();
        assertThat(vm.current()).isNull();
        assertThat(vm.plans()).isEmpty();
        vm.dismissUndo();
        assertThat(vm.undoableDeleteProperty().get()).isNull();
    }

    @Test
    void newPlanFromSampleAddsANumberedCopy() {
        vm.showPlans(service.prepareForStart(), Optional.empty());
        vm.addSample();
        assertThat(vm.plans()).extracting(Plan::name)
                .containsExactly("Ember & Oak Coffee Roasters (sample)", "Ember & Oak Coffee Roasters (sample) (2)");
        assertThat(vm.current().name()).endsWith("(2)");
    }

    @Test
    void storeFailuresAreReportedInWords() {
        Plan plan = stored("Alpha");
        vm.showPlans(repository.list(), Optional.empty());
        repository.delete(plan.id()); // gone behind the view model's back
        vm.deleteCurrent();
        assertThat(errors.messages).singleElement().asString().startsWith("Could not delete the plan: The plan");
    }
}
