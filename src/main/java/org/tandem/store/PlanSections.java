package org.tandem.store;

import java.util.List;

/** The sections a plan holds beyond its own row. Each section issue adds its repository here. */
public final class PlanSections {
    public static final List<PlanSection> ALL = List.of();

    private PlanSections() {
    }
}
