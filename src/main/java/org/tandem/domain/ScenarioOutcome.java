package org.tandem.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A what-if scenario worked through the sales plan's funnel: deals and leads needed, the campaigns'
 * leads and the lead gap, hours needed against hours available, money needed, and forecast revenue
 * against the target. "As planned" is the scenario that changes nothing.
 */
public record ScenarioOutcome(Scenario scenario, double conversionRate, double averageDealSize, Figure dealsNeeded,
                              Figure leadsNeeded, double campaignLeads, Figure leadGap, double hoursNeeded, double hoursAvailable,
                              double moneyNeeded, Figure forecastRevenue, Figure revenueTarget) {

    /** Hours needed a week over hours available, in %; unknown without hours. */
    public Figure capacityUsed() {
        return hoursAvailable <= 0 ? Figure.none("no hours available") : Figure.of(hoursNeeded / hoursAvailable * 100);
    }

    /** Forecast revenue minus the target (negative: short of it). */
    public Figure forecastGap() {
        return forecastRevenue.minus(revenueTarget);
    }

    /** Every scenario of the plan, "as planned" first. */
    public static List<ScenarioOutcome> all(SalesPlanFigures figures, List<Scenario> scenarios) {
        List<Occurrence> leadCampaigns = figures.leadCampaigns();
        double prospecting = figures.prospectingLeadsPerMonth().values().stream().mapToDouble(Double::doubleValue).sum();
        double hoursNeeded = figures.demands().stream().mapToDouble(Capacity.Demand::hours).sum();
        double hours = figures.people().stream().mapToDouble(SalesPerson::hoursPerWeek).sum();
        List<ScenarioOutcome> outcomes = new ArrayList<>();
        outcomes.add(of(figures, asPlanned(figures), leadCampaigns, prospecting, hoursNeeded, hours));
        for (Scenario s : scenarios) {
            outcomes.add(of(figures, s, leadCampaigns, prospecting, hoursNeeded, hours));
        }
        return outcomes;
    }

    /** The scenario that changes nothing, shown first. */
    public static Scenario asPlanned(SalesPlanFigures figures) {
        return new Scenario(new java.util.UUID(0, 0), figures.plan().id(), "As planned", null, null, 1, java.util.Map.of(), 1, false);
    }

    private static ScenarioOutcome of(SalesPlanFigures figures, Scenario s, List<Occurrence> leadCampaigns, double prospecting,
                                      double hoursNeeded, double hours) {
        SalesPlan plan = figures.plan();
        double rate = s.conversionRate() != null ? s.conversionRate() : plan.conversionRate() == null ? 0 : plan.conversionRate();
        double dealSize = s.averageDealSize() != null ? s.averageDealSize() : plan.averageDealSize() == null ? 0 : plan.averageDealSize();
        Figure target = figures.revenueTarget();
        Funnel funnel = new Funnel(target.known() ? target.value() : 0, dealSize, rate);
        Figure deals = target.known() ? funnel.dealsNeeded() : target;
        Figure leads = target.known() ? funnel.leadsNeeded() : target;
        double campaignLeads = 0;
        for (Occurrence o : leadCampaigns) {
            campaignLeads += o.campaign().expectedLeads() * s.leadsFactor(o.campaign().channel());
        }
        Figure gap = leads.known() ? leads.minus(Figure.of(campaignLeads)) : leads;
        Figure revenue = Funnel.revenueFrom(campaignLeads + prospecting, rate, dealSize);
        return new ScenarioOutcome(s, rate, dealSize, deals, leads, campaignLeads, gap, hoursNeeded, hours * s.hoursFactor(),
                figures.moneyNeeded(), revenue, target);
    }

    /** The scenario's inputs and results in words, for the CLI and the copy of the table. */
    public String summary(Locale locale) {
        return scenario.name() + ": leads needed " + SalesText.figure(leadsNeeded, locale) + ", lead gap " + SalesText.figure(leadGap, locale)
                + ", forecast " + SalesText.figure(forecastRevenue, locale) + " against " + SalesText.figure(revenueTarget, locale);
    }
}
