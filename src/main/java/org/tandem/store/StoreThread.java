package org.tandem.store;

/**
 * The store refuses to run on the JavaFX application thread: a query there freezes the window.
 * Checked by thread name so the store needs nothing from JavaFX; it throws (not assert) so a test
 * that ever does it fails, with or without -ea.
 */
final class StoreThread {
    static final String FX_THREAD_NAME = "JavaFX Application Thread";

    private StoreThread() {
    }

    static void refuseFxThread() {
        if (FX_THREAD_NAME.equals(Thread.currentThread().getName())) {
            throw new IllegalStateException("Database work on the JavaFX thread: run it through the task runner");
        }
    }
}
