package org.tandem.bench;

import javafx.animation.AnimationTimer;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.domain.Plan;
import org.tandem.domain.PlanDetails;
import org.tandem.store.Database;
import org.tandem.store.PlanRepository;
import org.tandem.store.ResearchNoteRepository;
import org.tandem.ui.AppDriver;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Month;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The research screen on a 50,000-note plan, driven headless like the UI tests: how long from the
 * sidebar click until the list shows, and the longest JavaFX frame gap while a search is typed
 * (search runs on the store thread, so typing must never stall the window). Not part of mvn verify:
 * mvn -Pbench test -Dtest=ResearchScreenBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 */
class ResearchScreenBenchmark extends FxRobot {
    private static final int RUNS = 7;

    @TempDir
    Path dir;

    @Test
    void researchScreenOnFiftyThousandNotes() throws Exception {
        Path file = dir.resolve("screen-bench.db");
        try (Database db = Database.open(file)) {
            Plan plan = new PlanRepository(db).create(new PlanDetails("Benchmark plan", "", "GBP", Month.JANUARY));
            ResearchBenchmark.generate(new ResearchNoteRepository(db), plan.id(), 50_000);
        }
        long[] opens = new long[RUNS];
        long[] clicks = new long[RUNS];
        long[] stalls = new long[RUNS];
        for (int run = 0; run < RUNS; run++) {
            AppDriver driver = new AppDriver(file);
            driver.start();
            // the robot's own cost: the same click on the entry already shown, which builds nothing
            clickOn("#nav-competitors");
            long baseline = System.nanoTime();
            clickOn("#nav-competitors");
            clicks[run] = System.nanoTime() - baseline;
            // what a click on the entry does, without the robot: select it on the JavaFX thread
            javafx.scene.control.ListView<org.tandem.ui.shell.Section> sidebar = lookup("#sidebar").queryListView();
            long clicked = System.nanoTime();
            interact(() -> sidebar.getSelectionModel().select(org.tandem.ui.shell.Section.RESEARCH));
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup("#noteList").tryQuery()
                    .map(n -> ((ListView<?>) n).getItems().size() == 1_000).orElse(false));
            opens[run] = System.nanoTime() - clicked;
            stalls[run] = longestFrameGapWhileTyping("yorkshire barista training");
            driver.stop();
        }
        Arrays.sort(opens);
        Arrays.sort(clicks);
        System.out.printf("a click that builds nothing (the robot's own cost): median %.0f ms%n", clicks[RUNS / 2] / 1e6);
        Arrays.sort(stalls);
        System.out.printf("research screen, sidebar selection to 1,000 listed notes: median %.0f ms (runs: %s)%n", opens[RUNS / 2] / 1e6,
                Arrays.toString(Arrays.stream(opens).map(t -> t / 1_000_000).toArray()));
        System.out.printf("longest frame gap while typing a search: median %.0f ms (runs: %s)%n", stalls[RUNS / 2] / 1e6,
                Arrays.toString(Arrays.stream(stalls).map(t -> t / 1_000_000).toArray()));
    }

    private long longestFrameGapWhileTyping(String text) throws Exception {
        AtomicLong last = new AtomicLong();
        AtomicLong longest = new AtomicLong();
        AnimationTimer frames = new AnimationTimer() {
            @Override
            public void handle(long now) {
                long before = last.getAndSet(now);
                if (before != 0) {
                    longest.accumulateAndGet(now - before, Math::max);
                }
            }
        };
        clickOn("#searchField");
        interact(frames::start);
        write(text);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup("#noteList").tryQuery()
                .map(n -> ((ListView<?>) n).getItems().size() <= 200).orElse(false));
        interact(frames::stop);
        return longest.get();
    }
}
