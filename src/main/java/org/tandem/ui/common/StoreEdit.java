package org.tandem.ui.common;

import java.util.concurrent.Callable;

/**
 * A history step whose undo and redo are store work (a SWOT point moved back, a score set again),
 * run on the store thread; the screen then reads what it shows again.
 */
public final class StoreEdit {
    private StoreEdit() {
    }

    /** Store work with nothing to hand back. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    /**
     * @param after on the JavaFX thread once the work is done (or failed): read the screen's data again
     */
    public static Edit of(String name, TaskRunner runner, ErrorReporter errors, Work undo, Work redo, Runnable after) {
        return Edit.of(name, () -> run("undo " + name, runner, errors, undo, after), () -> run("redo " + name, runner, errors, redo, after));
    }

    private static void run(String action, TaskRunner runner, ErrorReporter errors, Work work, Runnable after) {
        Callable<Void> call = () -> {
            work.run();
            return null;
        };
        runner.run(call, done -> after.run(), e -> {
            errors.report(action, e);
            after.run();
        });
    }
}
