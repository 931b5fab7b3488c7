package org.tandem.domain;

import java.util.Locale;
import java.util.Optional;

/** The four quadrants of the planner's own SWOT. */
public enum SwotQuadrant {
    STRENGTHS("Strengths"), WEAKNESSES("Weaknesses"), OPPORTUNITIES("Opportunities"), THREATS("Threats");

    private final String label;

    SwotQuadrant(String label) {
        this.label = label;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }

    /** Strengths and weaknesses are inside the business; opportunities and threats come from outside. */
    public boolean internal() {
        return this == STRENGTHS || this == WEAKNESSES;
    }

    public static Optional<SwotQuadrant> fromCode(String code) {
        for (SwotQuadrant q : values()) {
            if (q.code().equals(code)) {
                return Optional.of(q);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return label;
    }
}
