package org.tandem.ui.common;

import javafx.beans.Observable;
import javafx.beans.value.ObservableValue;

import java.util.List;
import java.util.UUID;

/**
 * The one contract of an editor's form (a note, a segment, a profile, the market sizing): code that
 * fills the fields never writes; a change is saved when typing pauses, as the text stands then, and
 * only when the whole form is valid (a text that turns invalid drops what was queued); each save is
 * a step of the plan's history, typing in one field being one step per visit.
 *
 * @param <T> what the form edits
 */
public final class EditorForm<T> {

    /** What the form asks of the view model it serves. */
    public interface Editor<T> {
        /** The fields as an item based on {@code stored}, or null with every problem shown at its field. */
        T draft(T stored);

        /** Writes a valid version (the view model's store work and its "Saved"). */
        void write(T version);

        /** As {@link #write(Object)}, knowing the field typed in last (for an editor that records its own steps). */
        default void write(T version, Object field) {
            write(version);
        }

        /** Whether the editor records its history steps itself (the calendar does, for its series and scopes). */
        default boolean recordsOwnSteps() {
            return false;
        }

        /** Writes a version from the history, and shows it if it is still the one being edited. */
        void restore(T version);

        /** The fields are not valid: nothing is queued; the view model may say so. */
        default void refused() {
        }

        /** The history's name for a change that led to {@code now}: "edit segment \"Cafes\"". */
        String stepName(T now);

        UUID idOf(T item);

        UUID planOf(T item);
    }

    private final Debouncer pause;
    private final PlanHistories histories;
    private Editor<T> editor;
    private T stored;
    private Object lastField;
    private boolean loading;

    public EditorForm(Debouncer pause, PlanHistories histories) {
        this.pause = pause;
        this.histories = histories;
    }

    /**
     * A form whose view model records its own history steps (the calendar's panel: its steps are
     * moves of series and occurrences with a scope): the same rules, and {@code write} gets the
     * field typed in last for its merge key.
     */
    public static <T> EditorForm<T> recordingItsOwnSteps(Debouncer pause, java.util.function.UnaryOperator<T> draft,
                                                        java.util.function.BiConsumer<T, Object> write) {
        EditorForm<T> form = new EditorForm<>(pause, new PlanHistories());
        form.serve(new Editor<>() {
            @Override
            public T draft(T stored) {
                return draft.apply(stored);
            }

            @Override
            public void write(T version) {
                write.accept(version, null);
            }

            @Override
            public void write(T version, Object field) {
                write.accept(version, field);
            }

            @Override
            public void restore(T version) {
                // never called: the view model replays its own steps
            }

            @Override
            public boolean recordsOwnSteps() {
                return true;
            }

            @Override
            public String stepName(T now) {
                return "";
            }

            @Override
            public UUID idOf(T item) {
                return null;
            }

            @Override
            public UUID planOf(T item) {
                return null;
            }
        });
        return form;
    }

    /** The view model, once it exists (it usually builds its form in its constructor). */
    public void serve(Editor<T> editor) {
        this.editor = editor;
    }

    /** A field a user edits: a change listener (an invalidation listener falls silent until someone reads). */
    public void watch(ObservableValue<?>... fields) {
        for (ObservableValue<?> field : fields) {
            field.addListener((o, was, now) -> changed(field));
        }
    }

    /** A list or set a user edits (strengths, target segments). */
    public void watchContents(Observable... lists) {
        for (Observable list : lists) {
            list.addListener(o -> changed(list));
        }
    }

    /**
     * Shows an item (or none): what waits for the one shown before is saved first, then {@code fill}
     * sets the fields without anything being written.
     */
    public void show(T item, Runnable fill) {
        pause.flush();
        if (stored != null && editor.planOf(stored) != null) {
            histories.of(editor.planOf(stored)).seal();
        }
        stored = item;
        loading = true;
        try {
            fill.run();
        } finally {
            loading = false;
        }
    }

    /** Sets fields from code (a refresh) without it counting as an edit. */
    public void quietly(Runnable fill) {
        boolean was = loading;
        loading = true;
        try {
            fill.run();
        } finally {
            loading = was;
        }
    }

    public boolean loading() {
        return loading;
    }

    /** The item as last shown or saved: what an undo of the next edit goes back to. */
    public T stored() {
        return stored;
    }

    /** Writes what waits now (before switching items, on quit). */
    public void flush() {
        pause.flush();
    }

    /** A field changed: queued when the form is valid, dropped (with what was queued) when not. */
    public void changed(Object field) {
        if (loading || stored == null) {
            return;
        }
        lastField = field;
        if (editor.draft(stored) == null) {
            pause.cancel(); // a save queued for an earlier, valid text would store a half-typed value
            editor.refused();
            return;
        }
        pause.call(() -> {
            T now = stored == null ? null : editor.draft(stored);
            if (now != null) {
                commit(now);
            }
        });
    }

    private void commit(T now) {
        T before = stored;
        stored = now;
        if (!editor.recordsOwnSteps() && before != null && editor.idOf(before).equals(editor.idOf(now)) && !before.equals(now)) {
            histories.of(editor.planOf(now)).record(Edit.of(editor.stepName(now), List.of(editor.idOf(now), lastField),
                    () -> restore(before), () -> restore(now)));
        }
        editor.write(now, lastField);
    }

    private void restore(T version) {
        pause.cancel();
        editor.restore(version);
    }
}
