package org.tandem.app;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.tandem.domain.Plan;
import org.tandem.exchange.PlanFile;
import org.tandem.exchange.PlanImport;
import org.tandem.exchange.SamplePlan;
import org.tandem.store.Database;
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
import org.tandem.service.ShellSettings;
import org.tandem.ui.shell.ShellViewModel;
import org.tandem.service.WindowBounds;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
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
    private CompletableFuture<Started> started;
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

    /** A plan file to show the import preview of once the window is up (the app opened on a file). */
    public void importOnStart(Path file) {
        this.importOnStart = file;
    }

    /** Opens the database on the store thread; may be called before the JavaFX toolkit runs. */
    public void startStore() {
        if (started == null) {
            // a first start reads the sample on another core while SQLite opens
            CompletableFuture<PlanFile> sampleFile = isNewDatabase()
                    ? CompletableFuture.supplyAsync(SamplePlan::readBundled) : null;
            SamplePlan sample = new SamplePlan(() -> sampleFile != null ? sampleFile.join() : SamplePlan.readBundled(),
                    Clock.systemUTC());
            started = CompletableFuture.supplyAsync(() -> {
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

    /** Shows the main window on {@code stage} as soon as the store is ready. Call on the FX thread. */
    public void start(Stage stage) {
        this.stage = stage;
        startStore();
        started.whenComplete((ready, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                refuseToStart(failure);
            } else {
                show(ready);
            }
        }));
    }

    /** Completes with the stage once the main window is on screen (start-up probe, tests). */
    public CompletableFuture<Stage> shown() {
        return shown;
    }

    private void show(Started ready) {
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
                clock, destination -> screens.open(destination), histories, autosave());
        dashboard.show(switcher.current());
        switcher.currentProperty().addListener((o, was, now) -> dashboard.show(now));
        // figures change on other screens: the dashboard works them out again whenever it comes back into view
        shell.sectionProperty().addListener((o, was, now) -> {
            if (now == Section.DASHBOARD) {
                dashboard.refresh();
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

        WindowBounds bounds = initialBounds(ready.settings());
        // sized up front: a scene without a size is measured (a full CSS and layout pass) before it shows
        Scene scene = new Scene(root, bounds.width(), bounds.height());
        scene.getStylesheets().add(STYLESHEET);
        ChartPictures.install(scene, planFileChooser::pictureTo, runner, errors, switcher::announce);
        stage.setScene(scene);
        stage.titleProperty().bind(shell.titleProperty());
        stage.setMinWidth(WindowBounds.MIN_WIDTH);
        stage.setMinHeight(WindowBounds.MIN_HEIGHT);
        stage.getIcons().clear();
        for (int size : ICON_SIZES) {
            stage.getIcons().add(new Image(Objects.requireNonNull(
                    TandemApp.class.getResource("/org/tandem/icons/tandem-" + size + ".png")).toExternalForm()));
        }
        place(bounds);
        stage.setOnCloseRequest(e -> {
            e.consume();
            quit();
        });
        stage.show();
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
     * Remembered bounds, moved and shrunk onto the screen they mostly fall on; otherwise a comfortable centred size.
     */
    private static WindowBounds initialBounds(ShellSettings settings) {
        WindowBounds remembered = settings.bounds().orElse(null);
        if (remembered != null) {
            java.util.List<Screen> on = Screen.getScreensForRectangle(remembered.x(), remembered.y(),
                    remembered.width(), remembered.height());
            if (!on.isEmpty()) {
                Rectangle2D area = on.get(0).getVisualBounds();
                return remembered.within(area.getMinX(), area.getMinY(), area.getWidth(), area.getHeight());
            }
        }
        Rectangle2D visual = Screen.getPrimary().getVisualBounds();
        double width = Math.min(1280, visual.getWidth() * 0.92);
        double height = Math.min(820, visual.getHeight() * 0.92);
        return new WindowBounds(Double.NaN, Double.NaN, width, height, false);
    }

    private void place(WindowBounds bounds) {
        if (Double.isNaN(bounds.x())) {
            stage.centerOnScreen();
        } else {
            stage.setX(bounds.x());
            stage.setY(bounds.y());
            stage.setMaximized(bounds.maximized());
        }
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
