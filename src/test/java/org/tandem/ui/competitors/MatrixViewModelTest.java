package org.tandem.ui.competitors;

import org.tandem.service.CompetitorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.domain.Comparison;
import org.tandem.domain.Plan;
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
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MatrixViewModelTest {
    @TempDir
    Path dir;
    StoreFixture store;
    ComparisonRepository comparison;
    MatrixViewModel vm;
    Plan plan;

    @BeforeEach
    void open() {
        store = new StoreFixture(dir.resolve("matrix-vm.db"));
        comparison = new ComparisonRepository(store.db);
        plan = new SamplePlan().addTo(new PlanImport(store.db));
        vm = new MatrixViewModel(new CompetitorService(new CompetitorRepository(store.db), new SegmentRepository(store.db), comparison, new SwotRepository(store.db)),
                new SameThreadTaskRunner(), new RecordingErrorReporter(), Locale.UK, histories);
        vm.showPlan(plan);
    }

    org.tandem.ui.common.PlanHistories histories = new org.tandem.ui.common.PlanHistories();

    @AfterEach
    void close() {
        store.close();
    }

    private MatrixViewModel.Row row(String name) {
        return vm.rows().stream().filter(r -> r.competitor().name().equals(name)).findFirst().orElseThrow();
    }

    private Comparison.Criterion criterion(String name) {
        return vm.criteria().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void everyProfileHasAWeightedTotalAndRankOurBusinessIncluded() {
        assertThat(vm.rows()).hasSize(6);
        assertThat(vm.criteria()).extracting(Comparison.Criterion::name).containsExactly("Price for value", "Freshness",
                "Service and training", "Range and origins", "Reach and awareness");
        MatrixViewModel.Row own = row("Ember & Oak Coffee Roasters");
        // (2*3 + 3*5 + 2*5 + 1*3 + 1.5*2) / 9.5
        assertThat(own.total()).isCloseTo(37.0 / 9.5, within(1e-9));
        assertThat(own.rank()).isEqualTo(1);
        assertThat(vm.weightsNoteProperty().get()).contains("9.5");
    }

    @Test
    void aScoreEditMovesTheRankingAtOnceAndIsStored() {
        MatrixViewModel.Row grind = row("Northern Grind Co.");
        int before = grind.rank();
        for (Comparison.Criterion c : vm.criteria()) {
            assertThat(vm.setScore(grind.competitor().id(), c.id(), "5")).isTrue();
        }
        assertThat(row("Northern Grind Co.").rank()).isEqualTo(1).isLessThan(before);
        assertThat(row("Northern Grind Co.").total()).isCloseTo(5.0, within(1e-9));
        assertThat(comparison.scores(plan.id()).get(grind.competitor().id())).containsValues(5, 5, 5, 5, 5);
    }

    @Test
    void scoresOutsideOneToFiveAreRefusedWithAMessageAndKept() {
        MatrixViewModel.Row grind = row("Northern Grind Co.");
        UUID price = criterion("Price for value").id();
        assertThat(vm.setScore(grind.competitor().id(), price, "7")).isFalse();
        assertThat(vm.messageProperty().get()).contains("from 1 to 5");
        assertThat(vm.setScore(grind.competitor().id(), price, "4.5")).isFalse();
        assertThat(row("Northern Grind Co.").scores()).containsEntry(price, 5);
        assertThat(comparison.scores(plan.id()).get(grind.competitor().id())).containsEntry(price, 5);
        assertThat(vm.setScore(grind.competitor().id(), price, "")).isTrue();
        assertThat(row("Northern Grind Co.").scores()).doesNotContainKey(price);
    }

    @Test
    void criteriaCanBeAddedReweightedRenamedMovedAndRemoved() {
        vm.addCriterion("Sustainability");
        Comparison.Criterion added = criterion("Sustainability");
        assertThat(vm.criteria()).last().isEqualTo(added);
        assertThat(vm.setWeight(added, "-1")).isFalse();
        assertThat(vm.messageProperty().get()).contains("cannot be negative");
        assertThat(vm.setWeight(added, "2.5")).isTrue();
        vm.renameCriterion(criterion("Sustainability"), "Sustainability and packaging");
        vm.moveCriterion(criterion("Sustainability and packaging"), -1);
        assertThat(comparison.criteria(plan.id())).extracting(Comparison.Criterion::name)
                .containsExactly("Price for value", "Freshness", "Service and training", "Range and origins",
                        "Sustainability and packaging", "Reach and awareness");
        assertThat(comparison.criteria(plan.id()).get(4).weight()).isEqualTo(2.5);
        vm.removeCriterion(criterion("Freshness"));
        assertThat(comparison.criteria(plan.id())).hasSize(5);
        assertThat(vm.rows()).allSatisfy(r -> assertThat(r.scores()).hasSizeLessThanOrEqualTo(4));
    }

    @Test
    void rowsMoveButOurBusinessStaysFirst() {
        MatrixViewModel.Row moorland = row("Moorland Coffee Co.");
        int at = vm.rows().indexOf(moorland);
        vm.moveRow(moorland, -1);
        assertThat(vm.rows().get(at - 1).competitor().name()).isEqualTo("Moorland Coffee Co.");
        vm.moveRow(row("Ember & Oak Coffee Roasters"), 1);
        vm.moveRow(vm.rows().get(1), -1);
        assertThat(vm.rows().get(0).competitor().own()).isTrue();
        assertThat(new CompetitorRepository(store.db).list(plan.id()).stream().map(c -> c.name()).toList().indexOf("Moorland Coffee Co."))
                .isEqualTo(at - 1);
    }

    @Test
    void scoresAndCriteriaChangesAreUndoneAndRedoneThroughThePlansHistory() {
        var history = histories.of(plan.id());
        MatrixViewModel.Row moorland = row("Moorland Coffee Co.");
        Comparison.Criterion freshness = criterion("Freshness");
        Map<UUID, Map<UUID, Integer>> before = comparison.scores(plan.id());
        Integer was = before.getOrDefault(moorland.competitor().id(), Map.of()).get(freshness.id());
        int now = was == null || was != 5 ? 5 : 1;
        assertThat(vm.setScore(moorland.competitor().id(), freshness.id(), Integer.toString(now))).isTrue();
        assertThat(comparison.scores(plan.id()).get(moorland.competitor().id()).get(freshness.id())).isEqualTo(now);
        history.undo();
        assertThat(comparison.scores(plan.id()).getOrDefault(moorland.competitor().id(), Map.of()).get(freshness.id())).isEqualTo(was);
        history.redo();
        assertThat(comparison.scores(plan.id()).get(moorland.competitor().id()).get(freshness.id())).isEqualTo(now);

        vm.removeCriterion(criterion("Freshness"));
        assertThat(comparison.criteria(plan.id())).extracting(Comparison.Criterion::name).doesNotContain("Freshness");
        history.undo();
        assertThat(comparison.criteria(plan.id())).extracting(Comparison.Criterion::name).contains("Freshness");
        assertThat(comparison.scores(plan.id()).get(moorland.competitor().id()).get(freshness.id())).as("its scores come back").isEqualTo(now);
        assertThat(vm.criteria()).extracting(Comparison.Criterion::name).contains("Freshness");
    }
}
