package org.tandem.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.tandem.store.PlanTables.Field;
import org.tandem.store.PlanTables.Section;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One section's entities of a plan, each handed on as it is read, in id order, with its list fields (links,
 * points, scores, events) from one query per field walked alongside: nothing of the section is kept, so a plan
 * file can be written from the store holding one entity at a time.
 */
final class SectionCursor {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> TEXTS = new TypeReference<>() {
    };

    private SectionCursor() {
    }

    /** Each of the section's entities of the plan, in id order, to {@code work}. */
    static void each(Connection c, Section section, String planId, PlanParts.RowWork work) throws SQLException, IOException {
        List<ListField> lists = new ArrayList<>();
        try {
            for (int i = 0; i < section.fields().size(); i++) {
                Field f = section.fields().get(i);
                if (!f.stored()) {
                    lists.add(new ListField(c, section, f, i, planId));
                }
            }
            try (Query rows = Query.of(c, "SELECT " + columns(section) + " FROM " + section.table() + " t"
                    + ownedBy(section) + " ORDER BY t." + section.idColumn(), planId)) {
                ResultSet rs = rows.rs();
                while (rs.next()) {
                    PlanRow row = row(section, rs);
                    for (ListField list : lists) {
                        list.fill(row);
                    }
                    work.accept(row);
                }
            }
        } finally {
            for (ListField list : lists) {
                list.close();
            }
        }
    }

    /** The rows a query on the plan's own table (or any with the same columns) finds. */
    static List<PlanRow> rows(Connection c, Section section, String sql, String planId) throws SQLException {
        List<PlanRow> out = new ArrayList<>();
        try (Query rows = Query.of(c, sql, planId)) {
            while (rows.rs().next()) {
                out.add(row(section, rows.rs()));
            }
        }
        return out;
    }

    /** The join and filter that pick a section's rows of one plan. */
    static String ownedBy(Section section) {
        if (section.ownerSection() == null) {
            return " WHERE t." + section.ownerColumn() + " = ?";
        }
        Section owner = PlanTables.section(section.ownerSection());
        return " JOIN " + owner.table() + " o ON o.id = t." + section.ownerColumn() + " WHERE o.plan_id = ?";
    }

    static String columns(Section section) {
        StringBuilder sql = new StringBuilder("t.").append(section.idColumn());
        for (Field f : section.fields()) {
            sql.append(", ").append(f.stored() ? "t." + f.column() : "NULL");
        }
        return sql.toString();
    }

    /** A query run with the plan's id as its one parameter: its statement and results, closed together. */
    private record Query(PreparedStatement statement, ResultSet rs) implements AutoCloseable {
        static Query of(Connection c, String sql, String planId) throws SQLException {
            PreparedStatement s = c.prepareStatement(sql);
            try {
                s.setString(1, planId);
                return new Query(s, s.executeQuery());
            } catch (SQLException | RuntimeException e) {
                s.close();
                throw e;
            }
        }

        @Override
        public void close() throws SQLException {
            statement.close(); // closes its results too
        }
    }

    private static PlanRow row(Section section, ResultSet rs) throws SQLException {
        Object[] values = new Object[section.fields().size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = value(section.fields().get(i), rs, i + 2);
        }
        return new PlanRow(rs.getString(1), values);
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
                return PlanContentReader.instant(rs.getString(column));
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
            case LINKS, POINTS, EVENTS -> {
                return List.of();
            }
            case SCORES -> {
                return new TreeMap<String, Long>();
            }
            default -> {
                return rs.getString(column);
            }
        }
    }

    /**
     * A list field's rows for the whole section, ordered by their owner as the section's rows are, so each entity
     * takes its items as the walk reaches it. Owners are the section's own rows of the plan (the query says so).
     */
    private static final class ListField implements AutoCloseable {
        private final Field field;
        private final int index;
        private final Query query;
        private final ResultSet rs;
        private boolean more;

        ListField(Connection c, Section section, Field f, int index, String planId) throws SQLException {
            this.field = f;
            this.index = index;
            String owner = "SELECT t.id FROM " + section.table() + " t" + ownedBy(section);
            String sql = switch (f.kind()) {
                case LINKS -> "SELECT " + f.ownerColumn() + ", " + f.column() + " FROM " + f.linkTable()
                        + " WHERE " + f.ownerColumn() + " IN (" + owner + ") ORDER BY 1, 2";
                case POINTS -> "SELECT competitor_id, text FROM competitor_point WHERE kind = '" + f.column()
                        + "' AND competitor_id IN (" + owner + ") ORDER BY competitor_id, position";
                case EVENTS -> "SELECT overlay_id, uid, title, start_date, end_date FROM overlay_event"
                        + " WHERE overlay_id IN (" + owner + ") ORDER BY overlay_id, start_date, uid, title";
                case SCORES -> "SELECT competitor_id, criterion_id, score FROM score"
                        + " WHERE competitor_id IN (" + owner + ") ORDER BY 1, 2";
                default -> throw new IllegalStateException(f.kind().name());
            };
            this.query = Query.of(c, sql, planId);
            this.rs = query.rs();
            try {
                this.more = rs.next();
            } catch (SQLException e) {
                query.close();
                throw e;
            }
        }

        /** Gives the row its items: those of the list's rows owned by it, next in the walk. */
        void fill(PlanRow row) throws SQLException {
            if (!more || !rs.getString(1).equals(row.id())) {
                return;
            }
            List<Object> items = new ArrayList<>();
            Map<String, Long> scores = new TreeMap<>();
            do {
                switch (field.kind()) {
                    case SCORES -> scores.put(rs.getString(2), rs.getLong(3));
                    case EVENTS -> items.add(PlanContentReader.event(rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5)));
                    default -> items.add(rs.getString(2));
                }
                more = rs.next();
            } while (more && rs.getString(1).equals(row.id()));
            row.values()[index] = field.kind() == PlanTables.Kind.SCORES ? scores : List.copyOf(items);
        }

        @Override
        public void close() throws SQLException {
            query.close();
        }
    }
}
