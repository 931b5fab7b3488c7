package org.tandem.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.domain.Plan;
import org.tandem.domain.PlanStatus;
import org.tandem.domain.StatusFigure;
import org.tandem.exchange.PlanImport;
import org.tandem.exchange.SamplePlan;
import org.tandem.service.DashboardService;
import org.tandem.store.Database;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StatusCliTest {
    @TempDir
    Path dir;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        Locale was = Locale.getDefault();
        Locale.setDefault(Locale.UK);
        try {
            return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                    Map.of(), ZoneOffset.UTC).run(args);
        } finally {
            Locale.setDefault(was);
        }
    }

    @Test
    void statusJsonHasEveryDashboardFigureAsTheScreenWorksItOut() throws Exception {
        Path db = dir.resolve("s.db");
        Plan plan;
        PlanStatus screen;
        try (Database d = Database.open(db)) {
            plan = new SamplePlan().addTo(new PlanImport(d));
            screen = PlanStatus.of(new DashboardService(d).read(plan.id(), null, LocalDate.of(2026, 11, 30)).orElseThrow(), Locale.UK);
        }
        assertThat(run("--db", db.toString(), "status", plan.name(), "--json", "--as-of", "2026-11-30")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.get("salesPlan").get("name").asText()).isEqualTo("Wholesale Q4 2026");
        for (StatusFigure f : screen.figures()) {
            assertThat(json.get("figures").get(f.key()).get("shown").asText()).as(f.key()).isEqualTo(f.shown());
        }
        assertThat(json.get("figures").get("funnel.leadsNeeded").get("value").asDouble()).isEqualTo(100);
        assertThat(json.get("scenarios")).hasSize(4);
        assertThat(json.get("scenarios").get(2).get("chosen").asBoolean()).isTrue();
        assertThat(json.get("lists").get("marketing.running").get(0).get("title").asText()).isEqualTo("Christmas gift boxes");

        assertThat(run("--db", db.toString(), "status", plan.name(), "--as-of", "2026-11-30", "--sales-plan", "wholesale q4 2026")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Leads needed: 100", "Revenue against the pro-rata target: 23,500 of 27,652 due");
    }

    @Test
    void anUnknownSalesPlanOrABadDateIsOneLineAndANonZeroExit() {
        Path db = dir.resolve("s.db");
        Plan plan;
        try (Database d = Database.open(db)) {
            plan = new SamplePlan().addTo(new PlanImport(d));
        }
        assertThat(run("--db", db.toString(), "status", plan.name(), "--sales-plan", "Spring")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("tandem: \"" + plan.name()
                + "\" has no sales plan named \"Spring\" (it has: Wholesale Q4 2026)" + System.lineSeparator());
        assertThat(run("--db", db.toString(), "status", plan.name(), "--as-of", "30/11/2026")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("tandem: status: --as-of takes a date like 2026-11-30");
        assertThat(run("--db", db.toString(), "status")).isEqualTo(2);
    }
}
