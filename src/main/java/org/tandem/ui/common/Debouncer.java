package org.tandem.ui.common;

/**
 * Runs an action once things have been quiet for a moment: a save after typing stops, a search
 * after the last key. Each call restarts the wait. Tests use one that runs at once.
 */
public interface Debouncer {

    void call(Runnable action);

    /** Runs a waiting action now (before switching to another note, say); does nothing if none waits. */
    void flush();

    /** Drops a waiting action without running it (what it would save turned invalid). */
    void cancel();
}
