package org.tandem.ui.common;

/** Tells the user that something failed, in words, and keeps the details for the log. */
@FunctionalInterface
public interface ErrorReporter {

    /**
     * @param action what the user was doing, as a verb phrase: "rename the plan"
     */
    void report(String action, Throwable error);
}
