package org.tandem.bench;

import com.calendarfx.view.CalendarView;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import org.tandem.domain.Plan;
import org.tandem.ui.AppDriver;
import org.tandem.ui.common.FxTaskRunner;
import org.tandem.ui.shell.Section;
import org.tandem.ui.shell.SectionWarmUp;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One size of the benchmark suite, in a JVM of its own so its peak heap and RSS are the app's: the real window,
 * headless, on a database holding the generated plan and an empty one (opened at start). Times opening the plan,
 * each section's first and later showings, next month in the calendar and each wizard step, each from the user's
 * action to everything it set off done (the store idle, what that queued on the JavaFX thread run, the next pulse's
 * CSS and layout); then the file work and searches ({@link SuiteFileWork}); last the peaks. Prints {@link SuiteRow}s.
 * Started by {@link BenchmarkSuite}: SuiteWalk DATABASE SIZE.
 */
public final class SuiteWalk {
    private static final int LATER = 5;
    private final FxRobot robot = new FxRobot();
    private final String size;
    private FxTaskRunner runner;
    private Parent root;

    private SuiteWalk(String size) {
        this.size = size;
    }

    public static void main(String[] args) throws Exception {
        Path database = Path.of(args[0]);
        SuiteWalk walk = new SuiteWalk(args[1]);
        try {
            walk.walk(database);
            SuiteRow.peaks(walk.size, "using the window");
            if (Boolean.parseBoolean(System.getProperty("suite.files", "true"))) {
                SuiteFileWork.run(database, args[1], args.length > 2 && args[2].equals("csv"));
                SuiteRow.peaks(walk.size, "with the file work too");
            }
        } catch (Throwable failure) {
            failure.printStackTrace();
            System.exit(2);
        }
        System.exit(0);
    }

    private void walk(Path database) throws Exception {
        AppDriver driver = new AppDriver(database);
        driver.start();
        runner = driver.runner();
        root = driver.stage().getScene().getRoot();
        // as a user who looks at the first screen for a moment: the shell builds the calendar and the sales plan ahead
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> root.getProperties().containsKey(SectionWarmUp.DONE));
        quiet();
        @SuppressWarnings("unchecked")
        ComboBox<Plan> switcher = robot.lookup("#planSwitcher").queryAs(ComboBox.class);
        Plan other = switcher.getItems().stream().filter(p -> p.name().equals(BenchmarkSuite.OTHER_PLAN)).findFirst().orElseThrow();
        Plan plan = switcher.getItems().stream().filter(p -> !p.equals(other)).findFirst().orElseThrow();
        if (!switcher.getValue().equals(other)) {
            throw new IllegalStateException("the window opened on " + switcher.getValue().name() + ": prepare the database again");
        }
        long opened = settled(() -> switcher.setValue(plan));
        List<Long> reopened = new ArrayList<>();
        for (int run = 0; run < LATER; run++) {
            settled(() -> switcher.setValue(other));
            reopened.add(settled(() -> switcher.setValue(plan)));
        }
        SuiteRow.time(size, "opening the plan (its dashboard drawn): first / later", opened, reopened, 500);

        @SuppressWarnings("unchecked")
        ListView<Section> sidebar = robot.lookup("#sidebar").queryAs(ListView.class);
        List<Section> sections = List.of(Section.RESEARCH, Section.COMPETITORS, Section.CALENDAR, Section.SALES_PLAN);
        long[] first = new long[sections.size()];
        for (int i = 0; i < sections.size(); i++) {
            quiet();
            Section section = sections.get(i);
            first[i] = settled(() -> sidebar.getSelectionModel().select(section));
        }
        List<List<Long>> later = new ArrayList<>();
        sections.forEach(s -> later.add(new ArrayList<>()));
        List<Long> dashboard = new ArrayList<>();
        for (int run = 0; run < LATER; run++) {
            for (int i = 0; i < sections.size(); i++) {
                Section section = sections.get(i);
                later.get(i).add(settled(() -> sidebar.getSelectionModel().select(section)));
            }
            dashboard.add(settled(() -> sidebar.getSelectionModel().select(Section.DASHBOARD)));
        }
        for (int i = 0; i < sections.size(); i++) {
            SuiteRow.time(size, sections.get(i).title() + ": first showing", List.of(first[i]), 300);
            SuiteRow.time(size, sections.get(i).title() + ": later showings", later.get(i), 100);
        }
        SuiteRow.time(size, "Dashboard: later showings", dashboard, 100);

        settled(() -> sidebar.getSelectionModel().select(Section.CALENDAR));
        CalendarView calendar = robot.lookup(n -> n instanceof CalendarView).queryAs(CalendarView.class);
        settled(calendar::showMonthPage);
        List<Long> months = new ArrayList<>();
        for (int run = 0; run < 9; run++) {
            months.add(settled(() -> calendar.setDate(calendar.getDate().plusMonths(1))));
        }
        SuiteRow.time(size, "calendar: next month", months, 100);

        settled(() -> sidebar.getSelectionModel().select(Section.SALES_PLAN));
        Parent salesPlan = robot.lookup("#salesPlanRoot").queryAs(Parent.class);
        for (int step = 1; step <= 6; step++) {
            ToggleButton button = robot.from(salesPlan).lookup("#step" + step).queryAs(ToggleButton.class);
            quiet();
            long firstOpen = settled(button::fire);
            List<Long> again = new ArrayList<>();
            for (int run = 0; run < LATER; run++) {
                int away = step == 1 ? 2 : 1;
                settled(robot.from(salesPlan).lookup("#step" + away).queryAs(ToggleButton.class)::fire);
                again.add(settled(button::fire));
            }
            SuiteRow.time(size, "wizard step " + step + " " + org.tandem.ui.salesplan.SalesPlanViewModel.STEP_NAMES.get(step - 1)
                    + ": first / later", firstOpen, again, 150);
        }
        driver.stop();
    }

    /** Waits as a user reading the screen would: the store idle and the idle-time warm-ups done. */
    private void quiet() throws Exception {
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !runner.busy());
            WaitForAsyncUtils.waitForFxEvents();
        }
        // the shell and the wizard warm up after 0.4-1.5 s of no input: give them that
        long until = System.nanoTime() + 2_000_000_000L;
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> System.nanoTime() > until);
        // and a section built ahead reads the open plan in that quiet moment (the calendar)
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !Boolean.TRUE.equals(root.getProperties().get(SectionWarmUp.READ_WAITING)));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !runner.busy());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Nanoseconds from {@code action} on the JavaFX thread until all it set off is done and laid out. */
    private long settled(Runnable action) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        long[] time = new long[2];
        Platform.runLater(() -> {
            time[0] = System.nanoTime();
            action.run();
            whenSettled(() -> {
                time[1] = System.nanoTime();
                done.countDown();
            });
        });
        if (!done.await(300, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the window did not settle");
        }
        return time[1] - time[0];
    }

    private void whenSettled(Runnable then) {
        runner.whenIdle(() -> afterQueued(8, () -> afterPulse(() -> {
            if (runner.busy()) {
                whenSettled(then);
            } else {
                root.applyCss();
                root.layout();
                then.run();
            }
        })));
    }

    private static void afterQueued(int depth, Runnable last) {
        if (depth == 0) {
            last.run();
        } else {
            Platform.runLater(() -> afterQueued(depth - 1, last));
        }
    }

    /** Runs {@code then} in the next pulse, where what waits for a pulse (CalendarFX's feed, animations) has run. */
    private static void afterPulse(Runnable then) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                Platform.runLater(then);
            }
        }.start();
    }
}
