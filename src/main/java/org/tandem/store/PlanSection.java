package org.tandem.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

/**
 * A section of a plan kept in its own tables (research notes, segments, competitors, ...). Each
 * section issue adds one, so that duplicating a plan copies it and the plan list counts it.
 */
public interface PlanSection {

    /**
     * The key of this section's count, one of the names in {@link org.tandem.domain.SectionCounts},
     * or empty for a section that is not counted (such as the plan's single market sizing).
     */
    default String countName() {
        return "";
    }

    /** How many rows the plan holds in this section; only asked of counted sections. */
    default int count(Connection connection, UUID planId) throws SQLException {
        return 0;
    }

    /**
     * Copies every row of this section from one plan to another with new ids. {@code newIds} maps
     * old ids to new ones across sections, so links between sections follow the copy.
     */
    void copy(Connection connection, UUID fromPlan, UUID toPlan, Map<UUID, UUID> newIds) throws SQLException;
}
