package org.tandem.domain;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Per month: expected leads (campaigns plus prospecting) x conversion rate x average deal size, against the target's share. */
public final class SalesForecast {
    private SalesForecast() {
    }

    public record Month(YearMonth month, double leads, Figure revenue, double target) {
        /** Forecast minus target for the month. */
        public Figure gap() {
            return revenue.minus(Figure.of(target));
        }
    }

    public static List<Month> perMonth(SalesPeriod period, Map<YearMonth, Double> expectedLeads, double conversionRate,
                                       double averageDealSize, double revenueTarget) {
        List<Month> months = new ArrayList<>();
        for (YearMonth m : period.months()) {
            double leads = expectedLeads.getOrDefault(m, 0.0);
            months.add(new Month(m, leads, Funnel.revenueFrom(leads, conversionRate, averageDealSize), revenueTarget * period.share(m)));
        }
        return months;
    }
}
