package org.tandem.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The first frame, as a user starts the app: a bare JavaFX window ({@code org.tandem.app.HelloProbe}, java -jar's
 * way: the same jar, no tuning) and Tandem's --startup-probe on a new database (schema and sample created) and again
 * on that file, and on a copy of the L plan's database when there is one, alternately so each sees the same machine;
 * Tandem as the installed app starts (the pom's memory options and a class-data-sharing archive of its own), and
 * the installed app image too when one was built (mvn -Pinstaller package). Needs a display: $DISPLAY, else an Xvfb
 * started here; without either the rows say so.
 */
final class FirstFrameRuns {
    private FirstFrameRuns() {
    }

    /** @param large a large plan's database, started from a copy of it after each new database's second start */
    static List<SuiteRow> measure(Path jar, Path dir, int runs, java.util.Optional<Path> large) throws IOException, InterruptedException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run the suite with mvn -Pbench -DskipTests verify");
        }
        Process xvfb = null;
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            display = ":97";
            try {
                xvfb = new ProcessBuilder("Xvfb", display, "-screen", "0", "1920x1080x24").redirectErrorStream(true)
                        .redirectOutput(dir.resolve("xvfb.log").toFile()).start();
            } catch (IOException noXvfb) {
                return List.of(new SuiteRow("S", "first frame: not measured, no display and no Xvfb (apt-get install -y xvfb libgtk-3-0)",
                        0, "ms", 0, ""));
            }
            Path socket = Path.of("/tmp/.X11-unix/X97");
            for (int i = 0; i < 100 && !Files.exists(socket); i++) {
                xvfb.waitFor(50, TimeUnit.MILLISECONDS);
            }
        }
        try {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Path image = Path.of("target", "installer", "Tandem", "bin", "Tandem");
            List<Long> hello = new ArrayList<>();
            List<Long> first = new ArrayList<>();
            List<Long> next = new ArrayList<>();
            List<Long> installed = new ArrayList<>();
            List<Long> firstReady = new ArrayList<>();
            List<Long> nextReady = new ArrayList<>();
            List<Long> largeFirst = new ArrayList<>();
            List<Long> largeReady = new ArrayList<>();
            Path largeCopy = dir.resolve("start-large.db");
            if (large.isPresent()) {
                Files.copy(large.get(), largeCopy, StandardCopyOption.REPLACE_EXISTING);
            }
            // one of each first, so the OS file cache holds the jar for all; the installed app's start made its archive
            probe(display, java, "-cp", jar.toString(), "org.tandem.app.HelloProbe");
            probe(display, java, "-jar", jar.toString(), "--db", dir.resolve("warm.db").toString(), "--startup-probe");
            List<String> asInstalled = asInstalled(java, jar, dir, display);
            List<Long> archivedFirst = new ArrayList<>();
            List<Long> archivedFirstReady = new ArrayList<>();
            List<Long> archivedNext = new ArrayList<>();
            List<Long> archivedLarge = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                Path db = dir.resolve("start" + run + ".db");
                Files.deleteIfExists(db);
                hello.add(probe(display, java, "-cp", jar.toString(), "org.tandem.app.HelloProbe"));
                first.add(probe(firstReady, display, java, "-jar", jar.toString(), "--db", db.toString(), "--startup-probe"));
                next.add(probe(nextReady, display, java, "-jar", jar.toString(), "--db", db.toString(), "--startup-probe"));
                if (large.isPresent()) {
                    largeFirst.add(probe(largeReady, display, java, "-jar", jar.toString(), "--db", largeCopy.toString(), "--startup-probe"));
                }
                if (!asInstalled.isEmpty()) {
                    Path archived = dir.resolve("archived" + run + ".db");
                    Files.deleteIfExists(archived);
                    archivedFirst.add(probe(archivedFirstReady, display, with(asInstalled, "--db", archived.toString(), "--startup-probe")));
                    archivedNext.add(probe(display, with(asInstalled, "--db", archived.toString(), "--startup-probe")));
                    if (large.isPresent()) {
                        archivedLarge.add(probe(display, with(asInstalled, "--db", largeCopy.toString(), "--startup-probe")));
                    }
                }
                if (Files.isExecutable(image)) {
                    Files.deleteIfExists(dir.resolve("image.db"));
                    installed.add(probe(display, image.toString(), "--db", dir.resolve("image.db").toString(), "--startup-probe"));
                }
            }
            double bare = SuiteRow.median(hello);
            List<SuiteRow> rows = new ArrayList<>();
            rows.add(row("first frame: a bare JavaFX window (java -jar, no tuning)", hello, 0));
            if (!archivedFirst.isEmpty()) {
                rows.add(row("first frame: Tandem as installed (its archive and options), new database, the sample created", archivedFirst, bare));
                rows.add(row("first frame: Tandem as installed (its archive and options), the sample's database again", archivedNext, bare));
            }
            // started the plain way too, without the archive the installed app maps: for comparison, no target
            rows.add(row("first frame: Tandem, new database, the sample created (java -jar, no options)", first, 0));
            rows.add(row("first frame: Tandem, the sample's database again (java -jar, no options)", next, 0));
            if (!archivedFirstReady.isEmpty()) {
                rows.add(row("whole window ready: Tandem as installed, new database", archivedFirstReady, 0));
            }
            rows.add(row("whole window ready: Tandem, new database (java -jar)", firstReady, 0));
            rows.add(row("whole window ready: Tandem, the sample's database again (java -jar)", nextReady, 0));
            if (!largeFirst.isEmpty()) {
                if (!archivedLarge.isEmpty()) {
                    rows.add(row("L", "first frame: Tandem as installed (its archive and options), the L plan's database", archivedLarge, bare));
                }
                rows.add(row("L", "first frame: Tandem, the L plan's database (java -jar, no options)", largeFirst, 0));
                rows.add(row("L", "whole window ready: Tandem, the L plan's database (java -jar)", largeReady, 0));
            }
            if (!installed.isEmpty()) {
                rows.add(row("first frame: the installed app image (its CDS archive), new database", installed, bare));
            }
            return rows;
        } finally {
            if (xvfb != null) {
                xvfb.destroy();
            }
        }
    }

    /**
     * The command the installed app starts with (packaging/installers.sh): the pom's memory options and a class-data-sharing
     * archive made by starting the app once with the window, here from the jar (JDK 17 maps an archive for a jar on the
     * class path). Empty when no archive came out: the rows then say only how the plain jar starts.
     */
    private static List<String> asInstalled(String java, Path jar, Path dir, String display) throws IOException, InterruptedException {
        Path archive = dir.resolve("tandem.jsa").toAbsolutePath();
        Files.deleteIfExists(archive);
        List<String> options = new ArrayList<>(List.of(java));
        options.addAll(BenchmarkSuite.appJvmOptions());
        Path made = dir.resolve("archive.db");
        Files.deleteIfExists(made);
        probe(display, with(options, "-XX:ArchiveClassesAtExit=" + archive, "-jar", jar.toString(), "--db", made.toString(), "--startup-probe"));
        if (!Files.isRegularFile(archive) || Files.size(archive) == 0) {
            System.err.println("no class-data-sharing archive came out: the first frame is measured as the plain jar starts");
            return List.of();
        }
        return List.of(with(options, "-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-jar", jar.toString()));
    }

    private static String[] with(List<String> command, String... more) {
        List<String> all = new ArrayList<>(command);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    private static SuiteRow row(String what, List<Long> millis, double targetMs) {
        return row("S", what, millis, targetMs);
    }

    private static SuiteRow row(String plan, String what, List<Long> millis, double targetMs) {
        return new SuiteRow(plan, what, SuiteRow.median(millis), "ms", targetMs, millis.toString().replaceAll("[\\[\\],]", ""));
    }

    /** Milliseconds from the JVM's start to its first frame, as the probe prints it; the whole window's go to {@code ready}. */
    private static long probe(String display, String... command) throws IOException, InterruptedException {
        return probe(new ArrayList<>(), display, command);
    }

    private static long probe(List<Long> ready, String display, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("DISPLAY", display);
        env.remove("JAVA_TOOL_OPTIONS");
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        out.lines().filter(l -> l.startsWith("window-ready-ms=")).forEach(l -> ready.add(Long.parseLong(l.substring(16).strip())));
        return out.lines().filter(l -> l.startsWith("first-frame-ms=")).map(l -> Long.parseLong(l.substring(15).strip()))
                .findFirst().orElseThrow(() -> new IllegalStateException("no first frame from " + String.join(" ", command) + ":\n" + out));
    }
}
