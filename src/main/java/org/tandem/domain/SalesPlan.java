package org.tandem.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One sales plan of a plan (a quarter, a product line): its period, the step the user is on, the
 * strategy in words, the funnel's average deal size and conversion rate (a share 0..1), the
 * period's budgets in major units, and the status thresholds. Unset figures are null.
 */
public record SalesPlan(UUID id, UUID planId, String name, SalesPeriod period, int step, String segmentsTargeted,
                        String pricing, String retention, Double averageDealSize, Double conversionRate, Double salesBudget,
                        Double marketingBudget, Variance.Thresholds thresholds, Instant createdAt, Instant updatedAt) {
    public static final int STEPS = 6;

    public SalesPlan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(period, "period");
        name = name == null ? "" : name.strip();
        step = Math.max(1, Math.min(STEPS, step));
        segmentsTargeted = segmentsTargeted == null ? "" : segmentsTargeted;
        pricing = pricing == null ? "" : pricing;
        retention = retention == null ? "" : retention;
        thresholds = thresholds == null ? Variance.Thresholds.DEFAULT : thresholds;
    }

    /** A new sales plan for a period, on step 1. */
    public static SalesPlan create(UUID planId, String name, SalesPeriod period) {
        return new SalesPlan(UUID.randomUUID(), planId, name, period, 1, "", "", "", null, null, null, null,
                Variance.Thresholds.DEFAULT, null, null);
    }

    public List<InvalidInput> problems() {
        List<InvalidInput> found = new ArrayList<>();
        if (name.isEmpty()) {
            found.add(new InvalidInput("name", "Give the sales plan a name."));
        }
        NumberText.unusable(averageDealSize, "averageDealSize", "the average deal size").ifPresent(found::add);
        NumberText.unusable(conversionRate, "conversionRate", "the conversion rate").ifPresent(found::add);
        NumberText.unusable(salesBudget, "salesBudget", "the budget").ifPresent(found::add);
        NumberText.unusable(marketingBudget, "marketingBudget", "the budget").ifPresent(found::add);
        if (averageDealSize != null && averageDealSize < 0) {
            found.add(new InvalidInput("averageDealSize", "The average deal size cannot be negative."));
        }
        if (conversionRate != null && (conversionRate < 0 || conversionRate > 1)) {
            found.add(new InvalidInput("conversionRate", "The conversion rate is a percentage from 0 to 100."));
        }
        if (salesBudget != null && salesBudget < 0) {
            found.add(new InvalidInput("salesBudget", "The budget cannot be negative."));
        }
        if (marketingBudget != null && marketingBudget < 0) {
            found.add(new InvalidInput("marketingBudget", "The budget cannot be negative."));
        }
        return found;
    }

    public Funnel funnel(double revenueTarget) {
        return new Funnel(revenueTarget, averageDealSize == null ? 0 : averageDealSize, conversionRate == null ? 0 : conversionRate);
    }

    /** Both budgets together, or null when neither is set. */
    public Double totalBudget() {
        return salesBudget == null && marketingBudget == null ? null
                : (salesBudget == null ? 0 : salesBudget) + (marketingBudget == null ? 0 : marketingBudget);
    }

    public SalesPlan withStep(int newStep) {
        return new SalesPlan(id, planId, name, period, newStep, segmentsTargeted, pricing, retention, averageDealSize,
                conversionRate, salesBudget, marketingBudget, thresholds, createdAt, updatedAt);
    }
}
