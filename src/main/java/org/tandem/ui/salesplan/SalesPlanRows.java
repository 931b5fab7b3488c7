package org.tandem.ui.salesplan;

import javafx.collections.ObservableList;
import org.tandem.service.SalesPart;
import org.tandem.ui.common.ErrorReporter;
import org.tandem.ui.common.TaskRunner;

import java.util.UUID;
import java.util.function.Function;

/**
 * The rows of the open sales plan's parts as the wizard changes them: put in the list on screen,
 * saved shortly (with the autosave), the figures worked out again, and each change a step of the
 * plan's history.
 */
final class SalesPlanRows {
    private final SalesPlanHistory history;
    private final SalesPlanAutosave saving;
    private final TaskRunner runner;
    private final ErrorReporter errors;
    private final Runnable recompute;

    SalesPlanRows(SalesPlanHistory history, SalesPlanAutosave saving, TaskRunner runner, ErrorReporter errors, Runnable recompute) {
        this.history = history;
        this.saving = saving;
        this.runner = runner;
        this.errors = errors;
        this.recompute = recompute;
    }

    /** Adds or updates a row and saves it shortly; a step of the plan's history. */
    <T> void put(ObservableList<T> list, SalesPart<T> table, T row, Function<T, UUID> id) {
        UUID rowId = id.apply(row);
        T before = list.stream().filter(r -> id.apply(r).equals(rowId)).findFirst().orElse(null);
        putRow(list, table, row, id);
        history.record((before == null ? "add " : "edit ") + noun(table), rowId, forward -> {
            if (forward || before != null) {
                putRow(list, table, forward ? row : before, id);
            } else {
                removeRow(list, table, row, id);
            }
        }, forward -> runner.run(() -> {
            if (forward || before != null) {
                table.save(forward ? row : before);
            } else {
                table.delete(rowId);
            }
            return null;
        }, x -> { }, e -> errors.report("save the sales plan", e)));
    }

    private <T> void putRow(ObservableList<T> list, SalesPart<T> table, T row, Function<T, UUID> id) {
        replaceIn(list, row, id);
        saving.save(id.apply(row), () -> table.save(row));
        recompute.run();
    }

    /** Deletes a row of a part; a step of the plan's history (undo puts it back). */
    <T> void remove(ObservableList<T> list, SalesPart<T> table, T row, Function<T, UUID> id) {
        removeRow(list, table, row, id);
        UUID rowId = id.apply(row);
        history.record("delete " + noun(table), rowId, forward -> {
            if (forward) {
                removeRow(list, table, row, id);
            } else {
                putRow(list, table, row, id);
            }
        }, forward -> runner.run(() -> {
            if (forward) {
                table.delete(rowId);
            } else {
                table.save(row);
            }
            return null;
        }, x -> { }, e -> errors.report("save the sales plan", e)));
    }

    /** What a table's rows are, in the Edit menu's words: "objective", "corrective action". */
    private static String noun(SalesPart<?> table) {
        return table.noun();
    }

    private <T> void removeRow(ObservableList<T> list, SalesPart<T> table, T row, Function<T, UUID> id) {
        UUID gone = id.apply(row);
        list.removeIf(r -> id.apply(r).equals(gone));
        saving.forget(gone);
        runner.run(() -> {
            table.delete(gone);
            return null;
        }, x -> { }, e -> errors.report("delete it", e));
        recompute.run();
    }

    static <T> void replaceIn(ObservableList<T> list, T row, Function<T, UUID> id) {
        UUID wanted = id.apply(row);
        for (int i = 0; i < list.size(); i++) {
            if (id.apply(list.get(i)).equals(wanted)) {
                list.set(i, row);
                return;
            }
        }
        list.add(row);
    }
}
