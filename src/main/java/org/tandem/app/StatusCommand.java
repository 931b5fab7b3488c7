package org.tandem.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.tandem.domain.Figure;
import org.tandem.domain.Plan;
import org.tandem.domain.PlanStatus;
import org.tandem.domain.SalesPlan;
import org.tandem.domain.ScenarioOutcome;
import org.tandem.domain.StatusFigure;
import org.tandem.domain.StatusItem;
import org.tandem.service.DashboardService;
import org.tandem.store.Database;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** {@code tandem status PLAN [--json] [--sales-plan NAME] [--as-of DATE]}: the dashboard's figures for scripts. */
final class StatusCommand {
    private final PrintStream out;
    private final Locale locale;

    StatusCommand(PrintStream out, Locale locale) {
        this.out = out;
        this.locale = locale;
    }

    /** What the command line asked for. */
    record Request(String plan, boolean json, String salesPlan, LocalDate asOf) {
        static Request parse(List<String> options, LocalDate today) throws UsageError {
            String plan = null;
            boolean json = false;
            String salesPlan = null;
            LocalDate asOf = today;
            for (int i = 0; i < options.size(); i++) {
                String option = options.get(i);
                switch (option) {
                    case "--json" -> json = true;
                    case "--sales-plan", "--as-of" -> {
                        if (i + 1 >= options.size()) {
                            throw new UsageError("status: " + option + " needs a value");
                        }
                        String value = options.get(++i);
                        if (option.equals("--sales-plan")) {
                            salesPlan = value;
                        } else {
                            try {
                                asOf = LocalDate.parse(value);
                            } catch (DateTimeParseException e) {
                                throw new UsageError("status: --as-of takes a date like 2026-11-30, not " + value);
                            }
                        }
                    }
                    default -> {
                        if (option.startsWith("--") || plan != null) {
                            throw new UsageError("status: unexpected " + option);
                        }
                        plan = option;
                    }
                }
            }
            if (plan == null) {
                throw new UsageError("status: name the plan: status PLAN [--json] [--sales-plan NAME]");
            }
            return new Request(plan, json, salesPlan, asOf);
        }
    }

    int run(Database db, Plan plan, Request request) throws java.io.IOException {
        DashboardService service = new DashboardService(db);
        UUID salesPlanId = null;
        if (request.salesPlan() != null) {
            List<SalesPlan> all = service.salesPlans(plan.id());
            salesPlanId = all.stream().filter(p -> p.name().equalsIgnoreCase(request.salesPlan().strip())
                    || p.id().toString().equals(request.salesPlan())).map(SalesPlan::id).findFirst()
                    .orElseThrow(() -> new Cli.NoSuchPlan("\"" + plan.name() + "\" has no sales plan named \"" + request.salesPlan()
                            + "\"" + (all.isEmpty() ? " (it has none)" : " (it has: " + String.join(", ", all.stream().map(SalesPlan::name).toList()) + ")")));
        }
        PlanStatus status = PlanStatus.of(service.read(plan.id(), salesPlanId, request.asOf())
                .orElseThrow(() -> new Cli.NoSuchPlan("the plan is gone")), locale);
        if (request.json()) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json(status)));
        } else {
            text(status);
        }
        return 0;
    }

    /** The figures by key, the lists and the scenarios, as plain JSON values. */
    static Map<String, Object> json(PlanStatus status) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("plan", status.plan().name());
        root.put("planId", status.plan().id().toString());
        root.put("asOf", status.today().toString());
        SalesPlan sp = status.salesPlan();
        Map<String, Object> chosen = new LinkedHashMap<>();
        if (sp != null) {
            chosen.put("id", sp.id().toString());
            chosen.put("name", sp.name());
            chosen.put("start", sp.period().start().toString());
            chosen.put("end", sp.period().end().toString());
        }
        root.put("salesPlan", sp == null ? null : chosen);
        root.put("salesPlans", status.salesPlans().stream().map(SalesPlan::name).toList());
        Map<String, Object> figures = new LinkedHashMap<>();
        for (StatusFigure f : status.figures()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("label", f.label());
            one.put("shown", f.shown());
            one.put("value", f.value().known() ? f.value().value() : null);
            if (!f.value().known()) {
                one.put("reason", f.value().reason());
            }
            figures.put(f.key(), one);
        }
        root.put("figures", figures);
        Map<String, Object> lists = new LinkedHashMap<>();
        lists.put("marketing.running", items(status.marketing().running()));
        lists.put("marketing.startingSoon", items(status.marketing().startingSoon()));
        lists.put("marketing.overlaps", items(status.marketing().overlaps()));
        lists.put("sales.due", status.sales() == null ? List.of() : items(status.sales().due()));
        lists.put("sales.overdue", status.sales() == null ? List.of() : items(status.sales().overdue()));
        lists.put("sales.standings", status.sales() == null ? List.of() : status.sales().objectives().stream()
                .map(s -> Map.of("objective", s.figure().label(), "status", s.status().map(Object::toString).orElse(Figure.DASH))).toList());
        lists.put("research.notesDue", items(status.notesDue()));
        lists.put("competitors.reviewsDue", items(status.reviewsDue()));
        lists.put("firstSteps", items(status.firstSteps()));
        root.put("lists", lists);
        root.put("notesDueCount", status.notesDueCount());
        List<Map<String, Object>> scenarios = new ArrayList<>();
        for (ScenarioOutcome o : status.scenarios()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("name", o.scenario().name());
            one.put("chosen", o.scenario().chosen());
            one.put("conversionRate", o.conversionRate());
            one.put("averageDealSize", o.averageDealSize());
            one.put("dealsNeeded", value(o.dealsNeeded()));
            one.put("leadsNeeded", value(o.leadsNeeded()));
            one.put("campaignLeads", o.campaignLeads());
            one.put("leadGap", value(o.leadGap()));
            one.put("hoursNeeded", o.hoursNeeded());
            one.put("hoursAvailable", o.hoursAvailable());
            one.put("moneyNeeded", o.moneyNeeded());
            one.put("forecastRevenue", value(o.forecastRevenue()));
            one.put("revenueTarget", value(o.revenueTarget()));
            scenarios.add(one);
        }
        root.put("scenarios", scenarios);
        return root;
    }

    private static Double value(Figure f) {
        return f.known() ? f.value() : null;
    }

    private static List<Map<String, String>> items(List<StatusItem> items) {
        return items.stream().map(i -> Map.of("title", i.title(), "detail", i.detail())).toList();
    }

    private void text(PlanStatus status) {
        SalesPlan sp = status.salesPlan();
        out.println(status.plan().name() + (sp == null ? "" : ", " + sp.name() + " (" + sp.period().start() + " to " + sp.period().end() + ")")
                + ", as of " + status.today());
        status.firstSteps().forEach(s -> out.println("  To do first: " + s.title()));
        String section = "";
        for (StatusFigure f : status.figures()) {
            String now = f.key().substring(0, f.key().indexOf('.'));
            if (!now.equals(section)) {
                section = now;
                out.println(switch (now) {
                    case "marketing" -> "Marketing";
                    case "sales" -> "Sales";
                    case "funnel" -> "Funnel";
                    default -> "Time split (hours planned of hours available)";
                });
            }
            out.println("  " + f.label() + ": " + f.shown());
        }
        list("Running now", status.marketing().running());
        list("Starting in the next " + org.tandem.domain.MarketingHat.SOON_DAYS + " days", status.marketing().startingSoon());
        list("Overlaps ahead", status.marketing().overlaps());
        if (status.sales() != null) {
            list("Activities and milestones due", status.sales().due());
            list("Corrective actions overdue", status.sales().overdue());
        }
        list("Research notes due for a fresh look (" + status.notesDueCount() + ")", status.notesDue());
        list("Competitor reviews due", status.reviewsDue());
        if (!status.scenarios().isEmpty()) {
            out.println("Scenarios");
            status.scenarios().forEach(o -> out.println("  " + (o.scenario().chosen() ? "* " : "") + o.summary(locale)));
        }
    }

    private void list(String title, List<StatusItem> items) {
        if (!items.isEmpty()) {
            out.println(title);
            items.forEach(i -> out.println("  " + i.title() + " (" + i.detail() + ")"));
        }
    }
}
