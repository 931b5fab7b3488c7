package org.tandem.exchange;

import java.time.Instant;
import java.util.UUID;

/** The plan's own fields in a plan file. */
public record PlanData(UUID id, String name, String description, String currency, Integer firstMonth,
                       Instant createdAt, Instant updatedAt) {
}
