package org.tandem.domain;

import java.util.Locale;

/**
 * What an objective measures. Counted metrics (revenue, deals, new customers) add up over a period,
 * so their target is pro-rated by the days gone; level metrics (rates, averages, growth) are judged
 * against the whole target at any time.
 */
public enum SalesMetric {
    REVENUE("Revenue", true, false),
    DEALS_CLOSED("Deals closed", true, false),
    NEW_CUSTOMERS("New customers", true, false),
    CONVERSION_RATE("Conversion rate %", false, true),
    AVERAGE_DEAL_SIZE("Average deal size", false, false),
    SALES_GROWTH("Sales growth % over the previous period", false, false),
    RETENTION_RATE("Retention rate %", false, true);

    private final String label;
    private final boolean counted;
    private final boolean percentUpTo100;

    SalesMetric(String label, boolean counted, boolean percentUpTo100) {
        this.label = label;
        this.counted = counted;
        this.percentUpTo100 = percentUpTo100;
    }

    public String label() {
        return label;
    }

    /** Adds up over the period (and so is pro-rated). */
    public boolean counted() {
        return counted;
    }

    /** Measured in the plan's currency (kept exactly, in minor units). */
    public boolean money() {
        return this == REVENUE || this == AVERAGE_DEAL_SIZE;
    }

    /** A percentage that cannot pass 100. */
    public boolean percentUpTo100() {
        return percentUpTo100;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return label;
    }
}
