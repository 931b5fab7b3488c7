package org.tandem.ui.common;

/** Holds the last action until {@link #flush()}: typing key by key, then a pause. */
public final class HeldDebouncer implements Debouncer {
    private Runnable pending;

    @Override
    public void call(Runnable action) {
        pending = action;
    }

    @Override
    public void flush() {
        Runnable action = pending;
        pending = null;
        if (action != null) {
            action.run();
        }
    }

    @Override
    public void cancel() {
        pending = null;
    }

    public boolean waiting() {
        return pending != null;
    }
}
