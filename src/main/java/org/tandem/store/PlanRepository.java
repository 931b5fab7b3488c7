package org.tandem.store;

import org.tandem.domain.InvalidInput;
import org.tandem.domain.Plan;
import org.tandem.domain.PlanDetails;
import org.tandem.domain.PlanName;
import org.tandem.domain.PlanSummary;
import org.tandem.domain.SectionCounts;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The plans in the database. Deleted plans stay marked until purged, so a delete can be undone. */
public final class PlanRepository {
    private static final String COLUMNS = "id, name, description, currency, first_month, created_at, updated_at";
    private static final String LIVE = "deleted_at IS NULL";
    /** The plan list's order (the start-up sketch names the first plan in it, too). */
    static final String LIST_ORDER = " ORDER BY name_key, created_at";

    private final Database database;
    private final List<PlanSection> sections;
    private final Clock clock;

    public PlanRepository(Database database, List<PlanSection> sections, Clock clock) {
        this.database = database;
        this.sections = List.copyOf(sections);
        this.clock = clock;
    }

    public PlanRepository(Database database) {
        this(database, PlanSections.ALL, Clock.systemUTC());
    }

    public List<Plan> list() {
        return database.read(c -> Rows.list(c,
                "SELECT " + COLUMNS + " FROM plan WHERE " + LIVE + LIST_ORDER, PlanRepository::plan));
    }

    public Optional<Plan> find(UUID id) {
        return database.read(c -> findLive(c, id));
    }

    public List<PlanSummary> summaries() {
        return database.read(c -> {
            List<Plan> plans = Rows.list(c,
                    "SELECT " + COLUMNS + " FROM plan WHERE " + LIVE + " ORDER BY name_key, created_at", PlanRepository::plan);
            List<PlanSummary> out = new java.util.ArrayList<>(plans.size());
            for (Plan plan : plans) {
                out.add(new PlanSummary(plan, counts(c, plan.id())));
            }
            return out;
        });
    }

    public SectionCounts counts(UUID planId) {
        return database.read(c -> counts(c, planId));
    }

    /** Marks a plan as made from the bundled sample: Reset sample may put the sample back over it. */
    public void markFromSample(UUID id) {
        database.write(c -> Rows.update(c, "UPDATE plan SET from_sample = 1 WHERE id = ?", id));
    }

    public boolean fromSample(UUID id) {
        return database.read(c -> Rows.one(c, "SELECT from_sample FROM plan WHERE id = ? AND " + LIVE, rs -> rs.getInt(1) == 1, id))
                .orElse(false);
    }

    /** The exercise a plan was handed out as, or answers: its id and task; empty when it is none. */
    public Optional<String[]> exercise(UUID id) {
        return database.read(c -> Rows.one(c, "SELECT exercise_id, exercise_task FROM plan WHERE id = ? AND " + LIVE
                + " AND exercise_task <> ''", rs -> new String[]{rs.getString(1), rs.getString(2)}, id));
    }

    public boolean nameTaken(String name, UUID except) {
        return database.read(c -> nameTaken(c, name, except));
    }

    public Plan create(PlanDetails details) {
        Instant now = now();
        return insert(UUID.randomUUID(), details, now, now);
    }

    /** Adds a plan with a given id and times, as an import does. */
    public Plan insert(UUID id, PlanDetails details, Instant createdAt, Instant updatedAt) {
        details.requireValid();
        return database.write(c -> {
            requireFreeName(c, details.name(), null);
            Rows.update(c, "INSERT INTO plan (id, name, name_key, description, currency, first_month, created_at, updated_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    id, details.name(), PlanName.key(details.name()), details.description(), details.currency(),
                    details.firstMonth().getValue(), createdAt, updatedAt);
            return findLive(c, id).orElseThrow();
        });
    }

    /** Changes a plan's own fields, its name included. */
    public Plan update(UUID id, PlanDetails details) {
        details.requireValid();
        return database.write(c -> {
            requireFreeName(c, details.name(), id);
            int changed = Rows.update(c, "UPDATE plan SET name = ?, name_key = ?, description = ?, currency = ?,"
                            + " first_month = ?, updated_at = ? WHERE id = ? AND " + LIVE,
                    details.name(), PlanName.key(details.name()), details.description(), details.currency(),
                    details.firstMonth().getValue(), now(), id);
            requireFound(changed, id);
            return findLive(c, id).orElseThrow();
        });
    }

    /** A deep copy of the plan and everything in it, with new ids, in one transaction. */
    public Plan duplicate(UUID id, String newName) {
        return database.write(c -> {
            Plan original = findLive(c, id).orElseThrow(() -> missing(id));
            PlanDetails details = original.details().withName(newName).requireValid();
            requireFreeName(c, details.name(), null);
            UUID copyId = UUID.randomUUID();
            Instant now = now();
            Rows.update(c, "INSERT INTO plan (id, name, name_key, description, currency, first_month, created_at, updated_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    copyId, details.name(), PlanName.key(details.name()), details.description(), details.currency(),
                    details.firstMonth().getValue(), now, now);
            Map<UUID, UUID> newIds = new HashMap<>();
            newIds.put(id, copyId);
            for (PlanSection section : sections) {
                section.copy(c, id, copyId, newIds);
            }
            return findLive(c, copyId).orElseThrow();
        });
    }

    /** Marks the plan deleted; {@link #restore} undoes it until {@link #purgeDeleted} runs. */
    public void delete(UUID id) {
        database.write(c -> {
            requireFound(Rows.update(c, "UPDATE plan SET deleted_at = ? WHERE id = ? AND " + LIVE, now(), id), id);
            return null;
        });
    }

    /**
     * Brings a deleted plan back. If another plan took its name meanwhile, the restored one gets a
     * numbered name rather than failing the undo.
     */
    public Plan restore(UUID id) {
        return database.write(c -> {
            String name = Rows.one(c, "SELECT name FROM plan WHERE id = ? AND deleted_at IS NOT NULL",
                    rs -> rs.getString(1), id).orElseThrow(() -> missing(id));
            String free = PlanName.firstFree(name, candidate -> sqlNameTaken(c, candidate));
            Rows.update(c, "UPDATE plan SET deleted_at = NULL, name = ?, name_key = ? WHERE id = ?",
                    free, PlanName.key(free), id);
            return findLive(c, id).orElseThrow();
        });
    }

    /** Removes plans marked deleted for good (their sections go with them through foreign keys). */
    public int purgeDeleted() {
        return database.write(c -> Rows.update(c, "DELETE FROM plan WHERE deleted_at IS NOT NULL"));
    }

    /** A name no live plan uses, starting from {@code wanted}. */
    public String freeName(String wanted) {
        return database.read(c -> PlanName.firstFree(wanted, candidate -> sqlNameTaken(c, candidate)));
    }

    private SectionCounts counts(Connection c, UUID planId) throws SQLException {
        Map<String, Integer> byName = new HashMap<>();
        for (PlanSection section : sections) {
            if (!section.countName().isEmpty()) {
                byName.merge(section.countName(), section.count(c, planId), Integer::sum);
            }
        }
        return new SectionCounts(byName.getOrDefault("notes", 0), byName.getOrDefault("segments", 0),
                byName.getOrDefault("competitors", 0), byName.getOrDefault("campaigns", 0),
                byName.getOrDefault("salesPlans", 0));
    }

    private static Optional<Plan> findLive(Connection c, UUID id) throws SQLException {
        return Rows.one(c, "SELECT " + COLUMNS + " FROM plan WHERE id = ? AND " + LIVE, PlanRepository::plan, id);
    }

    private static boolean nameTaken(Connection c, String name, UUID except) throws SQLException {
        return Rows.one(c, "SELECT id FROM plan WHERE name_key = ? AND " + LIVE + " AND id IS NOT ?",
                rs -> rs.getString(1), PlanName.key(name), except).isPresent();
    }

    private static boolean sqlNameTaken(Connection c, String name) {
        try {
            return nameTaken(c, name, null);
        } catch (SQLException e) {
            throw new StoreException("Could not check plan names: " + e.getMessage(), e);
        }
    }

    private static void requireFreeName(Connection c, String name, UUID except) throws SQLException {
        if (nameTaken(c, name, except)) {
            throw new InvalidInput(PlanName.FIELD, PlanName.takenMessage(name));
        }
    }

    private static void requireFound(int changed, UUID id) {
        if (changed == 0) {
            throw missing(id);
        }
    }

    private static StoreException missing(UUID id) {
        return new StoreException("The plan " + id + " no longer exists.");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static Plan plan(ResultSet rs) throws SQLException {
        return new Plan(UUID.fromString(rs.getString("id")), rs.getString("name"), rs.getString("description"),
                rs.getString("currency"), Month.of(rs.getInt("first_month")),
                StoredTime.instant(rs.getString("created_at")), StoredTime.instant(rs.getString("updated_at")));
    }
}
