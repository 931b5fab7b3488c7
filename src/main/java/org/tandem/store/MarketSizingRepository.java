package org.tandem.store;

import org.tandem.domain.MarketSizing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Each plan's one market sizing. */
public final class MarketSizingRepository {
    private static final String COLUMNS = "plan_id, method, tam_minor, sam_minor, som_minor, share_pct, growth_pct,"
            + " first_date, first_minor, second_date, second_minor, updated_at";

    private final Database database;
    private final Clock clock;

    public MarketSizingRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public MarketSizingRepository(Database database) {
        this(database, Clock.systemUTC());
    }

    /** The plan's sizing; an empty top-down one when none was saved yet. */
    public MarketSizing find(UUID planId) {
        return database.read(c -> Rows.one(c, "SELECT " + COLUMNS + " FROM market_sizing WHERE plan_id = ?",
                MarketSizingRepository::sizing, planId)).orElseGet(() -> MarketSizing.empty(planId, Instant.EPOCH));
    }

    public MarketSizing save(MarketSizing sizing) {
        sizing.requireValid();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return database.write(c -> {
            Rows.update(c, "INSERT INTO market_sizing (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                            + " ON CONFLICT (plan_id) DO UPDATE SET method = excluded.method, tam_minor = excluded.tam_minor,"
                            + " sam_minor = excluded.sam_minor, som_minor = excluded.som_minor, share_pct = excluded.share_pct,"
                            + " growth_pct = excluded.growth_pct, first_date = excluded.first_date, first_minor = excluded.first_minor,"
                            + " second_date = excluded.second_date, second_minor = excluded.second_minor, updated_at = excluded.updated_at",
                    sizing.planId(), sizing.method().code(), sizing.tam(), sizing.sam(), sizing.som(), sizing.sharePercent(),
                    sizing.growthPercent(),
                    sizing.first() == null ? null : sizing.first().date().toString(), sizing.first() == null ? null : sizing.first().value(),
                    sizing.second() == null ? null : sizing.second().date().toString(), sizing.second() == null ? null : sizing.second().value(),
                    now);
            return Rows.one(c, "SELECT " + COLUMNS + " FROM market_sizing WHERE plan_id = ?", MarketSizingRepository::sizing,
                    sizing.planId()).orElseThrow();
        });
    }

    private static MarketSizing sizing(ResultSet rs) throws SQLException {
        double growth = rs.getDouble("growth_pct");
        Double growthPercent = rs.wasNull() ? null : growth;
        return new MarketSizing(UUID.fromString(rs.getString("plan_id")), MarketSizing.Method.fromCode(rs.getString("method")),
                rs.getLong("tam_minor"), rs.getLong("sam_minor"), rs.getLong("som_minor"), rs.getDouble("share_pct"), growthPercent,
                figure(rs, "first"), figure(rs, "second"), StoredTime.instant(rs.getString("updated_at")));
    }

    private static MarketSizing.DatedFigure figure(ResultSet rs, String which) throws SQLException {
        String date = rs.getString(which + "_date");
        long value = rs.getLong(which + "_minor");
        boolean noValue = rs.wasNull();
        return date == null || noValue ? null : new MarketSizing.DatedFigure(StoredTime.date(date), value);
    }

    static final PlanSection SECTION = new PlanSection() {
        @Override
        public void copy(Connection c, UUID fromPlan, UUID toPlan, Map<UUID, UUID> newIds) throws SQLException {
            Rows.update(c, "INSERT INTO market_sizing (" + COLUMNS + ") SELECT ?, " + COLUMNS.substring(COLUMNS.indexOf(',') + 1)
                    + " FROM market_sizing WHERE plan_id = ?", toPlan, fromPlan);
        }
    };
}
