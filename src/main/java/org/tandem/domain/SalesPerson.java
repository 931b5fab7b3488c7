package org.tandem.domain;

import java.util.Objects;
import java.util.UUID;

/** Someone who works on the plan, in marketing, sales or both, with the hours they have each week. */
public record SalesPerson(UUID id, UUID salesPlanId, String name, Capacity.Role role, double hoursPerWeek) {
    public SalesPerson {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name.strip();
        role = role == null ? Capacity.Role.SALES : role;
    }

    public Capacity.Person person() {
        return new Capacity.Person(name, role, hoursPerWeek);
    }
}
