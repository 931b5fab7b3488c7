package org.tandem.ui.salesplan;

import org.tandem.domain.SalesPlanContents;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.domain.ActivityType;
import org.tandem.domain.Cadence;
import org.tandem.domain.Capacity;
import org.tandem.domain.Measure;
import org.tandem.domain.Objective;
import org.tandem.domain.Plan;
import org.tandem.domain.PlanDetails;
import org.tandem.domain.Priority;
import org.tandem.domain.SalesActivity;
import org.tandem.domain.SalesActual;
import org.tandem.domain.SalesMetric;
import org.tandem.domain.SalesPeriod;
import org.tandem.domain.SalesPerson;
import org.tandem.domain.SalesPlan;
import org.tandem.domain.Variance;
import org.tandem.store.Database;
import org.tandem.store.PlanRepository;
import org.tandem.store.SalesPlanRepository;
import org.tandem.ui.AppDriver;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The sales plan wizard on a large plan: 200 objectives, 2,000 activities, five years of weekly
 * actuals for every measure. Times opening each step (click to laid out) and editing a target
 * (typed to every dependent figure and table updated and laid out). Not part of mvn verify:
 * mvn -Pbench test -Dtest=SalesPlanBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 */
class SalesPlanBenchmark extends FxRobot {
    /** -DwarmUp=false clicks straight through, as a user jumping to steps never shown (no warm-up has run). */
    static final boolean WAIT_FOR_WARM_UP = Boolean.parseBoolean(System.getProperty("warmUp", "true"));

    @TempDir
    Path dir;

    private static long timed(Runnable action, Node anyNode) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        long[] time = new long[2];
        Platform.runLater(() -> {
            time[0] = System.nanoTime();
            action.run();
            Platform.runLater(() -> {
                anyNode.getScene().getRoot().applyCss();
                anyNode.getScene().getRoot().layout();
                time[1] = System.nanoTime();
                done.countDown();
            });
        });
        if (!done.await(120, TimeUnit.SECONDS)) {
            throw new AssertionError("the FX thread did not finish");
        }
        return time[1] - time[0];
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    @Test
    void stepsOpenAndFiguresFollowAnEditOnALargeSalesPlan() throws Exception {
        Path file = dir.resolve("sales-bench.db");
        SalesPeriod period = new SalesPeriod(LocalDate.of(2022, 1, 1), LocalDate.of(2026, 12, 31));
        int actualCount = 0;
        try (Database db = Database.open(file)) {
            Plan plan = new PlanRepository(db).create(new PlanDetails("Large sales plan", "", "EUR", Month.JANUARY));
            SalesPlan salesPlan = new SalesPlan(UUID.randomUUID(), plan.id(), "Five years", period, 1, "", "", "", 1_500.0, 0.2, 500_000.0,
                    300_000.0, Variance.Thresholds.DEFAULT, null, null);
            Random random = new Random(6);
            List<Objective> objectives = new ArrayList<>();
            SalesMetric[] metrics = SalesMetric.values();
            for (int i = 0; i < 200; i++) {
                SalesMetric metric = metrics[i % metrics.length];
                double target = metric.percentUpTo100() ? 60 + random.nextInt(40) : 1_000 + random.nextInt(100_000);
                objectives.add(new Objective(UUID.randomUUID(), salesPlan.id(), metric, target, target * 0.8, "Owner " + (i % 20), null,
                        Priority.values()[i % 3]));
            }
            List<SalesActivity> activities = new ArrayList<>();
            ActivityType[] types = ActivityType.values();
            for (int i = 0; i < 2_000; i++) {
                List<UUID> linked = List.of(objectives.get(random.nextInt(200)).id(), objectives.get(random.nextInt(200)).id());
                activities.add(new SalesActivity(UUID.randomUUID(), salesPlan.id(), types[i % types.length], "Activity " + i, linked,
                        1 + random.nextInt(20), Cadence.values()[i % 3], 0.25 + random.nextInt(4) * 0.25, random.nextInt(50),
                        0.1 + random.nextInt(8) * 0.1, "Owner " + (i % 20), null));
            }
            List<SalesPerson> people = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                people.add(new SalesPerson(UUID.randomUUID(), salesPlan.id(), "Owner " + i, Capacity.Role.values()[i % 3], 30));
            }
            List<SalesActual> actuals = new ArrayList<>();
            for (LocalDate week = period.start().plusDays(6); !week.isAfter(period.end()); week = week.plusWeeks(1)) {
                for (Measure m : Measure.all()) {
                    actuals.add(new SalesActual(UUID.randomUUID(), salesPlan.id(), week, m.code(), m.counted() ? random.nextInt(500)
                            : 50 + random.nextInt(50)));
                }
            }
            actualCount = actuals.size();
            new SalesPlanRepository(db).insertWhole(new SalesPlanContents(salesPlan, objectives, activities, people, List.of(),
                    List.of(), actuals, List.of(), Map.of()));
        }
        AppDriver driver = new AppDriver(file);
        driver.start();
        clickOn("#nav-sales_plan");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> lookup("#salesPlanChoice").tryQuery()
                .map(n -> ((ComboBox<?>) n).getValue() != null).orElse(false));
        Node root = lookup("#salesPlanRoot").query();

        int rounds = 11;
        long[][] opens = new long[6][rounds];
        long[] firstOpen = new long[6];
        long[] warmUps = new long[6];
        for (int round = -1; round < rounds; round++) {
            for (int step = 1; step <= 6; step++) {
                ToggleButton button = from(root).lookup("#step" + step).queryAs(ToggleButton.class);
                long took = timed(button::fire, root);
                if (round < 0) {
                    firstOpen[step - 1] = took;
                    // a user reads the step before pressing Next: the next step is warmed up meanwhile
                    int next = step + 1;
                    if (next <= 6 && WAIT_FOR_WARM_UP) {
                        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                                () -> Integer.valueOf(next).equals(root.getProperties().get(SalesPlanController.WARMED_STEP)));
                        warmUps[next - 1] = (Long) root.getProperties().get(SalesPlanController.WARM_UP_NANOS);
                    }
                } else {
                    opens[step - 1][round] = took;
                }
            }
        }
        for (int step = 1; step <= 6; step++) {
            System.out.printf("step %d %s: warm-up %.0f ms (idle, while the step before shows), first open %.0f ms, open median %.0f ms%n",
                    step, SalesPlanViewModel.STEP_NAMES.get(step - 1), warmUps[step - 1] / 1e6, firstOpen[step - 1] / 1e6,
                    median(opens[step - 1]));
        }

        interact(() -> from(root).lookup("#step1").queryAs(ToggleButton.class).fire());
        TableView<Objective> objectivesTable = from(root).lookup("#objectiveTable").queryAs(TableView.class);
        interact(() -> objectivesTable.getSelectionModel().select(0));
        TextField target = from(root).lookup("#targetField").queryAs(TextField.class);
        Label deals = from(root).lookup("#dealsNeededLabel").queryAs(Label.class);
        long[] edits = new long[rounds];
        for (int i = -2; i < rounds; i++) {
            String typed = Integer.toString(50_000 + i * 1_000);
            // typed, then the field left: that is when the value is committed and every figure follows
            interact(target::requestFocus);
            long took = timed(() -> {
                target.setText(typed);
                objectivesTable.requestFocus();
            }, root);
            if (!deals.getText().isEmpty() && i >= 0) {
                edits[i] = took;
            }
        }
        System.out.printf("edit a revenue target (200 objectives, 2,000 activities, %,d actuals; every figure and table updated): "
                + "median %.0f ms%n", actualCount, median(edits));

        // a step left behind catches up when it is opened: Control after an edit on Objectives
        ToggleButton objectivesButton = from(root).lookup("#step1").queryAs(ToggleButton.class);
        ToggleButton controlButton = from(root).lookup("#step6").queryAs(ToggleButton.class);
        long[] stale = new long[rounds];
        for (int i = -2; i < rounds; i++) {
            interact(objectivesButton::fire);
            String typed = Integer.toString(70_000 + i * 1_000);
            interact(() -> target.setText(typed));
            long took = timed(controlButton::fire, root);
            if (i >= 0) {
                stale[i] = took;
            }
        }
        System.out.printf("open Control right after that edit (200 standings and the forecast worked out again): median %.0f ms%n",
                median(stale));

        // an actual added on Assess: the grid of 261 weeks, both charts and every figure follow
        interact(() -> from(root).lookup("#step5").queryAs(ToggleButton.class).fire());
        @SuppressWarnings("unchecked")
        ComboBox<Measure> measure = from(root).lookup("#measureChoice").queryAs(ComboBox.class);
        interact(() -> measure.setValue(Measure.find("revenue").orElseThrow()));
        TextField value = from(root).lookup("#valueField").queryAs(TextField.class);
        javafx.scene.control.Button add = from(root).lookup("#addActual").queryAs(javafx.scene.control.Button.class);
        long[] actualEdits = new long[rounds];
        for (int i = -2; i < rounds; i++) {
            String typed = Integer.toString(100 + i);
            interact(() -> value.setText(typed));
            long took = timed(add::fire, root);
            if (i >= 0) {
                actualEdits[i] = took;
            }
        }
        System.out.printf("add an actual on Assess (grid of 261 weeks, charts and figures updated): median %.0f ms%n", median(actualEdits));
        driver.stop();
    }
}
