package org.tandem.ui.common;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * The history of one open plan: every edit on every screen, undone and redone in order. A new
 * edit clears what could be redone. Typing in a field is one step per visit: edits with the same
 * merge key join the last step until {@link #seal()} (the user left the field or the item).
 */
public final class UndoHistory {
    static final int DEPTH = 200;

    private final Deque<Edit> done = new ArrayDeque<>();
    private final Deque<Edit> undone = new ArrayDeque<>();
    private final ReadOnlyStringWrapper undoName = new ReadOnlyStringWrapper(this, "undoName", "");
    private final ReadOnlyStringWrapper redoName = new ReadOnlyStringWrapper(this, "redoName", "");
    private boolean sealed = true;
    private boolean replaying;

    /** Records an edit that has just been done. Ignored while an undo or redo replays one (it records itself). */
    public void record(Edit edit) {
        Objects.requireNonNull(edit, "edit");
        if (replaying) {
            return;
        }
        Edit last = done.peek();
        if (!sealed && last != null && edit.mergeKey() != null && edit.mergeKey().equals(last.mergeKey())) {
            done.pop();
            done.push(last.mergedWith(edit));
        } else {
            done.push(edit);
            while (done.size() > DEPTH) {
                done.removeLast();
            }
        }
        sealed = edit.mergeKey() == null;
        undone.clear();
        names();
    }

    /** Ends the current field visit: the next typing is a step of its own. */
    public void seal() {
        sealed = true;
    }

    public boolean canUndo() {
        return !done.isEmpty();
    }

    public boolean canRedo() {
        return !undone.isEmpty();
    }

    public void undo() {
        Edit last = done.poll();
        if (last == null) {
            return;
        }
        replay(last::undo);
        undone.push(last);
        sealed = true;
        names();
    }

    /**
     * Undoes one particular step, from an offer made for it (the bar after a delete): in order when
     * it is the last step, else on its own (a delete is independent of what came after it) and
     * taken out of the history. A step no longer in the history is left alone.
     */
    public void undo(Edit step) {
        if (done.peek() == step) {
            undo();
        } else if (done.remove(step)) {
            replay(step::undo);
            undone.clear();
            sealed = true;
            names();
        }
    }

    public void redo() {
        Edit next = undone.poll();
        if (next == null) {
            return;
        }
        replay(next::redo);
        done.push(next);
        sealed = true;
        names();
    }

    private void replay(Runnable step) {
        replaying = true;
        try {
            step.run();
        } finally {
            replaying = false;
        }
    }

    private void names() {
        undoName.set(done.isEmpty() ? "" : done.peek().name());
        redoName.set(undone.isEmpty() ? "" : undone.peek().name());
    }

    /** The step Undo would take back ("move \"Spring sale\""), empty when none. */
    public ReadOnlyStringProperty undoNameProperty() {
        return undoName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoNameProperty() {
        return redoName.getReadOnlyProperty();
    }
}
