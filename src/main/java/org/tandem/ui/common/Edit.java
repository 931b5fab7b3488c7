package org.tandem.ui.common;

/**
 * One step of a plan's history, as Scene Builder's jobs are: already done when it is recorded,
 * then undone and redone as often as the user likes, with a name for the Edit menu
 * ("move \"Spring sale\"").
 */
public interface Edit {

    String name();

    void undo();

    void redo();

    /**
     * Typing in one field of one item: consecutive edits with equal keys are one step (the field's
     * visit); null for an edit that always stands alone.
     */
    default Object mergeKey() {
        return null;
    }

    /** This edit and a later one with the same key, as one step: from before this to after that. */
    default Edit mergedWith(Edit later) {
        Edit first = this;
        return new Edit() {
            @Override
            public String name() {
                return later.name();
            }

            @Override
            public void undo() {
                first.undo();
            }

            @Override
            public void redo() {
                later.redo();
            }

            @Override
            public Object mergeKey() {
                return later.mergeKey();
            }
        };
    }

    /** An edit from its name, its undo and its redo. */
    static Edit of(String name, Runnable undo, Runnable redo) {
        return of(name, null, undo, redo);
    }

    static Edit of(String name, Object mergeKey, Runnable undo, Runnable redo) {
        return new Edit() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void undo() {
                undo.run();
            }

            @Override
            public void redo() {
                redo.run();
            }

            @Override
            public Object mergeKey() {
                return mergeKey;
            }
        };
    }
}
