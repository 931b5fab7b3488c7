package org.tandem.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where a plan stands at a glance, for both hats: the dashboard's figures, worked out once from
 * {@link StatusInputs} so the screen and {@code tandem status} show the same numbers.
 *
 * @param salesPlan the sales plan shown (null when the plan has none): its sales half, funnel, time split and scenarios
 * @param firstSteps what to do first, for each part of the plan still empty
 */
public record PlanStatus(LocalDate today, Plan plan, List<SalesPlan> salesPlans, SalesPlan salesPlan, List<StatusItem> firstSteps,
                         MarketingHat marketing, SalesHat sales, List<StatusFigure> funnel, TimeSplit week, TimeSplit month,
                         List<StatusItem> notesDue, int notesDueCount, List<StatusItem> reviewsDue,
                         List<ScenarioOutcome> scenarios) {

    public static PlanStatus of(StatusInputs in, Locale locale) {
        SalesPlanFigures figures = in.figures();
        List<StatusItem> notes = in.oldNotes().stream().map(n -> new StatusItem(n.title(), "evidence from " + n.evidenceDate(),
                Destination.note(n.id()))).toList();
        List<StatusItem> reviews = in.competitors().stream().filter(c -> c.due(in.today()))
                .map(c -> new StatusItem(c.name(), c.lastReviewed() == null ? "never reviewed" : "last reviewed " + c.lastReviewed(),
                        Destination.competitor(c.id()))).toList();
        MarketingHat marketing = MarketingHat.of(in, locale);
        if (figures == null) {
            return new PlanStatus(in.today(), in.plan(), in.salesPlans(), null, firstSteps(in), marketing, null, List.of(), null, null,
                    notes, in.oldNoteCount(), reviews, List.of());
        }
        return new PlanStatus(in.today(), in.plan(), in.salesPlans(), figures.plan(), firstSteps(in), marketing,
                SalesHat.of(in, figures, locale), funnel(figures, locale), TimeSplit.week(figures, in.today(), locale),
                TimeSplit.month(figures, in.today(), locale), notes, in.oldNoteCount(), reviews,
                ScenarioOutcome.all(figures, in.scenarios()));
    }

    /** Nothing in the plan yet: the dashboard shows only what to do first. */
    public boolean empty() {
        return marketing.running().isEmpty() && marketing.startingSoon().isEmpty() && salesPlan == null
                && firstSteps.size() == 4;
    }

    private static List<StatusFigure> funnel(SalesPlanFigures figures, Locale locale) {
        SalesExplanations explain = new SalesExplanations(figures, locale);
        java.util.UUID sp = figures.plan().id();
        List<StatusFigure> funnel = new ArrayList<>();
        funnel.add(figure("funnel.leadsExpected", "Leads expected from campaigns", Figure.of(figures.campaignLeads()),
                explain.campaignLeads(), Destination.calendar(figures.plan().period().start())));
        funnel.add(figure("funnel.leadsNeeded", "Leads needed", figures.leadsNeeded(), explain.leadsNeeded(), Destination.salesStep(sp, 1, null)));
        funnel.add(figure("funnel.leadGap", "Lead gap", figures.leadGap(), explain.leadGap(), Destination.salesStep(sp, 1, null)));
        funnel.add(figure("funnel.dealsNeeded", "Deals needed", figures.dealsNeeded(), explain.dealsNeeded(), Destination.salesStep(sp, 1, null)));
        funnel.add(figure("funnel.revenueTarget", "Revenue target", figures.revenueTarget(), explain.revenueTarget(),
                Destination.salesStep(sp, 1, null)));
        funnel.add(figure("funnel.forecastRevenue", "Forecast revenue", explain.forecastTotal(), explain.forecastRevenue(),
                Destination.salesStep(sp, 5, null)));
        return funnel;
    }

    private static StatusFigure figure(String key, String label, Figure value, Explanation why, Destination opens) {
        return new StatusFigure(key, label, why.result(), value, why, opens);
    }

    private static List<StatusItem> firstSteps(StatusInputs in) {
        List<StatusItem> steps = new ArrayList<>();
        SectionCounts counts = in.counts();
        if (counts.notes() == 0) {
            steps.add(new StatusItem("Write down what you know about your customers", "Market research: a first note",
                    Destination.section(Destination.Kind.RESEARCH)));
        }
        if (counts.competitors() == 0) {
            steps.add(new StatusItem("Profile two or three competitors", "Competitors: what they sell, at what price, how they stand",
                    Destination.section(Destination.Kind.COMPETITORS)));
        }
        if (counts.campaigns() == 0) {
            steps.add(new StatusItem("Put a first campaign on the calendar", "Campaign calendar: dates, budget and the leads you expect",
                    Destination.section(Destination.Kind.CALENDAR)));
        }
        if (in.salesPlans().isEmpty()) {
            steps.add(new StatusItem("Start a sales plan with a revenue target", "Sales plan: the funnel works out the leads you need",
                    Destination.salesStep(null, 1, null)));
        }
        return steps;
    }

    /** Every figure on the dashboard, in screen order: what {@code tandem status} prints. */
    public List<StatusFigure> figures() {
        List<StatusFigure> all = new ArrayList<>();
        all.add(marketing.spendThisMonth());
        all.add(marketing.spendThisPeriod());
        all.add(marketing.leadsThisMonth());
        all.addAll(marketing.costPerLead());
        if (sales != null) {
            sales.objectives().forEach(s -> all.add(s.figure()));
            all.add(sales.revenue());
            all.add(sales.deals());
            all.add(sales.conversion());
        }
        all.addAll(funnel);
        if (week != null) {
            week.rows().forEach(r -> all.add(r.figure()));
            month.rows().forEach(r -> all.add(r.figure()));
        }
        return all;
    }
}
