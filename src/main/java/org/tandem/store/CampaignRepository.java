package org.tandem.store;

import org.tandem.domain.Channel;
import org.tandem.domain.Campaign;
import org.tandem.domain.CampaignStatus;
import org.tandem.domain.Recurrence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A plan's campaigns and its channels (name and colour). */
public final class CampaignRepository {
    private static final String COLUMNS = "id, plan_id, name, channel, start_date, end_date, status, owner, role, planned_minor,"
            + " spent_minor, leads_expected, leads_actual, segment_id, notes, link, repeat_every, repeat_interval, repeat_until,"
            + " repeat_skip, created_at, updated_at";

    /** The channels a new plan starts with, and their colours; each plan may rename, recolour, add and remove. */
    public static final List<Map.Entry<String, String>> DEFAULT_CHANNELS = org.tandem.domain.ChannelPalette.DEFAULT_CHANNELS;

    private final Database database;
    private final Clock clock;

    public CampaignRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public CampaignRepository(Database database) {
        this(database, Clock.systemUTC());
    }

    /** The plan's channels, the default set on first use. */
    public List<Channel> channels(UUID planId) {
        return database.write(c -> {
            List<Channel> found = channels(c, planId);
            if (!found.isEmpty()) {
                return found;
            }
            int position = 0;
            for (Map.Entry<String, String> channel : DEFAULT_CHANNELS) {
                Rows.update(c, "INSERT INTO channel (id, plan_id, name, colour, position) VALUES (?, ?, ?, ?, ?)",
                        UUID.randomUUID(), planId, channel.getKey(), channel.getValue(), position++);
            }
            return channels(c, planId);
        });
    }

    /** The plan's channels as stored, writing nothing: none for a plan whose calendar was never shown. */
    public List<Channel> storedChannels(UUID planId) {
        return database.read(c -> channels(c, planId));
    }

    private static List<Channel> channels(Connection c, UUID planId) throws SQLException {
        return Rows.list(c, "SELECT id, name, colour FROM channel WHERE plan_id = ? ORDER BY position, name",
                rs -> new Channel(UUID.fromString(rs.getString(1)), rs.getString(2), rs.getString(3)), planId);
    }

    public Channel saveChannel(UUID planId, Channel channel) {
        return database.write(c -> {
            int changed = Rows.update(c, "UPDATE channel SET name = ?, colour = ? WHERE id = ?", channel.name().strip(),
                    channel.colour(), channel.id());
            if (changed == 0) {
                Rows.update(c, "INSERT INTO channel (id, plan_id, name, colour, position) VALUES (?, ?, ?, ?,"
                                + " (SELECT coalesce(max(position), 0) + 1 FROM channel WHERE plan_id = ?))",
                        channel.id(), planId, channel.name().strip(), channel.colour(), planId);
            }
            return new Channel(channel.id(), channel.name().strip(), channel.colour());
        });
    }

    /** Renames a channel and moves its campaigns along, in one transaction. */
    public Channel renameChannel(UUID planId, Channel channel, String newName) {
        String name = newName.strip();
        return database.write(c -> {
            String old = Rows.one(c, "SELECT name FROM channel WHERE id = ?", rs -> rs.getString(1), channel.id()).orElseThrow();
            Rows.update(c, "UPDATE channel SET name = ? WHERE id = ?", name, channel.id());
            Rows.update(c, "UPDATE campaign SET channel = ? WHERE plan_id = ? AND channel = ? COLLATE NOCASE", name, planId, old);
            return new Channel(channel.id(), name, channel.colour());
        });
    }

    /** Removes a channel from the plan's list; its campaigns keep the name and show as "other". */
    public void removeChannel(UUID channelId) {
        database.write(c -> Rows.update(c, "DELETE FROM channel WHERE id = ?", channelId));
    }

    /**
     * Campaigns that a view of [{@code from}, {@code to}] needs: those that meet the range, and
     * series whose run (first start to their end date) meets it. Series are returned once, as
     * stored; the view expands their occurrences for its range.
     */
    public List<Campaign> between(UUID planId, LocalDate from, LocalDate to) {
        // in two parts, not one "end_date >= ? OR repeat_until >= ?": the OR made SQLite read the row of every campaign
        // starting before the end (13,000 of the L plan's 20,000 for a quarter) where the dates index alone decides the
        // first part and the series index finds the few series that end before the window and repeat into it
        return database.read(c -> Rows.list(c, "SELECT " + COLUMNS + " FROM campaign WHERE plan_id = ?1 AND start_date <= ?2"
                        + " AND end_date >= ?3 UNION ALL SELECT " + COLUMNS + " FROM campaign INDEXED BY campaign_series_by_plan"
                        + " WHERE plan_id = ?1 AND repeat_until >= ?3 AND start_date <= ?2 AND end_date < ?3 ORDER BY start_date, name",
                CampaignRepository::campaign, planId, to.toString(), from.toString()));
    }

    public List<Campaign> all(UUID planId) {
        return database.read(c -> Rows.list(c, "SELECT " + COLUMNS + " FROM campaign WHERE plan_id = ? ORDER BY start_date, name",
                CampaignRepository::campaign, planId));
    }

    public Optional<Campaign> find(UUID id) {
        return database.read(c -> Rows.one(c, "SELECT " + COLUMNS + " FROM campaign WHERE id = ?", CampaignRepository::campaign, id));
    }

    public Campaign save(Campaign campaign) {
        campaign.requireValid();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return database.write(c -> {
            Rows.update(c, "DELETE FROM campaign WHERE id = ?", campaign.id());
            insert(c, campaign, campaign.createdAt() == null ? now : campaign.createdAt(), now);
            return Rows.one(c, "SELECT " + COLUMNS + " FROM campaign WHERE id = ?", CampaignRepository::campaign, campaign.id())
                    .orElseThrow();
        });
    }

    /** Adds campaigns as they are, all or none: imports and the sample. */
    public void insertAll(List<Campaign> campaigns) {
        campaigns.forEach(Campaign::requireValid);
        database.write(c -> {
            for (Campaign campaign : campaigns) {
                insert(c, campaign, campaign.createdAt(), campaign.updatedAt());
            }
            return null;
        });
    }

    /** Campaigns brought in from a file with the channels they need, in one transaction. */
    public void insertAll(UUID planId, List<Channel> newChannels, List<Campaign> campaigns) {
        campaigns.forEach(Campaign::requireValid);
        database.write(c -> {
            for (Channel channel : newChannels) {
                saveChannel(planId, channel);
            }
            insertAll(campaigns);
            return null;
        });
    }

    /**
     * One edit of the calendar, all or nothing: saves some campaigns and deletes others (a series
     * split into a changed occurrence, an undo that restores several campaigns).
     */
    public void apply(List<Campaign> save, List<UUID> delete) {
        save.forEach(Campaign::requireValid);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        database.write(c -> {
            for (UUID id : delete) {
                Rows.update(c, "DELETE FROM campaign WHERE id = ?", id);
            }
            for (Campaign campaign : save) {
                Rows.update(c, "DELETE FROM campaign WHERE id = ?", campaign.id());
                insert(c, campaign, campaign.createdAt() == null ? now : campaign.createdAt(), now);
            }
            return null;
        });
    }

    public Optional<Campaign> delete(UUID id) {
        return database.write(c -> {
            Optional<Campaign> gone = Rows.one(c, "SELECT " + COLUMNS + " FROM campaign WHERE id = ?", CampaignRepository::campaign, id);
            Rows.update(c, "DELETE FROM campaign WHERE id = ?", id);
            return gone;
        });
    }

    /** A campaign read inside a transaction, or empty. */
    static Optional<Campaign> find(Connection c, UUID id) throws SQLException {
        return Rows.one(c, "SELECT " + COLUMNS + " FROM campaign WHERE id = ?", CampaignRepository::campaign, id);
    }

    static void insert(Connection c, Campaign k, Instant createdAt, Instant updatedAt) throws SQLException {
        Recurrence r = k.recurrence();
        Rows.update(c, "INSERT INTO campaign (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                k.id(), k.planId(), k.name(), k.channel(), k.start().toString(), k.end().toString(), k.status().code(), k.owner(),
                k.role(), k.plannedBudget(), k.actualSpend(), k.expectedLeads(), k.actualLeads(), k.segmentId(), k.notes(), k.link(),
                r == null ? null : r.frequency().name().toLowerCase(Locale.ROOT), r == null ? null : r.interval(),
                r == null ? null : r.until().toString(),
                r == null ? "" : String.join(",", r.skipped().stream().map(LocalDate::toString).toList()), createdAt, updatedAt);
    }

    private static List<LocalDate> skipped(String dates) {
        return dates.isEmpty() ? List.of() : java.util.Arrays.stream(dates.split(",")).map(StoredTime::date).toList();
    }

    private static Campaign campaign(ResultSet rs) throws SQLException {
        String every = rs.getString("repeat_every");
        Recurrence recurrence = every == null ? null : new Recurrence(Recurrence.Frequency.valueOf(every.toUpperCase(Locale.ROOT)),
                rs.getInt("repeat_interval"), StoredTime.date(rs.getString("repeat_until")), skipped(rs.getString("repeat_skip")));
        String segment = rs.getString("segment_id");
        return new Campaign(UUID.fromString(rs.getString("id")), UUID.fromString(rs.getString("plan_id")), rs.getString("name"),
                rs.getString("channel"), StoredTime.date(rs.getString("start_date")), StoredTime.date(rs.getString("end_date")),
                CampaignStatus.fromCode(rs.getString("status")).orElse(CampaignStatus.PLANNED), rs.getString("owner"),
                rs.getString("role"), rs.getLong("planned_minor"), rs.getLong("spent_minor"), rs.getInt("leads_expected"),
                rs.getInt("leads_actual"), segment == null ? null : UUID.fromString(segment), rs.getString("notes"),
                rs.getString("link"), recurrence, StoredTime.instant(rs.getString("created_at")), StoredTime.instant(rs.getString("updated_at")));
    }

    static final PlanSection SECTION = new PlanSection() {
        @Override
        public String countName() {
            return "campaigns";
        }

        @Override
        public int count(Connection c, UUID planId) throws SQLException {
            return Rows.one(c, "SELECT count(*) FROM campaign WHERE plan_id = ?", rs -> rs.getInt(1), planId).orElse(0);
        }

        @Override
        public void copy(Connection c, UUID fromPlan, UUID toPlan, Map<UUID, UUID> newIds) throws SQLException {
            for (String id : Rows.list(c, "SELECT id FROM channel WHERE plan_id = ?", rs -> rs.getString(1), fromPlan)) {
                Rows.update(c, "INSERT INTO channel (id, plan_id, name, colour, position) SELECT ?, ?, name, colour, position"
                        + " FROM channel WHERE id = ?", UUID.randomUUID(), toPlan, id);
            }
            for (String[] row : Rows.list(c, "SELECT id, segment_id FROM campaign WHERE plan_id = ?",
                    rs -> new String[]{rs.getString(1), rs.getString(2)}, fromPlan)) {
                UUID segment = row[1] == null ? null : newIds.get(UUID.fromString(row[1]));
                Rows.update(c, "INSERT INTO campaign (" + COLUMNS + ") SELECT ?, ?, name, channel, start_date, end_date, status, owner,"
                                + " role, planned_minor, spent_minor, leads_expected, leads_actual, ?, notes, link, repeat_every,"
                                + " repeat_interval, repeat_until, repeat_skip, created_at, updated_at FROM campaign WHERE id = ?",
                        newIds.computeIfAbsent(UUID.fromString(row[0]), old -> UUID.randomUUID()), toPlan, segment, row[0]);
            }
        }
    };
}
