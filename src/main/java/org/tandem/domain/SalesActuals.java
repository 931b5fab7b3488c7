package org.tandem.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A sales plan's actuals by measure, sorted by day: totals for counted measures, the latest value
 * for levels, and running totals for charts.
 */
public final class SalesActuals {
    /** A day and the figure reached by then. */
    public record Point(LocalDate day, double value) {
    }

    private final Map<String, List<SalesActual>> byMeasure = new HashMap<>();

    public SalesActuals(List<SalesActual> actuals) {
        for (SalesActual a : actuals) {
            byMeasure.computeIfAbsent(a.measure(), k -> new ArrayList<>()).add(a);
        }
        byMeasure.values().forEach(l -> l.sort(Comparator.comparing(SalesActual::day)));
    }

    /** The last day with an actual for the measure inside the period, or null. */
    public LocalDate lastDay(String measure, SalesPeriod period) {
        LocalDate last = null;
        for (SalesActual a : inPeriod(measure, period)) {
            last = a.day();
        }
        return last;
    }

    /** Counted: the sum inside the period; level: the latest value. Unknown when nothing is entered. */
    public Figure reached(Measure measure, SalesPeriod period) {
        List<SalesActual> found = inPeriod(measure.code(), period);
        if (found.isEmpty()) {
            return Figure.none("no actuals entered yet");
        }
        if (!measure.counted()) {
            return Figure.of(found.get(found.size() - 1).value());
        }
        return Figure.of(found.stream().mapToDouble(SalesActual::value).sum());
    }

    /** Running total (counted) or value (level) at each day with an actual. */
    public List<Point> cumulative(Measure measure, SalesPeriod period) {
        List<Point> points = new ArrayList<>();
        double total = 0;
        for (SalesActual a : inPeriod(measure.code(), period)) {
            total = measure.counted() ? total + a.value() : a.value();
            points.add(new Point(a.day(), total));
        }
        return points;
    }

    private List<SalesActual> inPeriod(String measure, SalesPeriod period) {
        List<SalesActual> found = new ArrayList<>();
        for (SalesActual a : byMeasure.getOrDefault(measure, List.of())) {
            if (!a.day().isBefore(period.start()) && !a.day().isAfter(period.end())) {
                found.add(a);
            }
        }
        return found;
    }
}
