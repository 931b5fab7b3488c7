package org.tandem.store;

import org.tandem.domain.CancelledWork;
import org.tandem.domain.Progress;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.tandem.store.PlanTables.Field;
import org.tandem.store.PlanTables.Kind;
import org.tandem.store.PlanTables.Section;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/** Reads a whole plan out of the store, every section, as plan files and merges see it. */
public final class PlanContentReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> TEXTS = new TypeReference<>() {
    };

    private final Database database;

    public PlanContentReader(Database database) {
        this.database = database;
    }

    /** The plan as it is now, if it is live; {@code cancelled} is asked between sections. */
    public Optional<PlanContent> read(UUID planId, BooleanSupplier cancelled) {
        return read(planId, cancelled, SharedRows.NONE);
    }

    /** The same, sharing the rows other versions read beside it hold unchanged. */
    public Optional<PlanContent> read(UUID planId, BooleanSupplier cancelled, SharedRows shared) {
        return database.read(c -> read(c, planId.toString(), cancelled, shared));
    }

    static Optional<PlanContent> read(Connection c, String planId, BooleanSupplier cancelled) throws SQLException {
        return read(c, planId, cancelled, SharedRows.NONE);
    }

    private static Optional<PlanContent> read(Connection c, String planId, BooleanSupplier cancelled, SharedRows shared)
            throws SQLException {
        List<PlanRow> plan = rows(c, PlanTables.PLAN, "SELECT " + columns(PlanTables.PLAN)
                + " FROM plan t WHERE t.id = ? AND t.deleted_at IS NULL", planId);
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        PlanContent content = PlanContent.empty(plan.get(0));
        TextPool texts = new TextPool();
        for (Section section : PlanTables.SECTIONS) {
            if (cancelled.getAsBoolean()) {
                throw new CancelledWork();
            }
            SortedMap<String, PlanRow> rows = content.sections().get(section.name());
            for (PlanRow row : rows(c, section, "SELECT " + columns(section) + " FROM " + section.table() + " t"
                    + ownedBy(section) + " ORDER BY t." + section.idColumn(), planId)) {
                PlanRow pooled = texts.pooled(row);
                rows.put(pooled.id(), pooled);
            }
            readLists(c, section, planId, rows);
            rows.replaceAll((id, row) -> shared.shared(section.name(), row));
        }
        for (PlanTombstone t : Rows.list(c, "SELECT id, section, deleted_at FROM plan_tombstone WHERE plan_id = ?",
                rs -> new PlanTombstone(rs.getString(1), rs.getString(2), instant(rs.getString(3))), planId)) {
            content.tombstones().put(t.id(), t);
        }
        return Optional.of(content);
    }

    /** The join and filter that pick a section's rows of one plan. */
    static String ownedBy(Section section) {
        if (section.ownerSection() == null) {
            return " WHERE t." + section.ownerColumn() + " = ?";
        }
        Section owner = PlanTables.section(section.ownerSection());
        return " JOIN " + owner.table() + " o ON o.id = t." + section.ownerColumn() + " WHERE o.plan_id = ?";
    }

    private static String columns(Section section) {
        StringBuilder sql = new StringBuilder("t.").append(section.idColumn());
        for (Field f : section.fields()) {
            sql.append(", ").append(f.stored() ? "t." + f.column() : "NULL");
        }
        return sql.toString();
    }

    private static List<PlanRow> rows(Connection c, Section section, String sql, String planId) throws SQLException {
        List<PlanRow> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, planId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Object[] values = new Object[section.fields().size()];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = value(section.fields().get(i), rs, i + 2);
                    }
                    out.add(new PlanRow(rs.getString(1), values));
                }
            }
        }
        return out;
    }

    private static Object value(Field f, ResultSet rs, int column) throws SQLException {
        switch (f.kind()) {
            case WHOLE -> {
                long v = rs.getLong(column);
                return rs.wasNull() ? null : v;
            }
            case DECIMAL -> {
                double v = rs.getDouble(column);
                return rs.wasNull() ? null : v;
            }
            case BOOL -> {
                return rs.getInt(column) == 1;
            }
            case INSTANT -> {
                return instant(rs.getString(column));
            }
            case TEXT_LIST -> {
                String json = rs.getString(column);
                try {
                    return json == null ? List.of() : List.copyOf(JSON.readValue(json, TEXTS));
                } catch (JsonProcessingException e) {
                    throw new SQLException("unreadable tags " + json, e);
                }
            }
            case DATE_LIST -> {
                String dates = rs.getString(column);
                return dates == null || dates.isEmpty() ? List.of() : List.of(dates.split(","));
            }
            case LINKS, POINTS -> {
                return List.of();
            }
            case SCORES -> {
                return new TreeMap<String, Long>();
            }
            case EVENTS -> {
                return List.of();
            }
            default -> {
                return rs.getString(column);
            }
        }
    }

    /** Times as an Instant writes them, whichever way SQLite or an older Tandem wrote them. */
    static String instant(String text) {
        return text == null || canonical(text) ? text : Instant.parse(text).toString();
    }

    /** Written by Instant.toString already: seconds, or milliseconds that are not all zero, then Z. */
    private static boolean canonical(String t) {
        int n = t.length();
        boolean shape = t.charAt(n - 1) == 'Z' && t.charAt(4) == '-' && t.charAt(10) == 'T';
        if (!shape || (n != 20 && n != 24)) {
            return false;
        }
        return n == 20 ? t.charAt(19) == 'Z' : t.charAt(19) == '.' && !t.startsWith("000", 20);
    }

    /** Link rows, points, scores and events: one query per field for the whole plan. */
    private static void readLists(Connection c, Section section, String planId, SortedMap<String, PlanRow> rows)
            throws SQLException {
        for (int i = 0; i < section.fields().size(); i++) {
            Field f = section.fields().get(i);
            if (f.stored() || rows.isEmpty()) {
                continue;
            }
            String owner = "SELECT t.id FROM " + section.table() + " t" + ownedBy(section);
            Map<String, Object> byOwner = new HashMap<>();
            switch (f.kind()) {
                case LINKS -> collect(c, "SELECT " + f.ownerColumn() + ", " + f.column() + " FROM " + f.linkTable()
                        + " WHERE " + f.ownerColumn() + " IN (" + owner + ") ORDER BY 1, 2", planId, byOwner,
                        rs -> rs.getString(2));
                case POINTS -> collect(c, "SELECT competitor_id, text FROM competitor_point WHERE kind = '" + f.column()
                        + "' AND competitor_id IN (" + owner + ") ORDER BY competitor_id, position", planId, byOwner,
                        rs -> rs.getString(2));
                case EVENTS -> collect(c, "SELECT overlay_id, uid, title, start_date, end_date FROM overlay_event"
                        + " WHERE overlay_id IN (" + owner + ") ORDER BY overlay_id, start_date, uid, title", planId, byOwner,
                        rs -> event(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                case SCORES -> {
                    try (PreparedStatement s = c.prepareStatement("SELECT competitor_id, criterion_id, score FROM score"
                            + " WHERE competitor_id IN (" + owner + ") ORDER BY 1, 2")) {
                        s.setString(1, planId);
                        try (ResultSet rs = s.executeQuery()) {
                            while (rs.next()) {
                                @SuppressWarnings("unchecked")
                                Map<String, Long> scores = (Map<String, Long>) byOwner.computeIfAbsent(rs.getString(1),
                                        k -> new TreeMap<String, Long>());
                                scores.put(rs.getString(2), rs.getLong(3));
                            }
                        }
                    }
                }
                default -> throw new IllegalStateException(f.kind().name());
            }
            for (Map.Entry<String, Object> e : byOwner.entrySet()) {
                PlanRow row = rows.get(e.getKey());
                if (row != null) {
                    Object v = e.getValue();
                    row.values()[i] = v instanceof List<?> l ? List.copyOf(l) : v;
                }
            }
        }
    }

    /** An overlay event as a plan file holds it. */
    public static Map<String, String> event(String uid, String title, String start, String end) {
        Map<String, String> event = new LinkedHashMap<>();
        event.put("end", end);
        event.put("start", start);
        event.put("title", title);
        event.put("uid", uid);
        return event;
    }

    @FunctionalInterface
    private interface Item {
        Object of(ResultSet rs) throws SQLException;
    }

    @SuppressWarnings("unchecked")
    private static void collect(Connection c, String sql, String planId, Map<String, Object> byOwner, Item item)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, planId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ((List<Object>) byOwner.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())).add(item.of(rs));
                }
            }
        }
    }
}
