package org.tandem.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a campaign repeats: every N weeks (N = 1 for weekly) or every month, until an end date.
 * A monthly series started on the 31st falls on the last day of shorter months (28 or 29 February,
 * 30 April) and returns to the 31st where the month has one.
 */
public record Recurrence(Frequency frequency, int interval, LocalDate until) {
    /** Longest a series may run: ten years. */
    public static final int MAX_YEARS = 10;

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
                if (!d.isBefore(from)) {
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
                if (!d.isBefore(from)) {
                    starts.add(d);
                }
            }
        }
        return starts;
    }
}
