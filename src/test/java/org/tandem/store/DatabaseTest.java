package org.tandem.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void freshFileIsMigratedToTheLatestSchemaWithPragmasSet() throws Exception {
        Path file = dir.resolve("nested/folder/tandem.db");
        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.ALL.latest());
            assertThat(db.backup()).isEmpty();
            assertThat(pragma(db, "foreign_keys")).isEqualTo("1");
            assertThat(pragma(db, "journal_mode")).isEqualTo("wal");
            assertThat(Integer.parseInt(pragma(db, "busy_timeout"))).isPositive();
            assertThat(pragma(db, "application_id")).isEqualTo(String.valueOf(Database.APPLICATION_ID));
            assertThat(tables(db)).contains("plan", "app_setting");
        }
        assertThat(file).exists();
    }

    @Test
    void reopeningAnUpToDateFileMakesNoBackup() throws Exception {
        Path file = dir.resolve("t.db");
        Database.open(file).close();
        try (Database db = Database.open(file)) {
            assertThat(db.backup()).isEmpty();
        }
        assertThat(backups()).isEmpty();
    }

    @Test
    void emptyFileIsTreatedAsNew() throws Exception {
        Path file = Files.createFile(dir.resolve("empty.db"));
        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.ALL.latest());
        }
    }

    @Test
    void olderSchemaIsBackedUpThenMigratedKeepingItsData() throws Exception {
        Path file = dir.resolve("old.db");
        try (Database v1 = Database.open(file, Migrations.ALL.upTo(1))) {
            v1.write(c -> Rows.update(c, "INSERT INTO plan (id, name, name_key, currency, created_at, updated_at)"
                    + " VALUES ('11111111-2222-3333-4444-555555555555', 'Old plan', 'old plan', 'EUR', 'x', 'x')"));
        }
        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.ALL.latest());
            Path backup = db.backup().orElseThrow();
            assertThat(backup.getFileName().toString()).startsWith("old.db.v1-").endsWith(".bak");
            assertThat(backup).exists();
            assertThat(tablesIn(backup)).contains("plan").doesNotContain("app_setting");
            assertThat(countPlans(backup)).isEqualTo(1);
            java.util.Optional<String> name = db.read(c -> Rows.one(c, "SELECT name FROM plan", rs -> rs.getString(1)));
            assertThat(name).contains("Old plan");
        }
    }

    @Test
    void newerSchemaIsRefusedAndTheFileIsNotModified() throws Exception {
        Path file = dir.resolve("future.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE plan (id TEXT)");
            s.execute("PRAGMA application_id = " + Database.APPLICATION_ID);
            s.execute("PRAGMA user_version = 99");
        }
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOf(DatabaseRefused.class)
                .hasMessageContaining("newer version of Tandem")
                .hasMessageContaining("left unchanged");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(backups()).isEmpty();
    }

    @Test
    void fileThatIsNotSqliteIsRefusedAndNotModified() throws Exception {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "Shopping list: beans, filters, milk\n".repeat(200));
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOf(DatabaseRefused.class)
                .hasMessageContaining("not a Tandem database");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(listing()).containsExactly("notes.txt");
    }

    @Test
    void fileWithASqliteHeaderButGarbageIsRefusedAndNotModified() throws Exception {
        Path file = dir.resolve("broken.db");
        byte[] bytes = new byte[8192];
        System.arraycopy("SQLite format 3\0".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 16);
        for (int i = 16; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Files.write(file, bytes);
        assertThatThrownBy(() -> Database.open(file)).isInstanceOf(DatabaseRefused.class).hasMessageContaining("left unchanged");
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
    }

    @Test
    void anotherProgramsSqliteDatabaseIsRefusedAndNotModified() throws Exception {
        Path file = dir.resolve("other.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)");
        }
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Database.open(file)).isInstanceOf(DatabaseRefused.class).hasMessageContaining("another program");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void unreadableFileIsRefused() throws Exception {
        Path file = dir.resolve("locked.db");
        Database.open(file).close();
        byte[] before = Files.readAllBytes(file);
        Path folder = dir.resolve("a-folder.db");
        Files.createDirectory(folder);
        assertThatThrownBy(() -> Database.open(folder)).isInstanceOf(DatabaseRefused.class).hasMessageContaining("folder");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void failingWriteRollsBackEveryRow() {
        try (Database db = Database.open(dir.resolve("tx.db"))) {
            assertThatThrownBy(() -> db.write(c -> {
                Rows.update(c, "INSERT INTO app_setting (key, value, updated_at) VALUES ('a', '1', 'x')");
                Rows.update(c, "INSERT INTO app_setting (key, value, updated_at) VALUES ('a', '2', 'x')");
                return null;
            })).isInstanceOf(StoreException.class).hasMessageContaining("Could not save");
            List<String> keys = db.read(c -> Rows.list(c, "SELECT key FROM app_setting", rs -> rs.getString(1)));
            assertThat(keys).isEmpty();
        }
    }

    @Test
    void aSnapshotSeesTheFileAsAtItsFirstReadWhileWritesGoOnBesideIt() {
        try (Database db = Database.open(dir.resolve("snapshot.db"))) {
            String count = "SELECT COUNT(*) FROM app_setting";
            db.write(c -> Rows.update(c, "INSERT INTO app_setting (key, value, updated_at) VALUES ('a', '1', 'x')"));
            List<Integer> seen = db.snapshot(c -> {
                int before = Rows.list(c, count, rs -> rs.getInt(1)).get(0);
                db.write(w -> Rows.update(w, "INSERT INTO app_setting (key, value, updated_at) VALUES ('b', '2', 'x')"));
                return List.of(before, Rows.list(c, count, rs -> rs.getInt(1)).get(0));
            });
            assertThat(seen).containsExactly(1, 1);
            SqlWork<List<Integer>> counted = c -> Rows.list(c, count, rs -> rs.getInt(1));
            assertThat(db.read(counted)).containsExactly(2);
            assertThatThrownBy(() -> db.snapshot(c -> Rows.update(c, "DELETE FROM app_setting")))
                    .isInstanceOf(StoreException.class).hasMessageContaining("readonly");
            assertThat(db.read(counted)).containsExactly(2);
        }
    }

    @Test
    void failingMigrationLeavesTheSchemaAtTheLastGoodVersion() throws Exception {
        Path file = dir.resolve("m.db");
        Database.open(file, Migrations.ALL.upTo(1)).close();
        Migrations broken = new Migrations(List.of("V001__plans.sql", "V002__settings.sql", "../db-test/broken.sql"));
        assertThatThrownBy(() -> Database.open(file, broken)).isInstanceOf(IllegalStateException.class);
        try (Database db = Database.open(file, Migrations.ALL.upTo(2))) {
            assertThat(db.schemaVersion()).isEqualTo(2);
        }
        Migrations failing = new Migrations(List.of("V001__plans.sql", "V002__settings.sql", "V002__settings.sql"));
        assertThatThrownBy(() -> Database.open(file, failing)).isInstanceOf(StoreException.class)
                .hasMessageContaining("schema 3");
        try (Database db = Database.open(file, Migrations.ALL.upTo(2))) {
            assertThat(db.schemaVersion()).isEqualTo(2);
        }
    }

    @Test
    void everyStatementOfEveryMigrationIsApplied() {
        try (Database db = Database.open(dir.resolve("all.db"))) {
            List<String> objects = db.read(c -> Rows.list(c, "SELECT name FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'",
                    rs -> rs.getString(1)));
            assertThat(objects).contains("plan", "plan_name_unique_while_live", "app_setting", "segment", "segment_by_plan",
                    "research_note", "research_note_fts", "research_note_fts_insert", "research_note_fts_delete",
                    "research_note_fts_update", "market_sizing");
        }
    }

    @Test
    void planNamesAreUniqueInTheDatabaseItselfIgnoringCase() {
        try (Database db = Database.open(dir.resolve("unique.db"))) {
            String insert = "INSERT INTO plan (id, name, name_key, currency, created_at, updated_at) VALUES (?, ?, ?, 'EUR', 'x', 'x')";
            db.write(c -> Rows.update(c, insert, java.util.UUID.randomUUID(), "Coffee", "coffee"));
            assertThatThrownBy(() -> db.write(c -> Rows.update(c, insert, java.util.UUID.randomUUID(), "COFFEE", "coffee")))
                    .isInstanceOf(StoreException.class).hasMessageContaining("UNIQUE");
        }
    }

    @Test
    void everyMigrationFileIsListedInOrder() throws Exception {
        Path folder = Path.of("src/main/resources/org/tandem/db");
        List<String> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).sorted().toList();
        }
        assertThat(Migrations.ALL.scripts()).containsExactlyElementsOf(files);
        for (int i = 0; i < files.size(); i++) {
            assertThat(files.get(i)).startsWith(String.format("V%03d__", i + 1));
        }
    }

    @Test
    void storeRefusesToRunOnTheJavaFxThread() throws Exception {
        try (Database db = Database.open(dir.resolve("fx.db"))) {
            List<Throwable> caught = new ArrayList<>();
            Thread fake = new Thread(() -> {
                try {
                    db.read(c -> 1);
                } catch (Throwable t) {
                    caught.add(t);
                }
            }, StoreThread.FX_THREAD_NAME);
            fake.start();
            fake.join();
            assertThat(caught).singleElement().isInstanceOf(IllegalStateException.class);
        }
    }

    private List<String> backups() throws Exception {
        return listing().stream().filter(n -> n.endsWith(".bak")).toList();
    }

    private List<String> listing() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String pragma(Database db, String name) {
        return db.read(c -> Rows.one(c, "PRAGMA " + name, rs -> rs.getString(1)).orElseThrow());
    }

    private static List<String> tables(Database db) {
        return db.read(c -> Rows.list(c, "SELECT name FROM sqlite_schema WHERE type = 'table'", rs -> rs.getString(1)));
    }

    private static List<String> tablesIn(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            return Rows.list(c, "SELECT name FROM sqlite_schema WHERE type = 'table'", rs -> rs.getString(1));
        }
    }

    private static int countPlans(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM plan")) {
            return rs.getInt(1);
        }
    }
}
