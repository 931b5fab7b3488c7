package org.tandem.app;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.tandem.domain.Plan;
import org.tandem.exchange.PlanFile;
import org.tandem.exchange.PlanImport;
import org.tandem.exchange.SamplePlan;
import org.tandem.store.Database;
import org.tandem.store.StartPeek;
import org.tandem.store.SqliteLibrary;
import org.tandem.store.PlanRepository;
import org.tandem.store.SettingsRepository;
import org.tandem.ui.common.ChartPictures;
import org.tandem.ui.common.ControllerFactory;
import org.tandem.ui.common.ScreenContext;
import org.tandem.ui.common.Debouncer;
import org.tandem.ui.common.ErrorReporter;
import org.tandem.ui.common.FxErrorReporter;
import org.tandem.ui.common.FxTaskRunner;
import org.tandem.ui.common.Fxml;
import org.tandem.ui.common.PlanHistories;
import org.tandem.ui.common.FxDebouncer;
import org.tandem.ui.common.Theme;
import org.tandem.ui.common.UserMessages;
import org.tandem.ui.dashboard.DashboardController;
import org.tandem.ui.dashboard.DashboardViewModel;
import org.tandem.service.DashboardService;
import org.tandem.ui.calendar.CalendarController;
import org.tandem.domain.SalesPeriod;
import org.tandem.ui.calendar.CalendarScreen;
import org.tandem.ui.salesplan.AssessStepController;
import org.tandem.ui.salesplan.SalesPlanScreen;
import org.tandem.ui.competitors.CompetitorsScreen;
import org.tandem.ui.research.ResearchScreen;
import org.tandem.ui.shell.HelpDialogs;
import org.tandem.ui.shell.PlaceholderController;
import org.tandem.service.PlanService;
import org.tandem.service.PlanFiles;
import org.tandem.exchange.PlanFileParser;
import org.tandem.exchange.PlanFileUpgrade;
import org.tandem.ui.planfiles.PlanFileActions;
import org.tandem.ui.planfiles.PlanFilesViewModel;
import org.tandem.ui.shell.PlanSwitcherViewModel;
import org.tandem.ui.shell.Section;
import org.tandem.ui.shell.ShellController;
import org.tandem.ui.shell.ShellSketch;
import org.tandem.service.ShellSettings;
import org.tandem.ui.shell.ShellViewModel;
import org.tandem.service.WindowBounds;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntConsumer;

/**
 * The composition root: opens the store on the store thread (started before the toolkit, so the
 * two overlap), builds the window, and wires every controller through one controller factory.
 */
public final class TandemApp {
    static final String STYLESHEET = Objects.requireNonNull(
            TandemApp.class.getResource("/org/tandem/ui/tandem.css")).toExternalForm();
    private static final int[] ICON_SIZES = {16, 32, 48, 256};

    private final Path databaseFile;
    private final FxTaskRunner runner;
    private final IntConsumer exit;
    private final Locale locale;
    private final CompletableFuture<Stage> shown = new CompletableFuture<>();
    private final CompletableFuture<Stage> firstFrame = new CompletableFuture<>();
    private Path sqliteCache;
    /** Completes once the sketch's frame is out: a new database's set-up waits for it. */
    private final CompletableFuture<Void> sketchOut = new CompletableFuture<>();
    /** Whether the database file was new or empty when the store started: the sample is being set up. */
    private boolean newDatabase;
    private CompletableFuture<Started> started;
    private CompletableFuture<Optional<StartPeek>> peek;
    private Stage stage;
    private ShellViewModel shell;
    private ControllerFactory controllers;
    private Started ready;
    /** Edits waiting for typing to pause; flushed before quitting so none is lost. */
    private final List<Debouncer> autosaves = new java.util.ArrayList<>();
    private PlanSwitcherViewModel switcher;
    private ErrorReporter errors;
    private AppScreens screens;
    private Clock clock = Clock.systemDefaultZone();
    private AssessStepController.CsvFiles csvFiles = AssessStepController.systemFiles();
    private PlanFileActions.Chooser planFileChooser = PlanFileActions.systemDialogs();
    private Path importOnStart;
    private CalendarController.Files calendarFiles = CalendarController.systemFiles();
    private boolean stopped;
    private boolean quitting;
    /** Every plan's undo history, kept while the app runs. */
    private final PlanHistories histories = new PlanHistories();

    /** What the store thread hands over once the database is open. */
    private record Started(Database database, PlanService service, List<Plan> plans, ShellSettings settings) {
    }

    /**
     * @param exit ends the application with an exit code (tests pass one that only records it)
     */
    public TandemApp(Path databaseFile, FxTaskRunner runner, IntConsumer exit, Locale locale) {
        this.databaseFile = databaseFile;
        this.runner = runner;
        this.exit = exit;
        this.locale = locale;
    }

    /** Where the Assess step's CSV import reads from: a file dialog, or a fixed file in tests. Call before {@link #start}. */
    /** The day the dashboard counts from: the system clock, or a fixed day in tests. */
    public void useClock(Clock fixed) {
        this.clock = fixed;
    }

    public void useCsvFiles(AssessStepController.CsvFiles files) {
        this.csvFiles = files;
    }

    /** Where File > Export and Import choose files: the system's dialogs, or fixed files in tests. Call before {@link #start}. */
    public void usePlanFiles(PlanFileActions.Chooser chooser) {
        this.planFileChooser = chooser;
    }

    /** Where the calendar's imports and exports choose files: the system's dialogs, or fixed files in tests. */
    public void useCalendarFiles(CalendarController.Files files) {
        this.calendarFiles = files;
    }

    /** Where SQLite's native library is kept between starts (the launcher's cache folder; tests leave the driver's way). */
    public void useSqliteCache(Path folder) {
        this.sqliteCache = folder;
    }

    /** A plan file to show the import preview of once the window is up (the app opened on a file). */
    public void importOnStart(Path file) {
        this.importOnStart = file;
    }

    /** Opens the database on the store thread; may be called before the JavaFX toolkit runs. */
    public void startStore() {
        if (started == null) {
            newDatabase = isNewDatabase();
            // setting up the sample (schema, the file read, the import) would take a core from the toolkit's start:
            // on a new database it waits for the first frame; then the sample is read on another core while SQLite opens
            CompletableFuture<Void> go = newDatabase ? sketchOut : CompletableFuture.completedFuture(null);
            CompletableFuture<PlanFile> sampleFile = newDatabase
                    ? go.thenApplyAsync(ignored -> SamplePlan.readBundled()) : null;
            SamplePlan sample = new SamplePlan(() -> sampleFile != null ? sampleFile.join() : SamplePlan.readBundled(),
                    Clock.systemUTC());
            CompletableFuture<Void> library = go.thenRunAsync(() -> {
                if (sqliteCache != null) {
                    SqliteLibrary.useCopyIn(sqliteCache);
                }
            }, runner.executor());
            // what the sketch shows is read before the file is opened and checked (a check that grows with the file)
            peek = newDatabase ? CompletableFuture.completedFuture(Optional.empty())
                    : library.thenApplyAsync(ignored -> StartPeek.of(databaseFile), runner.executor());
            // the store opens after the first frame (a new database's set-up, the library waiting for it; an existing one
            // after the look too): opened beside the toolkit's start on two cores, it held the first frame back a tenth
            // of a second on the L plan (its quick check), for a whole window ready 0.1 s sooner
            CompletableFuture<?> opensAfter = newDatabase ? library
                    : peek.handle((seen, failure) -> null).thenCombine(sketchOut, (seen, out) -> null);
            started = opensAfter.thenApplyAsync(ignored -> {
                Database database = Database.open(databaseFile);
                try {
                    PlanService service = new PlanService(new PlanRepository(database), new SettingsRepository(database),
                            sample, new PlanImport(database));
                    List<Plan> plans = service.prepareForStart();
                    return new Started(database, service, plans, service.loadSettings());
                } catch (RuntimeException e) {
                    database.close();
                    throw e;
                }
            }, runner.executor());
        }
    }

    private boolean isNewDatabase() {
        try {
            return !Files.exists(databaseFile) || Files.size(databaseFile) == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Shows the window at once as a sketch of itself ({@link ShellSketch}: no controls, no stylesheet, so its first
     * frame comes as soon as a bare window's), then builds the real one once that frame is out and the store is ready.
     * Call on the FX thread.
     */
    public void start(Stage stage) {
        this.stage = stage;
        startStore();
        Optional<StartPeek> seen = Optional.ofNullable(within(peek, 400)).flatMap(p -> p);
        ShellSettings settings = seen.map(p -> ShellSettings.from(p.settings())).orElse(ShellSettings.DEFAULTS);
        String planName = seen.map(p -> p.plans().stream()
                .filter(n -> settings.lastPlan().map(n.id()::equals).orElse(false)).findFirst()
                .or(() -> p.plans().stream().findFirst()).map(StartPeek.PlanName::name).orElse("")).orElse("");
        String opening = newDatabase ? "Setting up the sample plan…" : planName.isEmpty() ? "Opening…" : "Opening " + planName + "…";
        WindowBounds bounds = WindowPlacement.initialBounds(settings);
        Scene scene = new Scene(ShellSketch.of(settings.darkTheme(), planName, opening, settings.zoom(), bounds.width()), bounds.width(), bounds.height(),
                ShellSketch.background(settings.darkTheme()));
        stage.setScene(scene);
        stage.titleProperty().unbind();
        stage.setTitle(planName.isEmpty() ? "Tandem" : "Tandem - " + planName);
        stage.setMinWidth(WindowBounds.MIN_WIDTH);
        stage.setMinHeight(WindowBounds.MIN_HEIGHT);
        WindowPlacement.place(stage, bounds);
        stage.show();
        FirstFrame.afterFirstFrame(() -> {
            firstFrame.complete(stage);
            sketchOut.complete(null);
            // a couple of pulses more before the JavaFX thread is taken for a second by the build: without a graphics
            // card (the software pipeline) the frame reaches the screen through that thread
            FirstFrame.afterFirstFrame(() -> started.whenComplete((ready, failure) -> Platform.runLater(() -> {
                if (failure != null) {
                    stage.hide();
                    refuseToStart(failure);
                } else {
                    show(ready, seen.isEmpty());
                }
            })));
        });
    }

    /** The store thread's answer if it comes within {@code millis} (it works while the toolkit starts: usually it has). */
    private static <T> T within(CompletableFuture<T> answer, long millis) {
        try {
            return answer.get(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException slowOrFailed) {
            return null; // the sketch shows the defaults; a failure is told once the sketch is up
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Completes with the stage once its first frame, the sketch, is out (start-up probe). */
    public CompletableFuture<Stage> firstFrame() {
        return firstFrame;
    }

    /** Completes with the stage once the main window is on screen (start-up probe, tests). */
    public CompletableFuture<Stage> shown() {
        return shown;
    }

    /** @param settingsUnknown the sketch showed before the settings were read: the remembered bounds apply now */
    private void show(Started ready, boolean settingsUnknown) {
        this.ready = ready;
        Theme.apply(ready.settings().darkTheme());
        errors = new FxErrorReporter(() -> stage);
        switcher = new PlanSwitcherViewModel(ready.service(), runner, errors, locale, histories);
        shell = new ShellViewModel(switcher, ready.service(), runner, errors, histories);
        shell.restore(ready.settings());
        switcher.showPlans(ready.plans(), ready.settings().lastPlan());
        screens = new AppScreens(this::screenContext, switcher.currentProperty(), shell.sectionProperty(), () -> controllers,
                calendarFiles, csvFiles);
        DashboardViewModel dashboard = new DashboardViewModel(new DashboardService(ready.database()), runner, errors, locale,
                clock, destination -> screens.open(destination), histories, autosave(), java.util.concurrent.ForkJoinPool.commonPool());
        dashboard.show(switcher.current());
        switcher.currentProperty().addListener((o, was, now) -> dashboard.show(now));
        // figures change on other screens: the dashboard works them out again whenever it comes back into view
        shell.sectionProperty().addListener((o, was, now) -> {
            if (now == Section.DASHBOARD) {
                dashboard.refreshIfChanged();
            }
            screens.shown(now);
        });

        PlanFiles planFiles = new PlanFiles(ready.database(), new PlanFileParser(new PlanFileUpgrade()), Clock.systemUTC(),
                "Tandem " + Version.current());
        PlanFilesViewModel filesModel = new PlanFilesViewModel(planFiles, runner, errors, histories, switcher::announce,
                switcher::showWritten);
        PlanFileActions fileActions = new PlanFileActions(filesModel, switcher.currentProperty(), planFileChooser, locale, STYLESHEET);
        HelpDialogs help = new HelpDialogs(Version.current(), ready.database().file());
        ControllerFactory controllers = new ControllerFactory()
                .register(ShellController.class, () -> new ShellController(shell, screens::build, this::quit, help, locale, STYLESHEET,
                        fileActions))
                .register(DashboardController.class, () -> new DashboardController(dashboard, help::showMarketingAndSales));
        this.controllers = controllers;
        Parent root = Fxml.load(ShellController.class, "MainWindow.fxml", controllers).root();
        ClassroomSetup.install(root, new ClassroomSetup.Needs(ready.database(), ready.service(), planFiles, filesModel, runner, errors,
                switcher::announce, switcher.currentProperty(), planFileChooser, screens::open, locale, clock, STYLESHEET));

        // the sketch's scene keeps its size: only its root is replaced
        Scene scene = stage.getScene();
        scene.getStylesheets().add(STYLESHEET);
        scene.setRoot(root);
        ChartPictures.install(scene, planFileChooser::pictureTo, runner, errors, switcher::announce);
        stage.titleProperty().bind(shell.titleProperty());
        stage.getIcons().clear();
        for (int size : ICON_SIZES) {
            stage.getIcons().add(new Image(Objects.requireNonNull(
                    TandemApp.class.getResource("/org/tandem/icons/tandem-" + size + ".png")).toExternalForm()));
        }
        if (settingsUnknown && ready.settings().bounds().isPresent()) {
            WindowBounds remembered = WindowPlacement.initialBounds(ready.settings());
            stage.setWidth(remembered.width());
            stage.setHeight(remembered.height());
            WindowPlacement.place(stage, remembered);
        }
        stage.setOnCloseRequest(e -> {
            e.consume();
            quit();
        });
        if (importOnStart != null) {
            fileActions.importFile(importOnStart);
        }
        shown.complete(stage);
    }

    /** A debouncer for saving while the user types; flushed on quit so no edit is lost. */
    private Debouncer autosave() {
        Debouncer debouncer = new FxDebouncer(Duration.millis(400));
        autosaves.add(debouncer);
        return debouncer;
    }

    private ScreenContext screenContext() {
        return new ScreenContext(ready.database(), runner, errors, locale, this::autosave, histories);
    }

    /**
     * Ctrl+Q, File > Quit and the window's close button: remember, tidy up, close. Every queued save
     * runs first, however long the store is busy (a long import ahead of it); the window stays
     * responsive meanwhile and says "Saving…" when that takes a moment.
     */
    public void quit() {
        if (quitting) {
            return;
        }
        quitting = true;
        autosaves.forEach(Debouncer::flush);
        if (shell == null) {
            stop();
            exit.accept(0);
            return;
        }
        WindowBounds bounds = stage.isMaximized() || stage.isIconified()
                ? null : new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
        if (stage.isMaximized()) {
            bounds = new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), true);
        }
        PauseTransition sayIt = new PauseTransition(Duration.millis(300));
        sayIt.setOnFinished(e -> shell.savingBeforeQuit(true));
        sayIt.play();
        shell.quit(bounds, () -> runner.whenIdle(() -> {
            sayIt.stop();
            stage.hide();
            stop();
            exit.accept(0);
        }));
    }

    /** Closes the database after queued store work has finished. Safe to call more than once. */
    public void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        autosaves.forEach(Debouncer::flush);
        if (started != null) {
            started.thenAcceptAsync(ready -> ready.database().close(), runner.executor());
        }
        runner.close();
    }

    private void refuseToStart(Throwable failure) {
        String message = UserMessages.describe("open the Tandem database", failure);
        System.err.println("tandem: " + message);
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.setTitle("Tandem");
        alert.setHeaderText("Tandem cannot start");
        alert.getDialogPane().setId("startFailure");
        alert.setOnHidden(e -> {
            stop();
            exit.accept(1);
        });
        alert.show();
        shown.completeExceptionally(failure);
    }
}
