package org.tandem.domain;

import java.time.Instant;
import java.time.Month;
import java.util.Objects;
import java.util.UUID;

/** One business's marketing-and-sales plan: the root every section hangs from. */
public record Plan(UUID id, String name, String description, String currency, Month firstMonth,
                   Instant createdAt, Instant updatedAt) {

    public Plan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(firstMonth, "firstMonth");
        description = description == null ? "" : description;
    }

    public PlanDetails details() {
        return new PlanDetails(name, description, currency, firstMonth);
    }

    @Override
    public String toString() {
        return name;
    }
}
