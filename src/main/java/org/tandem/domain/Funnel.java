package org.tandem.domain;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The arithmetic that ties a revenue target to leads: deals needed = target / average deal size,
 * leads needed = deals / conversion rate (both rounded up: there are no half deals), spread over
 * the period's months by their days, against the leads the campaigns are expected to bring.
 *
 * @param conversionRate leads that become deals, 0 to 1
 */
public record Funnel(double revenueTarget, double averageDealSize, double conversionRate) {

    public Figure dealsNeeded() {
        if (averageDealSize <= 0) {
            return Figure.none("no average deal size yet");
        }
        return Figure.of(Math.ceil(revenueTarget / averageDealSize - 1e-9));
    }

    public Figure leadsNeeded() {
        Figure deals = dealsNeeded();
        if (!deals.known()) {
            return deals;
        }
        if (conversionRate <= 0) {
            return Figure.none("a conversion rate of 0 % turns no lead into a deal");
        }
        return Figure.of(Math.ceil(deals.value() / conversionRate - 1e-9));
    }

    /** Leads needed in each month of the period, by the month's share of the days. */
    public Map<YearMonth, Figure> leadsPerMonth(SalesPeriod period) {
        Figure leads = leadsNeeded();
        Map<YearMonth, Figure> months = new LinkedHashMap<>();
        for (YearMonth m : period.months()) {
            months.put(m, leads.known() ? Figure.of(leads.value() * period.share(m)) : leads);
        }
        return months;
    }

    /** Leads still missing after the campaigns' expected leads (negative: more than enough). */
    public Figure leadGap(double expectedFromCampaigns) {
        return leadsNeeded().minus(Figure.of(expectedFromCampaigns));
    }

    /** Revenue the given leads bring: leads x conversion rate x average deal size. */
    public static Figure revenueFrom(double leads, double conversionRate, double averageDealSize) {
        if (averageDealSize <= 0) {
            return Figure.none("no average deal size yet");
        }
        return Figure.of(leads * conversionRate * averageDealSize);
    }

    /**
     * Units of an activity needed to produce {@code outcomes} when {@code rate} of them lead to
     * one (to close 20 deals at a 25 % demo-to-close rate you need 80 demos).
     */
    public static Figure unitsFor(double outcomes, double rate) {
        if (rate <= 0) {
            return Figure.none("a rate of 0 % never leads to the next step");
        }
        return Figure.of(Math.ceil(outcomes / rate - 1e-9));
    }
}
