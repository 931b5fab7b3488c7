package org.tandem.exchange;

import org.tandem.store.PlanRow;
import org.tandem.store.PlanTables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The report's sales plans, each through the six steps: objectives, activities, resources, implementation
 * (milestones), assessment (actuals so far against each objective: the variance against the target pro rata) and
 * control (a run-rate forecast for the period, the corrective actions).
 */
final class ReportSales {
    private final ReportPlan plan;
    private final int digits;
    private final LocalDate today;
    private final java.util.Map<String, java.util.Map<String, List<PlanRow>>> partsBySalesPlan = new java.util.HashMap<>();

    ReportSales(ReportPlan plan, int digits, LocalDate today) {
        this.plan = plan;
        this.digits = digits;
        this.today = today;
    }

    void write(StringBuilder h, String onlyNamed) {
        List<PlanRow> named = plan.rows("salesPlans").values().stream()
                .filter(p -> onlyNamed == null || PlanReport.text("salesPlans", p, "name").equalsIgnoreCase(onlyNamed.strip())).toList();
        // a plan of hundreds of sales plans prints those running nearest today (the L plan's 200 took 10,000 table rows)
        List<PlanRow> plans = named.stream().sorted(Comparator.comparingLong(this::daysFromToday)).limit(PlanReport.SALES_PLANS)
                .sorted(Comparator.comparing(p -> PlanReport.text("salesPlans", p, "start"))).toList();
        if (plans.isEmpty()) {
            h.append("<p class=\"muted\">").append(onlyNamed == null ? "No sales plans yet." : "No sales plan is named "
                    + PlanReport.esc(onlyNamed) + ".").append("</p>");
        } else if (plans.size() < named.size()) {
            h.append(String.format("<p class=\"muted\">The %,d sales plans nearest %s of %,d: choose one by name in the report's"
                    + " options to print another.</p>", plans.size(), today, named.size()));
        }
        for (PlanRow p : plans) {
            LocalDate start = LocalDate.parse(PlanReport.text("salesPlans", p, "start"));
            LocalDate end = LocalDate.parse(PlanReport.text("salesPlans", p, "end"));
            h.append("<h3>").append(PlanReport.esc(PlanReport.text("salesPlans", p, "name"))).append("</h3><p class=\"muted\">")
                    .append(start).append(" to ").append(end).append("</p>");
            h.append("<p><b>1. Objectives.</b> Segments: ").append(PlanReport.esc(PlanReport.text("salesPlans", p, "segmentsText")))
                    .append(" Pricing: ").append(PlanReport.esc(PlanReport.text("salesPlans", p, "pricing"))).append("</p>");
            List<String[]> objectives = new ArrayList<>();
            org.tandem.domain.SalesPeriod period = new org.tandem.domain.SalesPeriod(start, end);
            org.tandem.domain.Variance.Thresholds thresholds = new org.tandem.domain.Variance.Thresholds(
                    (Double) p.get(PlanTables.section("salesPlans").index("onTrack")),
                    (Double) p.get(PlanTables.section("salesPlans").index("atRisk")));
            for (PlanRow o : parts("salesObjectives", p)) {
                String metric = PlanReport.text("salesObjectives", o, "metric");
                org.tandem.domain.SalesMetric kind = java.util.Arrays.stream(org.tandem.domain.SalesMetric.values())
                        .filter(m -> m.code().equals(metric)).findFirst().orElseThrow();
                boolean money = kind.money();
                Double target = money ? minor(o, "salesObjectives", "targetMinor") : number(o, "salesObjectives", "target");
                // as the Control step judges it: the target pro rata up to the measure's last actual
                LocalDate asOf = lastActual(p, metric);
                String variance = "";
                String forecast = "";
                String standing = "";
                if (target != null && asOf != null && kind.counted()) {
                    org.tandem.domain.Variance v = new org.tandem.domain.Variance(kind, target, actual(p, metric, money), period, asOf);
                    if (v.proRataTarget().known()) {
                        variance = String.format(Locale.UK, "%,.0f of %,.0f due by %s", v.actual(), v.proRataTarget().value(), asOf);
                    }
                    if (v.forecast().known()) {
                        forecast = String.format(Locale.UK, "%,.0f by %s", v.forecast().value(), end);
                    }
                    standing = v.status(thresholds).map(st -> st.toString().toLowerCase(Locale.ROOT)).orElse("");
                }
                objectives.add(new String[]{kind.label(), target == null ? "" : String.format(Locale.UK, "%,.2f", target),
                        PlanReport.text("salesObjectives", o, "owner"), variance, forecast, standing});
            }
            PlanReport.table(h, List.of("Objective", "Target", "Owner", "5. Assess: so far", "6. Control: forecast", "Standing"), objectives);
            h.append("<p><b>2. Activities.</b></p>");
            PlanReport.table(h, List.of("Type", "Name", "Volume", "Cadence", "Hours per unit", "Cost per unit"),
                    parts("salesActivities", p).stream().map(a -> new String[]{PlanReport.text("salesActivities", a, "type"),
                            PlanReport.text("salesActivities", a, "name"), PlanReport.text("salesActivities", a, "volume"),
                            PlanReport.text("salesActivities", a, "cadence").replace('_', ' '),
                            PlanReport.text("salesActivities", a, "hoursPerUnit"),
                            String.format(Locale.UK, "%,.2f", minor(a, "salesActivities", "costPerUnitMinor"))}).toList());
            h.append("<p><b>3. Resources.</b></p>");
            PlanReport.table(h, List.of("Person", "Role", "Hours a week"), parts("salesPeople", p).stream()
                    .map(x -> new String[]{PlanReport.text("salesPeople", x, "name"), PlanReport.text("salesPeople", x, "role"),
                            PlanReport.text("salesPeople", x, "hoursPerWeek")}).toList());
            h.append("<p><b>4. Implement.</b></p>");
            PlanReport.table(h, List.of("Milestone", "Due", "Done"), parts("salesMilestones", p).stream()
                    .map(x -> new String[]{PlanReport.text("salesMilestones", x, "name"), PlanReport.text("salesMilestones", x, "due"),
                            Boolean.TRUE.equals(x.get(PlanTables.section("salesMilestones").index("done"))) ? "yes" : "no"}).toList());
            h.append("<p><b>6. Control: corrective actions.</b></p>");
            PlanReport.table(h, List.of("Action", "Owner", "Due", "Outcome"), parts("correctiveActions", p).stream()
                    .map(x -> new String[]{PlanReport.text("correctiveActions", x, "what"), PlanReport.text("correctiveActions", x, "owner"),
                            PlanReport.text("correctiveActions", x, "due"), PlanReport.text("correctiveActions", x, "outcome")}).toList());
        }
    }

    /** 0 for a sales plan running today, else the days to its nearest end. */
    private long daysFromToday(PlanRow salesPlan) {
        long start = LocalDate.parse(PlanReport.text("salesPlans", salesPlan, "start")).toEpochDay();
        long end = LocalDate.parse(PlanReport.text("salesPlans", salesPlan, "end")).toEpochDay();
        long day = today.toEpochDay();
        return day < start ? start - day : Math.max(0, day - end);
    }

    private List<PlanRow> parts(String section, PlanRow salesPlan) {
        return partsBySalesPlan.computeIfAbsent(section, this::bySalesPlan).getOrDefault(salesPlan.id(), List.of());
    }

    /**
     * A section's rows grouped by sales plan, each group in its order: asked for each objective of each sales plan,
     * a scan of all rows cost the L plan's report (200 sales plans, 100,000 actuals) 2 of its 6 s.
     */
    private java.util.Map<String, List<PlanRow>> bySalesPlan(String section) {
        int owner = PlanTables.section(section).index("salesPlanId");
        int position = PlanTables.section(section).index("position");
        java.util.Map<String, List<PlanRow>> groups = new java.util.HashMap<>();
        for (PlanRow r : plan.rows(section).values()) {
            groups.computeIfAbsent((String) r.get(owner), k -> new ArrayList<>()).add(r);
        }
        groups.values().forEach(g -> g.sort(Comparator.comparing(r -> (Long) r.get(position))));
        return groups;
    }

    /** The last day with an actual of the measure inside the period, or null when there is none. */
    private LocalDate lastActual(PlanRow salesPlan, String metric) {
        ReportPlan.Actuals actuals = plan.actuals(salesPlan.id(), metric);
        return actuals == null ? null : actuals.lastInPeriod();
    }

    /** The actuals of the measure named like the objective's metric, summed. */
    private double actual(PlanRow salesPlan, String metric, boolean money) {
        ReportPlan.Actuals actuals = plan.actuals(salesPlan.id(), metric);
        if (actuals == null) {
            return 0;
        }
        return money ? BigDecimal.valueOf(actuals.minor()).movePointLeft(digits).doubleValue() : actuals.value();
    }

    private Double minor(PlanRow row, String section, String field) {
        Object v = row.get(PlanTables.section(section).index(field));
        return v == null ? null : BigDecimal.valueOf((Long) v).movePointLeft(digits).doubleValue();
    }

    private static Double number(PlanRow row, String section, String field) {
        Object v = row.get(PlanTables.section(section).index(field));
        return v == null ? null : ((Number) v).doubleValue();
    }
}
