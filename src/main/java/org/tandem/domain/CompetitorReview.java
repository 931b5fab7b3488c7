package org.tandem.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/** A competitor profile as "reviews due" sees it: which one, and when it was last looked at. */
public record CompetitorReview(UUID id, String name, boolean own, LocalDate lastReviewed, Instant createdAt) {

    /** Due when its last review (never reviewed: its making) is over 90 days old; your own business never is. */
    public boolean due(LocalDate today) {
        LocalDate since = lastReviewed != null ? lastReviewed
                : createdAt == null ? null : LocalDate.ofInstant(createdAt, ZoneOffset.UTC);
        return !own && ReviewDue.isDue(since, today);
    }
}
