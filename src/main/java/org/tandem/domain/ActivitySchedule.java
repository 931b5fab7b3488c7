package org.tandem.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * How a sales activity shows on the campaign calendar: a sales item repeating by its cadence inside
 * the period (weekly from the first day, monthly on the first day's date), or one item spanning the
 * period for a volume "in the period". No budget or leads of its own: its cost is the activity's.
 */
public final class ActivitySchedule {
    public static final String CHANNEL = "Sales";

    private ActivitySchedule() {
    }

    public static Campaign item(SalesActivity activity, SalesPlan salesPlan, java.util.Locale locale) {
        SalesPeriod period = salesPlan.period();
        LocalDate start = period.start();
        LocalDate end = start;
        Recurrence recurrence = null;
        switch (activity.cadence()) {
            case PER_WEEK -> {
                long weeks = (period.days() - 1) / 7;
                if (weeks > 0) {
                    recurrence = new Recurrence(Recurrence.Frequency.WEEKLY, 1, start.plusWeeks(weeks));
                }
            }
            case PER_MONTH -> {
                long months = ChronoUnit.MONTHS.between(start, period.end());
                if (months > 0) {
                    recurrence = new Recurrence(Recurrence.Frequency.MONTHLY, 1, start.plusMonths(months));
                }
            }
            case PER_PERIOD -> end = period.end();
        }
        String name = activity.title() + " (" + SalesText.figure(activity.volume(), locale) + " " + activity.cadence() + ")";
        String notes = "From the sales plan \"" + salesPlan.name() + "\": " + activity.type() + ", "
                + SalesText.figure(activity.volume(), locale) + " " + activity.cadence() + ", "
                + SalesText.figure(activity.hoursPerUnit(), locale) + " h each.";
        return new Campaign(UUID.randomUUID(), salesPlan.planId(), name.length() > Campaign.MAX_NAME_LENGTH
                ? name.substring(0, Campaign.MAX_NAME_LENGTH) : name, CHANNEL, start, end, CampaignStatus.PLANNED, activity.owner(),
                "sales", 0, 0, 0, 0, activity.segmentId(), notes, "", recurrence, null, null);
    }
}
