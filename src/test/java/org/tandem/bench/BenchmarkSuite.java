package org.tandem.bench;

import org.tandem.domain.Plan;
import org.tandem.domain.PlanDetails;
import org.tandem.exchange.PlanImport;
import org.tandem.exchange.SamplePlan;
import org.tandem.service.ShellSettings;
import org.tandem.store.Database;
import org.tandem.store.PlanRepository;
import org.tandem.store.SettingsRepository;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The benchmark suite: plans in three sizes (S the sample, M and L generated, see {@link GeneratedPlan.Counts}), the
 * first frame against a bare JavaFX window in the same run ({@link FirstFrameRuns}), then for each size a JVM of its
 * own that walks the real window and does the file work ({@link SuiteWalk}). Prints one table of medians against
 * their targets, misses marked, and writes it with the machine to target/bench/results.md.
 * Run: mvn -Pbench -DskipTests verify   (-Dsizes=S,M to leave out L)
 */
public final class BenchmarkSuite {
    static final String OTHER_PLAN = "Other plan (empty)";

    private BenchmarkSuite() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of("target", "bench").toAbsolutePath();
        Files.createDirectories(dir);
        String[] sizes = System.getProperty("sizes", "S,M,L").split(",");
        for (String size : sizes) {
            Path database = dir.resolve(size + ".db");
            Files.deleteIfExists(database);
            long start = System.nanoTime();
            prepare(database, size);
            System.out.printf("plan %s ready in %.1f s (%,d MB)%n", size, (System.nanoTime() - start) / 1e9, Files.size(database) >> 20);
        }
        // the first frames before the walks, on a copy of the L plan's database too (its start must not wait for its size)
        Path large = dir.resolve("L.db");
        List<SuiteRow> rows = new ArrayList<>(FirstFrameRuns.measure(Path.of("target", "tandem.jar"), dir, 5,
                Files.exists(large) ? java.util.Optional.of(large) : java.util.Optional.empty()));
        for (String size : sizes) {
            rows.addAll(walks(dir.resolve(size + ".db"), size, size.equals("L")));
        }
        String table = SuiteRow.table(rows);
        long misses = rows.stream().filter(SuiteRow::missed).count();
        System.out.println();
        System.out.print(table);
        System.out.printf("%d of %d measures missed their targets.%n", misses, rows.stream().filter(r -> r.target() > 0).count());
        Files.writeString(dir.resolve("results.md"), "Run " + LocalDateTime.now().withNano(0) + " on " + machine() + "\n\n" + table,
                StandardCharsets.UTF_8);
        System.out.println("Written to " + dir.resolve("results.md"));
    }

    /** S: the bundled sample; M and L: a generated plan. Each beside an empty plan, which the window opens at start. */
    static void prepare(Path file, String size) {
        try (Database db = Database.open(file)) {
            if (size.equals("S")) {
                new SamplePlan().addTo(new PlanImport(db));
            } else {
                GeneratedPlan.write(db, GeneratedPlan.of(GeneratedPlan.Counts.named(size)));
            }
            Plan other = new PlanRepository(db).create(new PlanDetails(OTHER_PLAN, "", "EUR", Month.JANUARY));
            new SettingsRepository(db).put(ShellSettings.LAST_PLAN, other.id().toString());
        }
    }

    /**
     * The window's walk in {@code suite.walks} JVMs (3), each on a fresh copy of the plan's database, the last with the
     * file work: a first showing happens once per JVM, so its figure is the median of the walks, not of one run.
     */
    private static List<SuiteRow> walks(Path database, String size, boolean csv) throws IOException, InterruptedException {
        int walks = Math.max(1, Integer.getInteger("suite.walks", 3));
        List<List<SuiteRow>> each = new ArrayList<>();
        Path copy = database.resolveSibling(size + "-walk.db");
        for (int i = 0; i < walks; i++) {
            for (String side : new String[]{"", "-wal", "-shm"}) {
                Files.deleteIfExists(copy.resolveSibling(copy.getFileName() + side));
            }
            Files.copy(database, copy);
            boolean last = i == walks - 1;
            each.add(walk(copy, size, csv && last, last));
        }
        return SuiteRow.merged(each);
    }

    private static List<SuiteRow> walk(Path database, String size, boolean csv, boolean files) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path")));
        // the app's own memory options (the pom's app.jvm.*), as the installed app and mvn javafx:run start it
        command.addAll(appJvmOptions());
        command.addAll(List.of(
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-Dtestfx.robot=glass", "-Dtestfx.headless=true", "-Dheadless.geometry=1920x1080-32", "-Djava.awt.headless=true",
                "-Dsuite.files=" + files, SuiteWalk.class.getName(), database.toString(), size));
        if (csv) {
            command.add("csv");
        }
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<String> output = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                System.out.println(line);
                output.add(line);
            }
        }
        if (!child.waitFor(60, TimeUnit.MINUTES) || child.exitValue() != 0) {
            throw new IllegalStateException("the walk of plan " + size + " failed (exit " + child.exitValue() + ")");
        }
        return SuiteRow.parse(output);
    }

    /** The app's own memory options, the pom's app.jvm.* as the suite was given them (none when run without). */
    static List<String> appJvmOptions() {
        return java.util.Arrays.stream(System.getProperty("suite.jvm", "").trim().split("\\s+")).filter(o -> !o.isEmpty()).toList();
    }

    static String machine() {
        String cpu = "";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("");
        } catch (IOException | RuntimeException notLinux) {
            // the processor's name is a courtesy
        }
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return String.format("%s, %d cores, %,d MB RAM, %s %s, Java %s", cpu, Runtime.getRuntime().availableProcessors(),
                os.getTotalMemorySize() >> 20, System.getProperty("os.name"), System.getProperty("os.version"),
                System.getProperty("java.version"));
    }
}
