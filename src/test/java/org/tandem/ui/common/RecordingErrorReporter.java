package org.tandem.ui.common;

import java.util.ArrayList;
import java.util.List;

/** Keeps what would have been shown to the user. */
public final class RecordingErrorReporter implements ErrorReporter {
    public final List<String> messages = new ArrayList<>();

    @Override
    public void report(String action, Throwable error) {
        messages.add(UserMessages.describe(action, error));
    }
}
