package org.tandem.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.domain.PlanDetails;
import org.tandem.store.Database;
import org.tandem.store.PlanRepository;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Month;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CliTest {
    @TempDir
    Path dir;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> env, String... args) {
        Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                env, ZoneOffset.UTC);
        return cli.run(args);
    }

    private int run(String... args) {
        return run(Map.of(), args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path dbWithPlans(String... names) {
        Path file = dir.resolve("cli.db");
        try (Database db = Database.open(file)) {
            PlanRepository plans = new PlanRepository(db);
            for (String name : names) {
                plans.create(new PlanDetails(name, "About " + name, "EUR", Month.JANUARY));
            }
        }
        return file;
    }

    @Test
    void helpPrintsUsageAndExitsZero() {
        assertThat(run("--help")).isZero();
        assertThat(out()).contains("Usage: tandem", "plans [--json]", "--db FILE");
        assertThat(err()).isEmpty();
    }

    @Test
    void versionPrintsTheVersion() {
        assertThat(run("--version")).isZero();
        assertThat(out()).startsWith("tandem ").doesNotContain("null");
    }

    @Test
    void plansListsEveryPlanAsATable() {
        Path db = dbWithPlans("Harbour Bikes", "Ember & Oak");
        assertThat(run("--db", db.toString(), "plans")).isZero();
        String[] lines = out().split("\\R");
        assertThat(lines[0]).startsWith("ID").contains("NAME", "UPDATED", "NOTES", "SEGMENTS", "COMPETITORS", "CAMPAIGNS", "SALES PLANS");
        assertThat(lines).hasSize(3);
        assertThat(lines[1]).contains("Ember & Oak").matches("[0-9a-f-]{36}\\s+Ember & Oak\\s+\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d\\s+0\\s+0\\s+0\\s+0\\s+0");
        assertThat(lines[2]).contains("Harbour Bikes");
    }

    @Test
    void plansTruncatesLongNamesInTheTable() {
        Path db = dbWithPlans("N".repeat(120));
        assertThat(run("--db", db.toString(), "plans")).isZero();
        assertThat(out()).contains("N".repeat(39) + "…").doesNotContain("N".repeat(41));
    }

    @Test
    void plansJsonPrintsAnArrayWithCounts() throws Exception {
        Path db = dbWithPlans("Harbour Bikes");
        assertThat(run("plans", "--json", "--db", db.toString())).isZero();
        JsonNode json = new ObjectMapper().readTree(out());
        assertThat(json.isArray()).isTrue();
        assertThat(json).hasSize(1);
        JsonNode plan = json.get(0);
        assertThat(plan.get("name").asText()).isEqualTo("Harbour Bikes");
        assertThat(plan.get("id").asText()).hasSize(36);
        assertThat(plan.get("updatedAt").asText()).endsWith("Z");
        assertThat(plan.get("counts").get("notes").asInt()).isZero();
        assertThat(plan.get("counts").has("salesPlans")).isTrue();
    }

    @Test
    void tandemDbEnvironmentVariableChoosesTheFile() {
        Path db = dbWithPlans("From env");
        assertThat(run(Map.of("TANDEM_DB", db.toString()), "plans")).isZero();
        assertThat(out()).contains("From env");
    }

    @Test
    void sampleAddsTheSamplePlan() {
        Path db = dir.resolve("s.db");
        assertThat(run("--db", db.toString(), "sample")).isZero();
        assertThat(run("--db", db.toString(), "sample")).isZero();
        assertThat(out()).contains("Ember & Oak Coffee Roasters (sample)", "Ember & Oak Coffee Roasters (sample) (2)");
    }

    @Test
    void plansCountsTheSamplesNotesSegmentsCampaignsAndSalesPlans() throws Exception {
        Path db = dir.resolve("counts.db");
        assertThat(run("--db", db.toString(), "sample")).isZero();
        out.reset();
        assertThat(run("--db", db.toString(), "plans", "--json")).isZero();
        JsonNode counts = new ObjectMapper().readTree(out()).get(0).get("counts");
        assertThat(counts.get("notes").asInt()).isEqualTo(20);
        assertThat(counts.get("segments").asInt()).isEqualTo(4);
        assertThat(counts.get("campaigns").asInt()).isEqualTo(20);
        assertThat(counts.get("salesPlans").asInt()).isEqualTo(1);
        out.reset();
        assertThat(run("--db", db.toString(), "plans")).isZero();
        assertThat(out().split("\\R")[1]).matches(".*\\s20\\s+1\\s*");
    }

    @Test
    void unknownCommandIsAUsageError() {
        assertThat(run("fly")).isEqualTo(2);
        assertThat(err()).startsWith("tandem: unknown command fly").contains("Usage:");
        assertThat(out()).isEmpty();
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertThat(run("--colour")).isEqualTo(2);
        assertThat(err()).startsWith("tandem: unknown option --colour");
        assertThat(run("plans", "--yaml")).isEqualTo(2);
        assertThat(run("--db")).isEqualTo(2);
    }

    @Test
    void refusedDatabaseIsOneLineOnStderrAndExitOne() throws Exception {
        Path notDb = Files.writeString(dir.resolve("letter.txt"), "Dear customer, ...");
        byte[] before = Files.readAllBytes(notDb);
        assertThat(run("--db", notDb.toString(), "plans")).isEqualTo(1);
        assertThat(err().strip()).startsWith("tandem: ").contains("not a Tandem database").doesNotContain("\n").doesNotContain("Exception");
        assertThat(out()).isEmpty();
        assertThat(Files.readAllBytes(notDb)).isEqualTo(before);
    }

    @Test
    void icsWritesThePlansCampaignsFoundByNameOrId() throws Exception {
        Path db = dir.resolve("ics.db");
        assertThat(run("--db", db.toString(), "sample")).isZero();
        String id = out().split("\t")[0];
        out.reset();
        Path byName = dir.resolve("by-name.ics");
        assertThat(run("--db", db.toString(), "ics", "ember & oak coffee roasters (sample)", "--out", byName.toString())).isZero();
        assertThat(out()).startsWith("20 campaigns written to ");
        assertThat(err()).isEmpty();
        net.fortuna.ical4j.model.Calendar calendar = new net.fortuna.ical4j.data.CalendarBuilder().build(Files.newInputStream(byName));
        assertThat(calendar.getComponents("VEVENT")).hasSize(20);
        Path byId = dir.resolve("by-id.ics");
        assertThat(run("--db", db.toString(), "ics", id, "--out", byId.toString())).isZero();
        assertThat(Files.readString(byId)).contains("RRULE:FREQ=MONTHLY").contains("CATEGORIES:Email");
    }

    @Test
    void icsWithAnUnknownPlanOrNoFileFailsInOneLine() {
        Path db = dbWithPlans("Real plan");
        Path file = dir.resolve("none.ics");
        assertThat(run("--db", db.toString(), "ics", "Imaginary", "--out", file.toString())).isEqualTo(1);
        assertThat(err().strip()).isEqualTo("tandem: no plan is named \"Imaginary\" (see \"tandem plans\")");
        assertThat(file).doesNotExist();
        err.reset();
        assertThat(run("--db", db.toString(), "ics", "Real plan")).isEqualTo(2);
        assertThat(err()).startsWith("tandem: ics: give the file to write with --out FILE.ics");
        err.reset();
        assertThat(run("--db", db.toString(), "ics", "Real plan", "--out", dir.resolve("no/such/folder/x.ics").toString())).isEqualTo(1);
        assertThat(err().strip()).startsWith("tandem: could not write ").doesNotContain("\n");
    }

    @Test
    void aReportIntoAFolderThatIsNotThereFailsInOneLineNamingTheFolder() {
        Path db = dbWithPlans("Real plan");
        Path folder = dir.resolve("no such folder");

        assertThat(run("--db", db.toString(), "report", "Real plan", "--out", folder.resolve("plan.pdf").toString())).isEqualTo(1);

        assertThat(err().strip()).isEqualTo("tandem: could not write " + folder.resolve("plan.pdf") + ": there is no folder " + folder);
        assertThat(folder).doesNotExist();
    }
}
