package org.tandem.ui.competitors;

import org.tandem.service.CompetitorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.domain.Plan;
import org.tandem.exchange.PlanImport;
import org.tandem.exchange.SamplePlan;
import org.tandem.exchange.PngFile;
import org.tandem.store.ComparisonRepository;
import org.tandem.store.CompetitorRepository;
import org.tandem.store.SegmentRepository;
import org.tandem.store.SwotRepository;
import org.tandem.ui.StoreFixture;
import org.tandem.ui.common.RecordingErrorReporter;
import org.tandem.ui.common.SameThreadTaskRunner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class MapViewModelTest {
    @TempDir
    Path dir;
    StoreFixture store;
    ComparisonRepository comparison;
    MapViewModel vm;
    Plan plan;

    @BeforeEach
    void open() {
        store = new StoreFixture(dir.resolve("map-vm.db"));
        comparison = new ComparisonRepository(store.db);
        plan = new SamplePlan().addTo(new PlanImport(store.db));
        vm = new MapViewModel(new CompetitorService(new CompetitorRepository(store.db), new SegmentRepository(store.db), comparison,
                new SwotRepository(store.db)), new SameThreadTaskRunner(), new RecordingErrorReporter());
        vm.showPlan(plan);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private MapViewModel.Point point(String name) {
        return vm.points().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void placesEveryProfileOnTheChosenAxesWithQuadrantLinesAtTheMiddle() {
        assertThat(vm.xAxisProperty().get().isPrice()).isTrue();
        assertThat(vm.yAxisProperty().get().label()).isEqualTo("Freshness");
        assertThat(vm.points()).hasSize(6);
        assertThat(point("Supermarket premium ranges").x()).isEqualTo(5.5);
        assertThat(point("Supermarket premium ranges").share()).isEqualTo(38.0);
        assertThat(vm.frameProperty().get().yMid()).isEqualTo(3.0);
        assertThat(vm.frameProperty().get().xMid()).isEqualTo((5.5 + 11.5) / 2);
    }

    @Test
    void draggingABubbleChangesItsTwoScoresAndUndoPutsThemBack() {
        MapViewModel.Axis service = vm.axes().stream().filter(a -> "Service and training".equals(a.label())).findFirst().orElseThrow();
        MapViewModel.Axis fresh = vm.axes().stream().filter(a -> "Freshness".equals(a.label())).findFirst().orElseThrow();
        vm.xAxisProperty().set(service);
        vm.yAxisProperty().set(fresh);
        UUID grind = point("Northern Grind Co.").id();
        vm.drop(grind, 4.8, 1.2);
        assertThat(point("Northern Grind Co.").x()).isEqualTo(5.0);
        assertThat(point("Northern Grind Co.").y()).isEqualTo(1.0);
        assertThat(comparison.scores(plan.id()).get(grind)).containsEntry(service.criterionId(), 5).containsEntry(fresh.criterionId(), 1);
        vm.undo();
        assertThat(comparison.scores(plan.id()).get(grind)).containsEntry(service.criterionId(), 2).containsEntry(fresh.criterionId(), 3);
        assertThat(vm.undoableProperty().get()).isNull();
    }

    @Test
    void aPriceAxisIsNotChangedByDraggingAndOutOfRangeDropsClamp() {
        UUID grind = point("Northern Grind Co.").id();
        vm.drop(grind, 20, 9);
        assertThat(point("Northern Grind Co.").x()).isEqualTo(8.0);
        assertThat(point("Northern Grind Co.").y()).isEqualTo(5.0);
    }

    @Test
    void pngFilesAreWrittenAsRealPngs() throws Exception {
        Path file = dir.resolve("map.png");
        int[] pixels = new int[4 * 3];
        java.util.Arrays.fill(pixels, 0xFF1F6FEB);
        PngFile.write(file, 4, 3, pixels);
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        var image = javax.imageio.ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(4);
        assertThat(image.getRGB(2, 1)).isEqualTo(0xFF1F6FEB);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }
}
