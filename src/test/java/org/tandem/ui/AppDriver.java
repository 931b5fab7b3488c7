package org.tandem.ui;

import javafx.stage.Stage;
import org.tandem.app.TandemApp;
import org.tandem.ui.common.FxTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * Starts the real Tandem window on a database file, headless, the way the launcher does; quits
 * and restarts it on the same file. Screen tests build on this.
 */
public final class AppDriver {
    private final Path database;
    private final List<Integer> exitCodes = new CopyOnWriteArrayList<>();
    private TandemApp app;
    private final java.util.concurrent.atomic.AtomicReference<javafx.scene.Scene> firstFrame = new java.util.concurrent.atomic.AtomicReference<>();
    private final java.util.concurrent.atomic.AtomicReference<javafx.scene.Parent> firstRoot = new java.util.concurrent.atomic.AtomicReference<>();
    /** The database file's size as the first frame went out (-1: no file yet). */
    private final java.util.concurrent.atomic.AtomicLong databaseAtFirstFrame = new java.util.concurrent.atomic.AtomicLong();
    /** Whether the store had the file open (its write-ahead log beside it) as the first frame went out. */
    private final java.util.concurrent.atomic.AtomicBoolean openAtFirstFrame = new java.util.concurrent.atomic.AtomicBoolean();
    private FxTaskRunner runner;
    private Stage stage;
    private org.tandem.ui.salesplan.AssessStepController.CsvFiles csvFiles;
    private final java.util.concurrent.atomic.AtomicReference<Path> exportTo = new java.util.concurrent.atomic.AtomicReference<>();
    private final java.util.concurrent.atomic.AtomicReference<Path> importFrom = new java.util.concurrent.atomic.AtomicReference<>();

    /** The day the window's dashboard counts from: inside the sample's Q4 2026 sales plan. */
    public static final java.time.LocalDate TODAY = java.time.LocalDate.of(2026, 11, 30);

    public AppDriver(Path database) {
        this.database = database;
    }

    public Stage start() throws Exception {
        if (!FxToolkit.isFXApplicationThreadRunning()) {
            FxToolkit.registerPrimaryStage();
        }
        Stage primary = FxToolkit.registerPrimaryStage();
        exitCodes.clear();
        runner = new FxTaskRunner();
        app = new TandemApp(database, runner, exitCodes::add, Locale.UK);
        app.useClock(java.time.Clock.fixed(TODAY.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), java.time.ZoneOffset.UTC));
        if (csvFiles != null) {
            app.useCsvFiles(csvFiles);
        }
        app.usePlanFiles(new org.tandem.ui.planfiles.PlanFileActions.Chooser() {
            @Override
            public java.util.Optional<Path> exportTo(javafx.stage.Window owner, String suggestedName) {
                return java.util.Optional.ofNullable(exportTo.get());
            }

            @Override
            public java.util.Optional<Path> importFrom(javafx.stage.Window owner) {
                return java.util.Optional.ofNullable(importFrom.get());
            }

            @Override
            public java.util.Optional<Path> csvTo(javafx.stage.Window owner, String suggestedName) {
                return java.util.Optional.ofNullable(exportTo.get());
            }

            @Override
            public java.util.Optional<Path> pictureTo(javafx.stage.Window owner, String suggestedName) {
                return java.util.Optional.ofNullable(exportTo.get()).map(p -> p.resolveSibling(suggestedName));
            }

            @Override
            public java.util.Optional<Path> reportTo(javafx.stage.Window owner, String suggestedName) {
                return java.util.Optional.ofNullable(exportTo.get());
            }

            @Override
            public java.util.Optional<Path> folderFrom(javafx.stage.Window owner, String title) {
                return java.util.Optional.ofNullable(importFrom.get());
            }
        });
        app.useCalendarFiles(new org.tandem.ui.calendar.CalendarController.Files() {
            @Override
            public java.util.Optional<Path> saveIcs(javafx.stage.Window owner, String suggestedName) {
                return java.util.Optional.ofNullable(exportTo.get());
            }

            @Override
            public java.util.Optional<Path> openIcs(javafx.stage.Window owner) {
                return java.util.Optional.ofNullable(importFrom.get());
            }

            @Override
            public java.util.Optional<Path> openCampaigns(javafx.stage.Window owner) {
                return java.util.Optional.ofNullable(importFrom.get());
            }
        });
        app.startStore();
        firstFrame.set(null);
        app.firstFrame().thenAccept(shown -> {
            firstFrame.set(shown.getScene());
            firstRoot.set(shown.getScene().getRoot());
            try {
                databaseAtFirstFrame.set(java.nio.file.Files.exists(database) ? java.nio.file.Files.size(database) : -1);
                openAtFirstFrame.set(java.nio.file.Files.exists(database.resolveSibling(database.getFileName() + "-wal")));
            } catch (java.io.IOException e) {
                databaseAtFirstFrame.set(-2);
            }
        });
        FxToolkit.setupFixture(() -> app.start(primary));
        stage = app.shown().get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return stage;
    }

    /** The CSV file the Assess step's import gets instead of a file dialog (from the next start on). */
    public void csvFile(Path file) {
        this.csvFiles = owner -> java.util.Optional.of(file);
    }

    /** The files File > Export and Import get instead of file dialogs. */
    public void planFiles(Path exportTo, Path importFrom) {
        this.exportTo.set(exportTo);
        this.importFrom.set(importFrom);
    }

    /** The app's store thread, to queue work ahead of the user's (a long import, say). */
    public FxTaskRunner runner() {
        return runner;
    }

    /** The scene as its first frame went out, with the root it had then (the window's sketch). */
    public javafx.scene.Scene firstFrameScene() {
        return firstFrame.get();
    }

    /** The database file's size as the first frame went out; -1 when there was no file yet. */
    public long databaseAtFirstFrame() {
        return databaseAtFirstFrame.get();
    }

    /** Whether the store had opened the database file (its write-ahead log beside it) by the first frame. */
    public boolean openAtFirstFrame() {
        return openAtFirstFrame.get();
    }

    /** The root of the first frame, captured as it went out. */
    public javafx.scene.Parent firstFrameRoot() {
        return firstRoot.get();
    }

    public Stage stage() {
        return stage;
    }

    /** Quits as a user does (Ctrl+Q) and waits until the app has closed its database. */
    public void quitWithShortcut(FxRobot robot) throws TimeoutException {
        robot.press(javafx.scene.input.KeyCode.CONTROL).press(javafx.scene.input.KeyCode.Q)
                .release(javafx.scene.input.KeyCode.Q).release(javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> exitCodes.contains(0));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Ends the app without the quit path (test clean-up). */
    public void stop() throws Exception {
        if (app != null) {
            FxToolkit.setupFixture(() -> {
                app.stop();
                stage.hide();
            });
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    public List<Integer> exitCodes() {
        return exitCodes;
    }

    /**
     * What {@code read} finds in the scene, read on the JavaFX thread: a list's cells and a tab's content change there at
     * each pulse, and a walk of the scene from a test's thread once met a child list shrinking under it.
     */
    public static <T> T onFx(java.util.concurrent.Callable<T> read) {
        try {
            return WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(read));
        } catch (Exception e) {
            throw new IllegalStateException("reading the scene on the JavaFX thread failed", e);
        }
    }

    public static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }
}
