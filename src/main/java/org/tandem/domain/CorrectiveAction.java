package org.tandem.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** What was decided when an objective fell behind: who does what by when, and how it turned out. */
public record CorrectiveAction(UUID id, UUID salesPlanId, String what, String owner, LocalDate due, UUID objectiveId,
                               String outcome) {
    public CorrectiveAction {
        Objects.requireNonNull(id, "id");
        what = what == null ? "" : what.strip();
        owner = owner == null ? "" : owner.strip();
        outcome = outcome == null ? "" : outcome.strip();
    }

    /** Still open while no outcome is written down. */
    public boolean open() {
        return outcome.isEmpty();
    }
}
