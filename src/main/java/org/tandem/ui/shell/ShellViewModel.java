package org.tandem.ui.shell;

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
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "Tandem");
    private final javafx.beans.property.ReadOnlyBooleanWrapper savingBeforeQuit =
            new javafx.beans.property.ReadOnlyBooleanWrapper(this, "savingBeforeQuit", false);

    public ShellViewModel(PlanSwitcherViewModel planSwitcher, PlanService service, TaskRunner runner, ErrorReporter errors) {
        this.planSwitcher = planSwitcher;
        this.service = service;
        this.runner = runner;
        this.errors = errors;
        title.bind(Bindings.createStringBinding(() -> titleFor(planSwitcher.current()), planSwitcher.currentProperty()));
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

    /** Applies remembered settings; the theme is saved again whenever the user switches it. */
    public void restore(ShellSettings settings) {
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
                Optional.ofNullable(bounds).filter(WindowBounds::usable));
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
