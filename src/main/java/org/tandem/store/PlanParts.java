package org.tandem.store;

import java.io.IOException;
import java.util.SortedMap;

/**
 * A plan as a plan file is written from it: its own row, each section's entities by id, its tombstones. Either
 * whole in memory ({@link PlanContent}) or read from the store an entity at a time as each is asked for
 * ({@link PlanContentReader#bySection}), so a large plan is never in memory all at once.
 */
public interface PlanParts {
    PlanRow plan();

    /** What is done with each entity of a section in turn; may write a file. */
    @FunctionalInterface
    interface RowWork {
        void accept(PlanRow row) throws IOException;
    }

    /** What is done with each entity of any section as it comes (a file read an entity at a time). */
    @FunctionalInterface
    interface EntityWork {
        void accept(PlanTables.Section section, PlanRow row) throws IOException;
    }

    /** Each of the section's entities, in id order. */
    void eachRow(String section, RowWork work) throws IOException;

    SortedMap<String, PlanTombstone> tombstones();

    /** Entities in every section. */
    int size();

    default String planId() {
        return plan().id();
    }
}
