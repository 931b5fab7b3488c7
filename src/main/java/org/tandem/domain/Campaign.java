package org.tandem.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A marketing campaign (or, later, a sales activity) on the shared calendar. Dates are all-day
 * and the end date is inclusive, as users think of it; iCalendar's exclusive end is the exporter's
 * business. Money in minor units of the plan's currency.
 */
public record Campaign(UUID id, UUID planId, String name, String channel, LocalDate start, LocalDate end,
                       CampaignStatus status, String owner, String role, long plannedBudget, long actualSpend,
                       int expectedLeads, int actualLeads, UUID segmentId, String notes, String link,
                       Recurrence recurrence, Instant createdAt, Instant updatedAt) {
    public static final int MAX_NAME_LENGTH = 120;

    public Campaign {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(planId, "planId");
        name = name == null ? "" : name.strip();
        channel = channel == null ? "" : channel.strip();
        status = status == null ? CampaignStatus.PLANNED : status;
        owner = owner == null ? "" : owner.strip();
        role = role == null || role.isBlank() ? "marketing" : role;
        notes = notes == null ? "" : notes;
        link = link == null ? "" : link.strip();
    }

    /** Days the campaign runs, both ends included. */
    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    public boolean overlaps(LocalDate from, LocalDate to) {
        return !end.isBefore(from) && !start.isAfter(to);
    }

    /**
     * What a view of [{@code from}, {@code to}] shows of this campaign: itself when its dates meet the
     * range, or each occurrence of its series that does (the series' skipped dates left out).
     */
    public List<Occurrence> occurrences(LocalDate from, LocalDate to) {
        if (recurrence == null) {
            return overlaps(from, to) ? List.of(new Occurrence(this, start, end)) : List.of();
        }
        long length = days() - 1;
        List<Occurrence> found = new ArrayList<>();
        for (LocalDate day : recurrence.occurrences(start, from.minusDays(length), to)) {
            found.add(new Occurrence(this, day, day.plusDays(length)));
        }
        return found;
    }

    /** Every occurrence: the campaign, or its whole series. */
    public List<Occurrence> occurrences() {
        return occurrences(start, recurrence == null ? end : recurrence.until().plusDays(days() - 1));
    }

    /** The last day this campaign or its series is on the calendar. */
    public LocalDate lastDay() {
        return recurrence == null ? end : recurrence.until().plusDays(days() - 1);
    }

    /** This campaign with new dates (a series keeps its rule and moves its end date and skipped dates along). */
    public Campaign withDates(LocalDate newStart, LocalDate newEnd) {
        Recurrence moved = recurrence == null ? null : recurrence.shiftedBy(ChronoUnit.DAYS.between(start, newStart));
        return new Campaign(id, planId, name, channel, newStart, newEnd, status, owner, role, plannedBudget, actualSpend,
                expectedLeads, actualLeads, segmentId, notes, link, moved, createdAt, updatedAt);
    }

    public Campaign withRecurrence(Recurrence newRecurrence) {
        return new Campaign(id, planId, name, channel, start, end, status, owner, role, plannedBudget, actualSpend,
                expectedLeads, actualLeads, segmentId, notes, link, newRecurrence, createdAt, updatedAt);
    }

    /** A new campaign with this one's content under another id and name (duplicate, detach an occurrence). */
    public Campaign copy(UUID newId, String newName) {
        return new Campaign(newId, planId, newName, channel, start, end, status, owner, role, plannedBudget, actualSpend,
                expectedLeads, actualLeads, segmentId, notes, link, recurrence, null, null);
    }

    public List<InvalidInput> problems() {
        List<InvalidInput> found = new ArrayList<>();
        if (name.isEmpty()) {
            found.add(new InvalidInput("name", "Give the campaign a name."));
        } else if (name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
            found.add(new InvalidInput("name", "A campaign name can be at most " + MAX_NAME_LENGTH + " characters."));
        }
        if (start == null) {
            found.add(new InvalidInput("start", "Choose a start date."));
        }
        if (end == null) {
            found.add(new InvalidInput("end", "Choose an end date."));
        }
        if (start != null && end != null && end.isBefore(start)) {
            found.add(new InvalidInput("end", "The campaign cannot end before it starts."));
        }
        if (plannedBudget < 0) {
            found.add(new InvalidInput("plannedBudget", "A budget cannot be negative."));
        }
        if (actualSpend < 0) {
            found.add(new InvalidInput("actualSpend", "Spend cannot be negative."));
        }
        if (expectedLeads < 0) {
            found.add(new InvalidInput("expectedLeads", "Expected leads cannot be negative."));
        }
        if (actualLeads < 0) {
            found.add(new InvalidInput("actualLeads", "Actual leads cannot be negative."));
        }
        if (recurrence != null && start != null) {
            recurrence.problem(start).ifPresent(found::add);
        }
        return found;
    }

    public Campaign requireValid() {
        List<InvalidInput> found = problems();
        if (!found.isEmpty()) {
            throw found.get(0);
        }
        return this;
    }
}
