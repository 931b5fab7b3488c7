package org.tandem.bench;

import javafx.scene.control.ComboBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.domain.Comparison;
import org.tandem.domain.Competitor;
import org.tandem.domain.Plan;
import org.tandem.domain.PlanDetails;
import org.tandem.store.ComparisonRepository;
import org.tandem.store.CompetitorRepository;
import org.tandem.store.Database;
import org.tandem.store.PlanRepository;
import org.tandem.ui.AppDriver;
import org.tandem.ui.competitors.MapViewModel;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The positioning map with 1,000 competitors x 30 criteria, headless: time from choosing another
 * axis to the map laid out with every bubble (CSS and layout done). Not part of mvn verify:
 * mvn -Pbench test -Dtest=MapBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 */
class MapBenchmark extends FxRobot {
    @TempDir
    Path dir;

    @Test
    void mapRedrawWithAThousandCompetitors() throws Exception {
        Path file = dir.resolve("map-bench.db");
        try (Database db = Database.open(file)) {
            Plan plan = new PlanRepository(db).create(new PlanDetails("Map plan", "", "EUR", Month.JANUARY));
            CompetitorRepository competitors = new CompetitorRepository(db);
            ComparisonRepository comparison = new ComparisonRepository(db);
            Random random = new Random(3);
            db.write(c -> {
                List<Comparison.Criterion> criteria = new ArrayList<>();
                for (int i = 0; i < 30; i++) {
                    criteria.add(comparison.saveCriterion(plan.id(), new Comparison.Criterion(UUID.randomUUID(), "Criterion " + i, 1)));
                }
                for (int i = 0; i < 1_000; i++) {
                    Competitor k = Competitor.named(plan.id(), "Competitor " + i, false, java.time.Instant.now());
                    Competitor saved = competitors.save(new Competitor(k.id(), k.planId(), false, k.name(), "", "", 5 + random.nextDouble() * 10,
                            "", List.of(), List.of(), List.of(), "", null, random.nextDouble() * 2, null, "", k.createdAt(), k.updatedAt()));
                    for (Comparison.Criterion criterion : criteria) {
                        comparison.setScore(saved.id(), criterion.id(), 1 + random.nextInt(5));
                    }
                }
                return null;
            });
        }
        AppDriver driver = new AppDriver(file);
        driver.start();
        clickOn("#nav-competitors");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> lookup("#competitorsView").tryQuery().isPresent());
        clickOn("Positioning map");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> lookup(".map-bubble").queryAll().size() == 1_000);
        @SuppressWarnings("unchecked")
        ComboBox<MapViewModel.Axis> yAxis = lookup("#yAxisBox").queryAs(ComboBox.class);
        int runs = 15;
        long[] times = new long[runs];
        for (int i = 0; i < runs + 3; i++) {
            MapViewModel.Axis next = yAxis.getItems().get(1 + (i % (yAxis.getItems().size() - 1)));
            long start = System.nanoTime();
            interact(() -> {
                yAxis.setValue(next);
                yAxis.getScene().getRoot().applyCss();
                yAxis.getScene().getRoot().layout();
            });
            long took = System.nanoTime() - start;
            if (i >= 3) {
                times[i - 3] = took;
            }
        }
        Arrays.sort(times);
        System.out.printf("positioning map redraw (1,000 bubbles, axis change to CSS and layout done): median %.0f ms, p95 %.0f ms%n",
                times[runs / 2] / 1e6, times[runs - 1] / 1e6);
        driver.stop();
    }
}
