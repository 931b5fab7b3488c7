package org.tandem.ui.common;

import javafx.beans.property.StringProperty;

/** Types into a field as a user does: the field holds each prefix of the text in turn. */
public final class Typing {
    private Typing() {
    }

    /** Clears the field, then types {@code text} one character at a time. */
    public static void type(StringProperty field, String text) {
        field.set("");
        for (int i = 1; i <= text.length(); i++) {
            field.set(text.substring(0, i));
        }
    }
}
