package org.tandem.domain;

import java.util.Objects;
import java.util.UUID;

/** A tool or material the period needs (a CRM seat, sample packs), with its cost for the period. */
public record SalesTool(UUID id, UUID salesPlanId, String name, double cost) {
    public SalesTool {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name.strip();
    }
}
