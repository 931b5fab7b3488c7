package org.tandem.store;

import org.tandem.domain.CancelledWork;
import org.tandem.store.PlanTables.Section;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/** Reads a plan out of the store, every section, as plan files and merges see it: whole, or an entity at a time. */
public final class PlanContentReader {
    private final Database database;

    public PlanContentReader(Database database) {
        this.database = database;
    }

    /** The plan as it is now, if it is live; {@code cancelled} is asked between sections. */
    public Optional<PlanContent> read(UUID planId, BooleanSupplier cancelled) {
        return read(planId, cancelled, SharedRows.NONE);
    }

    /** The same, sharing the rows other versions read beside it hold unchanged. */
    public Optional<PlanContent> read(UUID planId, BooleanSupplier cancelled, SharedRows shared) {
        return database.read(c -> read(c, planId.toString(), cancelled, shared));
    }

    static Optional<PlanContent> read(Connection c, String planId, BooleanSupplier cancelled) throws SQLException {
        return read(c, planId, cancelled, SharedRows.NONE);
    }

    static Optional<PlanContent> read(Connection c, String planId, BooleanSupplier cancelled, SharedRows shared)
            throws SQLException {
        List<PlanRow> plan = SectionCursor.rows(c, PlanTables.PLAN, "SELECT " + SectionCursor.columns(PlanTables.PLAN)
                + " FROM plan t WHERE t.id = ? AND t.deleted_at IS NULL", planId);
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        PlanContent content = PlanContent.empty(plan.get(0));
        TextPool texts = new TextPool();
        for (Section section : PlanTables.SECTIONS) {
            if (cancelled.getAsBoolean()) {
                throw new CancelledWork();
            }
            content.sections().get(section.name()).putAll(section(c, section, planId, texts, shared));
        }
        content.tombstones().putAll(tombstones(c, planId));
        return Optional.of(content);
    }

    /** What is done with a plan read section by section; may write a file. */
    @FunctionalInterface
    public interface PartsWork<T> {
        T run(PlanParts parts) throws IOException;
    }

    /**
     * Work on the plan read one section at a time, each when the work asks for it, all from one snapshot of the file
     * (what is written meanwhile is not seen, and the store's other work does not wait): an export holds one section
     * in memory, not the whole plan. Empty if the plan is not live; {@code cancelled} is asked before each section.
     */
    public <T> Optional<T> bySection(UUID planId, BooleanSupplier cancelled, PartsWork<T> work) throws IOException {
        try {
            return database.snapshot(c -> {
                String id = planId.toString();
                List<PlanRow> plan = SectionCursor.rows(c, PlanTables.PLAN, "SELECT " + SectionCursor.columns(PlanTables.PLAN)
                        + " FROM plan t WHERE t.id = ? AND t.deleted_at IS NULL", id);
                if (plan.isEmpty()) {
                    return Optional.empty();
                }
                SortedMap<String, PlanTombstone> tombstones = tombstones(c, id);
                try {
                    return Optional.of(work.run(new SectionReads(c, plan.get(0), tombstones, cancelled)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** A plan's sections read from a snapshot's connection as they are asked for, none of them kept. */
    private record SectionReads(Connection c, PlanRow plan, SortedMap<String, PlanTombstone> tombstones,
                                BooleanSupplier cancelled) implements PlanParts {
        @Override
        public void eachRow(String name, RowWork work) throws IOException {
            if (cancelled.getAsBoolean()) {
                throw new CancelledWork();
            }
            try {
                SectionCursor.each(c, PlanTables.section(name), plan.id(), work);
            } catch (SQLException e) {
                throw new StoreException("Could not read from the database: " + e.getMessage(), e);
            }
        }

        @Override
        public int size() {
            int size = 0;
            for (Section section : PlanTables.SECTIONS) {
                try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM " + section.table() + " t"
                        + SectionCursor.ownedBy(section))) {
                    s.setString(1, plan.id());
                    try (ResultSet rs = s.executeQuery()) {
                        size += rs.getInt(1);
                    }
                } catch (SQLException e) {
                    throw new StoreException("Could not read from the database: " + e.getMessage(), e);
                }
            }
            return size;
        }
    }

    /** One section's entities of a plan, by id. */
    private static SortedMap<String, PlanRow> section(Connection c, Section section, String planId, TextPool texts,
                                                      SharedRows shared) throws SQLException {
        SortedMap<String, PlanRow> rows = new SortedRows<>();
        try {
            SectionCursor.each(c, section, planId, row -> {
                // keyed by the kept row's own id: a key read with each version was a copy of every id per version
                PlanRow kept = shared.shared(section.name(), row, texts::pooled);
                rows.put(kept.id(), kept);
            });
        } catch (IOException e) {
            throw new IllegalStateException(e); // the work above writes nothing
        }
        return rows;
    }

    private static SortedMap<String, PlanTombstone> tombstones(Connection c, String planId) throws SQLException {
        SortedMap<String, PlanTombstone> tombstones = new TreeMap<>();
        for (PlanTombstone t : Rows.list(c, "SELECT id, section, deleted_at FROM plan_tombstone WHERE plan_id = ?",
                rs -> new PlanTombstone(rs.getString(1), rs.getString(2), instant(rs.getString(3))), planId)) {
            tombstones.put(t.id(), t);
        }
        return tombstones;
    }

    /** Times as an Instant writes them, whichever way SQLite or an older Tandem wrote them. */
    static String instant(String text) {
        return text == null || canonical(text) ? text : Instant.parse(text).toString();
    }

    /** Written by Instant.toString already: seconds, or milliseconds that are not all zero, then Z. */
    private static boolean canonical(String t) {
        int n = t.length();
        boolean shape = t.charAt(n - 1) == 'Z' && t.charAt(4) == '-' && t.charAt(10) == 'T';
        if (!shape || (n != 20 && n != 24)) {
            return false;
        }
        return n == 20 ? t.charAt(19) == 'Z' : t.charAt(19) == '.' && !t.startsWith("000", 20);
    }

    /** An overlay event as a plan file holds it. */
    public static Map<String, String> event(String uid, String title, String start, String end) {
        Map<String, String> event = new LinkedHashMap<>();
        event.put("end", end);
        event.put("start", start);
        event.put("title", title);
        event.put("uid", uid);
        return event;
    }
}
