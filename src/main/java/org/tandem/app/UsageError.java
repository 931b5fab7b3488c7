package org.tandem.app;

/** The command line cannot be understood; exit code 2 with the usage text. */
public class UsageError extends Exception {
    public UsageError(String message) {
        super(message);
    }
}
