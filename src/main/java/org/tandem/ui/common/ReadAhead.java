package org.tandem.ui.common;

/**
 * A screen built ahead that reads the open plan's data before it is first shown, while the user leaves the window
 * alone, so it is ready when they come to it: the L plan's 20,000 campaigns took the calendar's first showing a
 * fifth of a second to read. A screen offers it under {@link #KEY} in its root's properties; the shell's warm-up
 * asks it to read after a quiet moment, never while the user types, drags or opens a plan.
 */
public interface ReadAhead {
    String KEY = "tandem.readAhead";

    /** Whether the screen has not read the open plan yet and is not following it itself (shown once). */
    boolean wanted();

    /** Starts reading the open plan (the reading itself is on the store thread). */
    void read();

    /** Runs {@code wanted} each time a read becomes wanted (another plan opened). */
    void whenWanted(Runnable wanted);
}
