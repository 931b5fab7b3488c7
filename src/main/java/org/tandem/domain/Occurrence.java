package org.tandem.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One showing of a campaign on the calendar: the campaign itself, or one date of a series. All
 * occurrences of a series last as long as its first one.
 */
public record Occurrence(Campaign campaign, LocalDate start, LocalDate end) {

    public boolean ofSeries() {
        return campaign.recurrence() != null;
    }

    /** The first occurrence of its series (or a campaign that does not repeat). */
    public boolean first() {
        return start.equals(campaign.start());
    }

    /** Unique on a calendar: a series has one occurrence per start date. */
    public String key() {
        return campaign.id() + "@" + start;
    }

    public boolean meets(Occurrence other) {
        return !end.isBefore(other.start) && !start.isAfter(other.end);
    }

    /** Days from this occurrence's start to {@code newStart}. */
    public long daysTo(LocalDate newStart) {
        return ChronoUnit.DAYS.between(start, newStart);
    }
}
