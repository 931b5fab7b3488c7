package org.tandem.ui.planfiles;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tandem.exchange.PlanChanges.SectionChange;
import org.tandem.service.PlanFiles;
import org.tandem.service.PlanVersion;
import org.tandem.ui.common.ErrorReporter;
import org.tandem.ui.common.TaskRunner;

import java.util.UUID;
import java.util.function.Consumer;

/**
 * File > History: a plan's kept versions (each export and import, each taken before a replace, merge or
 * restore, and the ones the user named), what changed from the chosen one to now, and restoring it.
 */
public final class HistoryViewModel {
    private final UUID planId;
    private final PlanFiles files;
    private final TaskRunner runner;
    private final ErrorReporter errors;
    private final ObservableList<PlanVersion> versions = FXCollections.observableArrayList();
    private final ObjectProperty<PlanVersion> selected = new SimpleObjectProperty<>();
    private final ObservableList<SectionChange> changes = FXCollections.observableArrayList();
    private final StringProperty name = new SimpleStringProperty("");

    public HistoryViewModel(UUID planId, PlanFiles files, TaskRunner runner, ErrorReporter errors) {
        this.planId = planId;
        this.files = files;
        this.runner = runner;
        this.errors = errors;
        selected.addListener((o, was, now) -> loadChanges(now));
    }

    public UUID planId() {
        return planId;
    }

    public ObservableList<PlanVersion> versions() {
        return versions;
    }

    public ObjectProperty<PlanVersion> selectedProperty() {
        return selected;
    }

    public ObservableList<SectionChange> changes() {
        return changes;
    }

    /** The name for a version kept now. */
    public StringProperty nameProperty() {
        return name;
    }

    public void load() {
        runner.run(() -> files.history(planId), versions::setAll, e -> errors.report("read the plan's history", e));
    }

    /** Keeps the plan as it is now under the typed name. */
    public void keepCurrent() {
        String wanted = name.get() == null ? "" : name.get().strip();
        if (wanted.isEmpty()) {
            return;
        }
        runner.run(() -> files.keepVersion(planId, wanted), kept -> {
            name.set("");
            versions.add(0, kept);
            selected.set(kept);
        }, e -> errors.report("keep this version", e));
    }

    /** Restores the chosen version over the plan or beside it; {@code done} gets what was written. */
    public void restore(boolean asNew, PlanFileWork work, Consumer<PlanFiles.Imported> done) {
        PlanVersion version = selected.get();
        if (version == null) {
            return;
        }
        work.run((asNew ? "Restoring as a new plan: " : "Restoring: ") + version.title(),
                progress -> files.restore(version.id(), asNew, progress), done, "restore the version");
    }

    private void loadChanges(PlanVersion version) {
        changes.clear();
        if (version == null) {
            return;
        }
        runner.run(() -> files.changesSince(version.id(), planId), list -> {
            if (version.equals(selected.get())) {
                changes.setAll(list);
            }
        }, e -> errors.report("compare the version with now", e));
    }
}
