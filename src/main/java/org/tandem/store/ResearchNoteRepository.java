package org.tandem.store;

import org.tandem.domain.NoteSort;
import org.tandem.domain.NoteSummary;
import org.tandem.domain.NoteSnippet;
import org.tandem.domain.Aspect;
import org.tandem.domain.Confidence;
import org.tandem.domain.ResearchNote;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/** A plan's research notes, with full-text search kept in step by triggers (see V003__research.sql). */
public final class ResearchNoteRepository {
    public static final char MATCH_START = NoteSummary.MATCH_START;
    /** How far into a body the search looks for the passage to show: a match further in shows the note's start. */
    static final int SNIPPET_SCAN = 200_000;
    /**
     * The columns of the passage shown under a found note: a window of its body starting a little before the first place
     * the word (both {@code ?}, the same word) occurs. Its cost follows the window and the scan, not the matches.
     */
    private static final String START = "max(1, instr(lower(substr(coalesce(n.body, ''), 1, " + SNIPPET_SCAN + ")), ?) - "
            + NoteSnippet.LEAD + ")";
    private static final String PASSAGE = ", substr(n.body, " + START + ", " + NoteSnippet.WINDOW + ") AS window, " + START
            + " AS window_start, length(n.body) AS body_length";
    public static final char MATCH_END = NoteSummary.MATCH_END;

    private static final String COLUMNS = "id, plan_id, title, body, aspect, tags, source, evidence_date, confidence, pinned,"
            + " segment_id, created_at, updated_at";
    private static final String SUMMARY = "n.id, n.title, n.aspect, n.tags, n.source, n.pinned, n.evidence_date, n.updated_at";

    /** The ORDER BY of a sort (pinned notes come first whatever it is). */
    private static String orderBy(NoteSort sort) {
        return switch (sort) {
            case UPDATED -> "n.updated_at DESC";
            case EVIDENCE_DATE -> "n.evidence_date IS NULL, n.evidence_date DESC, n.updated_at DESC";
            case TITLE -> "n.title COLLATE NOCASE";
        };
    }

    private final Database database;
    private final Clock clock;

    public ResearchNoteRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public ResearchNoteRepository(Database database) {
        this(database, Clock.systemUTC());
    }

    /** The plan's notes, optionally of one aspect and with one tag; pinned first, then by the sort. */
    public List<NoteSummary> list(UUID planId, Aspect aspect, String tag, NoteSort sort) {
        return list(planId, aspect, tag, sort, Integer.MAX_VALUE);
    }

    /** As {@link #list(UUID, Aspect, String, NoteSort)}, at most {@code limit} notes. */
    public List<NoteSummary> list(UUID planId, Aspect aspect, String tag, NoteSort sort, int limit) {
        Filter filter = new Filter(planId, aspect, tag);
        List<Object> args = new ArrayList<>(filter.values());
        args.add(limit);
        return database.read(c -> Rows.list(c, "SELECT " + SUMMARY + ", '' AS snippet FROM research_note n WHERE " + filter.sql
                + " ORDER BY n.pinned DESC, " + orderBy(sort) + " LIMIT ?", ResearchNoteRepository::summary, args.toArray()));
    }

    /** Notes whose evidence dates from before {@code before}, oldest first, at most {@code limit}; and how many there are. */
    public Map.Entry<Integer, List<NoteSummary>> evidenceBefore(UUID planId, java.time.LocalDate before, int limit) {
        String where = " FROM research_note n WHERE n.plan_id = ? AND n.evidence_date IS NOT NULL AND n.evidence_date < ?";
        return database.read(c -> Map.entry(
                Rows.one(c, "SELECT count(*)" + where, rs -> rs.getInt(1), planId, before.toString()).orElse(0),
                Rows.list(c, "SELECT " + SUMMARY + ", '' AS snippet" + where + " ORDER BY n.evidence_date, n.title LIMIT ?",
                        ResearchNoteRepository::summary, planId, before.toString(), limit)));
    }

    /** How many notes the plan holds with these filters. */
    public int count(UUID planId, Aspect aspect, String tag) {
        Filter filter = new Filter(planId, aspect, tag);
        return database.read(c -> Rows.one(c, "SELECT count(*) FROM research_note n WHERE " + filter.sql, rs -> rs.getInt(1),
                filter.args()).orElse(0));
    }

    /**
     * Full-text search over titles, bodies, tags and sources; any text is safe (see {@link FtsQuery}).
     * When at most {@code limit} notes match, the best matches come first; when more do, ranking
     * them all would cost more than a key press may, so the newest {@code limit} come, newest first.
     */
    public List<NoteSummary> search(UUID planId, String text, Aspect aspect, String tag, int limit) {
        Optional<String> match = FtsQuery.of(text);
        if (match.isEmpty()) {
            return list(planId, aspect, tag, NoteSort.UPDATED, limit);
        }
        List<String> words = FtsQuery.words(text);
        if (words.stream().anyMatch(org.tandem.domain.SearchWords::unspaced)) {
            return searchByParts(planId, words, new Filter(planId, aspect, tag), limit);
        }
        Filter filter = new Filter(planId, aspect, tag);
        List<Object> args = new ArrayList<>();
        args.add(match.get());
        args.addAll(filter.values());
        args.add(limit + 1);
        String from = " FROM research_note_fts JOIN research_note n ON n.rid = research_note_fts.rowid"
                + " WHERE research_note_fts MATCH ? AND " + filter.sql;
        // the passage is a window of the body around the first place the longest word occurs (in the first
        // SNIPPET_SCAN characters): its cost follows the window, not the number of matches as FTS5's snippet() did
        String longest = longest(words);
        List<Object> withWord = new ArrayList<>(List.of(longest, longest));
        withWord.addAll(args);
        return database.read(c -> {
            // newest first, one more than shown: in row order FTS5 stops as soon as it has them, where counting all
            // the matches first walked every word's whole list (a twenty-word search took twice as long)
            List<NoteSummary> newest = Rows.list(c, "SELECT " + SUMMARY + PASSAGE + from + " ORDER BY research_note_fts.rowid DESC LIMIT ?",
                    rs -> found(rs, words), withWord.toArray());
            if (newest.size() > limit) {
                return List.copyOf(newest.subList(0, limit));
            }
            // few enough to rank: the best matches first
            return Rows.list(c, "SELECT " + SUMMARY + PASSAGE + from + " ORDER BY rank LIMIT ?", rs -> found(rs, words), withWord.toArray());
        });
    }

    /**
     * A search holding words of a writing without spaces (Japanese, Chinese, Korean): each such word is found anywhere
     * inside a note's text through the trigram index of the notes that hold such writing (a part of one or two
     * characters, too short for trigrams, is looked for in those notes' text); the other words as everywhere else.
     * Newest first.
     */
    private List<NoteSummary> searchByParts(UUID planId, List<String> words, Filter filter, int limit) {
        StringBuilder where = new StringBuilder(filter.sql);
        List<Object> args = new ArrayList<>(filter.values());
        List<String> spaced = words.stream().filter(w -> !org.tandem.domain.SearchWords.unspaced(w)).toList();
        Optional<String> match = FtsQuery.ofWords(spaced);
        if (match.isPresent()) {
            where.append(" AND n.rid IN (SELECT rowid FROM research_note_fts WHERE research_note_fts MATCH ?)");
            args.add(match.get());
        }
        for (String part : words.stream().filter(org.tandem.domain.SearchWords::unspaced).toList()) {
            if (part.codePointCount(0, part.length()) >= 3) {
                // a part holds only letters and digits: quoted, it is searched as text
                where.append(" AND n.rid IN (SELECT rowid FROM research_note_fts_cjk WHERE research_note_fts_cjk MATCH ?)");
                args.add('"' + part + '"');
            } else {
                where.append(" AND instr(n.title || ' ' || coalesce(n.body, '') || ' ' || coalesce(n.tags, '') || ' '"
                        + " || coalesce(n.source, ''), ?) > 0");
                args.add(part);
            }
        }
        String longest = longest(words);
        List<Object> all = new ArrayList<>(List.of(longest, longest));
        all.addAll(args);
        all.add(limit);
        // only notes holding such writing can match: the walk starts from their list, never from every note of the plan
        return database.read(c -> Rows.list(c, "SELECT " + SUMMARY + PASSAGE + " FROM research_note_fts_cjk_notes u"
                + " CROSS JOIN research_note n ON n.rid = u.rid WHERE " + where
                + " ORDER BY n.updated_at DESC LIMIT ?", rs -> found(rs, words), all.toArray()));
    }

    public Optional<ResearchNote> find(UUID id) {
        return database.read(c -> Rows.one(c, "SELECT " + COLUMNS + " FROM research_note WHERE id = ?", ResearchNoteRepository::note, id));
    }

    /** Adds the note or saves changes to it, stamping the update time; returns it as stored. */
    public ResearchNote save(ResearchNote note) {
        note.requireValid();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return database.write(c -> {
            int changed = Rows.update(c, "UPDATE research_note SET title = ?, body = ?, aspect = ?, tags = ?, source = ?, evidence_date = ?,"
                            + " confidence = ?, pinned = ?, segment_id = ?, updated_at = ? WHERE id = ?",
                    note.title(), note.body(), note.aspect().code(), json(note.tags()), note.source(), date(note.evidenceDate()),
                    note.confidence().code(), note.pinned() ? 1 : 0, note.segmentId(), now, note.id());
            if (changed == 0) {
                insert(c, note, note.createdAt() == null ? now : note.createdAt(), now);
            }
            return Rows.one(c, "SELECT " + COLUMNS + " FROM research_note WHERE id = ?", ResearchNoteRepository::note, note.id()).orElseThrow();
        });
    }

    /** Adds notes as they are (ids and times kept), all or none: dropped files, imports, the sample. */
    public void insertAll(List<ResearchNote> notes) {
        notes.forEach(ResearchNote::requireValid);
        database.write(c -> {
            for (ResearchNote note : notes) {
                insert(c, note, note.createdAt(), note.updatedAt());
            }
            return null;
        });
    }

    /** Removes the note and returns it, so an undo can put it back with {@link #insertAll}. */
    public Optional<ResearchNote> delete(UUID id) {
        return database.write(c -> {
            Optional<ResearchNote> gone = Rows.one(c, "SELECT " + COLUMNS + " FROM research_note WHERE id = ?", ResearchNoteRepository::note, id);
            Rows.update(c, "DELETE FROM research_note WHERE id = ?", id);
            return gone;
        });
    }

    public Map<Aspect, Integer> countsByAspect(UUID planId) {
        return database.read(c -> {
            Map<Aspect, Integer> counts = new EnumMap<>(Aspect.class);
            for (Aspect aspect : Aspect.values()) {
                counts.put(aspect, 0);
            }
            Rows.list(c, "SELECT aspect, count(*) FROM research_note WHERE plan_id = ? GROUP BY aspect", rs -> {
                Aspect.fromCode(rs.getString(1)).ifPresent(a -> {
                    try {
                        counts.put(a, rs.getInt(2));
                    } catch (SQLException e) {
                        throw new StoreException("Could not count notes: " + e.getMessage(), e);
                    }
                });
                return null;
            }, planId);
            return counts;
        });
    }

    /**
     * Every tag used in the plan, each once, sorted ignoring case. Where spellings differ only in
     * case ("Pricing", "pricing"), the first in plain text order stands for both.
     */
    public List<String> tags(UUID planId) {
        return database.read(c -> {
            Map<String, String> byKey = new TreeMap<>();
            for (String tag : Rows.list(c, "SELECT DISTINCT j.value FROM research_note n, json_each(n.tags) j WHERE n.plan_id = ?",
                    rs -> rs.getString(1), planId)) {
                byKey.merge(tag.toLowerCase(Locale.ROOT), tag, (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
            return List.copyOf(byKey.values());
        });
    }

    private static void insert(Connection c, ResearchNote n, Instant createdAt, Instant updatedAt) throws SQLException {
        Rows.update(c, "INSERT INTO research_note (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                n.id(), n.planId(), n.title(), n.body(), n.aspect().code(), json(n.tags()), n.source(), date(n.evidenceDate()),
                n.confidence().code(), n.pinned() ? 1 : 0, n.segmentId(), createdAt, updatedAt);
    }

    /** The WHERE part shared by listing and searching. */
    private record Filter(String sql, List<Object> values) {
        Filter(UUID planId, Aspect aspect, String tag) {
            this(build(aspect, tag), values(planId, aspect, tag));
        }

        private static String build(Aspect aspect, String tag) {
            String sql = "n.plan_id = ?";
            if (aspect != null) {
                sql += " AND n.aspect = ?";
            }
            if (tag != null && !tag.isBlank()) {
                sql += " AND EXISTS (SELECT 1 FROM json_each(n.tags) t WHERE lower(t.value) = lower(?))";
            }
            return sql;
        }

        private static List<Object> values(UUID planId, Aspect aspect, String tag) {
            List<Object> values = new ArrayList<>();
            values.add(planId);
            if (aspect != null) {
                values.add(aspect.code());
            }
            if (tag != null && !tag.isBlank()) {
                values.add(tag.strip());
            }
            return values;
        }

        Object[] args() {
            return values.toArray();
        }
    }

    private static String json(List<String> tags) {
        return TextList.write(tags);
    }

    private static List<String> tags(String json) {
        return TextList.read(json);
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static LocalDate date(String text) {
        return text == null ? null : StoredTime.date(text);
    }

    private static NoteSummary summary(ResultSet rs) throws SQLException {
        return summary(rs, rs.getString("snippet"));
    }

    /** A found note with the passage of its body around the first match ({@link #PASSAGE}'s columns). */
    private static NoteSummary found(ResultSet rs, List<String> words) throws SQLException {
        return summary(rs, NoteSnippet.of(rs.getString("window"), rs.getInt("window_start"), rs.getInt("body_length"), words));
    }

    /** The word whose first place in a note centres its passage: the longest, the least likely to be anywhere. */
    private static String longest(List<String> words) {
        return words.stream().max(java.util.Comparator.comparingInt(String::length)).orElse("");
    }

    private static NoteSummary summary(ResultSet rs, String snippet) throws SQLException {
        return new NoteSummary(UUID.fromString(rs.getString("id")), rs.getString("title"), aspect(rs.getString("aspect")),
                tags(rs.getString("tags")), rs.getString("source"), rs.getInt("pinned") == 1, date(rs.getString("evidence_date")),
                StoredTime.instant(rs.getString("updated_at")), snippet);
    }

    private static ResearchNote note(ResultSet rs) throws SQLException {
        String segment = rs.getString("segment_id");
        return new ResearchNote(UUID.fromString(rs.getString("id")), UUID.fromString(rs.getString("plan_id")), rs.getString("title"),
                rs.getString("body"), aspect(rs.getString("aspect")), tags(rs.getString("tags")), rs.getString("source"),
                date(rs.getString("evidence_date")), Confidence.fromCode(rs.getString("confidence")).orElse(Confidence.MEDIUM),
                rs.getInt("pinned") == 1, segment == null ? null : UUID.fromString(segment),
                StoredTime.instant(rs.getString("created_at")), StoredTime.instant(rs.getString("updated_at")));
    }

    private static Aspect aspect(String code) {
        return Aspect.fromCode(code).orElseThrow(() -> new StoreException("Unknown note aspect in the database: " + code));
    }

    static final PlanSection SECTION = new PlanSection() {
        @Override
        public String countName() {
            return "notes";
        }

        @Override
        public int count(Connection c, UUID planId) throws SQLException {
            return Rows.one(c, "SELECT count(*) FROM research_note WHERE plan_id = ?", rs -> rs.getInt(1), planId).orElse(0);
        }

        @Override
        public void copy(Connection c, UUID fromPlan, UUID toPlan, Map<UUID, UUID> newIds) throws SQLException {
            List<String[]> rows = Rows.list(c, "SELECT id, segment_id FROM research_note WHERE plan_id = ?",
                    rs -> new String[]{rs.getString(1), rs.getString(2)}, fromPlan);
            try (var insert = c.prepareStatement("INSERT INTO research_note (" + COLUMNS + ") SELECT ?, ?, title, body, aspect, tags,"
                    + " source, evidence_date, confidence, pinned, ?, created_at, updated_at FROM research_note WHERE id = ?")) {
                for (String[] row : rows) {
                    UUID copy = newIds.computeIfAbsent(UUID.fromString(row[0]), old -> UUID.randomUUID());
                    UUID segment = row[1] == null ? null : newIds.get(UUID.fromString(row[1]));
                    insert.setString(1, copy.toString());
                    insert.setString(2, toPlan.toString());
                    insert.setString(3, segment == null ? null : segment.toString());
                    insert.setString(4, row[0]);
                    insert.executeUpdate();
                }
            }
        }
    };
}
