package org.tandem.store;

import java.util.List;

/** The sections a plan holds beyond its own row. Each section issue adds its repository here. */
public final class PlanSections {
    /** In copy order: segments before the notes that link to them. */
    public static final List<PlanSection> ALL = List.of(
            SegmentRepository.SECTION,
            ResearchNoteRepository.SECTION,
            MarketSizingRepository.SECTION);

    private PlanSections() {
    }
}
