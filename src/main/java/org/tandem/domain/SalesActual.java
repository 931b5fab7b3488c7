package org.tandem.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A figure measured on a day (the day a week or month ends): see {@link Measure} for what it can be. */
public record SalesActual(UUID id, UUID salesPlanId, LocalDate day, String measure, double value) {
    public SalesActual {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(measure, "measure");
    }

    /** A value that is no number (NaN, infinity) or absurdly large cannot be recorded. */
    public java.util.Optional<InvalidInput> problem() {
        return NumberText.unusable(value, "value", "the value");
    }
}
