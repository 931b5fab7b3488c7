package org.tandem.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Actuals laid out as a grid: a row per week (Monday to Sunday) or month of the period, clipped to
 * it, and a column per measure. A cell holds the row's total for a counted measure and its latest
 * value for a level; typing a cell replaces the row's actuals of that measure with one on the row's
 * last day.
 */
public final class ActualsGrid {
    private ActualsGrid() {
    }

    public enum Bucket {
        WEEK("By week"), MONTH("By month");

        private final String label;

        Bucket(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** One row: its first and last day inside the period. */
    public record Row(LocalDate from, LocalDate to) {
        public SalesPeriod span() {
            return new SalesPeriod(from, to);
        }

        public String label(Bucket bucket, Locale locale) {
            return bucket == Bucket.MONTH ? to.format(DateTimeFormatter.ofPattern("MMM yyyy", locale))
                    : "Week to " + to.format(DateTimeFormatter.ofPattern("d MMM yyyy", locale));
        }
    }

    public static List<Row> rows(SalesPeriod period, Bucket bucket) {
        List<Row> rows = new ArrayList<>();
        LocalDate from = period.start();
        while (!from.isAfter(period.end())) {
            LocalDate to = bucket == Bucket.MONTH ? YearMonth.from(from).atEndOfMonth()
                    : from.plusDays(DayOfWeek.SUNDAY.getValue() - from.getDayOfWeek().getValue());
            if (to.isAfter(period.end())) {
                to = period.end();
            }
            rows.add(new Row(from, to));
            from = to.plusDays(1);
        }
        return rows;
    }

    /** The row's figure per measure code; measures without actuals in the row are left out. */
    public static Map<String, Double> cells(Row row, List<Measure> measures, SalesActuals actuals) {
        Map<String, Double> cells = new LinkedHashMap<>();
        for (Measure m : measures) {
            Figure reached = actuals.reached(m, row.span());
            if (reached.known()) {
                cells.put(m.code(), reached.value());
            }
        }
        return cells;
    }
}
