package org.tandem.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * How a campaign repeats: every N weeks (N = 1 for weekly) or every month, until an end date.
 * A monthly series started on the 31st falls on the last day of shorter months (28 or 29 February,
 * 30 April) and returns to the 31st where the month has one.
 */
public record Recurrence(Frequency frequency, int interval, LocalDate until, List<LocalDate> skipped) {
    /** Longest a series may run: ten years. */
    public static final int MAX_YEARS = 10;

    /** @param skipped occurrence dates taken out of the series (moved or edited on their own), kept sorted */
    public Recurrence {
        skipped = skipped == null ? List.of() : List.copyOf(new TreeSet<>(skipped));
    }

    public Recurrence(Frequency frequency, int interval, LocalDate until) {
        this(frequency, interval, until, List.of());
    }

    /** The same series without the occurrence on {@code date}. */
    public Recurrence skipping(LocalDate date) {
        List<LocalDate> more = new ArrayList<>(skipped);
        more.add(date);
        return new Recurrence(frequency, interval, until, more);
    }

    /** The same rule for a series that now starts {@code days} later (or earlier); skipped dates move along. */
    public Recurrence shiftedBy(long days) {
        return new Recurrence(frequency, interval, until.plusDays(days), skipped.stream().map(d -> d.plusDays(days)).toList());
    }

    public enum Frequency { WEEKLY, MONTHLY }

    public static Recurrence weekly(int everyWeeks, LocalDate until) {
        return new Recurrence(Frequency.WEEKLY, everyWeeks, until);
    }

    public static Recurrence monthly(LocalDate until) {
        return new Recurrence(Frequency.MONTHLY, 1, until);
    }

    public Optional<InvalidInput> problem(LocalDate start) {
        if (interval < 1) {
            return Optional.of(new InvalidInput("recurrence", "Repeat at least every 1 " + unit() + "."));
        }
        if (until == null) {
            return Optional.of(new InvalidInput("recurrence", "A repeating campaign needs an end date."));
        }
        if (until.isBefore(start)) {
            return Optional.of(new InvalidInput("recurrence", "The series cannot end before it starts."));
        }
        if (until.isAfter(start.plusYears(MAX_YEARS))) {
            return Optional.of(new InvalidInput("recurrence", "A series can run for at most " + MAX_YEARS + " years."));
        }
        return Optional.empty();
    }

    /** "Every month", "Every week", "Every 2 weeks", for lists and tooltips. */
    public String describe() {
        if (frequency == Frequency.MONTHLY) {
            return interval == 1 ? "Every month" : "Every " + interval + " months";
        }
        return interval == 1 ? "Every week" : "Every " + interval + " weeks";
    }

    private String unit() {
        return frequency == Frequency.WEEKLY ? "week" : "month";
    }

    /**
     * The start dates of every occurrence from {@code first} to {@link #until()}, inclusive, that
     * fall in [{@code from}, {@code to}] — so a view asks only for the range it shows.
     */
    public List<LocalDate> occurrences(LocalDate first, LocalDate from, LocalDate to) {
        problem(first).ifPresent(p -> {
            throw p;
        });
        List<LocalDate> starts = new ArrayList<>();
        LocalDate last = until.isBefore(to) ? until : to;
        if (frequency == Frequency.WEEKLY) {
            long step = 7L * interval;
            long skip = from.isAfter(first) ? ChronoUnit.DAYS.between(first, from) / step : 0;
            for (LocalDate d = first.plusDays(skip * step); !d.isAfter(last); d = d.plusDays(step)) {
                if (!d.isBefore(from) && !skipped.contains(d)) {
                    starts.add(d);
                }
            }
        } else {
            long between = from.isAfter(first) ? ChronoUnit.MONTHS.between(first.withDayOfMonth(1), from.withDayOfMonth(1)) : 0;
            long skip = Math.max(0, (between - 1) / interval * interval); // stay on the series' own months
            for (long n = skip; ; n += interval) {
                // always from the first date, so the 31st comes back after a short month
                LocalDate d = first.plusMonths(n);
                if (d.isAfter(last)) {
                    break;
                }
                if (!d.isBefore(from) && !skipped.contains(d)) {
                    starts.add(d);
                }
            }
        }
        return starts;
    }
}
