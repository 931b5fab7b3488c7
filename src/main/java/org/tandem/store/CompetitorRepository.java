package org.tandem.store;

import org.tandem.domain.DeletedCompetitor;
import org.tandem.domain.Competitor;
import org.tandem.domain.CompetitorReview;
import org.tandem.domain.PlanName;
import org.tandem.domain.ThreatLevel;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A plan's competitor profiles and its own business's row, with their strengths, weaknesses and segments. */
public final class CompetitorRepository {
    private static final String COLUMNS = "id, plan_id, own, name, website, offer, price_level, channels, positioning, threat,"
            + " share_pct, last_reviewed, notes, created_at, updated_at";

    /** The profiles' order in every list: your own business first, then as the user arranged them. */
    private static final String LIST_ORDER = " ORDER BY own DESC, position, name";

    private final Database database;
    private final Clock clock;

    public CompetitorRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public CompetitorRepository(Database database) {
        this(database, Clock.systemUTC());
    }

    /** Every profile of the plan, our business first, then in the user's order. */
    public List<Competitor> list(UUID planId) {
        return database.read(c -> {
            Map<UUID, List<String>> strengths = new HashMap<>();
            Map<UUID, List<String>> weaknesses = new HashMap<>();
            Rows.list(c, "SELECT p.competitor_id, p.kind, p.text FROM competitor_point p JOIN competitor k ON k.id = p.competitor_id"
                    + " WHERE k.plan_id = ? ORDER BY p.position", rs -> {
                UUID owner = UUID.fromString(rs.getString(1));
                (rs.getString(2).equals("strength") ? strengths : weaknesses).computeIfAbsent(owner, k -> new ArrayList<>())
                        .add(rs.getString(3));
                return null;
            }, planId);
            Map<UUID, List<UUID>> segments = new HashMap<>();
            Rows.list(c, "SELECT s.competitor_id, s.segment_id FROM competitor_segment s JOIN competitor k ON k.id = s.competitor_id"
                    + " WHERE k.plan_id = ?", rs -> segments.computeIfAbsent(UUID.fromString(rs.getString(1)), k -> new ArrayList<>())
                    .add(UUID.fromString(rs.getString(2))), planId);
            return Rows.list(c, "SELECT " + COLUMNS + " FROM competitor WHERE plan_id = ?" + LIST_ORDER,
                    rs -> competitor(rs, strengths, weaknesses, segments), planId);
        });
    }

    /** The plan's profiles as "reviews due" sees them, in the list's order: no points or segments to read for that. */
    public List<CompetitorReview> reviews(UUID planId) {
        return database.read(c -> Rows.list(c, "SELECT id, name, own, last_reviewed, created_at FROM competitor WHERE plan_id = ?"
                + LIST_ORDER, rs -> new CompetitorReview(UUID.fromString(rs.getString(1)), rs.getString(2), rs.getInt(3) == 1,
                rs.getString(4) == null ? null : StoredTime.date(rs.getString(4)), StoredTime.instant(rs.getString(5))), planId));
    }

    public Optional<Competitor> find(UUID id) {
        return database.read(c -> find(c, id));
    }

    /** The plan's own row, made (named after the plan) the first time it is asked for. */
    public Competitor ownBusiness(UUID planId, String name) {
        return database.write(c -> {
            Optional<String> existing = Rows.one(c, "SELECT id FROM competitor WHERE plan_id = ? AND own = 1", rs -> rs.getString(1), planId);
            if (existing.isPresent()) {
                return find(c, UUID.fromString(existing.get())).orElseThrow();
            }
            Competitor own = Competitor.named(planId, name, true, now());
            insert(c, own);
            return find(c, own.id()).orElseThrow();
        });
    }

    /** Saves the profile with its lists, all or nothing. */
    public Competitor save(Competitor competitor) {
        competitor.requireValid();
        return database.write(c -> {
            Instant now = now();
            int changed = Rows.update(c, "UPDATE competitor SET name = ?, website = ?, offer = ?, price_level = ?, channels = ?,"
                            + " positioning = ?, threat = ?, share_pct = ?, last_reviewed = ?, notes = ?, updated_at = ? WHERE id = ?",
                    competitor.name(), competitor.website(), competitor.offer(), competitor.priceLevel(), competitor.channels(),
                    competitor.positioning(), competitor.threat().code(), competitor.sharePercent(), date(competitor.lastReviewed()),
                    competitor.notes(), now, competitor.id());
            if (changed == 0) {
                insert(c, competitor);
            } else {
                // a point that stays (same kind and text) keeps its id: ids are what a plan file merge matches on
                Map<String, java.util.Deque<String>> kept = new HashMap<>();
                for (String[] point : Rows.list(c, "SELECT kind, text, id FROM competitor_point WHERE competitor_id = ? ORDER BY position",
                        rs -> new String[]{rs.getString(1), rs.getString(2), rs.getString(3)}, competitor.id())) {
                    kept.computeIfAbsent(point[0] + "\n" + point[1], k -> new java.util.ArrayDeque<>()).add(point[2]);
                }
                Rows.update(c, "DELETE FROM competitor_point WHERE competitor_id = ?", competitor.id());
                Rows.update(c, "DELETE FROM competitor_segment WHERE competitor_id = ?", competitor.id());
                insertLists(c, competitor, kept);
            }
            return find(c, competitor.id()).orElseThrow();
        });
    }

    /** Puts the plan's profiles in this order (our business stays first wherever it is listed). */
    public void reorder(UUID planId, List<UUID> order) {
        database.write(c -> {
            for (int i = 0; i < order.size(); i++) {
                Rows.update(c, "UPDATE competitor SET position = ? WHERE id = ? AND plan_id = ?", i + 1, order.get(i), planId);
            }
            return null;
        });
    }

    /** Whether another profile of the plan already has this name (ignoring case): a warning, not a rule. */
    public boolean nameUsed(UUID planId, String name, UUID except) {
        String key = PlanName.key(name);
        return database.read(c -> Rows.list(c, "SELECT id, name FROM competitor WHERE plan_id = ?",
                rs -> new String[]{rs.getString(1), rs.getString(2)}, planId)).stream()
                .anyMatch(row -> !row[0].equals(String.valueOf(except)) && PlanName.key(row[1]).equals(key));
    }

    /** Ids of the plan's competitors whose name, offer, channels, positioning or notes match typed text. */
    public List<UUID> search(UUID planId, String text) {
        Optional<String> match = FtsQuery.of(text);
        if (match.isEmpty()) {
            return list(planId).stream().map(Competitor::id).toList();
        }
        return database.read(c -> Rows.list(c, "SELECT k.id FROM competitor_fts JOIN competitor k ON k.rid = competitor_fts.rowid"
                        + " WHERE competitor_fts MATCH ? AND k.plan_id = ? ORDER BY rank",
                rs -> UUID.fromString(rs.getString(1)), match.get(), planId));
    }

    public Optional<DeletedCompetitor> delete(UUID id) {
        return database.write(c -> {
            Optional<Competitor> gone = find(c, id);
            if (gone.isEmpty()) {
                return Optional.empty();
            }
            Map<UUID, Integer> scores = new HashMap<>();
            Rows.list(c, "SELECT criterion_id, score FROM score WHERE competitor_id = ?",
                    rs -> scores.put(UUID.fromString(rs.getString(1)), rs.getInt(2)), id);
            List<UUID> notes = Rows.list(c, "SELECT note_id FROM note_competitor WHERE competitor_id = ?",
                    rs -> UUID.fromString(rs.getString(1)), id);
            Rows.update(c, "DELETE FROM competitor WHERE id = ?", id);
            return Optional.of(new DeletedCompetitor(gone.get(), scores, notes));
        });
    }

    public void restore(DeletedCompetitor deleted) {
        database.write(c -> {
            insert(c, deleted.competitor());
            for (Map.Entry<UUID, Integer> s : deleted.scores().entrySet()) {
                Rows.update(c, "INSERT OR IGNORE INTO score (competitor_id, criterion_id, score) SELECT ?, id, ? FROM criterion WHERE id = ?",
                        deleted.competitor().id(), s.getValue(), s.getKey());
            }
            for (UUID note : deleted.linkedNotes()) {
                Rows.update(c, "INSERT OR IGNORE INTO note_competitor (note_id, competitor_id) SELECT id, ? FROM research_note WHERE id = ?",
                        deleted.competitor().id(), note);
            }
            return null;
        });
    }

    /** Links a research note to the competitors it is about (replacing earlier links). */
    public void linkNote(UUID noteId, List<UUID> competitors) {
        database.write(c -> {
            Rows.update(c, "DELETE FROM note_competitor WHERE note_id = ?", noteId);
            for (UUID competitor : competitors) {
                Rows.update(c, "INSERT INTO note_competitor (note_id, competitor_id) VALUES (?, ?)", noteId, competitor);
            }
            return null;
        });
    }

    /** Research notes about a competitor: id and title. */
    public List<Map.Entry<UUID, String>> linkedNotes(UUID competitorId) {
        return database.read(c -> Rows.list(c, "SELECT n.id, n.title FROM note_competitor l JOIN research_note n ON n.id = l.note_id"
                        + " WHERE l.competitor_id = ? ORDER BY n.title COLLATE NOCASE",
                rs -> Map.entry(UUID.fromString(rs.getString(1)), rs.getString(2)), competitorId));
    }

    private static void insert(Connection c, Competitor k) throws SQLException {
        Rows.update(c, "INSERT INTO competitor (" + COLUMNS + ", position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " (SELECT coalesce(max(position), 0) + 1 FROM competitor WHERE plan_id = ?))",
                k.id(), k.planId(), k.own() ? 1 : 0, k.name(), k.website(), k.offer(), k.priceLevel(), k.channels(), k.positioning(),
                k.threat().code(), k.sharePercent(), date(k.lastReviewed()), k.notes(), k.createdAt(), k.updatedAt(), k.planId());
        insertLists(c, k);
    }

    private static void insertLists(Connection c, Competitor k) throws SQLException {
        insertLists(c, k, Map.of());
    }

    /** @param kept ids of the points before, by kind and text, to give back to the same points */
    private static void insertLists(Connection c, Competitor k, Map<String, java.util.Deque<String>> kept) throws SQLException {
        int position = 0;
        for (String s : k.strengths()) {
            Rows.update(c, "INSERT INTO competitor_point (id, competitor_id, kind, text, position) VALUES (?, ?, 'strength', ?, ?)",
                    pointId(kept, "strength", s), k.id(), s, position++);
        }
        for (String w : k.weaknesses()) {
            Rows.update(c, "INSERT INTO competitor_point (id, competitor_id, kind, text, position) VALUES (?, ?, 'weakness', ?, ?)",
                    pointId(kept, "weakness", w), k.id(), w, position++);
        }
        for (UUID segment : k.targetSegments()) {
            Rows.update(c, "INSERT INTO competitor_segment (competitor_id, segment_id) VALUES (?, ?)", k.id(), segment);
        }
    }

    private static String pointId(Map<String, java.util.Deque<String>> kept, String kind, String text) {
        java.util.Deque<String> ids = kept.get(kind + "\n" + text);
        return ids == null || ids.isEmpty() ? UUID.randomUUID().toString() : ids.poll();
    }

    private static Optional<Competitor> find(Connection c, UUID id) throws SQLException {
        List<String> strengths = new ArrayList<>();
        List<String> weaknesses = new ArrayList<>();
        Rows.list(c, "SELECT kind, text FROM competitor_point WHERE competitor_id = ? ORDER BY position",
                rs -> (rs.getString(1).equals("strength") ? strengths : weaknesses).add(rs.getString(2)), id);
        List<UUID> segments = Rows.list(c, "SELECT segment_id FROM competitor_segment WHERE competitor_id = ?",
                rs -> UUID.fromString(rs.getString(1)), id);
        return Rows.one(c, "SELECT " + COLUMNS + " FROM competitor WHERE id = ?",
                rs -> competitor(rs, Map.of(id, strengths), Map.of(id, weaknesses), Map.of(id, segments)), id);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    private static Competitor competitor(ResultSet rs, Map<UUID, List<String>> strengths, Map<UUID, List<String>> weaknesses,
                                         Map<UUID, List<UUID>> segments) throws SQLException {
        UUID id = UUID.fromString(rs.getString("id"));
        String reviewed = rs.getString("last_reviewed");
        return new Competitor(id, UUID.fromString(rs.getString("plan_id")), rs.getInt("own") == 1, rs.getString("name"),
                rs.getString("website"), rs.getString("offer"), nullableDouble(rs, "price_level"), rs.getString("channels"),
                segments.getOrDefault(id, List.of()), strengths.getOrDefault(id, List.of()), weaknesses.getOrDefault(id, List.of()),
                rs.getString("positioning"), ThreatLevel.fromCode(rs.getString("threat")).orElse(ThreatLevel.MEDIUM),
                nullableDouble(rs, "share_pct"), reviewed == null ? null : StoredTime.date(reviewed), rs.getString("notes"),
                StoredTime.instant(rs.getString("created_at")), StoredTime.instant(rs.getString("updated_at")));
    }

    /** Copies profiles with their lists, segment links and note links, following the new ids. */
    static final PlanSection SECTION = new PlanSection() {
        @Override
        public String countName() {
            return "competitors";
        }

        @Override
        public int count(Connection c, UUID planId) throws SQLException {
            return Rows.one(c, "SELECT count(*) FROM competitor WHERE plan_id = ? AND own = 0", rs -> rs.getInt(1), planId).orElse(0);
        }

        @Override
        public void copy(Connection c, UUID fromPlan, UUID toPlan, Map<UUID, UUID> newIds) throws SQLException {
            for (String id : Rows.list(c, "SELECT id FROM competitor WHERE plan_id = ? ORDER BY position", rs -> rs.getString(1), fromPlan)) {
                UUID copy = newIds.computeIfAbsent(UUID.fromString(id), old -> UUID.randomUUID());
                Rows.update(c, "INSERT INTO competitor (id, plan_id, own, name, website, offer, price_level, channels, positioning, threat,"
                        + " share_pct, last_reviewed, notes, position, created_at, updated_at) SELECT ?, ?, own, name, website, offer,"
                        + " price_level, channels, positioning, threat, share_pct, last_reviewed, notes, position, created_at, updated_at"
                        + " FROM competitor WHERE id = ?", copy, toPlan, id);
                for (String[] point : Rows.list(c, "SELECT kind, text, position FROM competitor_point WHERE competitor_id = ?",
                        rs -> new String[]{rs.getString(1), rs.getString(2), rs.getString(3)}, id)) {
                    Rows.update(c, "INSERT INTO competitor_point (id, competitor_id, kind, text, position) VALUES (?, ?, ?, ?, ?)",
                            UUID.randomUUID(), copy, point[0], point[1], Integer.parseInt(point[2]));
                }
                for (String segment : Rows.list(c, "SELECT segment_id FROM competitor_segment WHERE competitor_id = ?",
                        rs -> rs.getString(1), id)) {
                    UUID mapped = newIds.get(UUID.fromString(segment));
                    if (mapped != null) {
                        Rows.update(c, "INSERT INTO competitor_segment (competitor_id, segment_id) VALUES (?, ?)", copy, mapped);
                    }
                }
                for (String note : Rows.list(c, "SELECT note_id FROM note_competitor WHERE competitor_id = ?", rs -> rs.getString(1), id)) {
                    UUID mapped = newIds.get(UUID.fromString(note));
                    if (mapped != null) {
                        Rows.update(c, "INSERT INTO note_competitor (note_id, competitor_id) VALUES (?, ?)", mapped, copy);
                    }
                }
            }
        }
    };
}
