package org.tandem.domain;

/**
 * A value a user entered breaks a rule. Carries the field so the UI can put the message beside it,
 * and the CLI can print it as one line.
 */
public class InvalidInput extends RuntimeException {
    private final String field;

    public InvalidInput(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
