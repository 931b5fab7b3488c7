package org.tandem.ui.research;

import org.tandem.service.ResearchService;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.domain.MarketSizing;
import org.tandem.domain.NumberText;
import org.tandem.domain.Plan;
import org.tandem.domain.Segment;
import org.tandem.exchange.PlanImport;
import org.tandem.exchange.SamplePlan;
import org.tandem.store.MarketSizingRepository;
import org.tandem.store.ResearchNoteRepository;
import org.tandem.store.SegmentRepository;
import org.tandem.ui.StoreFixture;
import org.tandem.ui.common.HeldDebouncer;
import org.tandem.ui.common.ImmediateDebouncer;
import org.tandem.ui.common.Typing;
import org.tandem.ui.common.RecordingErrorReporter;
import org.tandem.ui.common.SameThreadTaskRunner;

import java.nio.file.Path;
import java.time.Instant;
import java.time.Year;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SizingViewModelTest {
    @TempDir
    Path dir;
    StoreFixture store;
    MarketSizingRepository sizings;
    ObservableList<Segment> segments = FXCollections.observableArrayList();
    SizingViewModel vm;
    Plan plan;

    @BeforeEach
    void open() {
        store = new StoreFixture(dir.resolve("sizing-vm.db"));
        sizings = new MarketSizingRepository(store.db);
        plan = new SamplePlan().addTo(new PlanImport(store.db));
        SegmentRepository segmentRepository = new SegmentRepository(store.db);
        segments.setAll(segmentRepository.list(plan.id()));
        vm = new SizingViewModel(new ResearchService(new ResearchNoteRepository(store.db), segmentRepository, sizings),
                new SameThreadTaskRunner(), new RecordingErrorReporter(), new ImmediateDebouncer(), Locale.UK, segments, () -> Year.of(2026),
                histories);
        vm.showPlan(plan);
    }

    org.tandem.ui.common.PlanHistories histories = new org.tandem.ui.common.PlanHistories();

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void showsTheSamplesFiguresGrowthAndAFiveYearProjection() {
        assertThat(vm.tamProperty().get()).isEqualTo("1,100,000,000");
        assertThat(vm.figuresProperty().get()).contains("SOM 480,000");
        assertThat(vm.growthInForceProperty().get()).startsWith("3.9 % a year: CAGR from 2022-01-01 to 2025-01-01");
        assertThat(vm.projection()).hasSize(6);
        assertThat(vm.projection().get(0).year()).isEqualTo(2026);
        assertThat(vm.projection().get(5).tam()).isGreaterThan(vm.projection().get(0).tam());
    }

    @Test
    void aSomTypedKeyByKeyPastTheSamSavesNothingNotEvenItsValidPrefix() {
        HeldDebouncer pause = new HeldDebouncer();
        SizingViewModel typed = new SizingViewModel(new ResearchService(new ResearchNoteRepository(store.db),
                new SegmentRepository(store.db), sizings), new SameThreadTaskRunner(), new RecordingErrorReporter(), pause,
                Locale.UK, segments, () -> Year.of(2026));
        typed.showPlan(plan);
        MarketSizing before = sizings.find(plan.id());
        String figures = typed.figuresProperty().get();
        Typing.type(typed.somProperty(), "100000000");
        assertThat(typed.errorProperty("som").get()).contains("cannot be above SAM");
        assertThat(typed.figuresProperty().get()).as("figures use the stored SOM").isEqualTo(figures);
        pause.flush();
        assertThat(sizings.find(plan.id())).isEqualTo(before);
    }

    @Test
    void somAboveSamIsRefusedAtTheFieldAndNotSaved() {
        MarketSizing before = sizings.find(plan.id());
        vm.somProperty().set("100,000,000");
        assertThat(vm.errorProperty("som").get()).contains("cannot be above SAM");
        assertThat(vm.statusProperty().get()).startsWith("Not saved");
        assertThat(sizings.find(plan.id())).isEqualTo(before);
    }

    @Test
    void bottomUpFollowsTheTargetedSegmentsAndIsSaved() {
        vm.methodProperty().set(MarketSizing.Method.BOTTOM_UP);
        vm.shareProperty().set("1");
        assertThat(vm.figuresProperty().get()).contains("TAM 97,440,000", "SAM 95,280,000", "SOM 952,800");
        assertThat(sizings.find(plan.id()).method()).isEqualTo(MarketSizing.Method.BOTTOM_UP);
        segments.add(new Segment(UUID.randomUUID(), plan.id(), "Hotels", "", 100, 1_000_00, 0, 3, true, "", Instant.EPOCH, Instant.EPOCH));
        assertThat(vm.figuresProperty().get()).contains("SAM 95,380,000");
    }

    @Test
    void growthNeedsAFirstFigureAboveZero() {
        vm.firstValueProperty().set("0");
        assertThat(vm.errorProperty("firstValue").get()).isEqualTo("Growth needs a first figure above zero.");
        vm.firstValueProperty().set("980,000,000");
        vm.growthProperty().set("abc");
        assertThat(vm.errorProperty("growthPercent").get()).isEqualTo("\"abc\" is not a number.");
    }

    @Test
    void sizingEditsAreUndoneAndRedoneThroughThePlansHistory() {
        MarketSizing before = sizings.find(plan.id());
        Typing.type(vm.growthProperty(), "6.5");
        assertThat(sizings.find(plan.id()).growthPercent()).isEqualTo(6.5);
        var history = histories.of(plan.id());
        assertThat(history.undoNameProperty().get()).isEqualTo("edit the market sizing");
        history.undo();
        assertThat(sizings.find(plan.id()).growthPercent()).isEqualTo(before.growthPercent());
        assertThat(vm.growthProperty().get()).isEqualTo(before.growthPercent() == null ? "" : NumberText.formatNumber(before.growthPercent(), Locale.UK, 2));
        assertThat(history.canUndo()).isFalse();
        history.redo();
        assertThat(sizings.find(plan.id()).growthPercent()).isEqualTo(6.5);
    }
}
