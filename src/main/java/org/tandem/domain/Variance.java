package org.tandem.domain;

import java.time.LocalDate;

/**
 * Actual against target at a day of the period: the pro-rata target (counted metrics scale by the
 * days gone), the variance in units and in %, the status, and the run-rate forecast to the end.
 */
public record Variance(SalesMetric metric, double target, double actual, SalesPeriod period, LocalDate asOf) {

    /** Where "on track" and "at risk" start, as shares of the pro-rata target (default 95 % and 80 %). */
    public record Thresholds(double onTrack, double atRisk) {
        public static final Thresholds DEFAULT = new Thresholds(0.95, 0.80);

        public Thresholds {
            if (onTrack > 1 || atRisk > 1) {
                throw new InvalidInput(onTrack > 1 ? "onTrack" : "atRisk", "A threshold cannot be over 100 %.");
            }
            if (atRisk < 0 || onTrack < 0) {
                throw new InvalidInput(atRisk < 0 ? "atRisk" : "onTrack", "A threshold cannot be negative.");
            }
            if (atRisk > onTrack) {
                throw new InvalidInput("atRisk", "\"At risk\" must start below \"on track\".");
            }
        }
    }

    public Figure proRataTarget() {
        if (!metric.counted()) {
            return Figure.of(target);
        }
        double share = period.elapsed(asOf);
        return share == 0 ? Figure.none("the period has not started") : Figure.of(target * share);
    }

    public Figure absolute() {
        return Figure.of(actual).minus(proRataTarget());
    }

    public Figure percent() {
        Figure due = proRataTarget();
        if (!due.known()) {
            return due;
        }
        if (due.value() == 0) {
            return Figure.none("the target is 0");
        }
        return Figure.of((actual - due.value()) / due.value() * 100);
    }

    /** Achieved share of the pro-rata target against the thresholds; empty figure means no status yet. */
    public java.util.Optional<ObjectiveStatus> status(Thresholds thresholds) {
        Figure due = proRataTarget();
        if (!due.known()) {
            return java.util.Optional.empty();
        }
        double achieved = due.value() == 0 ? 1 : actual / due.value();
        if (achieved >= thresholds.onTrack()) {
            return java.util.Optional.of(ObjectiveStatus.ON_TRACK);
        }
        return java.util.Optional.of(achieved >= thresholds.atRisk() ? ObjectiveStatus.AT_RISK : ObjectiveStatus.OFF_TRACK);
    }

    /** Run rate to the period's end: counted metrics go on at the pace so far; levels stay where they are. */
    public Figure forecast() {
        if (!metric.counted()) {
            return Figure.of(actual);
        }
        double share = period.elapsed(asOf);
        return share == 0 ? Figure.none("the period has not started") : Figure.of(actual / share);
    }
}
