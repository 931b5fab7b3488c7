package org.tandem.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.domain.Plan;
import org.tandem.domain.PlanDetails;
import org.tandem.exchange.PlanImport;
import org.tandem.exchange.SamplePlan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Month;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** What the window's first frame shows of a database, read without opening it. */
class StartPeekTest {
    @TempDir
    Path dir;

    @Test
    void theSettingsAndPlanNamesAreReadAndNothingIsLeftBesideTheFile() {
        Path file = dir.resolve("plans.db");
        Plan zebra;
        try (Database db = Database.open(file)) {
            new SamplePlan().addTo(new PlanImport(db));
            zebra = new PlanRepository(db).create(new PlanDetails("Zebra launch", "", "EUR", Month.JANUARY));
            new PlanRepository(db).create(new PlanDetails("Apple harvest", "", "EUR", Month.JANUARY));
            new SettingsRepository(db).put("theme", "dark");
            new SettingsRepository(db).put("plan.last", zebra.id().toString());
        }

        StartPeek peek = StartPeek.of(file).orElseThrow();

        assertThat(peek.settings()).containsEntry("theme", "dark").containsEntry("plan.last", zebra.id().toString());
        assertThat(peek.plans()).extracting(StartPeek.PlanName::name).startsWith("Apple harvest").endsWith("Zebra launch").hasSize(3);
        assertThat(peek.plans()).filteredOn(p -> p.id().equals(zebra.id())).hasSize(1);
        assertThat(dir.resolve("plans.db-wal")).doesNotExist();
        assertThat(dir.resolve("plans.db-shm")).doesNotExist();
    }

    @Test
    void whatTheAppCommittedIsSeenWhileTheAppHoldsTheFileOpen() {
        Path file = dir.resolve("plans.db");
        try (Database db = Database.open(file)) {
            new PlanRepository(db).create(new PlanDetails("Only plan", "", "EUR", Month.JANUARY));
            new SettingsRepository(db).put("theme", "dark");
            // still in the write-ahead log: not yet in the main file
            assertThat(StartPeek.of(file).orElseThrow().settings()).containsEntry("theme", "dark");
            assertThat(StartPeek.of(file).orElseThrow().plans()).extracting(StartPeek.PlanName::name).containsExactly("Only plan");
        }
    }

    @Test
    void aPipeADirectoryAnotherProgramsDatabaseOrGarbageShowNothingAtOnceAndAreLeftAsTheyWere() throws Exception {
        Path other = HostileGroundTest.otherProgramsDatabase(dir.resolve("other.db"),
                "CREATE TABLE plan (id TEXT, name TEXT, deleted_at TEXT, name_key TEXT, created_at TEXT)",
                "CREATE TABLE app_setting (key TEXT, value TEXT)");
        byte[] before = Files.readAllBytes(other);
        Path garbage = Files.write(dir.resolve("garbage.db"), "SQLite format 3\0 and then nothing a database holds".getBytes());
        Path folder = Files.createDirectory(dir.resolve("folder.db"));

        assertThat(StartPeek.of(other)).isEmpty();
        assertThat(Files.readAllBytes(other)).isEqualTo(before);
        assertThat(dir.resolve("other.db-wal")).doesNotExist();
        assertThat(StartPeek.of(garbage)).isEmpty();
        assertThat(StartPeek.of(folder)).isEmpty();
        assertThat(StartPeek.of(dir.resolve("missing.db"))).isEmpty();
        assertThat(dir.resolve("missing.db")).doesNotExist();

        Path fifo = HostileGroundTest.fifo(dir.resolve("pipe.db"));
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThat(StartPeek.of(fifo)).isEqualTo(Optional.empty()));
    }
}
