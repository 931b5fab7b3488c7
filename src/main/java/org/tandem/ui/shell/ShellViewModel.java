package org.tandem.ui.shell;

import org.tandem.service.WindowBounds;
import org.tandem.service.ShellSettings;
import org.tandem.service.PlanService;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.tandem.domain.Plan;
import org.tandem.ui.common.ErrorReporter;
import org.tandem.ui.common.TaskRunner;

import java.util.Optional;

/** The main window: which section shows, the theme, the title, and what is saved on quit. */
public final class ShellViewModel {
    private final PlanSwitcherViewModel planSwitcher;
    private final PlanService service;
    private final TaskRunner runner;
    private final ErrorReporter errors;
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(this, "section", Section.DASHBOARD);
    private final BooleanProperty darkTheme = new SimpleBooleanProperty(this, "darkTheme", false);
    private final BooleanProperty highContrast = new SimpleBooleanProperty(this, "highContrast", false);
    private final javafx.beans.property.ReadOnlyIntegerWrapper zoom = new javafx.beans.property.ReadOnlyIntegerWrapper(this, "zoom", 100);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "Tandem");
    private final javafx.beans.property.ReadOnlyBooleanWrapper savingBeforeQuit =
            new javafx.beans.property.ReadOnlyBooleanWrapper(this, "savingBeforeQuit", false);

    private final org.tandem.ui.common.PlanHistories histories;
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "Redo");
    private final javafx.beans.property.ReadOnlyBooleanWrapper canUndo = new javafx.beans.property.ReadOnlyBooleanWrapper(this, "canUndo");
    private final javafx.beans.property.ReadOnlyBooleanWrapper canRedo = new javafx.beans.property.ReadOnlyBooleanWrapper(this, "canRedo");

    public ShellViewModel(PlanSwitcherViewModel planSwitcher, PlanService service, TaskRunner runner, ErrorReporter errors,
                          org.tandem.ui.common.PlanHistories histories) {
        this.planSwitcher = planSwitcher;
        this.service = service;
        this.runner = runner;
        this.errors = errors;
        this.histories = histories;
        title.bind(Bindings.createStringBinding(() -> titleFor(planSwitcher.current()), planSwitcher.currentProperty()));
        // the Edit menu works on the open plan's history; each plan keeps its own until the app closes
        histories.open(planSwitcher.current() == null ? null : planSwitcher.current().id());
        planSwitcher.currentProperty().addListener((o, was, now) -> histories.open(now == null ? null : now.id()));
        undoText.bind(Bindings.createStringBinding(() -> planSwitcher.undoableDeleteProperty().get() != null ? "Undo delete plan"
                        : histories.undoNameProperty().get().isEmpty() ? "Undo" : "Undo " + histories.undoNameProperty().get(),
                planSwitcher.undoableDeleteProperty(), histories.undoNameProperty()));
        redoText.bind(Bindings.createStringBinding(() -> histories.redoNameProperty().get().isEmpty() ? "Redo"
                : "Redo " + histories.redoNameProperty().get(), histories.redoNameProperty()));
        canUndo.bind(planSwitcher.undoableDeleteProperty().isNotNull().or(histories.undoNameProperty().isNotEmpty()));
        canRedo.bind(histories.redoNameProperty().isNotEmpty());
    }

    public javafx.beans.property.ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public javafx.beans.property.ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Edit > Undo: a plan delete while its bar is up, else the open plan's last step. */
    public void undo() {
        if (planSwitcher.undoableDeleteProperty().get() != null) {
            planSwitcher.undoDelete();
        } else {
            histories.current().undo();
        }
    }

    public void redo() {
        histories.current().redo();
    }

    /** "Undo move \"Spring sale\"", "Undo delete plan", or "Undo" when there is nothing to undo. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    static String titleFor(Plan plan) {
        return plan == null ? "Tandem" : "Tandem - " + plan.name();
    }

    public PlanSwitcherViewModel planSwitcher() {
        return planSwitcher;
    }

    public ObjectProperty<Section> sectionProperty() {
        return section;
    }

    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }

    /** True while a quit waits for queued saves that take a moment: the window says "Saving…". */
    public javafx.beans.property.ReadOnlyBooleanProperty savingBeforeQuitProperty() {
        return savingBeforeQuit.getReadOnlyProperty();
    }

    public void savingBeforeQuit(boolean saving) {
        savingBeforeQuit.set(saving);
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The text size in percent (View > Zoom in, Zoom out, Actual size). */
    public javafx.beans.property.ReadOnlyIntegerProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    /** Zooms by {@code steps} of ten percent (negative: out; 0: back to actual size), within 80 to 200 %. */
    public void zoom(int steps) {
        zoom.set(steps == 0 ? 100 : ShellSettings.clampZoom(zoom.get() + 10 * steps));
    }

    /** View > High contrast. */
    public BooleanProperty highContrastProperty() {
        return highContrast;
    }

    /** Applies remembered settings; the theme, the contrast and the zoom are saved again whenever the user changes them. */
    public void restore(ShellSettings settings) {
        highContrast.set(settings.highContrast());
        highContrast.addListener((o, was, now) -> runner.run(() -> {
            service.rememberContrast(now);
            return null;
        }, ignored -> { }, e -> errors.report("remember the contrast", e)));
        zoom.set(settings.zoom());
        zoom.addListener((o, was, now) -> runner.run(() -> {
            service.rememberZoom(now.intValue());
            return null;
        }, ignored -> { }, e -> errors.report("remember the zoom", e)));
        darkTheme.set(settings.darkTheme());
        darkTheme.addListener((o, was, dark) -> runner.run(() -> {
            service.rememberTheme(dark);
            return null;
        }, ignored -> { }, e -> errors.report("remember the theme", e)));
    }

    /**
     * Saves what the next start should restore, purges deleted plans, then runs {@code then} (which
     * closes the window) whether or not saving worked: a failure is reported, not a reason to stay.
     */
    public void quit(WindowBounds bounds, Runnable then) {
        Plan open = planSwitcher.current();
        ShellSettings settings = new ShellSettings(Optional.ofNullable(open).map(Plan::id), darkTheme.get(),
                Optional.ofNullable(bounds).filter(WindowBounds::usable), zoom.get(), highContrast.get());
        runner.run(() -> {
            service.saveSettings(settings);
            service.purgeDeleted();
            return null;
        }, ignored -> then.run(), e -> {
            errors.report("save the window settings", e);
            then.run();
        });
    }
}
