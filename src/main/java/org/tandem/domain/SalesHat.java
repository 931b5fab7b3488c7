package org.tandem.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The dashboard's sales half for one sales plan: each objective's standing, revenue against the
 * pro-rata target, deals and conversion, the next activities and milestones, and corrective actions
 * overdue.
 */
public record SalesHat(List<Standing> objectives, StatusFigure revenue, StatusFigure deals, StatusFigure conversion,
                       List<StatusItem> due, List<StatusItem> overdue) {
    /** How far ahead activities and milestones are listed. */
    public static final int DUE_DAYS = 14;

    /** An objective's standing as a bar (the share of its pro-rata target reached) and a word. */
    public record Standing(StatusFigure figure, Optional<ObjectiveStatus> status, double achieved) {
    }

    public static SalesHat of(StatusInputs in, SalesPlanFigures figures, Locale locale) {
        SalesPlanContents chosen = in.chosen();
        SalesExplanations explain = new SalesExplanations(figures, locale);
        java.util.UUID sp = chosen.plan().id();
        List<Standing> standings = new ArrayList<>();
        int n = 0;
        for (Objective o : chosen.objectives()) {
            SalesPlanFigures.ObjectiveStanding s = figures.standing(o);
            double achieved = s.status().isPresent() && s.proRataTarget().known() && s.proRataTarget().value() != 0
                    ? s.actual().value() / s.proRataTarget().value() : 0;
            String shown = SalesText.figure(s.actual(), locale) + " of " + SalesText.figure(s.proRataTarget(), locale) + " due";
            standings.add(new Standing(new StatusFigure("sales.objective." + (++n), o.describe(locale), shown, s.percent(),
                    explain.variance(o), Destination.salesStep(sp, 6, o.id())), s.status(), achieved));
        }
        return new SalesHat(standings, revenue(figures, explain, locale, sp), deals(figures, locale, sp), conversion(figures, locale, sp),
                due(in, chosen), overdue(in.today(), chosen));
    }

    private static StatusFigure revenue(SalesPlanFigures figures, SalesExplanations explain, Locale locale, java.util.UUID sp) {
        Figure target = figures.revenueTarget();
        if (!target.known()) {
            Explanation why = explain.revenueTarget();
            return new StatusFigure("sales.revenue", "Revenue against target", Figure.DASH, target, why, Destination.salesStep(sp, 1, null));
        }
        Objective total = new Objective(new java.util.UUID(0, 1), sp, SalesMetric.REVENUE, target.value(), null, "", null, Priority.HIGH);
        SalesPlanFigures.ObjectiveStanding s = figures.standing(total);
        String shown = SalesText.figure(s.actual(), locale) + " of " + SalesText.figure(s.proRataTarget(), locale) + " due";
        return new StatusFigure("sales.revenue", "Revenue against the pro-rata target", shown, s.actual(), explain.variance(total),
                Destination.salesStep(sp, 5, null));
    }

    private static StatusFigure deals(SalesPlanFigures figures, Locale locale, java.util.UUID sp) {
        SalesPeriod period = figures.plan().period();
        Figure closed = figures.actuals().reached(Measure.of(SalesMetric.DEALS_CLOSED), period);
        Figure needed = figures.dealsNeeded();
        String shown = SalesText.figure(closed, locale) + " of " + SalesText.figure(needed, locale);
        Explanation why = new Explanation("Deals closed", shown, List.of("deals closed = the deals entered as actuals in " + period.label(),
                "deals needed = revenue target / average deal size, rounded up = " + SalesText.figure(figures.revenueTarget(), locale) + " / "
                        + (figures.plan().averageDealSize() == null ? Figure.DASH : SalesText.figure(figures.plan().averageDealSize(), locale))
                        + " = " + SalesText.figure(needed, locale)),
                List.of(new Explanation.Input("Deals closed", SalesText.figure(closed, locale), SalesExplanations.ACTUALS),
                        new Explanation.Input("Deals needed", SalesText.figure(needed, locale), "worked out from the funnel inputs")),
                closed.known() ? "" : "No deals entered yet.");
        return new StatusFigure("sales.deals", "Deals closed", shown, closed, why, Destination.salesStep(sp, 5, null));
    }

    private static StatusFigure conversion(SalesPlanFigures figures, Locale locale, java.util.UUID sp) {
        SalesPeriod period = figures.plan().period();
        Figure deals = figures.actuals().reached(Measure.of(SalesMetric.DEALS_CLOSED), period);
        Figure leads = figures.actuals().reached(Measure.LEADS, period);
        Figure rate = !deals.known() ? deals : !leads.known() ? leads
                : leads.value() == 0 ? Figure.none("no leads received") : Figure.of(deals.value() / leads.value() * 100);
        String planned = figures.plan().conversionRate() == null ? Figure.DASH : SalesText.percent(figures.plan().conversionRate() * 100, locale);
        String shown = SalesText.percent(rate, locale) + " (planned " + planned + ")";
        Explanation why = new Explanation("Conversion", shown, List.of("conversion = deals closed / leads received",
                "= " + SalesText.figure(deals, locale) + " / " + SalesText.figure(leads, locale) + " = " + SalesText.percent(rate, locale)),
                List.of(new Explanation.Input("Deals closed", SalesText.figure(deals, locale), SalesExplanations.ACTUALS),
                        new Explanation.Input("Leads received", SalesText.figure(leads, locale), SalesExplanations.ACTUALS),
                        new Explanation.Input("Planned conversion rate", planned, SalesExplanations.FUNNEL)),
                rate.known() ? "" : "Cannot be worked out: " + rate.reason() + ".");
        return new StatusFigure("sales.conversion", "Conversion", shown, rate, why, Destination.salesStep(sp, 5, null));
    }

    /** Sales items on the calendar in the next two weeks and milestones not done, soonest first. */
    private static List<StatusItem> due(StatusInputs in, SalesPlanContents chosen) {
        LocalDate today = in.today();
        List<java.util.Map.Entry<LocalDate, StatusItem>> due = new ArrayList<>();
        java.util.Set<java.util.UUID> ofThisPlan = new java.util.HashSet<>(chosen.scheduled().keySet());
        for (Campaign c : in.campaigns()) {
            if (!"sales".equals(c.role()) || c.status() == CampaignStatus.CANCELLED || c.status() == CampaignStatus.DONE
                    || !ofThisPlan.contains(c.id())) {
                continue;
            }
            for (Occurrence o : c.occurrences(today, today.plusDays(DUE_DAYS))) {
                if (!o.start().isBefore(today)) {
                    due.add(java.util.Map.entry(o.start(), new StatusItem(c.name(), "activity, " + o.start(),
                            Destination.campaign(c.id(), o.start()))));
                }
            }
        }
        for (Milestone m : chosen.milestones()) {
            if (!m.done() && m.due() != null) {
                String when = m.due().isBefore(today) ? "milestone, was due " + m.due() : "milestone, due " + m.due();
                due.add(java.util.Map.entry(m.due(), new StatusItem(m.name(), when, Destination.salesStep(chosen.plan().id(), 4, m.id()))));
            }
        }
        due.sort(java.util.Map.Entry.<LocalDate, StatusItem>comparingByKey().thenComparing(e -> e.getValue().title()));
        return due.stream().map(java.util.Map.Entry::getValue).toList();
    }

    private static List<StatusItem> overdue(LocalDate today, SalesPlanContents chosen) {
        return chosen.actions().stream().filter(a -> a.open() && a.due() != null && a.due().isBefore(today))
                .sorted(Comparator.comparing(CorrectiveAction::due))
                .map(a -> new StatusItem(a.what(), (a.owner().isEmpty() ? "" : a.owner() + ", ") + "due " + a.due(),
                        Destination.salesStep(chosen.plan().id(), 6, a.id()))).toList();
    }
}
