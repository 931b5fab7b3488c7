package org.tandem.domain;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** What the sales plan sets out to reach: a metric with a target, the previous period's baseline, an owner. */
public record Objective(UUID id, UUID salesPlanId, SalesMetric metric, Double target, Double baseline, String owner,
                        UUID segmentId, Priority priority) {

    public Objective {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(salesPlanId, "salesPlanId");
        metric = metric == null ? SalesMetric.REVENUE : metric;
        owner = owner == null ? "" : owner.strip();
        priority = priority == null ? Priority.MEDIUM : priority;
    }

    public static Objective create(UUID salesPlanId, SalesMetric metric) {
        return new Objective(UUID.randomUUID(), salesPlanId, metric, null, null, "", null, Priority.MEDIUM);
    }

    /** Numbers that break a rule (negative, a percentage over 100): refused, not stored. */
    public List<InvalidInput> problems() {
        return SmartCheck.problems(metric, target, baseline);
    }

    /** What keeps it from being SMART, in words; empty when it is. */
    public List<String> missing(SalesPeriod period) {
        return SmartCheck.missing(metric, target, baseline, owner, period);
    }

    /** "Revenue 48,000" style, for lists and links. */
    public String describe(java.util.Locale locale) {
        return metric.label() + (target == null ? "" : " " + SalesText.figure(target, locale));
    }
}
