package org.tandem.ui.salesplan;

/**
 * Holds a step's refresh back while the step is not on screen: an edit on one step then updates
 * only the figures the user can see, and a step brings itself up to date when it is shown.
 */
final class WhenShown {
    private final Runnable refresh;
    private boolean shown = true;
    private boolean stale;

    WhenShown(Runnable refresh) {
        this.refresh = refresh;
    }

    void changed() {
        if (shown) {
            refresh.run();
        } else {
            stale = true;
        }
    }

    /** Refreshes now if anything changed while hidden (a step warmed up before it is shown). */
    void catchUp() {
        if (stale) {
            stale = false;
            refresh.run();
        }
    }

    void setShown(boolean now) {
        shown = now;
        if (now && stale) {
            stale = false;
            refresh.run();
        }
    }
}
