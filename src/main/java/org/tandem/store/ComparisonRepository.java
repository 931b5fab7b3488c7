package org.tandem.store;

import org.tandem.domain.Comparison;
import org.tandem.domain.InvalidInput;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The comparison matrix of a plan: criteria with weights, in order, and the scores per profile. */
public final class ComparisonRepository {
    private final Database database;
    private final Clock clock;

    public ComparisonRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public ComparisonRepository(Database database) {
        this(database, Clock.systemUTC());
    }

    public List<Comparison.Criterion> criteria(UUID planId) {
        return database.read(c -> Rows.list(c, "SELECT id, name, weight FROM criterion WHERE plan_id = ? ORDER BY position, name",
                rs -> new Comparison.Criterion(UUID.fromString(rs.getString(1)), rs.getString(2), rs.getDouble(3)), planId));
    }

    /** Adds a criterion at the end, or renames / re-weights an existing one. */
    public Comparison.Criterion saveCriterion(UUID planId, Comparison.Criterion criterion) {
        String name = criterion.name() == null ? "" : criterion.name().strip();
        if (name.isEmpty()) {
            throw new InvalidInput("name", "Give the criterion a name.");
        }
        Comparison.weightProblem(criterion.weight()).ifPresent(m -> {
            throw new InvalidInput("weight", m);
        });
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return database.write(c -> {
            int changed = Rows.update(c, "UPDATE criterion SET name = ?, weight = ?, updated_at = ? WHERE id = ?",
                    name, criterion.weight(), now, criterion.id());
            if (changed == 0) {
                Rows.update(c, "INSERT INTO criterion (id, plan_id, name, weight, position, created_at, updated_at) VALUES (?, ?, ?, ?,"
                                + " (SELECT coalesce(max(position), 0) + 1 FROM criterion WHERE plan_id = ?), ?, ?)",
                        criterion.id(), planId, name, criterion.weight(), planId, now, now);
            }
            return new Comparison.Criterion(criterion.id(), name, criterion.weight());
        });
    }

    /** Puts the criteria in the given order (every id of the plan, once). */
    public void reorderCriteria(UUID planId, List<UUID> order) {
        database.write(c -> {
            for (int i = 0; i < order.size(); i++) {
                Rows.update(c, "UPDATE criterion SET position = ? WHERE id = ? AND plan_id = ?", i + 1, order.get(i), planId);
            }
            return null;
        });
    }

    /** Removes the criterion and its scores. */
    public void deleteCriterion(UUID id) {
        database.write(c -> Rows.update(c, "DELETE FROM criterion WHERE id = ?", id));
    }

    /** Scores by profile, then by criterion. */
    public Map<UUID, Map<UUID, Integer>> scores(UUID planId) {
        return database.read(c -> {
            Map<UUID, Map<UUID, Integer>> byRow = new HashMap<>();
            Rows.list(c, "SELECT s.competitor_id, s.criterion_id, s.score FROM score s JOIN criterion k ON k.id = s.criterion_id"
                            + " WHERE k.plan_id = ?",
                    rs -> byRow.computeIfAbsent(UUID.fromString(rs.getString(1)), k -> new HashMap<>())
                            .put(UUID.fromString(rs.getString(2)), rs.getInt(3)), planId);
            return byRow;
        });
    }

    /** Sets a score from 1 to 5, or clears it with null. */
    public void setScore(UUID competitorId, UUID criterionId, Integer score) {
        if (score != null) {
            Comparison.scoreProblem(score).ifPresent(m -> {
                throw new InvalidInput("score", m);
            });
        }
        database.write(c -> score == null
                ? Rows.update(c, "DELETE FROM score WHERE competitor_id = ? AND criterion_id = ?", competitorId, criterionId)
                : Rows.update(c, "INSERT INTO score (competitor_id, criterion_id, score) VALUES (?, ?, ?)"
                        + " ON CONFLICT (competitor_id, criterion_id) DO UPDATE SET score = excluded.score", competitorId, criterionId, score));
    }

    /** Copies criteria, then the scores between copied profiles and criteria. Runs after competitors. */
    static final PlanSection SECTION = new PlanSection() {
        @Override
        public void copy(Connection c, UUID fromPlan, UUID toPlan, Map<UUID, UUID> newIds) throws SQLException {
            for (String id : Rows.list(c, "SELECT id FROM criterion WHERE plan_id = ?", rs -> rs.getString(1), fromPlan)) {
                UUID copy = newIds.computeIfAbsent(UUID.fromString(id), old -> UUID.randomUUID());
                Rows.update(c, "INSERT INTO criterion (id, plan_id, name, weight, position, created_at, updated_at)"
                        + " SELECT ?, ?, name, weight, position, created_at, updated_at FROM criterion WHERE id = ?", copy, toPlan, id);
                for (String[] s : Rows.list(c, "SELECT competitor_id, score FROM score WHERE criterion_id = ?",
                        rs -> new String[]{rs.getString(1), rs.getString(2)}, id)) {
                    UUID row = newIds.get(UUID.fromString(s[0]));
                    if (row != null) {
                        Rows.update(c, "INSERT INTO score (competitor_id, criterion_id, score) VALUES (?, ?, ?)", row, copy,
                                Integer.parseInt(s[1]));
                    }
                }
            }
        }
    };
}
