package org.tandem.ui.planfiles;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.ui.AppDriver;
import org.tandem.ui.common.FxTaskRunner;
import org.tandem.ui.common.RecordingErrorReporter;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** Long plan-file work on the store thread: its progress reaches the window, and Cancel stops it with nothing written. */
class PlanFileWorkUiTest extends FxRobot {
    FxTaskRunner runner;
    final List<String> notices = new CopyOnWriteArrayList<>();
    final RecordingErrorReporter errors = new RecordingErrorReporter();

    @BeforeEach
    void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        runner = new FxTaskRunner();
    }

    @AfterEach
    void stop() {
        runner.close();
    }

    @Test
    void cancelStopsTheWorkAndSaysNothingWasWritten() throws Exception {
        PlanFileWork work = new PlanFileWork(runner, errors, notices::add);
        List<String> results = new CopyOnWriteArrayList<>();
        interact(() -> work.run("Importing big.tandem.json", progress -> {
            for (long done = 0; ; done++) {
                progress.done(done % 1000, 1000);
                progress.check();
                Thread.onSpinWait();
            }
        }, r -> results.add("finished"), "import big.tandem.json"));
        AppDriver.waitUntil(() -> work.busyProperty().get() && work.progressProperty().get() >= 0);
        assertThat(work.textProperty().get()).isEqualTo("Importing big.tandem.json");

        interact(work::cancel);
        AppDriver.waitUntil(() -> !work.busyProperty().get());
        assertThat(notices).containsExactly("Cancelled: nothing was written");
        assertThat(results).isEmpty();
        assertThat(errors.messages).isEmpty();
    }

    @Test
    void aSecondJobWaitsItsTurn() throws Exception {
        PlanFileWork work = new PlanFileWork(runner, errors, notices::add);
        interact(() -> {
            work.run("Exporting", progress -> {
                while (true) {
                    progress.check();
                    Thread.onSpinWait();
                }
            }, r -> { }, "export");
            work.run("Importing", progress -> "imported", r -> notices.add(r), "import");
        });
        assertThat(notices).containsExactly("Wait for \"Exporting\" to finish, or cancel it");
        interact(work::cancel);
        AppDriver.waitUntil(() -> !work.busyProperty().get());
        assertThat(notices).last().isEqualTo("Cancelled: nothing was written");
    }
}
