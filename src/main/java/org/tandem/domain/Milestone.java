package org.tandem.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A checkpoint of putting the plan into action, due on a day, done or not. */
public record Milestone(UUID id, UUID salesPlanId, String name, LocalDate due, boolean done) {
    public Milestone {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name.strip();
    }
}
