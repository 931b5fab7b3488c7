package org.tandem.store;

import java.util.List;

/** The sections a plan holds beyond its own row. Each section issue adds its repository here. */
public final class PlanSections {
    /** In copy order: what is linked to comes before what links to it. */
    public static final List<PlanSection> ALL = List.of(
            SegmentRepository.SECTION,
            ResearchNoteRepository.SECTION,
            MarketSizingRepository.SECTION,
            CompetitorRepository.SECTION,
            ComparisonRepository.SECTION,
            SwotRepository.SECTION,
            CampaignRepository.SECTION,
            OverlayRepository.SECTION,
            SalesPlanRepository.SECTION);

    private PlanSections() {
    }
}
