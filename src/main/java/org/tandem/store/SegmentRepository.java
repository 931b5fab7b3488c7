package org.tandem.store;

import org.tandem.domain.DeletedSegment;
import org.tandem.domain.Segment;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A plan's market segments. Other screens (campaigns, objectives) look segments up here by id. */
public final class SegmentRepository {
    private static final String COLUMNS = "id, plan_id, name, description, buyers, spend_minor, growth_pct, attractiveness,"
            + " targeted, positioning, created_at, updated_at";

    private final Database database;
    private final Clock clock;

    public SegmentRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public SegmentRepository(Database database) {
        this(database, Clock.systemUTC());
    }

    public List<Segment> list(UUID planId) {
        return database.read(c -> Rows.list(c, "SELECT " + COLUMNS + " FROM segment WHERE plan_id = ? ORDER BY position, name",
                SegmentRepository::segment, planId));
    }

    public Optional<Segment> find(UUID id) {
        return database.read(c -> Rows.one(c, "SELECT " + COLUMNS + " FROM segment WHERE id = ?", SegmentRepository::segment, id));
    }

    /** Adds the segment, or saves changes to it; returns it as stored. */
    public Segment save(Segment segment) {
        segment.requireValid();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return database.write(c -> {
            int changed = Rows.update(c, "UPDATE segment SET name = ?, description = ?, buyers = ?, spend_minor = ?, growth_pct = ?,"
                            + " attractiveness = ?, targeted = ?, positioning = ?, updated_at = ? WHERE id = ?",
                    segment.name(), segment.description(), segment.buyers(), segment.spendPerBuyer(), segment.growthPercent(),
                    segment.attractiveness(), segment.targeted() ? 1 : 0, segment.positioning(), now, segment.id());
            if (changed == 0) {
                insert(c, segment, segment.createdAt() == null ? now : segment.createdAt(), now);
            }
            return Rows.one(c, "SELECT " + COLUMNS + " FROM segment WHERE id = ?", SegmentRepository::segment, segment.id()).orElseThrow();
        });
    }

    /** Adds segments as they are (ids and times kept), in one transaction: imports and the sample. */
    public void insertAll(List<Segment> segments) {
        segments.forEach(Segment::requireValid);
        database.write(c -> {
            for (Segment segment : segments) {
                insert(c, segment, segment.createdAt(), segment.updatedAt());
            }
            return null;
        });
    }

    /**
     * What still refers to the segment, in words ("2 research notes"), so the user hears it before
     * the segment goes. Later sections add their references here.
     */
    public List<String> usages(UUID id) {
        return database.read(c -> {
            List<String> uses = new ArrayList<>();
            int notes = Rows.one(c, "SELECT count(*) FROM research_note WHERE segment_id = ?", rs -> rs.getInt(1), id).orElse(0);
            if (notes > 0) {
                uses.add(notes + (notes == 1 ? " research note" : " research notes"));
            }
            return uses;
        });
    }

    /** Removes the segment; links to it are cleared. Returns what {@link #restore} needs. */
    public Optional<DeletedSegment> delete(UUID id) {
        return database.write(c -> {
            Optional<Segment> gone = Rows.one(c, "SELECT " + COLUMNS + " FROM segment WHERE id = ?", SegmentRepository::segment, id);
            List<UUID> linked = Rows.list(c, "SELECT id FROM research_note WHERE segment_id = ?", rs -> UUID.fromString(rs.getString(1)), id);
            Rows.update(c, "DELETE FROM segment WHERE id = ?", id);
            return gone.map(segment -> new DeletedSegment(segment, linked));
        });
    }

    /** Undoes a delete: the segment and its links, in one transaction. */
    public void restore(DeletedSegment deleted) {
        Segment segment = deleted.segment();
        database.write(c -> {
            insert(c, segment, segment.createdAt(), segment.updatedAt());
            for (UUID note : deleted.linkedNotes()) {
                Rows.update(c, "UPDATE research_note SET segment_id = ? WHERE id = ? AND segment_id IS NULL", segment.id(), note);
            }
            return null;
        });
    }

    private static void insert(Connection c, Segment s, Instant createdAt, Instant updatedAt) throws SQLException {
        Rows.update(c, "INSERT INTO segment (id, plan_id, name, description, buyers, spend_minor, growth_pct, attractiveness, targeted,"
                        + " positioning, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " (SELECT coalesce(max(position), 0) + 1 FROM segment WHERE plan_id = ?), ?, ?)",
                s.id(), s.planId(), s.name(), s.description(), s.buyers(), s.spendPerBuyer(), s.growthPercent(), s.attractiveness(),
                s.targeted() ? 1 : 0, s.positioning(), s.planId(), createdAt, updatedAt);
    }

    private static Segment segment(ResultSet rs) throws SQLException {
        return new Segment(UUID.fromString(rs.getString("id")), UUID.fromString(rs.getString("plan_id")), rs.getString("name"),
                rs.getString("description"), rs.getLong("buyers"), rs.getLong("spend_minor"), rs.getDouble("growth_pct"),
                rs.getInt("attractiveness"), rs.getInt("targeted") == 1, rs.getString("positioning"),
                StoredTime.instant(rs.getString("created_at")), StoredTime.instant(rs.getString("updated_at")));
    }

    static final PlanSection SECTION = new PlanSection() {
        @Override
        public String countName() {
            return "segments";
        }

        @Override
        public int count(Connection c, UUID planId) throws SQLException {
            return Rows.one(c, "SELECT count(*) FROM segment WHERE plan_id = ?", rs -> rs.getInt(1), planId).orElse(0);
        }

        @Override
        public void copy(Connection c, UUID fromPlan, UUID toPlan, Map<UUID, UUID> newIds) throws SQLException {
            for (String id : Rows.list(c, "SELECT id FROM segment WHERE plan_id = ? ORDER BY position", rs -> rs.getString(1), fromPlan)) {
                UUID copy = newIds.computeIfAbsent(UUID.fromString(id), old -> UUID.randomUUID());
                Rows.update(c, "INSERT INTO segment (id, plan_id, name, description, buyers, spend_minor, growth_pct, attractiveness,"
                        + " targeted, positioning, position, created_at, updated_at) SELECT ?, ?, name, description, buyers, spend_minor,"
                        + " growth_pct, attractiveness, targeted, positioning, position, created_at, updated_at FROM segment WHERE id = ?",
                        copy, toPlan, id);
            }
        }
    };
}
