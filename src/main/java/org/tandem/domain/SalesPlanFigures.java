package org.tandem.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every figure of one sales plan worked out from its parts and the calendar's campaigns in its
 * period: funnel and lead gap, suggested volumes, capacity and money, variance and status per
 * objective, and the sales forecast. Plain arithmetic; the screens only show it.
 *
 * @param campaigns the campaigns' occurrences that start in the period (marketing's expected leads and budgets)
 * @param moneyDigits the plan currency's decimals, to turn campaign budgets (minor units) into major units
 */
public record SalesPlanFigures(SalesPlan plan, List<Objective> objectives, List<SalesActivity> activities,
                               List<SalesPerson> people, List<SalesTool> tools, List<Occurrence> campaigns,
                               SalesActuals actuals, int moneyDigits) {

    /** One objective's standing in the Control step. */
    public record ObjectiveStanding(Objective objective, Figure actual, Figure proRataTarget, Figure absolute, Figure percent,
                                    Optional<ObjectiveStatus> status, Figure forecast, LocalDate asOf) {
    }

    /** Occurrences starting in the period, marketing's only: sales items scheduled from activities carry no leads or budget. */
    public static List<Occurrence> marketingStartingIn(List<Campaign> campaigns, SalesPeriod period) {
        List<Occurrence> found = new ArrayList<>();
        for (Campaign c : campaigns) {
            if (!"sales".equals(c.role())) {
                c.occurrences(period.start(), period.end()).stream().filter(o -> !o.start().isBefore(period.start())).forEach(found::add);
            }
        }
        return found;
    }

    /** Revenue targets of the revenue objectives added up. */
    public Figure revenueTarget() {
        List<Objective> revenue = objectives.stream().filter(o -> o.metric() == SalesMetric.REVENUE && o.target() != null).toList();
        return revenue.isEmpty() ? Figure.none("no revenue objective with a target yet")
                : Figure.of(revenue.stream().mapToDouble(Objective::target).sum());
    }

    public Funnel funnel() {
        return plan.funnel(revenueTarget().known() ? revenueTarget().value() : 0);
    }

    public Figure dealsNeeded() {
        Figure target = revenueTarget();
        return target.known() ? funnel().dealsNeeded() : target;
    }

    public Figure leadsNeeded() {
        Figure target = revenueTarget();
        return target.known() ? funnel().leadsNeeded() : target;
    }

    public Map<YearMonth, Figure> leadsNeededPerMonth() {
        Figure target = revenueTarget();
        Map<YearMonth, Figure> months = funnel().leadsPerMonth(plan.period());
        if (!target.known()) {
            months.replaceAll((m, f) -> target);
        }
        return months;
    }

    /**
     * Leads needed per month in whole leads that add up to the total: each month gets its share
     * rounded down, and the leads left go to the months with the largest remainders.
     */
    public Map<YearMonth, Figure> wholeLeadsNeededPerMonth() {
        Map<YearMonth, Figure> shares = leadsNeededPerMonth();
        Figure total = leadsNeeded();
        if (!total.known()) {
            return shares;
        }
        Map<YearMonth, Figure> whole = new LinkedHashMap<>();
        List<Map.Entry<YearMonth, Double>> remainders = new ArrayList<>();
        long given = 0;
        for (Map.Entry<YearMonth, Figure> e : shares.entrySet()) {
            long floor = (long) Math.floor(e.getValue().value() + 1e-9);
            whole.put(e.getKey(), Figure.of(floor));
            remainders.add(Map.entry(e.getKey(), e.getValue().value() - floor));
            given += floor;
        }
        remainders.sort(Map.Entry.<YearMonth, Double>comparingByValue().reversed());
        for (int i = 0; i < Math.round(total.value()) - given && i < remainders.size(); i++) {
            YearMonth month = remainders.get(i).getKey();
            whole.put(month, Figure.of(whole.get(month).value() + 1));
        }
        return whole;
    }

    /**
     * Leads the campaigns starting in the period are expected to bring, by month. When objectives
     * name segments, only campaigns for those segments (or for no segment) count: a consumer
     * campaign's leads do not become wholesale deals.
     */
    public Map<YearMonth, Double> campaignLeadsPerMonth() {
        Map<YearMonth, Double> months = emptyMonths();
        for (Occurrence o : leadCampaigns()) {
            months.merge(YearMonth.from(o.start()), (double) o.campaign().expectedLeads(), Double::sum);
        }
        return months;
    }

    /** The campaign occurrences whose expected leads count for this plan (see {@link #campaignLeadsPerMonth}). */
    public List<Occurrence> leadCampaigns() {
        java.util.Set<java.util.UUID> segments = new java.util.HashSet<>();
        objectives.stream().map(Objective::segmentId).filter(java.util.Objects::nonNull).forEach(segments::add);
        java.util.Set<YearMonth> months = new java.util.HashSet<>(plan.period().months());
        List<Occurrence> counted = new ArrayList<>();
        for (Occurrence o : campaigns) {
            java.util.UUID segment = o.campaign().segmentId();
            boolean forThesePlans = segments.isEmpty() || segment == null || segments.contains(segment);
            if (forThesePlans && o.campaign().status() != CampaignStatus.CANCELLED && months.contains(YearMonth.from(o.start()))) {
                counted.add(o);
            }
        }
        return counted;
    }

    public double campaignLeads() {
        return campaignLeadsPerMonth().values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** Leads prospecting is expected to find, by month: units in the month x leads per unit. */
    public Map<YearMonth, Double> prospectingLeadsPerMonth() {
        Map<YearMonth, Double> months = emptyMonths();
        for (SalesActivity a : activities) {
            if (a.type().findsLeads() && a.rate() != null) {
                double leads = a.unitsInPeriod(plan.period()) * a.rate();
                months.replaceAll((m, v) -> v + leads * plan.period().share(m));
            }
        }
        return months;
    }

    /** Leads still needed after the campaigns (negative: the campaigns bring more than enough). */
    public Figure leadGap() {
        Figure needed = leadsNeeded();
        return needed.known() ? needed.minus(Figure.of(campaignLeads())) : needed;
    }

    /**
     * The volume the funnel asks of an activity, in its own cadence: steps on the deal path need
     * deals / rate units, prospecting needs the lead gap / leads per call.
     */
    public Figure suggestedVolume(SalesActivity activity) {
        Figure outcomes;
        if (activity.type().onDealPath()) {
            outcomes = dealsNeeded();
        } else if (activity.type().findsLeads()) {
            Figure gap = leadGap();
            outcomes = gap.known() ? Figure.of(Math.max(0, gap.value())) : gap;
        } else {
            return Figure.none("the funnel does not set a volume for " + activity.type().toString().toLowerCase(java.util.Locale.ROOT));
        }
        if (!outcomes.known()) {
            return outcomes;
        }
        if (activity.rate() == null) {
            return Figure.none("no rate given for this activity");
        }
        Figure units = Funnel.unitsFor(outcomes.value(), activity.rate());
        if (!units.known()) {
            return units;
        }
        double perCadenceUnit = activity.cadence().inPeriod(1, plan.period());
        return Figure.of(Math.ceil(units.value() / perCadenceUnit - 1e-9));
    }

    public List<Capacity.Demand> demands() {
        return activities.stream().map(a -> a.demand(plan.period())).toList();
    }

    public List<Capacity.Load> loadsPerPerson() {
        return Capacity.perPerson(demands(), people.stream().map(SalesPerson::person).toList());
    }

    public Map<Capacity.Role, Capacity.Load> loadsPerRole() {
        Map<String, Capacity.Role> roles = new java.util.HashMap<>();
        activities.forEach(a -> roles.put(a.title(), a.type().role()));
        return Capacity.perRole(demands(), people.stream().map(SalesPerson::person).toList(), roles);
    }

    public double activitiesCost() {
        return activities.stream().mapToDouble(a -> a.costInPeriod(plan.period())).sum();
    }

    public double toolsCost() {
        return tools.stream().mapToDouble(SalesTool::cost).sum();
    }

    /** Planned budgets of the campaigns starting in the period, in major units. */
    public double campaignsCost() {
        long minor = campaigns.stream().filter(o -> o.campaign().status() != CampaignStatus.CANCELLED)
                .mapToLong(o -> o.campaign().plannedBudget()).sum();
        return minor / Math.pow(10, moneyDigits);
    }

    public double moneyNeeded() {
        return activitiesCost() + toolsCost() + campaignsCost();
    }

    public Figure moneyLeft() {
        return Capacity.moneyLeft(plan.totalBudget(), activitiesCost() + toolsCost(), campaignsCost());
    }

    /** Plain-words warnings for everything over-allocated; empty when all fits. */
    public List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        for (Capacity.Load load : loadsPerPerson()) {
            if (load.over()) {
                warnings.add(Capacity.advice(load));
            }
        }
        for (Capacity.Load load : loadsPerRole().values()) {
            if (load.over() && load.available() > 0) {
                warnings.add(Capacity.advice(load));
            }
        }
        Figure left = moneyLeft();
        if (left.known() && left.value() < 0) {
            warnings.add(String.format(java.util.Locale.ROOT, "The period needs %.0f more than its budget: cut campaign budgets"
                    + " or activity volumes, move some to the next period, or raise the budget.", -left.value()));
        }
        return warnings;
    }

    /** The objective against its pro-rata target as of its last actual. */
    public ObjectiveStanding standing(Objective objective) {
        Measure measure = Measure.of(objective.metric());
        Figure actual = actuals.reached(measure, plan.period());
        LocalDate asOf = actuals.lastDay(measure.code(), plan.period());
        if (objective.target() == null) {
            Figure none = Figure.none("no target");
            return new ObjectiveStanding(objective, actual, none, none, none, Optional.empty(), actual, asOf);
        }
        if (!actual.known()) {
            return new ObjectiveStanding(objective, actual, actual, actual, actual, Optional.empty(), actual, asOf);
        }
        Variance v = new Variance(objective.metric(), objective.target(), actual.value(), plan.period(), asOf);
        return new ObjectiveStanding(objective, actual, v.proRataTarget(), v.absolute(), v.percent(), v.status(plan.thresholds()),
                v.forecast(), asOf);
    }

    /** Per month: campaign plus prospecting leads x conversion x deal size, against the target's share. */
    public List<SalesForecast.Month> forecast() {
        Map<YearMonth, Double> leads = campaignLeadsPerMonth();
        prospectingLeadsPerMonth().forEach((m, v) -> leads.merge(m, v, Double::sum));
        Figure target = revenueTarget();
        return SalesForecast.perMonth(plan.period(), leads, plan.conversionRate() == null ? 0 : plan.conversionRate(),
                plan.averageDealSize() == null ? 0 : plan.averageDealSize(), target.known() ? target.value() : 0);
    }

    private Map<YearMonth, Double> emptyMonths() {
        Map<YearMonth, Double> months = new LinkedHashMap<>();
        plan.period().months().forEach(m -> months.put(m, 0.0));
        return months;
    }
}
