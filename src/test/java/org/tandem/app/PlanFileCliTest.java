package org.tandem.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.domain.Campaign;
import org.tandem.domain.Plan;
import org.tandem.exchange.PlanImport;
import org.tandem.exchange.SamplePlan;
import org.tandem.store.CampaignRepository;
import org.tandem.store.Database;
import org.tandem.store.PlanRepository;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** export, import and merge-driver on the command line: exit codes, one line on stderr, what is in the files. */
class PlanFileCliTest {
    static final String FESTIVAL = "Northern Coffee Festival stand";
    @TempDir
    Path dir;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of(), ZoneOffset.UTC).run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private UUID sample(Path db) {
        try (Database d = Database.open(db)) {
            return new SamplePlan().addTo(new PlanImport(d)).id();
        }
    }

    private void rename(Path db, UUID plan, String from, String to) {
        try (Database d = Database.open(db)) {
            CampaignRepository campaigns = new CampaignRepository(d);
            Campaign c = campaigns.all(plan).stream().filter(x -> x.name().equals(from)).findFirst().orElseThrow();
            campaigns.save(new Campaign(c.id(), c.planId(), to, c.channel(), c.start(), c.end(), c.status(), c.owner(), c.role(),
                    c.plannedBudget(), c.actualSpend(), c.expectedLeads(), c.actualLeads(), c.segmentId(), c.notes(), c.link(),
                    c.recurrence(), c.createdAt(), c.updatedAt()));
        }
    }

    private List<String> names(Path db, UUID plan) {
        try (Database d = Database.open(db)) {
            return new CampaignRepository(d).all(plan).stream().map(Campaign::name).toList();
        }
    }

    @Test
    void exportThenImportElsewhereAndAgainAsksForAMode() throws Exception {
        Path alice = dir.resolve("alice.db");
        UUID plan = sample(alice);
        Path file = dir.resolve("plan.tandem.json");
        assertThat(run("--db", alice.toString(), "export", plan.toString(), "--out", file.toString())).isZero();
        assertThat(out()).contains("entities written to");

        Path bob = dir.resolve("bob.db");
        assertThat(run("--db", bob.toString(), "import", file.toString(), "--dry-run")).isZero();
        assertThat(out()).contains("New plan", "Campaigns: 20 added", "Dry run: nothing was written.");
        try (Database d = Database.open(bob)) {
            assertThat(new PlanRepository(d).list()).isEmpty();
        }
        assertThat(run("--db", bob.toString(), "import", file.toString())).isZero();
        assertThat(names(bob, plan)).hasSize(20);

        assertThat(run("--db", bob.toString(), "import", file.toString())).isEqualTo(2);
        assertThat(err()).startsWith("tandem: import: the plan \"Ember & Oak Coffee Roasters (sample)\" is already here");
        assertThat(run("--db", bob.toString(), "import", file.toString(), "--as-new")).isZero();
        try (Database d = Database.open(bob)) {
            assertThat(new PlanRepository(d).list()).extracting(Plan::name)
                    .containsExactly("Ember & Oak Coffee Roasters (sample)", "Ember & Oak Coffee Roasters (sample) (2)");
        }
    }

    @Test
    void aBadFileExitsOneWithOneLineAndNoPlan() throws Exception {
        Path file = dir.resolve("bad.tandem.json");
        Files.writeString(file, "{\"format\": \"tandem-plan\", \"formatVersion\": 2, \"plan\": {\"name\": 5}}");
        Path db = dir.resolve("db.db");
        assertThat(run("--db", db.toString(), "import", file.toString())).isEqualTo(1);
        assertThat(err()).isEqualTo("tandem: $.plan.id: missing\n");
        Files.writeString(file, "{\"format\": \"tandem-plan\", \"formatVersion\": 7, \"plan\": {}}");
        assertThat(run("--db", db.toString(), "import", file.toString())).isEqualTo(1);
        assertThat(err()).contains("$.formatVersion: version 7 was made by a newer Tandem").hasLineCount(1);
    }

    @Test
    void conflictsStopAnImportUnlessAPreferenceSettlesThem() throws Exception {
        Path alice = dir.resolve("alice.db");
        UUID plan = sample(alice);
        Path r1 = dir.resolve("r1.tandem.json");
        run("--db", alice.toString(), "export", plan.toString(), "--out", r1.toString());
        Path bob = dir.resolve("bob.db");
        run("--db", bob.toString(), "import", r1.toString());
        rename(bob, plan, FESTIVAL, "Bob's stand");
        Path r2 = dir.resolve("r2.tandem.json");
        run("--db", bob.toString(), "export", plan.toString(), "--out", r2.toString());
        rename(alice, plan, FESTIVAL, "Alice's stand");

        assertThat(run("--db", alice.toString(), "import", r2.toString(), "--merge")).isEqualTo(1);
        assertThat(out()).contains("three-way", "conflict campaigns/", "mine Alice's stand | theirs Bob's stand");
        assertThat(err()).contains("1 conflict to settle").hasLineCount(1);
        assertThat(names(alice, plan)).contains("Alice's stand");

        assertThat(run("--db", alice.toString(), "import", r2.toString(), "--merge", "--prefer", "theirs")).isZero();
        assertThat(names(alice, plan)).contains("Bob's stand").doesNotContain("Alice's stand");
    }

    @Test
    void csvWritesOneTableForASpreadsheet() throws Exception {
        Path db = dir.resolve("csv.db");
        UUID plan = sample(db);
        Path file = dir.resolve("campaigns.csv");
        assertThat(run("--db", db.toString(), "csv", plan.toString(), "--what", "campaigns", "--out", file.toString(), "--bom")).isZero();
        assertThat(out()).isEqualTo("20 rows of campaigns written to " + file + "\n");
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("Name,Channel,Start,End,Status").contains(FESTIVAL);

        assertThat(run("--db", db.toString(), "csv", plan.toString(), "--what", "everything", "--out", file.toString())).isEqualTo(2);
        assertThat(err()).startsWith("tandem: csv: no table is called everything (notes, segments, competitors, scores, campaigns,");
    }

    @Test
    void reportWritesHtmlOrPdfAndNamesAnUnknownSection() throws Exception {
        Path db = dir.resolve("report.db");
        UUID plan = sample(db);
        Path html = dir.resolve("stakeholders.html");
        assertThat(run("--db", db.toString(), "report", plan.toString(), "--out", html.toString(), "--sections", "campaigns,sales",
                "--channel", "Events")).isZero();
        assertThat(Files.readString(html)).contains("<h2>Campaigns by month</h2>", FESTIVAL).doesNotContain("<h2>Competitors</h2>");
        assertThat(err()).isEmpty();
        Path pdf = dir.resolve("plan.pdf");
        assertThat(run("--db", db.toString(), "report", plan.toString(), "--out", pdf.toString(), "--letter")).isZero();
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes());
        assertThat(err()).as("no library chatter").isEmpty();
        assertThat(run("--db", db.toString(), "report", plan.toString(), "--out", pdf.toString(), "--sections", "weather")).isEqualTo(2);
        assertThat(err()).startsWith("tandem: report: no section is called weather");
    }

    /** Three files as git hands them to the driver: the common ancestor, ours and theirs. */
    private Path[] threeVersions(String ours, String theirs) throws Exception {
        Path db = dir.resolve("versions.db");
        UUID plan = sample(db);
        Path base = dir.resolve("base.tandem.json");
        run("--db", db.toString(), "export", plan.toString(), "--out", base.toString());
        rename(db, plan, FESTIVAL, ours);
        Path a = dir.resolve("ours.tandem.json");
        run("--db", db.toString(), "export", plan.toString(), "--out", a.toString());
        rename(db, plan, ours, FESTIVAL);
        rename(db, plan, theirs.startsWith("Wholesale") ? "Wholesale open day at the roastery" : FESTIVAL, theirs);
        Path b = dir.resolve("theirs.tandem.json");
        run("--db", db.toString(), "export", plan.toString(), "--out", b.toString());
        return new Path[]{base, a, b};
    }

    @Test
    void theMergeDriverMergesChangesToDifferentEntities() throws Exception {
        Path[] files = threeVersions("Festival stand 2026", "Wholesale open day 2026");
        assertThat(run("merge-driver", files[0].toString(), files[1].toString(), files[2].toString())).isZero();
        String merged = Files.readString(files[1]);
        assertThat(merged).contains("\"name\": \"Festival stand 2026\"", "\"name\": \"Wholesale open day 2026\"")
                .doesNotContain("\"conflicts\"");
    }

    @Test
    void theMergeDriverLeavesConflictsInTheFileForTheImportAndExitsOne() throws Exception {
        Path[] files = threeVersions("Ours", "Theirs");
        assertThat(run("merge-driver", files[0].toString(), files[1].toString(), files[2].toString())).isEqualTo(1);
        assertThat(err()).contains("1 conflict left in").hasLineCount(1);
        String merged = Files.readString(files[1]);
        assertThat(merged).contains("\"conflicts\": [", "\"mine\": \"Ours\"", "\"theirs\": \"Theirs\"");

        Path fresh = dir.resolve("fresh.db");
        assertThat(run("--db", fresh.toString(), "import", files[1].toString())).isEqualTo(1);
        assertThat(run("--db", fresh.toString(), "import", files[1].toString(), "--prefer", "theirs")).isZero();
        try (Database d = Database.open(fresh)) {
            UUID plan = new PlanRepository(d).list().get(0).id();
            assertThat(new CampaignRepository(d).all(plan)).extracting(Campaign::name).contains("Theirs").doesNotContain("Ours");
        }
    }

    @Test
    void gitMergesPlanFilesThroughTheDriver() throws Exception {
        assumeTrue(exitCode(dir, "git", "--version") == 0, "git is not installed");
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Path[] files = threeVersions("Festival stand 2026", "Wholesale open day 2026");
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String driver = "'" + javaBin + "' -cp '" + System.getProperty("java.class.path") + "' org.tandem.app.Launcher merge-driver %O %A %B";
        git(repo, "init", "-q", "-b", "main");
        git(repo, "config", "user.email", "t@example.com");
        git(repo, "config", "user.name", "Tandem test");
        git(repo, "config", "merge.tandem.driver", driver);
        Files.writeString(repo.resolve(".gitattributes"), "*.tandem.json merge=tandem\n");
        Files.copy(files[0], repo.resolve("plan.tandem.json"));
        git(repo, "add", ".");
        git(repo, "commit", "-q", "-m", "base");
        git(repo, "checkout", "-q", "-b", "theirs");
        Files.copy(files[2], repo.resolve("plan.tandem.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        git(repo, "commit", "-q", "-am", "theirs");
        git(repo, "checkout", "-q", "main");
        Files.copy(files[1], repo.resolve("plan.tandem.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        git(repo, "commit", "-q", "-am", "ours");

        assertThat(exitCode(repo, "git", "merge", "-q", "--no-edit", "theirs")).isZero();
        assertThat(Files.readString(repo.resolve("plan.tandem.json")))
                .contains("\"name\": \"Festival stand 2026\"", "\"name\": \"Wholesale open day 2026\"");
    }

    private static void git(Path repo, String... args) throws Exception {
        String[] command = new String[args.length + 1];
        command[0] = "git";
        System.arraycopy(args, 0, command, 1, args.length);
        assertThat(exitCode(repo, command)).as(String.join(" ", command)).isZero();
    }

    private static int exitCode(Path where, String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(where.toFile()).redirectErrorStream(true)
                .redirectOutput(where.resolve("../git-" + System.nanoTime() + ".log").normalize().toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return p.exitValue();
    }
}
