package org.tandem.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A part of the market with buyers alike enough to address the same way (segmentation), whether
 * the plan goes after it (targeting) and how the offer should be seen there (positioning).
 * Money is in minor units of the plan's currency.
 */
public record Segment(UUID id, UUID planId, String name, String description, long buyers, long spendPerBuyer,
                      double growthPercent, int attractiveness, boolean targeted, String positioning,
                      Instant createdAt, Instant updatedAt) {
    public static final int MAX_NAME_LENGTH = 120;

    public Segment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(planId, "planId");
        name = name == null ? "" : name.strip();
        description = description == null ? "" : description.strip();
        positioning = positioning == null ? "" : positioning.strip();
    }

    /** What the segment spends in a year: buyers x yearly spend per buyer. */
    public long value() {
        return MarketSize.segmentValue(buyers, spendPerBuyer);
    }

    public List<InvalidInput> problems() {
        List<InvalidInput> found = new ArrayList<>();
        if (name.isEmpty()) {
            found.add(new InvalidInput("name", "Give the segment a name."));
        } else if (name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
            found.add(new InvalidInput("name", "A segment name can be at most " + MAX_NAME_LENGTH + " characters."));
        }
        if (buyers < 0) {
            found.add(new InvalidInput("buyers", "The number of buyers cannot be negative."));
        }
        if (spendPerBuyer < 0) {
            found.add(new InvalidInput("spendPerBuyer", "Spend per buyer cannot be negative."));
        }
        MarketSize.growthProblem(growthPercent).ifPresent(m -> found.add(new InvalidInput("growthPercent", m)));
        if (attractiveness < 1 || attractiveness > 5) {
            found.add(new InvalidInput("attractiveness", "Attractiveness is a score from 1 to 5."));
        }
        if (found.isEmpty()) {
            try {
                value();
            } catch (InvalidInput tooLarge) {
                found.add(tooLarge);
            }
        }
        return found;
    }

    public Segment requireValid() {
        List<InvalidInput> found = problems();
        if (!found.isEmpty()) {
            throw found.get(0);
        }
        return this;
    }
}
