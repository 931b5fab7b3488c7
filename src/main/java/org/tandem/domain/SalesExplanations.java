package org.tandem.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * "Explain this number" for every computed figure of a sales plan: the funnel, suggested volumes,
 * capacity, money, variance, run rate and forecast, each written out with the plan's own numbers.
 * It reads the same {@link SalesPlanFigures} the screens show, so the result always matches.
 */
public final class SalesExplanations {
    static final String OBJECTIVES = "Sales plan, step 1 Objectives";
    static final String FUNNEL = "Sales plan, step 1 Objectives: funnel inputs";
    static final String ACTIVITIES = "Sales plan, step 2 Activities";
    static final String RESOURCES = "Sales plan, step 3 Resources";
    static final String ACTUALS = "Sales plan, step 5 Assess: actuals";
    static final String CONTROL = "Sales plan, step 6 Control: thresholds";
    static final String CALENDAR = "Campaign calendar";
    /** Inputs listed one by one up to this many; the rest are counted. */
    static final int LISTED = 8;

    private final SalesPlanFigures figures;
    private final Locale locale;

    public SalesExplanations(SalesPlanFigures figures, Locale locale) {
        this.figures = figures;
        this.locale = locale;
    }

    public Explanation revenueTarget() {
        List<Objective> revenue = figures.objectives().stream()
                .filter(o -> o.metric() == SalesMetric.REVENUE && o.target() != null).toList();
        List<Explanation.Input> inputs = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (Objective o : revenue) {
            inputs.add(new Explanation.Input("Revenue objective" + (o.owner().isEmpty() ? "" : " (" + o.owner() + ")"), num(o.target()), OBJECTIVES));
            parts.add(num(o.target()));
        }
        Figure target = figures.revenueTarget();
        return new Explanation("Revenue target", show(target), List.of("revenue target = the revenue objectives' targets added up",
                "= " + (parts.isEmpty() ? "nothing yet" : String.join(" + ", parts)) + " = " + show(target)), inputs, reason(target));
    }

    public Explanation dealsNeeded() {
        Figure deals = figures.dealsNeeded();
        return new Explanation("Deals needed", show(deals), List.of("deals needed = revenue target / average deal size, rounded up",
                "= " + show(figures.revenueTarget()) + " / " + opt(figures.plan().averageDealSize()) + " = " + show(deals)),
                List.of(targetInput(), dealSizeInput()), reason(deals));
    }

    public Explanation leadsNeeded() {
        Figure leads = figures.leadsNeeded();
        return new Explanation("Leads needed", show(leads), List.of(
                "leads needed = revenue target / (average deal size x conversion rate)",
                "= " + show(figures.revenueTarget()) + " / (" + opt(figures.plan().averageDealSize()) + " x " + rate() + ") = " + show(leads)),
                List.of(targetInput(), dealSizeInput(), conversionInput()), leads.known()
                ? "Deals are rounded up to whole deals first (" + show(figures.dealsNeeded()) + " / " + rate() + "), then leads." : reason(leads));
    }

    public Explanation campaignLeads() {
        List<Explanation.Input> inputs = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        int counted = 0;
        for (Occurrence o : figures.leadCampaigns()) {
            counted++;
            if (inputs.size() < LISTED) {
                inputs.add(new Explanation.Input(o.campaign().name() + " (" + o.start() + ")", num(o.campaign().expectedLeads()),
                        CALENDAR + ": expected leads"));
                parts.add(num(o.campaign().expectedLeads()));
            }
        }
        String more = counted > LISTED ? " + " + (counted - LISTED) + " more" : "";
        double leads = figures.campaignLeads();
        return new Explanation("Leads expected from campaigns", num(leads), List.of(
                "leads from campaigns = expected leads of the campaigns starting in " + figures.plan().period().label(),
                "= " + (parts.isEmpty() ? "no campaigns" : String.join(" + ", parts) + more) + " = " + num(leads)), inputs,
                "Cancelled campaigns do not count; when objectives name segments, only campaigns for those segments (or none) count.");
    }

    public Explanation leadGap() {
        Figure gap = figures.leadGap();
        return new Explanation("Lead gap", show(gap), List.of("lead gap = leads needed - leads expected from campaigns",
                "= " + show(figures.leadsNeeded()) + " - " + num(figures.campaignLeads()) + " = " + show(gap)),
                List.of(new Explanation.Input("Leads needed", show(figures.leadsNeeded()), "worked out from the funnel inputs"),
                        new Explanation.Input("Leads expected from campaigns", num(figures.campaignLeads()), CALENDAR)),
                gap.known() && gap.value() <= 0 ? "Zero or less: the campaigns bring enough leads." : reason(gap));
    }

    public Explanation suggestedVolume(SalesActivity activity) {
        Figure volume = figures.suggestedVolume(activity);
        List<Explanation.Input> inputs = new ArrayList<>();
        String outcomes;
        String what;
        if (activity.type().onDealPath()) {
            what = "deals needed";
            outcomes = show(figures.dealsNeeded());
            inputs.add(new Explanation.Input("Deals needed", outcomes, "worked out from the funnel inputs"));
        } else {
            what = "lead gap";
            Figure gap = figures.leadGap();
            outcomes = gap.known() ? num(Math.max(0, gap.value())) : show(gap);
            inputs.add(new Explanation.Input("Lead gap (0 when negative)", outcomes, "leads needed - leads from campaigns"));
        }
        String rate = activity.rate() == null ? Figure.DASH : SalesText.percent(activity.rate() * 100, locale);
        inputs.add(new Explanation.Input("Rate of " + activity.title(), rate, ACTIVITIES));
        double perUnit = activity.cadence().inPeriod(1, figures.plan().period());
        inputs.add(new Explanation.Input(activity.cadence() + " in the period", num(perUnit), "the period's dates"));
        return new Explanation("Suggested volume for " + activity.title(), show(volume), List.of(
                "suggested volume = " + what + " / rate / (" + activity.cadence().toString().toLowerCase(Locale.ROOT) + " units in the period), rounded up",
                "= " + outcomes + " / " + rate + " / " + num(perUnit) + " = " + show(volume)), inputs, reason(volume));
    }

    /** One person's or role's hours a week against what they have. */
    public Explanation load(Capacity.Load load) {
        List<Explanation.Input> inputs = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (SalesActivity a : figures.activities()) {
            Capacity.Demand d = a.demand(figures.plan().period());
            boolean counts = load.who().equals("Marketing") ? a.type().role() == Capacity.Role.MARKETING
                    : load.who().equals("Sales") ? a.type().role() != Capacity.Role.MARKETING
                    : load.who().equalsIgnoreCase(a.owner()) || load.who().equals("(no owner)") && figures.people().stream()
                    .noneMatch(p -> p.name().equalsIgnoreCase(a.owner()));
            if (counts && d.hours() > 0) {
                parts.add(num(d.unitsPerWeek()) + " x " + num(d.hoursPerUnit()));
                if (inputs.size() < LISTED) {
                    inputs.add(new Explanation.Input(a.title(), num(d.unitsPerWeek()) + " a week x " + num(d.hoursPerUnit()) + " h", ACTIVITIES));
                }
            }
        }
        inputs.add(new Explanation.Input("Hours available to " + load.who(), num(load.available()), RESOURCES));
        return new Explanation("Hours a week for " + load.who(), num(load.needed()) + " h of " + num(load.available()) + " h",
                List.of("hours needed = units a week x hours per unit, added up over the activities",
                        "= " + (parts.isEmpty() ? "0" : String.join(" + ", parts)) + " = " + num(load.needed()) + " h",
                        "used = " + num(load.needed()) + " / " + num(load.available()) + " = " + SalesText.percent(load.used(), locale)),
                inputs, load.who().equals("Marketing") || load.who().equals("Sales")
                ? "Someone in both roles gives half their hours to each." : load.over() ? Capacity.advice(load) : "");
    }

    public Explanation moneyNeeded() {
        return new Explanation("Money needed", num(figures.moneyNeeded()), List.of("money needed = activities + tools + campaigns",
                "= " + num(figures.activitiesCost()) + " + " + num(figures.toolsCost()) + " + " + num(figures.campaignsCost())
                        + " = " + num(figures.moneyNeeded())),
                List.of(new Explanation.Input("Activities (units in the period x cost per unit)", num(figures.activitiesCost()), ACTIVITIES),
                        new Explanation.Input("Tools", num(figures.toolsCost()), RESOURCES),
                        new Explanation.Input("Campaigns' planned budgets", num(figures.campaignsCost()), CALENDAR)), "");
    }

    public Explanation moneyLeft() {
        Figure left = figures.moneyLeft();
        Double budget = figures.plan().totalBudget();
        return new Explanation("Money left", show(left), List.of("money left = sales budget + marketing budget - money needed",
                "= " + opt(figures.plan().salesBudget()) + " + " + opt(figures.plan().marketingBudget()) + " - "
                        + num(figures.moneyNeeded()) + " = " + show(left)),
                List.of(new Explanation.Input("Sales budget", opt(figures.plan().salesBudget()), RESOURCES),
                        new Explanation.Input("Marketing budget", opt(figures.plan().marketingBudget()), RESOURCES),
                        new Explanation.Input("Money needed", num(figures.moneyNeeded()), "activities + tools + campaigns")),
                budget == null ? reason(left) : left.known() && left.value() < 0 ? "Negative: the period needs more than its budget." : "");
    }

    /** Actual against the pro-rata target, and the standing it gives. */
    public Explanation variance(Objective objective) {
        SalesPlanFigures.ObjectiveStanding s = figures.standing(objective);
        List<String> formula = new ArrayList<>();
        SalesPeriod period = figures.plan().period();
        if (objective.metric().counted() && s.asOf() != null) {
            long gone = java.time.temporal.ChronoUnit.DAYS.between(period.start(), s.asOf()) + 1;
            formula.add("target due by " + s.asOf() + " = target x days gone / days in period = " + opt(objective.target()) + " x "
                    + Math.min(gone, period.days()) + " / " + period.days() + " = " + show(s.proRataTarget()));
        }
        formula.add("variance = actual - target due = " + show(s.actual()) + " - " + show(s.proRataTarget()) + " = " + show(s.absolute())
                + " (" + SalesText.percent(s.percent(), locale) + ")");
        Variance.Thresholds t = figures.plan().thresholds();
        String standing = s.status().map(ObjectiveStatus::toString).orElse(Figure.DASH);
        if (s.status().isPresent() && s.proRataTarget().known() && s.proRataTarget().value() != 0) {
            formula.add("achieved = " + show(s.actual()) + " / " + show(s.proRataTarget()) + " = "
                    + SalesText.percent(s.actual().value() / s.proRataTarget().value() * 100, locale) + ": " + standing);
        }
        return new Explanation(objective.metric().label() + " against target", show(s.absolute()) + " (" + standing + ")", formula,
                List.of(new Explanation.Input("Target", opt(objective.target()), OBJECTIVES),
                        new Explanation.Input("Actual" + (s.asOf() == null ? "" : " to " + s.asOf()), show(s.actual()), ACTUALS),
                        new Explanation.Input("On track from", SalesText.percent(t.onTrack() * 100, locale), CONTROL),
                        new Explanation.Input("At risk from", SalesText.percent(t.atRisk() * 100, locale), CONTROL)),
                objective.metric().counted() ? "The target is spread evenly over the period's days, up to the last actual."
                        : "A level (a rate or a size) is compared with its whole target.");
    }

    /** The run-rate forecast to the period's end. */
    public Explanation runRate(Objective objective) {
        SalesPlanFigures.ObjectiveStanding s = figures.standing(objective);
        SalesPeriod period = figures.plan().period();
        List<String> formula = new ArrayList<>();
        if (objective.metric().counted() && s.asOf() != null) {
            long gone = Math.min(java.time.temporal.ChronoUnit.DAYS.between(period.start(), s.asOf()) + 1, period.days());
            formula.add("run-rate forecast = actual / share of the period gone");
            formula.add("= " + show(s.actual()) + " / (" + gone + " / " + period.days() + ") = " + show(s.forecast()));
        } else {
            formula.add("run-rate forecast = the latest value (a level stays where it is) = " + show(s.forecast()));
        }
        return new Explanation(objective.metric().label() + " forecast at the period's end", show(s.forecast()), formula,
                List.of(new Explanation.Input("Actual" + (s.asOf() == null ? "" : " to " + s.asOf()), show(s.actual()), ACTUALS),
                        new Explanation.Input("Period", period.start() + " to " + period.end(), OBJECTIVES),
                        new Explanation.Input("Target", opt(objective.target()), OBJECTIVES)), reason(s.forecast()));
    }

    /** Revenue the expected leads bring over the period, against the target. */
    public Explanation forecastRevenue() {
        Map<java.time.YearMonth, Double> campaign = figures.campaignLeadsPerMonth();
        double campaignLeads = campaign.values().stream().mapToDouble(Double::doubleValue).sum();
        double prospecting = figures.prospectingLeadsPerMonth().values().stream().mapToDouble(Double::doubleValue).sum();
        Figure revenue = forecastTotal();
        return new Explanation("Forecast revenue", show(revenue), List.of(
                "forecast revenue = (leads from campaigns + leads from prospecting) x conversion rate x average deal size",
                "= (" + num(campaignLeads) + " + " + num(prospecting) + ") x " + rate() + " x " + opt(figures.plan().averageDealSize())
                        + " = " + show(revenue), "against the revenue target of " + show(figures.revenueTarget())),
                List.of(new Explanation.Input("Leads from campaigns", num(campaignLeads), CALENDAR + ": expected leads"),
                        new Explanation.Input("Leads from prospecting (units x leads per unit)", num(prospecting), ACTIVITIES),
                        conversionInput(), dealSizeInput(), targetInput()), reason(revenue));
    }

    /** The forecast's months added up. */
    public Figure forecastTotal() {
        Figure total = Figure.of(0);
        for (SalesForecast.Month m : figures.forecast()) {
            total = total.plus(m.revenue());
        }
        return total;
    }

    private Explanation.Input targetInput() {
        return new Explanation.Input("Revenue target", show(figures.revenueTarget()), OBJECTIVES);
    }

    private Explanation.Input dealSizeInput() {
        return new Explanation.Input("Average deal size", opt(figures.plan().averageDealSize()), FUNNEL);
    }

    private Explanation.Input conversionInput() {
        return new Explanation.Input("Conversion rate", rate(), FUNNEL);
    }

    private String rate() {
        Double rate = figures.plan().conversionRate();
        return rate == null ? Figure.DASH : SalesText.percent(rate * 100, locale);
    }

    private String opt(Double value) {
        return value == null ? Figure.DASH : num(value);
    }

    private String num(double value) {
        return SalesText.figure(value, locale);
    }

    private String show(Figure figure) {
        return SalesText.figure(figure, locale);
    }

    private static String reason(Figure figure) {
        return figure.known() ? "" : "Cannot be worked out: " + figure.reason() + ".";
    }
}
