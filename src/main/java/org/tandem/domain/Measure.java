package org.tandem.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What an actual measures: an objective's metric (revenue, deals closed...), the leads received, or
 * an activity's volume done (calls made, demos held). Stored by code; CSV files may use the code or
 * the label.
 */
public record Measure(String code, String label, boolean counted) {
    public static final Measure LEADS = new Measure("leads", "Leads received", true);

    public static Measure of(SalesMetric metric) {
        return new Measure(metric.code(), metric.label(), metric.counted());
    }

    public static Measure of(ActivityType type) {
        String done = type.doneLabel();
        return new Measure(type.code(), done.substring(0, 1).toUpperCase(Locale.ROOT) + done.substring(1), true);
    }

    /** Every measure: the funnel first (leads, deals, revenue), then the other metrics, then activities. */
    public static List<Measure> all() {
        List<Measure> all = new ArrayList<>();
        all.add(LEADS);
        all.add(of(SalesMetric.DEALS_CLOSED));
        all.add(of(SalesMetric.REVENUE));
        for (SalesMetric m : SalesMetric.values()) {
            if (m != SalesMetric.DEALS_CLOSED && m != SalesMetric.REVENUE) {
                all.add(of(m));
            }
        }
        for (ActivityType t : ActivityType.values()) {
            all.add(of(t));
        }
        return all;
    }

    /** The measure a code or label names, ignoring case and spaces around it. */
    public static Optional<Measure> find(String text) {
        String wanted = text == null ? "" : text.strip();
        return all().stream().filter(m -> m.code.equalsIgnoreCase(wanted) || m.label.equalsIgnoreCase(wanted)).findFirst();
    }

    /** Whether an actual of this measure code is an amount of money (revenue, average deal size). */
    public static boolean money(String code) {
        return SalesMetric.REVENUE.code().equals(code) || SalesMetric.AVERAGE_DEAL_SIZE.code().equals(code);
    }

    @Override
    public String toString() {
        return label;
    }
}
