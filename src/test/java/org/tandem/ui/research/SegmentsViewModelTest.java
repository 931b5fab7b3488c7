package org.tandem.ui.research;

import org.tandem.service.ResearchService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.domain.Plan;
import org.tandem.domain.Segment;
import org.tandem.exchange.PlanImport;
import org.tandem.exchange.SamplePlan;
import org.tandem.store.MarketSizingRepository;
import org.tandem.store.ResearchNoteRepository;
import org.tandem.store.SegmentRepository;
import org.tandem.ui.StoreFixture;
import org.tandem.ui.common.ImmediateDebouncer;
import org.tandem.ui.common.RecordingErrorReporter;
import org.tandem.ui.common.SameThreadTaskRunner;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class SegmentsViewModelTest {
    @TempDir
    Path dir;
    StoreFixture store;
    SegmentRepository segments;
    SegmentsViewModel vm;
    Plan plan;

    @BeforeEach
    void open() {
        store = new StoreFixture(dir.resolve("segments-vm.db"));
        segments = new SegmentRepository(store.db);
        plan = new SamplePlan().addTo(new PlanImport(store.db));
        vm = new SegmentsViewModel(new ResearchService(new ResearchNoteRepository(store.db), segments, new MarketSizingRepository(store.db)), new SameThreadTaskRunner(),
                new RecordingErrorReporter(), new ImmediateDebouncer(), Clock.systemUTC(), Locale.UK, histories);
        vm.showPlan(plan);
    }

    org.tandem.ui.common.PlanHistories histories = new org.tandem.ui.common.PlanHistories();

    @AfterEach
    void close() {
        store.close();
    }

    private Segment select(String name) {
        Segment segment = vm.segments().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
        vm.selectedProperty().set(segment);
        return segment;
    }

    @Test
    void listsTheSegmentsWithTheirValueAsBars() {
        assertThat(vm.segments()).hasSize(4);
        assertThat(vm.bars()).extracting(SegmentsViewModel.Bar::name).contains("Home subscribers", "Offices and co-working spaces");
        assertThat(vm.bars()).filteredOn(b -> b.name().equals("Home subscribers")).singleElement()
                .satisfies(b -> assertThat(b.value()).isEqualTo(450000 * 180.0));
        select("Home subscribers");
        assertThat(vm.buyersProperty().get()).isEqualTo("450,000");
        assertThat(vm.spendProperty().get()).isEqualTo("180");
        assertThat(vm.valueProperty().get()).isEqualTo("81,000,000 GBP a year");
    }

    @Test
    void addingASegmentUpdatesTheChartAndSavesTheFigures() {
        vm.add();
        assertThat(vm.selectedProperty().get().name()).isEqualTo("New segment");
        vm.nameProperty().set("Hotels");
        vm.buyersProperty().set("300");
        vm.spendProperty().set("4,800.50");
        vm.growthProperty().set("2.5");
        vm.targetedProperty().set(true);
        Segment stored = segments.list(plan.id()).stream().filter(s -> s.name().equals("Hotels")).findFirst().orElseThrow();
        assertThat(stored.buyers()).isEqualTo(300);
        assertThat(stored.spendPerBuyer()).isEqualTo(480050);
        assertThat(stored.growthPercent()).isEqualTo(2.5);
        assertThat(stored.targeted()).isTrue();
        assertThat(vm.bars()).filteredOn(b -> b.name().equals("Hotels")).singleElement()
                .satisfies(b -> assertThat(b.value()).isEqualTo(300 * 4800.50));
    }

    @Test
    void badNumbersGetAMessageAtTheFieldAndThePreviousValueIsKept() {
        Segment cafes = select("Independent cafes in Yorkshire");
        vm.buyersProperty().set("-5");
        assertThat(vm.errorProperty("buyers").get()).isEqualTo("The number of buyers cannot be negative.");
        vm.buyersProperty().set("lots");
        assertThat(vm.errorProperty("buyers").get()).isEqualTo("\"lots\" is not a number.");
        vm.growthProperty().set("-120");
        assertThat(vm.errorProperty("growthPercent").get()).contains("-100%");
        vm.spendProperty().set("");
        assertThat(vm.errorProperty("spendPerBuyer").get()).startsWith("Enter");
        assertThat(vm.statusProperty().get()).startsWith("Not saved");
        assertThat(segments.find(cafes.id())).contains(cafes);
    }

    @Test
    void aUsedSegmentSaysWhereAndUndoBringsItAndItsLinksBack() {
        Segment cafes = select("Independent cafes in Yorkshire");
        List<String> usages = new ArrayList<>();
        vm.usagesOfSelected(usages::addAll);
        assertThat(usages).containsExactly("5 research notes");
        vm.deleteSelected();
        assertThat(vm.segments()).hasSize(3);
        assertThat(segments.usages(cafes.id())).isEmpty();
        vm.undoDelete();
        assertThat(vm.segments()).hasSize(4);
        assertThat(segments.usages(cafes.id())).containsExactly("5 research notes");
    }

    @Test
    void editsAndDeletesAreStepsOfThePlansHistory() {
        Segment cafes = select("Independent cafes in Yorkshire");
        var history = histories.of(plan.id());
        org.tandem.ui.common.Typing.type(vm.buyersProperty(), "150");
        vm.positioningProperty().set("The roaster who trains your baristas");
        assertThat(segments.list(plan.id())).filteredOn(s -> s.id().equals(cafes.id())).singleElement()
                .satisfies(s -> assertThat(s.buyers()).isEqualTo(150));

        history.undo();
        assertThat(vm.positioningProperty().get()).isEqualTo(cafes.positioning());
        assertThat(vm.buyersProperty().get()).isEqualTo("150");
        history.undo();
        assertThat(vm.buyersProperty().get()).as("three keystrokes, one step").isEqualTo(
                org.tandem.domain.NumberText.formatWhole(cafes.buyers(), Locale.UK));
        assertThat(segments.list(plan.id())).filteredOn(s -> s.id().equals(cafes.id())).singleElement()
                .satisfies(s -> assertThat(s.buyers()).isEqualTo(cafes.buyers()));
        history.redo();
        assertThat(vm.buyersProperty().get()).isEqualTo("150");

        vm.deleteSelected();
        assertThat(history.undoNameProperty().get()).isEqualTo("delete segment \"Independent cafes in Yorkshire\"");
        history.undo();
        assertThat(vm.segments()).hasSize(4);
        assertThat(segments.usages(cafes.id())).containsExactly("5 research notes");
        history.redo();
        assertThat(vm.segments()).hasSize(3);
    }

    @Test
    void anAddedSegmentIsTakenAwayByUndoAndBackByRedo() {
        vm.add();
        var history = histories.of(plan.id());
        assertThat(history.undoNameProperty().get()).isEqualTo("add segment \"New segment\"");
        assertThat(segments.list(plan.id())).hasSize(5);
        history.undo();
        assertThat(segments.list(plan.id())).hasSize(4);
        assertThat(vm.segments()).hasSize(4);
        history.redo();
        assertThat(segments.list(plan.id())).extracting(Segment::name).contains("New segment");
    }
}
