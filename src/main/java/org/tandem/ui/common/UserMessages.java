package org.tandem.ui.common;

/** Turns a failure into one sentence a user can act on; never a stack trace. */
public final class UserMessages {
    private UserMessages() {
    }

    public static String describe(String action, Throwable error) {
        Throwable cause = unwrap(error);
        String detail;
        // the store's, the plan file reader's and the domain's own messages are written for people
        if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
            detail = cause.getMessage();
        } else {
            detail = "an unexpected " + cause.getClass().getSimpleName() + " (details are in the log)";
        }
        return "Could not " + action + ": " + detail;
    }

    static Throwable unwrap(Throwable error) {
        Throwable current = error;
        while ((current instanceof java.util.concurrent.CompletionException
                || current instanceof java.util.concurrent.ExecutionException) && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
