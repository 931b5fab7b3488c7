package org.tandem.domain;

/** How often an activity's volume comes round: 40 calls a week, 8 demos a month, 2 events in the period. */
public enum Cadence {
    PER_WEEK("a week"), PER_MONTH("a month"), PER_PERIOD("in the period");

    static final double WEEKS_PER_MONTH = 52.0 / 12;
    private final String label;

    Cadence(String label) {
        this.label = label;
    }

    /** The volume as units per week, for capacity. */
    public double perWeek(double volume, SalesPeriod period) {
        return switch (this) {
            case PER_WEEK -> volume;
            case PER_MONTH -> volume / WEEKS_PER_MONTH;
            case PER_PERIOD -> volume / (period.days() / 7.0);
        };
    }

    /** The volume over the whole period. */
    public double inPeriod(double volume, SalesPeriod period) {
        return perWeek(volume, period) * period.days() / 7.0;
    }

    @Override
    public String toString() {
        return label;
    }
}
