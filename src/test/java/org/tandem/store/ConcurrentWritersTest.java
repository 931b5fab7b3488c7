package org.tandem.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Two programs writing one database file at once (a window and the command line): no operation fails. */
class ConcurrentWritersTest {
    @TempDir
    Path dir;

    private Process writer(Path file, int seconds, String who) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), WriterProcess.class.getName(),
                file.toString(), Integer.toString(seconds), who).redirectErrorStream(true).start();
    }

    private static List<String> finish(List<Process> processes) throws Exception {
        List<String> outputs = new ArrayList<>();
        for (Process p : processes) {
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("writer finished").isTrue();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            outputs.add(p.exitValue() + " " + output);
        }
        return outputs;
    }

    @Test
    void twoProcessesCreatingTheSameNewDatabaseAtOnceBothSucceed() throws Exception {
        for (int round = 0; round < 3; round++) {
            Path file = dir.resolve("fresh-" + round + ".db");
            List<String> outputs = finish(List.of(writer(file, 1, "first"), writer(file, 1, "second")));
            assertThat(outputs).allSatisfy(o -> assertThat(o).startsWith("0 ").contains(" ok "));
        }
    }

    @Test
    void twoProcessesWritingOneFileForThirtySecondsNeverFail() throws Exception {
        Path file = dir.resolve("shared.db");
        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isPositive();
        }
        List<String> outputs = finish(List.of(writer(file, 30, "window"), writer(file, 30, "command line")));
        assertThat(outputs).allSatisfy(o -> assertThat(o).startsWith("0 ").contains(" ok "));
        try (Database db = Database.open(file)) {
            assertThat(new PlanRepository(db).list()).isNotEmpty().allSatisfy(p -> assertThat(p.name()).contains("sample"));
        }
    }
}
