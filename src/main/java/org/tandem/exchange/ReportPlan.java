package org.tandem.exchange;

import org.tandem.store.PlanParts;
import org.tandem.store.PlanRow;
import org.tandem.store.PlanTables;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a report prints of a plan, gathered as the plan is read a section at a time: every section whole but the
 * campaigns (a report takes them as the calendar reads them) and the research notes, of which each aspect keeps
 * only the notes the report shows (pinned first, then by title) and how many it has. The L plan's 50,000 notes are
 * 62 MB of text; a report shows 100 an aspect.
 */
public final class ReportPlan {
    /** An aspect's notes the report shows, in order, and how many the aspect has in all. */
    public record AspectNotes(List<PlanRow> shown, int total) {
    }

    /**
     * A sales plan's actuals of one measure as the report's Assess and Control steps use them: summed (money exactly, in
     * minor units) and the last day inside the sales plan's period. The L plan's 100,000 actuals kept as rows were 35 MB
     * of a report's memory; it prints the 20 sales plans nearest today.
     */
    public static final class Actuals {
        private double value;
        private long minor;
        private java.time.LocalDate lastInPeriod;

        public double value() {
            return value;
        }

        public long minor() {
            return minor;
        }

        /** The last day with an actual inside the sales plan's period, or null when there is none. */
        public java.time.LocalDate lastInPeriod() {
            return lastInPeriod;
        }
    }

    private static final PlanTables.Section NOTES = PlanTables.section("researchNotes");
    private static final PlanTables.Section ACTUALS = PlanTables.section("salesActuals");
    /** Sections a report does not print from here: its campaigns come as the calendar reads them, with their channels. */
    private static final java.util.Set<String> NOT_PRINTED = java.util.Set.of("campaigns", "channels", "overlays");
    private static final int PINNED = NOTES.index("pinned");
    private static final int ASPECT = NOTES.index("aspect");
    /** The order a report shows an aspect's notes in: pinned first, then by title (notes have no order of their own). */
    static final Comparator<PlanRow> NOTE_ORDER = Comparator.comparing((PlanRow r) -> !Boolean.TRUE.equals(r.get(PINNED)))
            .thenComparing(r -> PlanMerge.label(NOTES, r)).thenComparing(PlanRow::id);

    private final PlanRow plan;
    private final Map<String, SortedMap<String, PlanRow>> sections = new HashMap<>();
    private final SortedMap<String, AspectNotes> notes = new TreeMap<>();
    /** By sales plan id, then measure. */
    private final Map<String, Map<String, Actuals>> actuals = new HashMap<>();

    private ReportPlan(PlanRow plan) {
        this.plan = plan;
    }

    /** Reads what the report shows of {@code parts}, keeping at most {@code notesPerAspect} notes of each aspect. */
    public static ReportPlan of(PlanParts parts, int notesPerAspect) throws IOException {
        ReportPlan report = new ReportPlan(parts.plan());
        for (PlanTables.Section section : PlanTables.SECTIONS) {
            if (section == NOTES) {
                report.gatherNotes(parts, notesPerAspect);
            } else if (section == ACTUALS) {
                report.gatherActuals(parts);
            } else if (!NOT_PRINTED.contains(section.name())) {
                SortedMap<String, PlanRow> rows = new TreeMap<>();
                parts.eachRow(section.name(), row -> rows.put(row.id(), row));
                report.sections.put(section.name(), rows);
            }
        }
        return report;
    }

    private void gatherNotes(PlanParts parts, int limit) throws IOException {
        // each aspect's best notes so far, the one to drop first at the head
        Map<String, PriorityQueue<PlanRow>> best = new TreeMap<>();
        Map<String, Integer> totals = new HashMap<>();
        parts.eachRow(NOTES.name(), row -> {
            String aspect = (String) row.get(ASPECT);
            totals.merge(aspect, 1, Integer::sum);
            PriorityQueue<PlanRow> kept = best.computeIfAbsent(aspect, a -> new PriorityQueue<>(NOTE_ORDER.reversed()));
            kept.add(row);
            if (kept.size() > limit) {
                kept.poll();
            }
        });
        best.forEach((aspect, kept) -> {
            List<PlanRow> shown = new ArrayList<>(kept);
            shown.sort(NOTE_ORDER);
            notes.put(aspect, new AspectNotes(List.copyOf(shown), totals.get(aspect)));
        });
    }

    /** Sums each sales plan's actuals by measure as they are read; its sales plans are read before (parents first). */
    private void gatherActuals(PlanParts parts) throws IOException {
        PlanTables.Section plans = PlanTables.section("salesPlans");
        int owner = ACTUALS.index("salesPlanId");
        int measure = ACTUALS.index("measure");
        int day = ACTUALS.index("day");
        int value = ACTUALS.index("value");
        int minor = ACTUALS.index("valueMinor");
        // each sales plan's period, parsed once for its actuals
        Map<String, java.time.LocalDate[]> periods = new HashMap<>();
        rows(plans.name()).values().forEach(p -> periods.put(p.id(), new java.time.LocalDate[]{
                java.time.LocalDate.parse((String) p.get(plans.index("start"))), java.time.LocalDate.parse((String) p.get(plans.index("end")))}));
        parts.eachRow(ACTUALS.name(), row -> {
            String planId = (String) row.get(owner);
            Actuals sum = actuals.computeIfAbsent(planId, k -> new HashMap<>()).computeIfAbsent((String) row.get(measure), k -> new Actuals());
            if (row.get(value) != null) {
                sum.value += ((Number) row.get(value)).doubleValue();
            }
            if (row.get(minor) != null) {
                sum.minor += (Long) row.get(minor);
            }
            java.time.LocalDate[] period = periods.get(planId);
            java.time.LocalDate on = java.time.LocalDate.parse((String) row.get(day));
            if (period != null && !on.isBefore(period[0]) && !on.isAfter(period[1])
                    && (sum.lastInPeriod == null || on.isAfter(sum.lastInPeriod))) {
                sum.lastInPeriod = on;
            }
        });
    }

    /** A sales plan's actuals of a measure, or null when it has none. */
    public Actuals actuals(String salesPlanId, String measure) {
        return actuals.getOrDefault(salesPlanId, Map.of()).get(measure);
    }

    public PlanRow plan() {
        return plan;
    }

    /** A section's rows by id; the research notes and the actuals are not kept here (see {@link #notesByAspect}, {@link #actuals}). */
    public SortedMap<String, PlanRow> rows(String section) {
        SortedMap<String, PlanRow> rows = sections.get(section);
        return rows == null ? Collections.emptySortedMap() : rows;
    }

    /** The notes shown of each aspect, by the aspect's code. */
    public SortedMap<String, AspectNotes> notesByAspect() {
        return Collections.unmodifiableSortedMap(notes);
    }
}
