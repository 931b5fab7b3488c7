package org.tandem.ui.common;

import javafx.application.Platform;

/**
 * Work run once on the JavaFX thread after what is already queued there, however many times it was asked for in the
 * meantime: several changes in one pulse redraw or refeed a view once.
 */
public final class Afterwards {
    private final Runnable work;
    private boolean queued;

    public Afterwards(Runnable work) {
        this.work = work;
    }

    public void request() {
        if (!queued) {
            queued = true;
            Platform.runLater(() -> {
                queued = false;
                work.run();
            });
        }
    }
}
