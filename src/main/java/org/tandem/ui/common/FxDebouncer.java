package org.tandem.ui.common;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** A {@link Debouncer} on the JavaFX thread's clock. */
public final class FxDebouncer implements Debouncer {
    private final PauseTransition wait;
    private Runnable pending;

    public FxDebouncer(Duration quiet) {
        wait = new PauseTransition(quiet);
        wait.setOnFinished(e -> flush());
    }

    @Override
    public void call(Runnable action) {
        pending = action;
        wait.playFromStart();
    }

    @Override
    public void cancel() {
        wait.stop();
        pending = null;
    }

    @Override
    public void flush() {
        wait.stop();
        Runnable action = pending;
        pending = null;
        if (action != null) {
            action.run();
        }
    }
}
