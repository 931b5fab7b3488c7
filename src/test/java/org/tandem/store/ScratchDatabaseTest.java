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
}
