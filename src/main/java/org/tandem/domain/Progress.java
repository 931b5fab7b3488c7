package org.tandem.domain;

/** How long work (an export, import or merge) tells how far it is, and learns that the user cancelled it. */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void done(long done, long total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    void done(long done, long total);

    boolean cancelled();

    /** Stops the work if the user cancelled it; what it wrote is rolled back. */
    default void check() {
        if (cancelled()) {
            throw new CancelledWork();
        }
    }
}
