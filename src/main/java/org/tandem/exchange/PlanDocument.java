package org.tandem.exchange;

import org.tandem.store.PlanContent;

import java.util.List;

/**
 * A plan file in memory: the plan's content with the revision it is, the revision it was made from
 * ({@code baseRevision}, null for a first export) and, after a merge that needs a person, its conflicts.
 */
public record PlanDocument(int formatVersion, String exportedAt, String app, String revision, String baseRevision,
                           PlanContent content, List<Conflict> conflicts) {
    public static final String FORMAT = "tandem-plan";
    /** 1: the first, nested format (the bundled sample); 2: one section per kind of entity, revisions, tombstones. */
    public static final int FORMAT_VERSION = 2;

    public PlanDocument {
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
    }

    public PlanDocument withConflicts(List<Conflict> unresolved) {
        return new PlanDocument(formatVersion, exportedAt, app, revision, baseRevision, content, unresolved);
    }
}
