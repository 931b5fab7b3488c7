package org.tandem.store;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** What the app remembers between runs, as text by key, in the same file as the plans. */
public final class SettingsRepository {
    private final Database database;
    private final Clock clock;

    public SettingsRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public SettingsRepository(Database database) {
        this(database, Clock.systemUTC());
    }

    public Optional<String> get(String key) {
        return database.read(c -> Rows.one(c, "SELECT value FROM app_setting WHERE key = ?", rs -> rs.getString(1), key));
    }

    public Map<String, String> all() {
        return database.read(SettingsRepository::all);
    }

    static Map<String, String> all(java.sql.Connection c) throws java.sql.SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        Rows.list(c, "SELECT key, value FROM app_setting ORDER BY key", rs -> out.put(rs.getString(1), rs.getString(2)));
        return out;
    }

    /** Saves several settings in one transaction. */
    public void putAll(Map<String, String> values) {
        database.write(c -> {
            for (Map.Entry<String, String> e : values.entrySet()) {
                Rows.update(c, "INSERT INTO app_setting (key, value, updated_at) VALUES (?, ?, ?)"
                                + " ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
                        e.getKey(), e.getValue(), clock.instant().truncatedTo(ChronoUnit.MILLIS));
            }
            return null;
        });
    }

    public void put(String key, String value) {
        putAll(Map.of(key, value));
    }
}
