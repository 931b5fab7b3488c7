package org.tandem.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One point on the planner's SWOT board. {@code linkKind}/{@code linkId} will point at the campaign
 * idea or sales objective the item turned into, once those screens exist.
 */
public record SwotItem(UUID id, UUID planId, SwotQuadrant quadrant, String text, int position, String linkKind, UUID linkId,
                       Instant createdAt, Instant updatedAt) {
    public static final int MAX_LENGTH = 500;

    public SwotItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(quadrant, "quadrant");
        text = text == null ? "" : text.strip();
    }

    public java.util.Optional<InvalidInput> problem() {
        if (text.isEmpty()) {
            return java.util.Optional.of(new InvalidInput("text", "Write what the point is."));
        }
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            return java.util.Optional.of(new InvalidInput("text", "A SWOT point can be at most " + MAX_LENGTH + " characters."));
        }
        return java.util.Optional.empty();
    }
}
