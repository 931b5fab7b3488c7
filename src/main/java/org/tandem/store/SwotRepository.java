package org.tandem.store;

import org.tandem.domain.SwotItem;
import org.tandem.domain.SwotQuadrant;

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

/** The plan's SWOT board: items by quadrant, in order. */
public final class SwotRepository {
    private static final String COLUMNS = "id, plan_id, quadrant, text, position, link_kind, link_id, created_at, updated_at";

    private final Database database;
    private final Clock clock;

    public SwotRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public SwotRepository(Database database) {
        this(database, Clock.systemUTC());
    }

    public List<SwotItem> list(UUID planId) {
        return database.read(c -> Rows.list(c, "SELECT " + COLUMNS + " FROM swot_item WHERE plan_id = ? ORDER BY quadrant, position",
                SwotRepository::item, planId));
    }

    /** Adds an item at the end of its quadrant, or saves a changed text. */
    public SwotItem save(SwotItem item) {
        item.problem().ifPresent(p -> {
            throw p;
        });
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return database.write(c -> {
            int changed = Rows.update(c, "UPDATE swot_item SET text = ?, link_kind = ?, link_id = ?, updated_at = ? WHERE id = ?",
                    item.text(), item.linkKind(), item.linkId(), now, item.id());
            if (changed == 0) {
                Rows.update(c, "INSERT INTO swot_item (" + COLUMNS + ") VALUES (?, ?, ?, ?,"
                                + " (SELECT coalesce(max(position), -1) + 1 FROM swot_item WHERE plan_id = ? AND quadrant = ?), ?, ?, ?, ?)",
                        item.id(), item.planId(), item.quadrant().code(), item.text(), item.planId(), item.quadrant().code(),
                        item.linkKind(), item.linkId(), now, now);
            }
            return Rows.one(c, "SELECT " + COLUMNS + " FROM swot_item WHERE id = ?", SwotRepository::item, item.id()).orElseThrow();
        });
    }

    /**
     * Moves an item to a quadrant (its own or another) at a position; both quadrants are
     * renumbered in one transaction, so the board never shows gaps or doubles.
     */
    public void move(UUID id, SwotQuadrant to, int position) {
        database.write(c -> {
            SwotItem item = Rows.one(c, "SELECT " + COLUMNS + " FROM swot_item WHERE id = ?", SwotRepository::item, id)
                    .orElseThrow(() -> new StoreException("The SWOT item no longer exists."));
            List<String> from = ids(c, item.planId(), item.quadrant());
            from.remove(id.toString());
            renumber(c, from);
            List<String> target = item.quadrant() == to ? from : ids(c, item.planId(), to);
            target.add(Math.max(0, Math.min(position, target.size())), id.toString());
            Rows.update(c, "UPDATE swot_item SET quadrant = ?, updated_at = ? WHERE id = ?", to.code(),
                    clock.instant().truncatedTo(ChronoUnit.MILLIS), id);
            renumber(c, target);
            return null;
        });
    }

    public Optional<SwotItem> delete(UUID id) {
        return database.write(c -> {
            Optional<SwotItem> gone = Rows.one(c, "SELECT " + COLUMNS + " FROM swot_item WHERE id = ?", SwotRepository::item, id);
            Rows.update(c, "DELETE FROM swot_item WHERE id = ?", id);
            gone.ifPresent(g -> {
                try {
                    renumber(c, ids(c, g.planId(), g.quadrant()));
                } catch (SQLException e) {
                    throw new StoreException("Could not renumber the SWOT board: " + e.getMessage(), e);
                }
            });
            return gone;
        });
    }

    private static List<String> ids(Connection c, UUID planId, SwotQuadrant quadrant) throws SQLException {
        return new ArrayList<>(Rows.list(c, "SELECT id FROM swot_item WHERE plan_id = ? AND quadrant = ? ORDER BY position",
                rs -> rs.getString(1), planId, quadrant.code()));
    }

    private static void renumber(Connection c, List<String> ids) throws SQLException {
        for (int i = 0; i < ids.size(); i++) {
            Rows.update(c, "UPDATE swot_item SET position = ? WHERE id = ?", i, ids.get(i));
        }
    }

    private static SwotItem item(ResultSet rs) throws SQLException {
        String link = rs.getString("link_id");
        return new SwotItem(UUID.fromString(rs.getString("id")), UUID.fromString(rs.getString("plan_id")),
                SwotQuadrant.fromCode(rs.getString("quadrant")).orElseThrow(), rs.getString("text"), rs.getInt("position"),
                rs.getString("link_kind"), link == null ? null : UUID.fromString(link),
                StoredTime.instant(rs.getString("created_at")), StoredTime.instant(rs.getString("updated_at")));
    }

    static final PlanSection SECTION = new PlanSection() {
        @Override
        public void copy(Connection c, UUID fromPlan, UUID toPlan, Map<UUID, UUID> newIds) throws SQLException {
            for (String id : Rows.list(c, "SELECT id FROM swot_item WHERE plan_id = ?", rs -> rs.getString(1), fromPlan)) {
                Rows.update(c, "INSERT INTO swot_item (" + COLUMNS + ") SELECT ?, ?, quadrant, text, position, link_kind, link_id,"
                        + " created_at, updated_at FROM swot_item WHERE id = ?", newIds.computeIfAbsent(UUID.fromString(id),
                        old -> UUID.randomUUID()), toPlan, id);
            }
        }
    };
}
