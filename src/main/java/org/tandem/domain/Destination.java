package org.tandem.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Where a dashboard figure comes from, so a click can open it: a campaign on its day, a sales plan's
 * step (with the objective or item in it), a research note, a competitor, or a section.
 */
public record Destination(Kind kind, UUID id, UUID salesPlanId, int step, LocalDate day) {

    public enum Kind { CAMPAIGN, SALES_STEP, NOTE, COMPETITOR, RESEARCH, COMPETITORS, CALENDAR, DASHBOARD }

    public static Destination campaign(UUID campaignId, LocalDate day) {
        return new Destination(Kind.CAMPAIGN, campaignId, null, 0, day);
    }

    /** A step of a sales plan; {@code itemId} (an objective, an activity) may be null. */
    public static Destination salesStep(UUID salesPlanId, int step, UUID itemId) {
        return new Destination(Kind.SALES_STEP, itemId, salesPlanId, step, null);
    }

    public static Destination note(UUID noteId) {
        return new Destination(Kind.NOTE, noteId, null, 0, null);
    }

    public static Destination competitor(UUID competitorId) {
        return new Destination(Kind.COMPETITOR, competitorId, null, 0, null);
    }

    /** The calendar on a day (a month's totals, the budget). */
    public static Destination calendar(LocalDate day) {
        return new Destination(Kind.CALENDAR, null, null, 0, day);
    }

    public static Destination section(Kind kind) {
        return new Destination(kind, null, null, 0, null);
    }
}
