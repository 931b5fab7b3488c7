package org.tandem.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One table of a sales plan's parts (objectives, activities, people, ...): rows belong to a sales
 * plan, keep the order they were added in, and are saved one at a time as the user types.
 * Each table says how a row maps to its columns; the first two columns are id and sales_plan_id.
 */
public class SalesPartTable<T> {
    /** How a row is stored: its ids, the values for the columns after them, and how it is read back. */
    record Mapping<T>(Function<T, UUID> id, Function<T, UUID> salesPlanId, BiFunction<T, MinorUnits, Object[]> values,
                      Rows.RowMapper<T> read) {
    }

    private final Database database;
    private final String table;
    private final List<String> columns;
    private final String order;
    private final Mapping<T> mapping;

    /** @param order the ORDER BY of a sales plan's rows */
    SalesPartTable(Database database, String table, List<String> columns, String order, Mapping<T> mapping) {
        this.database = database;
        this.table = table;
        this.columns = columns;
        this.order = order;
        this.mapping = mapping;
    }

    /** What a row is, in words: "objective", "corrective action". */
    public String noun() {
        return table.replaceFirst("^sales_", "").replace('_', ' ');
    }

    T map(ResultSet rs) throws SQLException {
        return mapping.read().map(rs);
    }

    /** After a row is saved, in the same transaction: link tables. */
    void saved(Connection c, T row) throws SQLException {
    }

    public List<T> list(UUID salesPlanId) {
        return database.read(c -> list(c, salesPlanId));
    }

    List<T> list(Connection c, UUID salesPlanId) throws SQLException {
        return completed(c, salesPlanId, Rows.list(c, "SELECT " + selected() + " FROM " + table
                + " WHERE sales_plan_id = ? ORDER BY " + order, this::map, salesPlanId));
    }

    public Optional<T> find(UUID id) {
        return database.read(c -> {
            Optional<T> row = Rows.one(c, "SELECT " + selected() + " FROM " + table + " WHERE id = ?", this::map, id);
            return row.isEmpty() ? row : Optional.of(completed(c, mapping.salesPlanId().apply(row.get()), List.of(row.get())).get(0));
        });
    }

    /** The stored columns and the sales plan's currency (money is read from minor units of it). */
    private String selected() {
        return String.join(", ", columns) + ", " + MinorUnits.CURRENCY;
    }

    /** Rows as read, completed from other tables (one query for all of a sales plan's rows, not one per row). */
    List<T> completed(Connection c, UUID salesPlanId, List<T> rows) throws SQLException {
        return rows;
    }

    /** Adds the row at the end, or updates it where it is. */
    public T save(T row) {
        database.write(c -> {
            upsert(c, row);
            return null;
        });
        return row;
    }

    /**
     * Saves several rows in one transaction (an import, a generated plan): one statement prepared once, and new
     * rows numbered on from each sales plan's last position (asking the table for it per row made 20,000 rows
     * take a minute).
     */
    public void saveAll(List<T> rows) {
        database.write(c -> {
            Map<UUID, MinorUnits> money = new HashMap<>();
            Map<UUID, long[]> next = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement(upsertSql())) {
                for (T row : rows) {
                    UUID salesPlanId = mapping.salesPlanId().apply(row);
                    MinorUnits units = money.get(salesPlanId);
                    if (units == null) {
                        units = MinorUnits.ofSalesPlan(c, salesPlanId);
                        money.put(salesPlanId, units);
                    }
                    long[] position = next.get(salesPlanId);
                    if (position == null) {
                        position = new long[]{Rows.one(c, "SELECT coalesce(max(position), 0) FROM " + table + " WHERE sales_plan_id = ?",
                                rs -> rs.getLong(1), salesPlanId).orElse(0L)};
                        next.put(salesPlanId, position);
                    }
                    bind(s, row, units, ++position[0]);
                    s.executeUpdate();
                    saved(c, row);
                }
            }
            return null;
        });
    }

    /** Deletes several rows in one transaction (an import taken back). */
    public void deleteAll(List<UUID> ids) {
        database.write(c -> {
            for (UUID id : ids) {
                deleting(c, id);
                Rows.update(c, "DELETE FROM " + table + " WHERE id = ?", id);
            }
            return null;
        });
    }

    public void delete(UUID id) {
        database.write(c -> {
            deleting(c, id);
            return Rows.update(c, "DELETE FROM " + table + " WHERE id = ?", id);
        });
    }

    /** Before a row is deleted, in the same transaction: what goes with it elsewhere. */
    void deleting(Connection c, UUID id) throws SQLException {
    }

    void upsert(Connection c, T row) throws SQLException {
        upsert(c, row, MinorUnits.ofSalesPlan(c, mapping.salesPlanId().apply(row)));
    }

    private void upsert(Connection c, T row, MinorUnits money) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(upsertSql())) {
            bind(s, row, money, null);
            s.executeUpdate();
        }
        saved(c, row);
    }

    /** Inserts a row at the given position (null: after the last), or updates it where it is. */
    private String upsertSql() {
        List<String> rest = columns.subList(2, columns.size());
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" (").append(String.join(", ", columns))
                .append(", position) VALUES (").append(String.join(", ", Collections.nCopies(columns.size(), "?")))
                .append(", coalesce(?, (SELECT coalesce(max(position), 0) + 1 FROM ").append(table).append(" WHERE sales_plan_id = ?)))")
                .append(" ON CONFLICT (id) DO UPDATE SET ");
        for (int i = 0; i < rest.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(rest.get(i)).append(" = excluded.").append(rest.get(i));
        }
        return sql.toString();
    }

    private void bind(PreparedStatement s, T row, MinorUnits money, Long position) throws SQLException {
        Object[] values = mapping.values().apply(row, money);
        Object[] args = new Object[columns.size() + 2];
        args[0] = mapping.id().apply(row);
        args[1] = mapping.salesPlanId().apply(row);
        System.arraycopy(values, 0, args, 2, values.length);
        args[args.length - 2] = position;
        args[args.length - 1] = args[1];
        Rows.bind(s, args);
    }

    static UUID uuid(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : UUID.fromString(value);
    }

    static Double real(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    static java.time.LocalDate date(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : StoredTime.date(value);
    }

    static String text(java.time.LocalDate day) {
        return day == null ? null : day.toString();
    }
}
