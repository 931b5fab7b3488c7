package org.tandem.store;

import org.tandem.domain.Progress;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.tandem.domain.PlanName;
import org.tandem.store.PlanTables.Field;
import org.tandem.store.PlanTables.Section;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;

/**
 * Makes a plan in the store equal to a given content in one transaction: deletes what the content lacks,
 * inserts what is new, updates what changed, and rewrites the link rows of changed entities. An import,
 * a merge and a restore are all this one step with a different target; a failure or a cancel leaves the
 * database as it was.
 */
public final class PlanContentWriter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CHECK_EVERY = 500;
    /** New rows in a section from which they are staged and inserted by one statement. */
    private static final int STAGE_FROM = 100;
    private static final String STAGING = "staged_";

    /** Works out what to write from what the plan holds now (empty for a new plan), inside the transaction. */
    public interface Step {
        PlanContent target(Optional<PlanContent> current);

        /** Snapshots to keep with the change (the state before it, the file imported), written in the same transaction. */
        List<Revision> revisions(Optional<PlanContent> current, PlanContent target);
    }

    private final Database database;

    public PlanContentWriter(Database database) {
        this.database = database;
    }

    /** Applies the step to plan {@code planId}; returns what was written (the name may have been made free). */
    public PlanContent apply(String planId, Step step, Progress progress) {
        return apply(planId, step, progress, SharedRows.NONE);
    }

    /** The same, the plan as it is now read sharing the rows {@code shared} holds (the versions the target comes from). */
    public PlanContent apply(String planId, Step step, Progress progress, SharedRows shared) {
        return database.write(c -> {
            Rows.update(c, "DELETE FROM plan WHERE id = ? AND deleted_at IS NOT NULL", planId);
            Optional<PlanContent> current = PlanContentReader.read(c, planId, progress::cancelled, shared);
            PlanContent target = freeName(c, step.target(current));
            Rows.update(c, "INSERT OR IGNORE INTO plan_file_writing (on_hold) VALUES (1)");
            writePlan(c, current.map(PlanContent::plan).orElse(null), target.plan());
            long total = target.size() + current.map(PlanContent::size).orElse(0);
            long[] done = {0};
            List<Section> reversed = new ArrayList<>(PlanTables.SECTIONS);
            java.util.Collections.reverse(reversed);
            for (Section section : reversed) {
                SortedMap<String, PlanRow> now = current.map(p -> p.rows(section.name())).orElse(java.util.Collections.emptySortedMap());
                delete(c, section, now, target.rows(section.name()), progress, done, total);
            }
            for (Section section : PlanTables.SECTIONS) {
                SortedMap<String, PlanRow> now = current.map(p -> p.rows(section.name())).orElse(java.util.Collections.emptySortedMap());
                upsert(c, section, target.planId(), now, target.rows(section.name()), progress, done, total);
            }
            for (Section section : PlanTables.SECTIONS) {
                SortedMap<String, PlanRow> now = current.map(p -> p.rows(section.name())).orElse(java.util.Collections.emptySortedMap());
                writeLists(c, section, now, target.rows(section.name()));
            }
            keepTombstones(c, target);
            progress.check();
            Rows.update(c, "DELETE FROM plan_file_writing");
            for (Revision revision : step.revisions(current, target)) {
                RevisionRepository.insert(c, revision);
            }
            progress.done(total, total);
            return target;
        });
    }

    /** Whether the store refused a write because another plan already holds one of its ids. */
    public static boolean idTaken(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.sqlite.SQLiteException sql && (sql.getResultCode() == org.sqlite.SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY
                    || sql.getResultCode() == org.sqlite.SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE)) {
                return true;
            }
        }
        return false;
    }

    static PlanContent freeName(Connection c, PlanContent target) throws SQLException {
        int nameIndex = PlanTables.PLAN.index("name");
        String wanted = target.planName();
        String free = PlanName.firstFree(wanted, candidate -> {
            try {
                return Rows.one(c, "SELECT id FROM plan WHERE name_key = ? AND deleted_at IS NULL AND id <> ?",
                        rs -> rs.getString(1), PlanName.key(candidate), target.planId()).isPresent();
            } catch (SQLException e) {
                throw new StoreException("Could not check plan names: " + e.getMessage(), e);
            }
        });
        if (free.equals(wanted)) {
            return target;
        }
        return new PlanContent(target.plan().with(nameIndex, free), target.sections(), target.tombstones());
    }

    static void writePlan(Connection c, PlanRow now, PlanRow target) throws SQLException {
        Section plan = PlanTables.PLAN;
        String name = (String) target.get(plan.index("name"));
        Object[] args = {name, PlanName.key(name), target.get(plan.index("description")), target.get(plan.index("currency")),
                target.get(plan.index("firstMonth")), text(target, "exerciseId"), text(target, "exerciseTask"),
                target.get(plan.index("createdAt")),
                target.get(plan.index(PlanTables.UPDATED_AT)), target.id()};
        if (now == null) {
            Rows.update(c, "INSERT INTO plan (name, name_key, description, currency, first_month, exercise_id, exercise_task,"
                    + " created_at, updated_at, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", args);
        } else if (!now.sameAs(target)) {
            Rows.update(c, "UPDATE plan SET name = ?, name_key = ?, description = ?, currency = ?, first_month = ?,"
                    + " exercise_id = ?, exercise_task = ?, created_at = ?, updated_at = ? WHERE id = ?", args);
        }
    }

    /** An optional text of the plan: none is stored as "" however the file said it (absent, null or ""). */
    private static String text(PlanRow plan, String field) {
        Object text = plan.get(PlanTables.PLAN.index(field));
        return text == null ? "" : (String) text;
    }

    private static void delete(Connection c, Section section, SortedMap<String, PlanRow> now, SortedMap<String, PlanRow> target,
                               Progress progress, long[] done, long total) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM " + section.table() + " WHERE " + section.idColumn() + " = ?")) {
            for (String id : now.keySet()) {
                if (!target.containsKey(id)) {
                    s.setString(1, id);
                    s.executeUpdate();
                }
                tick(progress, ++done[0], total);
            }
        }
    }

    private static void upsert(Connection c, Section section, String planId, SortedMap<String, PlanRow> now,
                               SortedMap<String, PlanRow> target, Progress progress, long[] done, long total) throws SQLException {
        List<Field> stored = stored(section);
        boolean planColumn = planColumn(section);
        String columns = columns(section);
        StringBuilder update = new StringBuilder("UPDATE ").append(section.table()).append(" SET ");
        for (int i = 0; i < stored.size(); i++) {
            update.append(i == 0 ? "" : ", ").append(stored.get(i).column()).append(" = ?");
        }
        update.append(" WHERE ").append(section.idColumn()).append(" = ?");
        long fresh = target.keySet().stream().filter(id -> !now.containsKey(id)).count();
        // Many new rows go in by one statement from a staging table: the full-text index writes out what it gathered
        // at every statement, so 50,000 single inserts made 50,000 small index segments to merge (8.8 s, now 3.5 s).
        boolean staged = fresh >= STAGE_FROM;
        String into = staged ? "temp." + STAGING + section.table() : section.table();
        if (staged) {
            Rows.update(c, "CREATE TEMP TABLE " + STAGING + section.table() + " AS SELECT " + columns + " FROM main."
                    + section.table() + " WHERE 0");
        }
        try (PreparedStatement ins = c.prepareStatement(insert(section, into)); PreparedStatement upd = c.prepareStatement(update.toString())) {
            for (PlanRow row : target.values()) {
                PlanRow old = now.get(row.id());
                if (old == null) {
                    bindRow(ins, section, planId, row);
                    ins.executeUpdate();
                } else if (!storedSame(section, stored, old, row)) {
                    bind(upd, 1, section, stored, row);
                    upd.setString(stored.size() + 1, row.id());
                    upd.executeUpdate();
                }
                tick(progress, ++done[0], total);
            }
        }
        if (staged) {
            Rows.update(c, "INSERT INTO main." + section.table() + " (" + columns + ") SELECT " + columns + " FROM " + into
                    + " ORDER BY rowid");
            Rows.update(c, "DROP TABLE " + into);
        }
    }

    static List<Field> stored(Section section) {
        return section.fields().stream().filter(Field::stored).toList();
    }

    /** Whether a section's table names its plan in a column of its own (an entity owned by another has its owner's). */
    static boolean planColumn(Section section) {
        return section.ownerSection() == null && !section.ownerColumn().equals(section.idColumn());
    }

    /** A section's columns as an insert lists them: the id, the plan's where it has one, the stored fields. */
    static String columns(Section section) {
        StringBuilder columns = new StringBuilder(section.idColumn());
        if (planColumn(section)) {
            columns.append(", ").append(section.ownerColumn());
        }
        stored(section).forEach(f -> columns.append(", ").append(f.column()));
        return columns.toString();
    }

    /** An insert of a section's row into {@code table}, its parameters bound by {@link #bindRow}. */
    static String insert(Section section, String table) {
        return "INSERT INTO " + table + " (" + columns(section) + ") VALUES (?" + (planColumn(section) ? ", ?" : "")
                + ", ?".repeat(stored(section).size()) + ")";
    }

    static void bindRow(PreparedStatement s, Section section, String planId, PlanRow row) throws SQLException {
        int p = 1;
        s.setString(p++, row.id());
        if (planColumn(section)) {
            s.setString(p++, planId);
        }
        bind(s, p, section, stored(section), row);
    }

    private static boolean storedSame(Section section, List<Field> stored, PlanRow a, PlanRow b) {
        for (Field f : stored) {
            int i = section.index(f.name());
            if (!Objects.equals(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static void bind(PreparedStatement s, int first, Section section, List<Field> stored, PlanRow row) throws SQLException {
        int p = first;
        for (Field f : stored) {
            Object v = row.get(section.index(f.name()));
            switch (f.kind()) {
                case TEXT_LIST -> s.setString(p++, json(v == null ? List.of() : v));
                case DATE_LIST -> s.setString(p++, v == null ? "" : String.join(",", asStrings(v)));
                case BOOL -> s.setInt(p++, Boolean.TRUE.equals(v) ? 1 : 0);
                case WHOLE -> {
                    if (v == null) {
                        s.setNull(p++, Types.INTEGER);
                    } else {
                        s.setLong(p++, ((Number) v).longValue());
                    }
                }
                case DECIMAL -> {
                    if (v == null) {
                        s.setNull(p++, Types.REAL);
                    } else {
                        s.setDouble(p++, ((Number) v).doubleValue());
                    }
                }
                default -> {
                    if (v == null) {
                        s.setNull(p++, Types.VARCHAR);
                    } else {
                        s.setString(p++, v.toString());
                    }
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> asStrings(Object v) {
        return (List<String>) v;
    }

    private static String json(Object v) {
        try {
            return JSON.writeValueAsString(v);
        } catch (JsonProcessingException e) {
            throw new StoreException("Could not write a list of texts: " + e.getMessage(), e);
        }
    }

    /** Link rows, points, scores and events of every entity that is new or whose list changed. */
    private static void writeLists(Connection c, Section section, SortedMap<String, PlanRow> now, SortedMap<String, PlanRow> target)
            throws SQLException {
        for (int i = 0; i < section.fields().size(); i++) {
            Field f = section.fields().get(i);
            if (f.stored()) {
                continue;
            }
            try (PreparedStatement delete = c.prepareStatement(PlanLists.delete(f));
                 PreparedStatement insert = c.prepareStatement(PlanLists.insert(f, PlanLists.table(f)))) {
                for (PlanRow row : target.values()) {
                    PlanRow old = now.get(row.id());
                    Object value = row.get(i);
                    if (old != null && Objects.equals(old.get(i), value)) {
                        continue;
                    }
                    if (old != null) {
                        delete.setString(1, row.id());
                        delete.executeUpdate();
                    }
                    PlanLists.insert(insert, f, row.id(), value);
                }
            }
        }
    }

    /** The target's tombstones of entities it does not hold stay recorded, so they keep travelling. */
    static void keepTombstones(Connection c, PlanContent target) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO plan_tombstone (id, plan_id, section, deleted_at)"
                + " VALUES (?, ?, ?, ?)")) {
            for (PlanTombstone t : target.tombstones().values()) {
                if (!target.rows(t.section()).containsKey(t.id())) {
                    s.setString(1, t.id());
                    s.setString(2, target.planId());
                    s.setString(3, t.section());
                    s.setString(4, t.deletedAt());
                    s.executeUpdate();
                }
            }
        }
    }

    private static void tick(Progress progress, long done, long total) {
        if (done % CHECK_EVERY == 0) {
            progress.check();
            progress.done(done, total);
        }
    }
}
