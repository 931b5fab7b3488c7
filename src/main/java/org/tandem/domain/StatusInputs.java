package org.tandem.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What the dashboard is worked out from, read from the store in one go.
 *
 * @param campaigns the plan's campaigns and calendar items that meet {@link #window()}
 * @param salesPlans all the plan's sales plans (for the chooser)
 * @param chosen the chosen sales plan's contents, or null when the plan has none
 * @param chosenCampaigns the campaigns' occurrences starting in the chosen plan's period (as the wizard reads them)
 * @param oldNotes research notes whose evidence is over a year old (the first few), and {@code oldNoteCount} in all
 * @param scenarios the chosen sales plan's what-if scenarios
 */
public record StatusInputs(Plan plan, LocalDate today, SectionCounts counts, List<Campaign> campaigns, List<SalesPlan> salesPlans,
                           SalesPlanContents chosen, List<Occurrence> chosenCampaigns, List<NoteSummary> oldNotes, int oldNoteCount,
                           List<CompetitorReview> competitors, List<Scenario> scenarios) {
    /** How far ahead the dashboard looks for campaigns starting and overlaps. */
    public static final int AHEAD_DAYS = 60;
    /** Research older than this is due for a fresh look. */
    public static final int NOTE_AGE_DAYS = 365;

    public StatusInputs {
        campaigns = List.copyOf(campaigns);
        salesPlans = List.copyOf(salesPlans);
        chosenCampaigns = List.copyOf(chosenCampaigns);
        oldNotes = List.copyOf(oldNotes);
        competitors = List.copyOf(competitors);
        scenarios = List.copyOf(scenarios);
    }

    /** The sales plan to show: the one whose period holds today, else the latest started, else the first. */
    public static SalesPlan defaultChoice(List<SalesPlan> salesPlans, LocalDate today) {
        SalesPlan latest = null;
        for (SalesPlan p : salesPlans) {
            if (!p.period().start().isAfter(today) && !p.period().end().isBefore(today)) {
                return p;
            }
            if (!p.period().start().isAfter(today) && (latest == null || p.period().start().isAfter(latest.period().start()))) {
                latest = p;
            }
        }
        return latest != null ? latest : salesPlans.isEmpty() ? null : salesPlans.get(0);
    }

    /** The marketing period: the chosen sales plan's, or the calendar quarter of today. */
    public SalesPeriod period() {
        return chosen != null ? chosen.plan().period() : SalesPeriod.quarter(today.getYear(), (today.getMonthValue() - 1) / 3 + 1);
    }

    /** The days the dashboard reads campaigns for: the period, this month and the weeks ahead. */
    public static SalesPeriod window(SalesPeriod period, LocalDate today) {
        LocalDate from = today.withDayOfMonth(1).isBefore(period.start()) ? today.withDayOfMonth(1) : period.start();
        LocalDate ahead = today.plusDays(AHEAD_DAYS);
        LocalDate to = ahead.isAfter(period.end()) ? ahead : period.end();
        return new SalesPeriod(from.isAfter(today.minusDays(7)) ? today.minusDays(7) : from, to);
    }

    public int moneyDigits() {
        return CurrencyCode.fractionDigits(plan.currency());
    }

    public SalesPlanFigures figures() {
        return chosen == null ? null : new SalesPlanFigures(chosen.plan(), chosen.objectives(), chosen.activities(), chosen.people(),
                chosen.tools(), chosenCampaigns, new SalesActuals(chosen.actuals()), moneyDigits());
    }
}
