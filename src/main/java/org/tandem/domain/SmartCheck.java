package org.tandem.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether an objective is SMART (specific, measurable, achievable, relevant, time-bound), said as
 * what is missing, so the user knows what to add.
 */
public final class SmartCheck {
    private SmartCheck() {
    }

    public static List<String> missing(SalesMetric metric, Double target, Double baseline, String owner, SalesPeriod period) {
        List<String> missing = new ArrayList<>();
        if (metric == null) {
            missing.add("No metric: say what is measured (revenue, deals closed, ...).");
        }
        if (target == null) {
            missing.add("No number: give the target.");
        } else if (baseline != null && Math.abs(target - baseline) < 1e-9) {
            missing.add("The target equals the baseline: nothing would change.");
        }
        if (baseline == null) {
            missing.add("No baseline: the previous period's figure shows whether the target is achievable.");
        } else if (target != null && baseline > 0 && metric != null && metric.counted() && target > baseline * 3) {
            missing.add("More than three times the baseline: is it achievable?");
        }
        if (owner == null || owner.isBlank()) {
            missing.add("No owner: who is responsible?");
        }
        if (period == null) {
            missing.add("No period: when is it due?");
        }
        return missing;
    }

    /** Problems with the numbers themselves, by field: refused, not stored. */
    public static List<InvalidInput> problems(SalesMetric metric, Double target, Double baseline) {
        List<InvalidInput> found = new ArrayList<>();
        check(found, "target", "The target", metric, target);
        check(found, "baseline", "The baseline", metric, baseline);
        return found;
    }

    private static void check(List<InvalidInput> found, String field, String what, SalesMetric metric, Double value) {
        if (value == null) {
            return;
        }
        java.util.Optional<InvalidInput> unusable = NumberText.unusable(value, field, what);
        if (unusable.isPresent()) {
            found.add(unusable.get());
        } else if (value < 0 && metric != SalesMetric.SALES_GROWTH) {
            found.add(new InvalidInput(field, what + " cannot be negative."));
        } else if (metric != null && metric.percentUpTo100() && value > 100) {
            found.add(new InvalidInput(field, what + " is a percentage: at most 100."));
        }
    }
}
