package org.tandem.store;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.domain.Plan;
import org.tandem.exchange.PlanImport;
import org.tandem.exchange.SamplePlan;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The database file on hostile ground: pipes, devices, damaged pages, other programs' files, a full disk. */
class HostileGroundTest {
    @TempDir
    Path dir;

    @Test
    void aPipeGivenAsTheDatabaseIsRefusedAtOnceInsteadOfHangingForEver() throws Exception {
        Path fifo = fifo(dir.resolve("plans.db"));
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatThrownBy(() -> Database.open(fifo))
                .isInstanceOf(DatabaseRefused.class).hasMessageContaining("not a regular file"));
    }

    /** A SQLite file another program made at {@code path}, with what its statements put in it. */
    static Path otherProgramsDatabase(Path path, String... statements) throws java.sql.SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + path); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
        return path;
    }

    /** A named pipe at {@code path} (the test is skipped where mkfifo is missing). */
    static Path fifo(Path path) throws Exception {
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", path.toString()).start();
        } catch (java.io.IOException e) {
            Assumptions.abort("no mkfifo here");
            return path;
        }
        Assumptions.assumeTrue(mkfifo.waitFor() == 0);
        return path;
    }

    @Test
    void aDeviceGivenAsTheDatabaseIsRefused() {
        Path device = Path.of("/dev/null");
        Assumptions.assumeTrue(Files.exists(device));
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatThrownBy(() -> Database.open(device))
                .isInstanceOf(DatabaseRefused.class).hasMessageContaining("not a regular file"));
    }

    @Test
    void aDatabaseWithADamagedPageIsRefusedAtOpenNamingTheLatestGoodBackupAndLeftAsItWas() throws Exception {
        Path file = dir.resolve("plans.db");
        try (Database db = Database.open(file)) {
            Plan sample = new SamplePlan().addTo(new PlanImport(db));
            assertThat(sample).isNotNull();
        }
        Path older = dir.resolve("plans.db.v9-20261001-090000.bak");
        Path newer = dir.resolve("plans.db.v10-20261101-090000.bak");
        Files.copy(file, older);
        Files.copy(file, newer);
        Files.setLastModifiedTime(older, java.nio.file.attribute.FileTime.fromMillis(1_000_000));
        damage(newer); // the newest backup is damaged too: the older one is the one to offer
        damage(file);
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> Database.open(file)).isInstanceOf(DatabaseRefused.class)
                .hasMessageContaining("is damaged").hasMessageContaining(older.getFileName().toString())
                .hasMessageNotContaining(newer.getFileName().toString());

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(dir.resolve("plans.db-wal")).doesNotExist();
        assertThat(dir.resolve("plans.db-shm")).doesNotExist();
    }

    @Test
    void anotherProgramsDatabaseIsRefusedWithoutWalOrShmFilesAppearingBesideIt() throws Exception {
        Path other = otherProgramsDatabase(dir.resolve("other.sqlite"), "PRAGMA journal_mode = WAL",
                "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)", "INSERT INTO invoices (total) VALUES (12.5)");
        Files.deleteIfExists(dir.resolve("other.sqlite-wal"));
        Files.deleteIfExists(dir.resolve("other.sqlite-shm"));
        byte[] before = Files.readAllBytes(other);

        assertThatThrownBy(() -> Database.open(other)).isInstanceOf(DatabaseRefused.class).hasMessageContaining("another program");

        assertThat(Files.readAllBytes(other)).isEqualTo(before);
        try (var beside = Files.list(dir)) {
            assertThat(beside.map(p -> p.getFileName().toString())).containsExactly("other.sqlite");
        }
    }

    @Test
    void theBackupBeforeAMigrationIsWholeUnderItsFinalNameAndNoPartFileIsLeft() throws Exception {
        Path file = dir.resolve("old.db");
        try (Database v9 = Database.open(file, Migrations.ALL.upTo(9))) {
            assertThat(v9.schemaVersion()).isEqualTo(9);
        }
        Path backup;
        try (Database db = Database.open(file)) {
            backup = db.backup().orElseThrow();
        }
        try (Connection c = Database.untouched(backup)) {
            assertThat(Database.quickCheck(c)).isEqualTo("ok");
            try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA user_version")) {
                assertThat(rs.getInt(1)).isEqualTo(9);
            }
        }
        try (var beside = Files.list(dir)) {
            assertThat(beside.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void aFullDiskIsSaidToBeFullAndTheWriteLeavesNothingHalfDone() throws Exception {
        try (Database db = Database.open(dir.resolve("full.db"))) {
            Plan sample = new SamplePlan().addTo(new PlanImport(db));
            long notes = db.read(c -> Rows.one(c, "SELECT count(*) FROM research_note", rs -> rs.getLong(1)).orElseThrow());
            // the file may not grow: as a disk with no room left
            db.read(c -> Rows.one(c, "PRAGMA max_page_count = " + db.read(x -> Rows.one(x, "PRAGMA page_count",
                    rs -> rs.getLong(1)).orElseThrow()), rs -> rs.getLong(1)));
            String page = "x".repeat(200_000);

            assertThatThrownBy(() -> db.write(c -> {
                for (int i = 0; i < 20; i++) {
                    Rows.update(c, "INSERT INTO research_note (id, plan_id, title, body, aspect, confidence, created_at, updated_at)"
                                    + " VALUES (?, ?, ?, ?, 'market-research', 'medium', '2026-11-30T00:00:00Z', '2026-11-30T00:00:00Z')",
                            java.util.UUID.randomUUID().toString(), sample.id().toString(), "Note " + i, page);
                }
                return null;
            })).isInstanceOf(StoreException.class).hasMessageContaining("is full").hasMessageContaining("nothing of this change was saved")
                    .hasMessageNotContaining("no transaction is active");

            long after = db.read(c -> Rows.one(c, "SELECT count(*) FROM research_note", rs -> rs.getLong(1)).orElseThrow());
            assertThat(after).isEqualTo(notes);
        }
    }

    /** Scribbles over the middle pages of a database file, as a failing disk does. */
    private static void damage(Path file) throws Exception {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            int pageSize = 4096;
            long pages = raf.length() / pageSize;
            byte[] junk = new byte[pageSize];
            Arrays.fill(junk, (byte) 0x5A);
            for (long p = 2; p < Math.min(pages, 12); p++) {
                raf.seek(p * pageSize);
                raf.write(junk);
            }
        }
    }

    @Test
    void aMigrationStillInTheWriteAheadLogIsSeenAndNotBackedUpAgain() throws Exception {
        Path file = dir.resolve("logged.db");
        int before = Migrations.ALL.latest() - 1;
        try (Database old = Database.open(file, Migrations.ALL.upTo(before))) {
            new SamplePlan().addTo(new PlanImport(old));
        }
        // another connection keeps the log open, as a Tandem killed before it folded the log into the file leaves it
        try (Connection holder = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = holder.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.executeQuery("SELECT count(*) FROM plan").close();
            try (Database migrated = Database.open(file)) {
                assertThat(migrated.backup()).as("the older file was backed up once").isPresent();
            }
            assertThat(Files.size(file.resolveSibling("logged.db-wal"))).as("the migration is still in the log").isPositive();
            try (Database again = Database.open(file)) {
                assertThat(again.schemaVersion()).isEqualTo(Migrations.ALL.latest());
                assertThat(again.backup()).as("the migrated file is not taken for an older one").isEmpty();
            }
        }
    }
}
