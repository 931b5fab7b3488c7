package org.tandem.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A competitor profile should be looked at again when its last review is older than 90 days, or never happened. */
public final class ReviewDue {
    public static final int DAYS = 90;

    private ReviewDue() {
    }

    public static boolean isDue(LocalDate lastReviewed, LocalDate today) {
        return lastReviewed == null || ChronoUnit.DAYS.between(lastReviewed, today) > DAYS;
    }
}
