package org.tandem.domain;

/** A plan and how much it holds. */
public record PlanSummary(Plan plan, SectionCounts counts) {
}
