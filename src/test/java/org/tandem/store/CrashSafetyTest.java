package org.tandem.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crash safety: a child JVM writes a stream of edits through the app's repositories and is killed with SIGKILL at
 * random moments; afterwards SQLite's integrity check is ok and every edit the child reported committed is there.
 * Five kills here (each a few hundred milliseconds into its stream); the benchmark profile runs fifty
 * ({@code -Dtandem.crash.runs=50}).
 */
class CrashSafetyTest {
    @TempDir
    Path dir;

    @Test
    void editsReportedCommittedSurviveAKillAtAnyMomentAndTheFileStaysWhole() throws Exception {
        int runs = Integer.getInteger("tandem.crash.runs", 5);
        Path file = dir.resolve("crash.db");
        Random random = new Random(Long.getLong("tandem.crash.seed", System.nanoTime()));
        List<String> committed = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), CrashChild.class.getName(), file.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).as("the child opened the database").isEqualTo("ready");
            long killAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50 + random.nextInt(600));
            List<String> lines = new ArrayList<>();
            String line;
            while (System.nanoTime() < killAt && (line = out.readLine()) != null) {
                lines.add(line);
            }
            child.toHandle().destroyForcibly(); // SIGKILL: no shutdown hooks, no closing (and our end of its output stays open)
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
            // what the child wrote out before it died still counts: it was committed before it was printed
            while ((line = out.readLine()) != null) {
                lines.add(line);
            }
            // a line the kill cut short has no end mark: that edit was not yet reported
            lines.stream().filter(l -> l.startsWith("committed ") && l.endsWith(" .")).map(l -> l.substring("committed ".length(),
                    l.length() - 2)).forEach(committed::add);
        }
        assertThat(committed).as("the children got edits in before they were killed").isNotEmpty();

        try (Database db = Database.open(file)) {
            List<String> check = db.read(c -> Rows.list(c, "PRAGMA integrity_check", rs -> rs.getString(1)));
            assertThat(check).containsExactly("ok");
            for (String edit : committed) {
                String[] kind = edit.split(":", 2);
                String table = kind[0].equals("plan") ? "plan" : "research_note";
                int found = db.read(c -> Rows.one(c, "SELECT count(*) FROM " + table + " WHERE id = ?", rs -> rs.getInt(1), kind[1])
                        .orElse(0));
                assertThat(found).as(edit).isEqualTo(1);
            }
        }
    }
}
