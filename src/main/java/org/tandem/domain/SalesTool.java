package org.tandem.domain;

import java.util.Objects;
import java.util.UUID;

/** A tool or material the period needs (a CRM seat, sample packs), with its cost for the period. */
public record SalesTool(UUID id, UUID salesPlanId, String name, double cost) {
    public SalesTool {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name.strip();
    }

    public java.util.List<InvalidInput> problems() {
        java.util.List<InvalidInput> found = new java.util.ArrayList<>();
        NumberText.unusable(cost, "cost", "the cost").ifPresent(found::add);
        if (found.isEmpty() && cost < 0) {
            found.add(new InvalidInput("cost", "A cost cannot be negative."));
        }
        return found;
    }
}
