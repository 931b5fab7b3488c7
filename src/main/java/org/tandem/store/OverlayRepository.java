package org.tandem.store;

import org.tandem.domain.OverlayCalendar;
import org.tandem.domain.OverlayEvent;
import org.tandem.domain.RemovedOverlay;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Calendars imported from .ics files and shown read-only beside a plan's campaigns. */
public final class OverlayRepository {
    private final Database database;
    private final Clock clock;

    public OverlayRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public OverlayRepository(Database database) {
        this(database, Clock.systemUTC());
    }

    public List<OverlayCalendar> list(UUID planId) {
        return database.read(c -> Rows.list(c, "SELECT id, name, shown FROM overlay_calendar WHERE plan_id = ? ORDER BY imported_at",
                rs -> new OverlayCalendar(UUID.fromString(rs.getString(1)), rs.getString(2), rs.getInt(3) == 1), planId));
    }

    /** Adds an imported calendar with all its events in one transaction. */
    public OverlayCalendar add(UUID planId, String name, List<OverlayEvent> events) {
        OverlayCalendar overlay = new OverlayCalendar(UUID.randomUUID(), name.strip(), true);
        database.write(c -> {
            Rows.update(c, "INSERT INTO overlay_calendar (id, plan_id, name, shown, imported_at) VALUES (?, ?, ?, 1, ?)",
                    overlay.id(), planId, overlay.name(), clock.instant());
            for (OverlayEvent e : events) {
                Rows.update(c, "INSERT INTO overlay_event (overlay_id, uid, title, start_date, end_date) VALUES (?, ?, ?, ?, ?)",
                        overlay.id(), e.uid(), e.title(), e.start().toString(), e.end().toString());
            }
            return null;
        });
        return overlay;
    }

    public void setShown(UUID overlayId, boolean shown) {
        database.write(c -> Rows.update(c, "UPDATE overlay_calendar SET shown = ? WHERE id = ?", shown ? 1 : 0, overlayId));
    }

    public void remove(UUID overlayId) {
        database.write(c -> Rows.update(c, "DELETE FROM overlay_calendar WHERE id = ?", overlayId));
    }

    /** Removes an imported calendar and hands back what it held, in one transaction. */
    public RemovedOverlay removeKeeping(UUID overlayId) {
        return database.write(c -> {
            RemovedOverlay kept = Rows.one(c, "SELECT plan_id, name, shown FROM overlay_calendar WHERE id = ?",
                    rs -> new RemovedOverlay(UUID.fromString(rs.getString(1)), new OverlayCalendar(overlayId, rs.getString(2),
                            rs.getInt(3) == 1), Rows.list(c, "SELECT uid, title, start_date, end_date FROM overlay_event WHERE overlay_id = ?"
                            + " ORDER BY start_date", e -> new OverlayEvent(e.getString(1), e.getString(2), StoredTime.date(e.getString(3)),
                            StoredTime.date(e.getString(4))), overlayId)), overlayId).orElseThrow();
            Rows.update(c, "DELETE FROM overlay_calendar WHERE id = ?", overlayId);
            return kept;
        });
    }

    /** An imported calendar back as it was (same id, shown or hidden), with its events. */
    public void restore(RemovedOverlay kept) {
        database.write(c -> {
            Rows.update(c, "INSERT INTO overlay_calendar (id, plan_id, name, shown, imported_at) VALUES (?, ?, ?, ?, ?)",
                    kept.overlay().id(), kept.planId(), kept.overlay().name(), kept.overlay().shown() ? 1 : 0, clock.instant());
            for (OverlayEvent e : kept.events()) {
                Rows.update(c, "INSERT INTO overlay_event (overlay_id, uid, title, start_date, end_date) VALUES (?, ?, ?, ?, ?)",
                        kept.overlay().id(), e.uid(), e.title(), e.start().toString(), e.end().toString());
            }
            return null;
        });
    }

    /** Events of the plan's shown overlays that meet [from, to]. */
    public List<OverlayEvent> events(UUID planId, LocalDate from, LocalDate to) {
        return database.read(c -> Rows.list(c, "SELECT e.uid, e.title, e.start_date, e.end_date FROM overlay_event e"
                        + " JOIN overlay_calendar o ON o.id = e.overlay_id WHERE o.plan_id = ? AND o.shown = 1"
                        + " AND e.start_date <= ? AND e.end_date >= ? ORDER BY e.start_date",
                rs -> new OverlayEvent(rs.getString(1), rs.getString(2), StoredTime.date(rs.getString(3)),
                        StoredTime.date(rs.getString(4))), planId, to.toString(), from.toString()));
    }

    static final PlanSection SECTION = new PlanSection() {
        @Override
        public void copy(Connection c, UUID fromPlan, UUID toPlan, Map<UUID, UUID> newIds) throws SQLException {
            for (String id : Rows.list(c, "SELECT id FROM overlay_calendar WHERE plan_id = ?", rs -> rs.getString(1), fromPlan)) {
                UUID copy = UUID.randomUUID();
                Rows.update(c, "INSERT INTO overlay_calendar (id, plan_id, name, shown, imported_at) SELECT ?, ?, name, shown,"
                        + " imported_at FROM overlay_calendar WHERE id = ?", copy, toPlan, id);
                Rows.update(c, "INSERT INTO overlay_event (overlay_id, uid, title, start_date, end_date) SELECT ?, uid, title,"
                        + " start_date, end_date FROM overlay_event WHERE overlay_id = ?", copy, id);
            }
        }
    };
}
