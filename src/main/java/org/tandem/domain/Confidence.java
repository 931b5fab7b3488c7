package org.tandem.domain;

import java.util.Locale;
import java.util.Optional;

/** How far the evidence behind a note can be trusted. */
public enum Confidence {
    LOW, MEDIUM, HIGH;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }

    public static Optional<Confidence> fromCode(String code) {
        for (Confidence c : values()) {
            if (c.code().equals(code)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return label();
    }
}
