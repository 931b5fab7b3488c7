package org.tandem.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs target/tandem.jar as a user would, after mvn package built it. */
class PackagedJarIT {
    @TempDir
    Path dir;

    record Result(int exit, String out, String err) {
    }

    private Result run(String... args) throws IOException, InterruptedException {
        return run(Map.of(), args);
    }

    private Result run(Map<String, String> envChanges, String... args) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("tandem.jar", "target/tandem.jar"));
        assertThat(jar).exists();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        envChanges.forEach((key, value) -> {
            if (value.isEmpty()) {
                builder.environment().remove(key);
            } else {
                builder.environment().put(key, value);
            }
        });
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void versionAndHelpRunFromTheJar() throws Exception {
        Result version = run("--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out()).startsWith("tandem ").doesNotContain("development");
        assertThat(run("--help").out()).contains("Usage: tandem");
    }

    @Test
    void sampleThenPlansOnAFreshDatabase() throws Exception {
        Path db = dir.resolve("jar.db");
        assertThat(run("--db", db.toString(), "sample").exit()).isZero();
        Result plans = run("--db", db.toString(), "plans", "--json");
        assertThat(plans.exit()).isZero();
        assertThat(plans.out()).contains("\"name\" : \"Ember & Oak Coffee Roasters (sample)\"");
        // the iCalendar library and its logging come along in the jar, and say nothing on stderr
        Path ics = dir.resolve("sample.ics");
        Result export = run("--db", db.toString(), "ics", "Ember & Oak Coffee Roasters (sample)", "--out", ics.toString());
        assertThat(export.exit()).isZero();
        assertThat(export.err()).isEmpty();
        assertThat(java.nio.file.Files.readString(ics)).startsWith("BEGIN:VCALENDAR").contains("DTSTART;VALUE=DATE:");
    }

    @Test
    void usageErrorExitsTwoAndRefusedDatabaseExitsOneWithoutStackTrace() throws Exception {
        Result usage = run("--bogus");
        assertThat(usage.exit()).isEqualTo(2);
        assertThat(usage.err()).startsWith("tandem: unknown option --bogus");
        Path notDb = Files.writeString(dir.resolve("x.db"), "plain text, not SQLite");
        Result refused = run("--db", notDb.toString(), "plans");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err().strip().lines()).singleElement().asString().contains("not a Tandem database");
    }

    @Test
    void withoutADisplayTheWindowCommandFailsInOneLine() throws Exception {
        Result result = run(Map.of("DISPLAY", "", "WAYLAND_DISPLAY", ""), "--db", dir.resolve("w.db").toString());
        assertThat(result.exit()).isEqualTo(1);
        // JavaFX's own start-up warning may precede it; ours is the single line that matters
        List<String> ours = result.err().lines().filter(line -> line.startsWith("tandem:")).toList();
        assertThat(ours).singleElement().asString().startsWith("tandem: cannot open the window");
        assertThat(result.err()).doesNotContain("\tat ");
    }
}
