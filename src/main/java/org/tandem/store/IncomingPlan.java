package org.tandem.store;

import org.tandem.domain.Progress;
import org.tandem.store.PlanTables.Field;
import org.tandem.store.PlanTables.Section;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A plan not here, written from its entities as they come one at a time (a plan file as it is read): each is staged
 * in a temporary table, its lists in tables of their own, and all of them are moved in at the end, parents first, by
 * one statement a table. The plan is never in memory whole, and the full-text index is written once. One transaction:
 * a failure anywhere, a cancel, or a plan with the id here already leaves the store as it was.
 */
public final class IncomingPlan {
    private static final String PREFIX = "incoming_";
    private static final int CHECK_EVERY = 500;

    /** Hands each entity on as it is read; returns the plan in outline (its own row whole, every entity's id). */
    @FunctionalInterface
    public interface Source {
        PlanContent read(PlanParts.EntityWork each);
    }

    private final Database database;

    public IncomingPlan(Database database) {
        this.database = database;
    }

    /**
     * Writes plan {@code planId} from {@code source}, about {@code expected} entities, with the versions {@code kept}
     * gives for what was written; returns the plan in outline as written (its name made free if another plan had it).
     */
    public PlanContent write(String planId, long expected, Source source, Function<PlanContent, List<Revision>> kept, Progress progress) {
        return database.write(c -> {
            Rows.update(c, "DELETE FROM plan WHERE id = ? AND deleted_at IS NOT NULL", planId);
            if (Rows.one(c, "SELECT id FROM plan WHERE id = ?", rs -> rs.getString(1), planId).isPresent()) {
                throw new StoreException("The file's plan is here now: preview the file again.");
            }
            Rows.update(c, "INSERT OR IGNORE INTO plan_file_writing (on_hold) VALUES (1)");
            try (Staging staging = new Staging(c, planId, expected, progress)) {
                PlanContent outline = source.read(staging::add);
                if (!outline.planId().equals(planId)) {
                    throw new StoreException("The file holds another plan than when it was previewed: preview it again.");
                }
                PlanContent target = PlanContentWriter.freeName(c, outline);
                PlanContentWriter.writePlan(c, null, target.plan());
                staging.moveIn();
                PlanContentWriter.keepTombstones(c, target);
                progress.check();
                Rows.update(c, "DELETE FROM plan_file_writing");
                for (Revision revision : kept.apply(target)) {
                    RevisionRepository.insert(c, revision);
                }
                progress.done(expected, expected);
                return target;
            }
        });
    }

    /** A temporary table and the insert that stages into it. */
    private record Staged(String table, PreparedStatement insert) {
    }

    /** The temporary tables the entities wait in, a section's or a list's each, made as their first entity comes. */
    private static final class Staging implements AutoCloseable {
        private final Connection c;
        private final String planId;
        private final long expected;
        private final Progress progress;
        /** By section name, and by section and field name for a list. */
        private final Map<String, Staged> staging = new LinkedHashMap<>();
        private long staged;

        Staging(Connection c, String planId, long expected, Progress progress) {
            this.c = c;
            this.planId = planId;
            this.expected = expected;
            this.progress = progress;
        }

        void add(Section section, PlanRow row) {
            try {
                Staged rows = staging.get(section.name());
                if (rows == null) {
                    String table = table(section.table(), PlanContentWriter.columns(section));
                    rows = put(section.name(), table, PlanContentWriter.insert(section, "temp." + table));
                }
                PlanContentWriter.bindRow(rows.insert(), section, planId, row);
                rows.insert().executeUpdate();
                for (int i = 0; i < section.fields().size(); i++) {
                    Field f = section.fields().get(i);
                    if (!f.stored()) {
                        PlanLists.insert(list(section, f).insert(), f, row.id(), row.get(i));
                    }
                }
            } catch (SQLException e) {
                throw new StoreException("Could not write the plan: " + e.getMessage(), e);
            }
            if (++staged % CHECK_EVERY == 0) {
                progress.check();
                progress.done(Math.min(staged, expected), expected);
            }
        }

        private Staged list(Section section, Field f) throws SQLException {
            Staged items = staging.get(section.name() + "." + f.name());
            if (items == null) {
                String table = table(PlanLists.table(f), PlanLists.columns(f));
                items = put(section.name() + "." + f.name(), table, PlanLists.insert(f, "temp." + table));
            }
            return items;
        }

        private Staged put(String key, String table, String insert) throws SQLException {
            Staged staged = new Staged(table, c.prepareStatement(insert));
            staging.put(key, staged);
            return staged;
        }

        /** A new temporary table shaped as {@code columns} of {@code main}'s table. */
        private String table(String main, String columns) throws SQLException {
            String name = PREFIX + staging.size() + "_" + main;
            Rows.update(c, "CREATE TEMP TABLE " + name + " AS SELECT " + columns + " FROM main." + main + " WHERE 0");
            return name;
        }

        /** Every staged entity into its table, parents first, then the lists; each in the order it was read. */
        void moveIn() throws SQLException {
            for (Section section : PlanTables.SECTIONS) {
                moveIn(section.name(), section.table(), PlanContentWriter.columns(section));
            }
            for (Section section : PlanTables.SECTIONS) {
                for (Field f : section.fields()) {
                    if (!f.stored()) {
                        moveIn(section.name() + "." + f.name(), PlanLists.table(f), PlanLists.columns(f));
                    }
                }
            }
        }

        private void moveIn(String key, String main, String columns) throws SQLException {
            Staged rows = staging.get(key);
            if (rows != null) {
                Rows.update(c, "INSERT INTO main." + main + " (" + columns + ") SELECT " + columns + " FROM temp." + rows.table()
                        + " ORDER BY rowid");
            }
        }

        @Override
        public void close() throws SQLException {
            for (Staged rows : staging.values()) {
                rows.insert().close();
                Rows.update(c, "DROP TABLE IF EXISTS temp." + rows.table());
            }
        }
    }
}
