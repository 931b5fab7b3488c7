package org.tandem.ui.common;

/** Runs at once: view-model tests need no waiting. */
public final class ImmediateDebouncer implements Debouncer {
    @Override
    public void call(Runnable action) {
        action.run();
    }

    @Override
    public void flush() {
        // nothing ever waits
    }

    @Override
    public void cancel() {
        // nothing ever waits
    }
}
