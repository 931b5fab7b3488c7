package org.tandem.store;

import org.junit.jupiter.api.Test;
import org.tandem.domain.PlanDetails;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Month;

import static org.assertj.core.api.Assertions.assertThat;

class ScratchDatabaseTest {

    @Test
    void aScratchDatabaseIsARealStoreInAFolderOfItsOwnThatGoesWhenClosed() throws Exception {
        Path folder;
        try (ScratchDatabase scratch = ScratchDatabase.create("tandem-test-")) {
            folder = scratch.folder();
            new PlanRepository(scratch.database()).create(new PlanDetails("Scratch", "", "EUR", Month.JANUARY));
            assertThat(new PlanRepository(scratch.database()).list()).singleElement().satisfies(p -> assertThat(p.name()).isEqualTo("Scratch"));
            assertThat(scratch.database().file()).startsWith(folder).exists();
            assertThat(folder.getParent()).isEqualTo(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize());
        }
        assertThat(Files.exists(folder)).as("the folder, the database and its -wal and -shm files are gone").isFalse();
    }

    /** Makes a scratch database, writes to it, prints its folder and exits without closing it (as a quit would). */
    public static final class QuitterProcess {
        public static void main(String[] args) throws Exception {
            ScratchDatabase scratch = ScratchDatabase.create("tandem-test-");
            new PlanRepository(scratch.database()).create(new PlanDetails("Left open", "", "EUR", Month.JANUARY));
            System.out.println(scratch.folder());
            System.exit(0);
        }
    }

    @Test
    void aScratchDatabaseStillOpenWhenTheAppQuitsIsGoneAfter() throws Exception {
        String launcher = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(launcher, "-cp", System.getProperty("java.class.path"), QuitterProcess.class.getName()).start();
        String printed = new String(child.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
        assertThat(child.waitFor()).isZero();
        Path folder = Path.of(printed.lines().reduce((a, b) -> b).orElseThrow());
        assertThat(folder.getFileName().toString()).startsWith("tandem-test-");
        assertThat(Files.exists(folder)).as("deleted as the JVM exited, with the database open in it").isFalse();
    }
}
