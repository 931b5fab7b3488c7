package org.tandem.domain;

import java.util.Locale;
import java.util.Optional;

/** How much a competitor endangers the plan. */
public enum ThreatLevel {
    LOW, MEDIUM, HIGH;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }

    public static Optional<ThreatLevel> fromCode(String code) {
        for (ThreatLevel t : values()) {
            if (t.code().equals(code)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return label();
    }
}
