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

    /**
     * Every row's figures at once, in one pass over the actuals (a five-year weekly grid has 261 rows):
     * per row, the figure per measure code, measures without actuals in the row left out.
     */
    public static List<Map<String, Double>> table(List<Row> rows, List<Measure> measures, List<SalesActual> actuals) {
        List<Map<String, Double>> table = new ArrayList<>();
        rows.forEach(r -> table.add(new LinkedHashMap<>()));
        if (rows.isEmpty()) {
            return table;
        }
        Map<String, Measure> byCode = new LinkedHashMap<>();
        measures.forEach(m -> byCode.put(m.code(), m));
        java.util.Map<String, LocalDate>[] levelDay = newLevelDays(rows.size());
        for (SalesActual a : actuals) {
            Measure m = byCode.get(a.measure());
            int at = rowOf(rows, a.day());
            if (m == null || at < 0) {
                continue;
            }
            Map<String, Double> cells = table.get(at);
            if (m.counted()) {
                cells.merge(m.code(), a.value(), Double::sum);
            } else {
                LocalDate seen = levelDay[at].get(m.code());
                if (seen == null || !a.day().isBefore(seen)) {
                    levelDay[at].put(m.code(), a.day());
                    cells.put(m.code(), a.value());
                }
            }
        }
        // keep the measures' order in each row
        for (int i = 0; i < table.size(); i++) {
            Map<String, Double> ordered = new LinkedHashMap<>();
            Map<String, Double> cells = table.get(i);
            byCode.keySet().stream().filter(cells::containsKey).forEach(code -> ordered.put(code, cells.get(code)));
            table.set(i, ordered);
        }
        return table;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, LocalDate>[] newLevelDays(int size) {
        Map<String, LocalDate>[] days = new Map[size];
        for (int i = 0; i < size; i++) {
            days[i] = new java.util.HashMap<>();
        }
        return days;
    }

    /** The row holding {@code day}, or -1 outside the rows: a binary search on the rows' first days. */
    private static int rowOf(List<Row> rows, LocalDate day) {
        int low = 0;
        int high = rows.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Row row = rows.get(mid);
            if (day.isBefore(row.from())) {
                high = mid - 1;
            } else if (day.isAfter(row.to())) {
                low = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
