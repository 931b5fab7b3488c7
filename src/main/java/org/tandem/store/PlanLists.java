package org.tandem.store;

import org.tandem.store.PlanTables.Field;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An entity's list fields as the store keeps them: link rows, a profile's points, its scores, an overlay's events. */
final class PlanLists {
    private PlanLists() {
    }

    /** The table an entity's list goes into. */
    static String table(Field f) {
        return switch (f.kind()) {
            case LINKS -> f.linkTable();
            case POINTS -> "competitor_point";
            case SCORES -> "score";
            case EVENTS -> "overlay_event";
            default -> throw new IllegalStateException(f.kind().name());
        };
    }

    /** The columns of a list's table as {@link #insert(PreparedStatement, Field, String, Object)} binds them. */
    static String columns(Field f) {
        return switch (f.kind()) {
            case LINKS -> f.ownerColumn() + ", " + f.column();
            case POINTS -> "id, competitor_id, kind, text, position";
            case SCORES -> "competitor_id, criterion_id, score";
            case EVENTS -> "overlay_id, uid, title, start_date, end_date";
            default -> throw new IllegalStateException(f.kind().name());
        };
    }

    static String insert(Field f, String table) {
        String columns = columns(f);
        return "INSERT INTO " + table + " (" + columns + ") VALUES (?" + ", ?".repeat(columns.split(",").length - 1) + ")";
    }

    static String delete(Field f) {
        return switch (f.kind()) {
            case LINKS -> "DELETE FROM " + f.linkTable() + " WHERE " + f.ownerColumn() + " = ?";
            case POINTS -> "DELETE FROM competitor_point WHERE competitor_id = ? AND kind = '" + f.column() + "'";
            case SCORES -> "DELETE FROM score WHERE competitor_id = ?";
            case EVENTS -> "DELETE FROM overlay_event WHERE overlay_id = ?";
            default -> throw new IllegalStateException(f.kind().name());
        };
    }

    /** Inserts entity {@code owner}'s list {@code value} of field {@code f}, an item a row, by {@link #insert(Field, String)}. */
    @SuppressWarnings("unchecked")
    static void insert(PreparedStatement insert, Field f, String owner, Object value) throws SQLException {
        switch (f.kind()) {
            case LINKS -> {
                for (String id : (List<String>) value) {
                    run(insert, owner, id);
                }
            }
            case POINTS -> {
                List<String> texts = (List<String>) value;
                for (int at = 0; at < texts.size(); at++) {
                    run(insert, UUID.randomUUID().toString(), owner, f.column(), texts.get(at), at);
                }
            }
            case SCORES -> {
                for (Map.Entry<String, Long> e : ((Map<String, Long>) value).entrySet()) {
                    run(insert, owner, e.getKey(), e.getValue());
                }
            }
            case EVENTS -> {
                for (Map<String, String> e : (List<Map<String, String>>) value) {
                    run(insert, owner, e.get("uid"), e.get("title"), e.get("start"), e.get("end"));
                }
            }
            default -> throw new IllegalStateException(f.kind().name());
        }
    }

    private static void run(PreparedStatement s, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            s.setObject(i + 1, args[i]);
        }
        s.executeUpdate();
    }
}
