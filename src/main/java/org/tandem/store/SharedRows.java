package org.tandem.store;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One copy of each entity that several versions of a plan hold unchanged, while they are read side by side: a merge
 * preview reads the plan here, the version the file was made from and the file, each a whole plan (115 MB of the
 * heap each for the L plan), and most entities are the same in all three. The first version read keeps its row;
 * the others get that row back for an equal one and drop their own. Their long texts are kept as digests
 * ({@link LongText}): such rows are for comparing and showing, and what is written is read again whole. Safe from
 * several threads at once.
 */
public final class SharedRows {
    /** Shares nothing: each read keeps its own rows. */
    public static final SharedRows NONE = new SharedRows(false, false);

    private final boolean sharing;
    private final boolean digesting;
    private final Map<String, Map<String, PlanRow>> bySection = new HashMap<>();

    private SharedRows(boolean sharing, boolean digesting) {
        this.sharing = sharing;
        this.digesting = digesting;
        if (sharing) {
            bySection.put(PlanTables.PLAN.name(), new ConcurrentHashMap<>());
            PlanTables.SECTIONS.forEach(s -> bySection.put(s.name(), new ConcurrentHashMap<>()));
        }
    }

    /** Rows shared among versions read side by side, their long texts as digests. */
    public static SharedRows among() {
        return new SharedRows(true, true);
    }

    /** Rows shared among versions read side by side to be written from: their texts whole. */
    public static SharedRows amongWhole() {
        return new SharedRows(true, false);
    }

    /**
     * The versions are read: the rows they share stay shared, and the index that found them is let go (a node for each
     * of the L plan's 183,000 entities, while the preview works out the merge).
     */
    public void readDone() {
        bySection.values().forEach(Map::clear);
    }

    /** Whether the rows read through this hold digests of their long texts instead of the texts. */
    public boolean digests() {
        return digesting;
    }

    /**
     * The row kept for an equal one in {@code section}, or {@code row} as {@code keep} makes it (its texts pooled) when it
     * is the first or differs: a row another version holds already is not pooled again only to be dropped (in a merge
     * preview of the L plan, pooling texts was a sixth of the work, most of it for rows two versions share).
     */
    public PlanRow shared(String section, PlanRow read, java.util.function.UnaryOperator<PlanRow> keep) {
        Map<String, PlanRow> rows = sharing ? bySection.get(section) : null;
        if (rows == null) {
            return keep.apply(read);
        }
        PlanRow row = digesting ? digested(read) : read;
        PlanRow kept = rows.get(row.id());
        if (kept != null && kept.sameAs(row)) {
            return kept;
        }
        PlanRow mine = keep.apply(row);
        if (kept != null) {
            return new PlanRow(kept.id(), mine.values()); // changed, but one copy of its id among the versions
        }
        PlanRow first = rows.putIfAbsent(mine.id(), mine);
        if (first == null) {
            return mine;
        }
        // another version read it meanwhile
        return first.sameAs(mine) ? first : new PlanRow(first.id(), mine.values());
    }

    private static PlanRow digested(PlanRow row) {
        Object[] values = null;
        for (int i = 0; i < row.values().length; i++) {
            Object value = LongText.of(row.get(i));
            if (value != row.get(i)) {
                if (values == null) {
                    values = row.values().clone();
                }
                values[i] = value;
            }
        }
        return values == null ? row : new PlanRow(row.id(), values);
    }
}
