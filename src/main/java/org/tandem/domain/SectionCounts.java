package org.tandem.domain;

/** How much a plan holds in each section: what the plan list and the dashboard show. */
public record SectionCounts(int notes, int segments, int competitors, int campaigns, int salesPlans) {
    public static final SectionCounts NONE = new SectionCounts(0, 0, 0, 0, 0);

    public int total() {
        return notes + segments + competitors + campaigns + salesPlans;
    }
}
