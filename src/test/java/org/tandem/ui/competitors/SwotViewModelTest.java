package org.tandem.ui.competitors;

import org.tandem.service.CompetitorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.domain.Plan;
import org.tandem.domain.SwotItem;
import org.tandem.domain.SwotQuadrant;
import org.tandem.exchange.PlanImport;
import org.tandem.exchange.SamplePlan;
import org.tandem.store.ComparisonRepository;
import org.tandem.store.CompetitorRepository;
import org.tandem.store.SegmentRepository;
import org.tandem.store.SwotRepository;
import org.tandem.ui.StoreFixture;
import org.tandem.ui.common.RecordingErrorReporter;
import org.tandem.ui.common.SameThreadTaskRunner;

import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

class SwotViewModelTest {
    @TempDir
    Path dir;
    StoreFixture store;
    SwotRepository swot;
    SwotViewModel vm;
    Plan plan;

    @BeforeEach
    void open() {
        store = new StoreFixture(dir.resolve("swot-vm.db"));
        swot = new SwotRepository(store.db);
        plan = new SamplePlan().addTo(new PlanImport(store.db));
        vm = new SwotViewModel(new CompetitorService(new CompetitorRepository(store.db), new SegmentRepository(store.db),
                new ComparisonRepository(store.db), swot), new SameThreadTaskRunner(), new RecordingErrorReporter(), Clock.systemUTC(),
                histories);
        vm.showPlan(plan);
    }

    org.tandem.ui.common.PlanHistories histories = new org.tandem.ui.common.PlanHistories();

    @AfterEach
    void close() {
        store.close();
    }

    private java.util.List<String> stored(SwotQuadrant q) {
        return swot.list(plan.id()).stream().filter(i -> i.quadrant() == q).map(SwotItem::text).toList();
    }

    @Test
    void movingAPointAcrossQuadrantsAndWithinOneIsStoredInOrder() {
        SwotItem training = vm.items(SwotQuadrant.STRENGTHS).get(1);
        vm.move(training.id(), SwotQuadrant.OPPORTUNITIES, 0);
        assertThat(vm.items(SwotQuadrant.OPPORTUNITIES).get(0).text()).isEqualTo(training.text());
        assertThat(stored(SwotQuadrant.OPPORTUNITIES).get(0)).isEqualTo(training.text());
        assertThat(stored(SwotQuadrant.STRENGTHS)).hasSize(2).doesNotContain(training.text());
        // within a quadrant: the first threat goes to the end
        SwotItem first = vm.items(SwotQuadrant.THREATS).get(0);
        vm.move(first.id(), SwotQuadrant.THREATS, vm.items(SwotQuadrant.THREATS).size());
        assertThat(stored(SwotQuadrant.THREATS)).last().isEqualTo(first.text());
        assertThat(vm.items(SwotQuadrant.THREATS)).extracting(SwotItem::text).containsExactlyElementsOf(stored(SwotQuadrant.THREATS));
    }

    @Test
    void pointsAreAddedEditedAndAnEmptyEditIsRefused() {
        vm.add(SwotQuadrant.WEAKNESSES, "No decaf in the range");
        assertThat(stored(SwotQuadrant.WEAKNESSES)).last().isEqualTo("No decaf in the range");
        SwotItem added = vm.items(SwotQuadrant.WEAKNESSES).get(3);
        vm.edit(added, "   ");
        assertThat(vm.messageProperty().get()).isEqualTo("Write what the point is.");
        assertThat(stored(SwotQuadrant.WEAKNESSES)).last().isEqualTo("No decaf in the range");
        vm.edit(vm.items(SwotQuadrant.WEAKNESSES).get(3), "No decaf yet");
        assertThat(stored(SwotQuadrant.WEAKNESSES)).last().isEqualTo("No decaf yet");
    }

    @Test
    void deleteOffersUndoThatPutsThePointBackInPlace() {
        SwotItem middle = vm.items(SwotQuadrant.THREATS).get(1);
        vm.delete(middle);
        assertThat(stored(SwotQuadrant.THREATS)).hasSize(2);
        vm.undoDelete();
        assertThat(stored(SwotQuadrant.THREATS)).hasSize(3).element(1).isEqualTo(middle.text());
    }

    @Test
    void addEditMoveAndDeleteAreUndoneAndRedoneInOrder() {
        var history = histories.of(plan.id());
        java.util.List<String> strengths = stored(SwotQuadrant.STRENGTHS);
        java.util.List<String> threats = stored(SwotQuadrant.THREATS);
        vm.add(SwotQuadrant.STRENGTHS, "Same-day roasting");
        SwotItem added = vm.items(SwotQuadrant.STRENGTHS).get(vm.items(SwotQuadrant.STRENGTHS).size() - 1);
        vm.edit(added, "Roasted the day it ships");
        vm.move(added.id(), SwotQuadrant.THREATS, 0);
        vm.delete(vm.items(SwotQuadrant.THREATS).get(0));
        assertThat(stored(SwotQuadrant.THREATS)).isEqualTo(threats);

        history.undo(); // the delete
        assertThat(stored(SwotQuadrant.THREATS).get(0)).isEqualTo("Roasted the day it ships");
        history.undo(); // the move
        assertThat(stored(SwotQuadrant.THREATS)).isEqualTo(threats);
        assertThat(stored(SwotQuadrant.STRENGTHS)).endsWith("Roasted the day it ships");
        history.undo(); // the edit
        assertThat(stored(SwotQuadrant.STRENGTHS)).endsWith("Same-day roasting");
        history.undo(); // the add
        assertThat(stored(SwotQuadrant.STRENGTHS)).isEqualTo(strengths);
        assertThat(vm.items(SwotQuadrant.STRENGTHS)).extracting(SwotItem::text).isEqualTo(strengths);

        history.redo();
        history.redo();
        history.redo();
        assertThat(stored(SwotQuadrant.THREATS).get(0)).isEqualTo("Roasted the day it ships");
        history.redo();
        assertThat(stored(SwotQuadrant.THREATS)).isEqualTo(threats);
    }
}
