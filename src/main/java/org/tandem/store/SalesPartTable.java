package org.tandem.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One table of a sales plan's parts (objectives, activities, people, ...): rows belong to a sales
 * plan, keep the order they were added in, and are saved one at a time as the user types.
 * Subclasses say how a row maps to columns; the first two columns are id and sales_plan_id.
 */
public abstract class SalesPartTable<T> {
    private final Database database;
    private final String table;
    private final List<String> columns;

    SalesPartTable(Database database, String table, List<String> columns) {
        this.database = database;
        this.table = table;
        this.columns = columns;
    }

    abstract UUID id(T row);

    abstract UUID salesPlanId(T row);

    /** Values for every column after id and sales_plan_id, in order. */
    abstract Object[] values(T row);

    abstract T map(ResultSet rs) throws SQLException;

    /** After a row is saved, in the same transaction: link tables. */
    void saved(Connection c, T row) throws SQLException {
    }

    public List<T> list(UUID salesPlanId) {
        return database.read(c -> list(c, salesPlanId));
    }

    List<T> list(Connection c, UUID salesPlanId) throws SQLException {
        return Rows.list(c, "SELECT " + String.join(", ", columns) + " FROM " + table + " WHERE sales_plan_id = ? ORDER BY position, rowid",
                this::map, salesPlanId);
    }

    public Optional<T> find(UUID id) {
        return database.read(c -> Rows.one(c, "SELECT " + String.join(", ", columns) + " FROM " + table + " WHERE id = ?",
                this::map, id));
    }

    /** Adds the row at the end, or updates it where it is. */
    public T save(T row) {
        database.write(c -> {
            upsert(c, row);
            return null;
        });
        return row;
    }

    /** Saves several rows in one transaction (an import, a generated plan). */
    public void saveAll(List<T> rows) {
        database.write(c -> {
            for (T row : rows) {
                upsert(c, row);
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
        List<String> rest = columns.subList(2, columns.size());
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" (").append(String.join(", ", columns))
                .append(", position) VALUES (").append(String.join(", ", Collections.nCopies(columns.size(), "?")))
                .append(", (SELECT coalesce(max(position), 0) + 1 FROM ").append(table).append(" WHERE sales_plan_id = ?))")
                .append(" ON CONFLICT (id) DO UPDATE SET ");
        for (int i = 0; i < rest.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(rest.get(i)).append(" = excluded.").append(rest.get(i));
        }
        Object[] values = values(row);
        Object[] args = new Object[columns.size() + 1];
        args[0] = id(row);
        args[1] = salesPlanId(row);
        System.arraycopy(values, 0, args, 2, values.length);
        args[args.length - 1] = salesPlanId(row);
        Rows.update(c, sql.toString(), args);
        saved(c, row);
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
        return value == null ? null : java.time.LocalDate.parse(value);
    }

    static String text(java.time.LocalDate day) {
        return day == null ? null : day.toString();
    }
}
