package org.tandem.ui.common;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One {@link UndoHistory} per plan, kept while the app runs: switching to another plan and back
 * finds its history as it was. Screens record into the history of the plan they edit; the Edit
 * menu undoes and redoes in the open plan's.
 */
public final class PlanHistories {
    private final Map<UUID, UndoHistory> histories = new HashMap<>();
    private final ReadOnlyObjectWrapper<UndoHistory> current = new ReadOnlyObjectWrapper<>(this, "current", new UndoHistory());
    private final ReadOnlyStringWrapper undoName = new ReadOnlyStringWrapper(this, "undoName", "");
    private final ReadOnlyStringWrapper redoName = new ReadOnlyStringWrapper(this, "redoName", "");

    public PlanHistories() {
        current.addListener((o, was, now) -> follow(now));
        follow(current.get());
    }

    private void follow(UndoHistory history) {
        undoName.bind(history.undoNameProperty());
        redoName.bind(history.redoNameProperty());
    }

    /** The history of a plan (a new one the first time). */
    public UndoHistory of(UUID planId) {
        return histories.computeIfAbsent(planId, id -> new UndoHistory());
    }

    /** Makes a plan's history the one the Edit menu works on; null (no plan) gives an empty one. */
    public void open(UUID planId) {
        current.set(planId == null ? new UndoHistory() : of(planId));
    }

    /** A plan deleted for good takes its history with it. */
    public void forget(UUID planId) {
        histories.remove(planId);
    }

    public UndoHistory current() {
        return current.get();
    }

    public ReadOnlyObjectProperty<UndoHistory> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoNameProperty() {
        return undoName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoNameProperty() {
        return redoName.getReadOnlyProperty();
    }
}
