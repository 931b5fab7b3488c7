package org.tandem.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;

/** The dates a sales plan covers, both ends included. */
public record SalesPeriod(LocalDate start, LocalDate end) {

    public SalesPeriod {
        if (start == null || end == null) {
            throw new InvalidInput(start == null ? "start" : "end", "Choose the period's " + (start == null ? "start." : "end."));
        }
        if (end.isBefore(start)) {
            throw new InvalidInput("end", "The period cannot end before it starts.");
        }
    }

    /** Quarter 1 to 4 of a calendar year. */
    public static SalesPeriod quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new InvalidInput("quarter", "A quarter is 1, 2, 3 or 4.");
        }
        LocalDate first = LocalDate.of(year, 3 * quarter - 2, 1);
        return new SalesPeriod(first, first.plusMonths(3).minusDays(1));
    }

    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** True when the period is exactly one calendar quarter. */
    public boolean isQuarter() {
        return start.getDayOfMonth() == 1 && (start.getMonthValue() - 1) % 3 == 0 && end.equals(start.plusMonths(3).minusDays(1));
    }

    public String label() {
        return isQuarter() ? "Q" + start.get(IsoFields.QUARTER_OF_YEAR) + " " + start.getYear() : start + " to " + end;
    }

    /** The months the period touches, in order. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(start); !m.isAfter(YearMonth.from(end)); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** The share of the period's days that fall in {@code month} (0 to 1). */
    public double share(YearMonth month) {
        LocalDate from = month.atDay(1).isBefore(start) ? start : month.atDay(1);
        LocalDate to = month.atEndOfMonth().isAfter(end) ? end : month.atEndOfMonth();
        return to.isBefore(from) ? 0 : (ChronoUnit.DAYS.between(from, to) + 1) / (double) days();
    }

    /** The share of the period gone by the end of {@code day}: 0 before it starts, 1 from its last day on. */
    public double elapsed(LocalDate day) {
        if (day.isBefore(start)) {
            return 0;
        }
        if (!day.isBefore(end)) {
            return 1;
        }
        return (ChronoUnit.DAYS.between(start, day) + 1) / (double) days();
    }

    /** The period after this one: the next quarter for a quarter, else as many days again. */
    public SalesPeriod next() {
        if (isQuarter()) {
            LocalDate first = end.plusDays(1);
            return new SalesPeriod(first, first.plusMonths(3).minusDays(1));
        }
        return new SalesPeriod(end.plusDays(1), end.plusDays(days()));
    }
}
