package org.tandem.bench;

import org.tandem.domain.ActivityType;
import org.tandem.domain.Cadence;
import org.tandem.domain.Campaign;
import org.tandem.domain.CampaignStatus;
import org.tandem.domain.Capacity;
import org.tandem.domain.Channel;
import org.tandem.domain.Objective;
import org.tandem.domain.Plan;
import org.tandem.domain.PlanDetails;
import org.tandem.domain.PlanStatus;
import org.tandem.domain.Priority;
import org.tandem.domain.SalesActivity;
import org.tandem.domain.SalesActual;
import org.tandem.domain.SalesMetric;
import org.tandem.domain.SalesPeriod;
import org.tandem.domain.SalesPerson;
import org.tandem.domain.SalesPlan;
import org.tandem.domain.SalesPlanContents;
import org.tandem.domain.SalesPlanFigures;
import org.tandem.domain.Scenario;
import org.tandem.domain.ScenarioOutcome;
import org.tandem.domain.StatusInputs;
import org.tandem.service.DashboardService;
import org.tandem.store.CampaignRepository;
import org.tandem.store.Database;
import org.tandem.store.PlanRepository;
import org.tandem.store.SalesPlanRepository;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The dashboard of a large plan: 20,000 campaigns over five years on 12 channels, a sales plan over the same five
 * years with 200 objectives, 20 activities, 10 people, five scenarios and daily actuals of four measures. Measures
 * the read and the arithmetic (what runs off the JavaFX thread before the dashboard is shown) and a scenario edit
 * (every column worked out again, on the JavaFX thread in the app). Median of 7 after 2 warm-ups.
 * Run: mvn -Pbench -DskipTests test-compile exec:java@dashboard
 */
public final class DashboardBenchmark {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("tandem-bench-dashboard");
        try (Database db = Database.open(dir.resolve("large.db"))) {
            Plan plan = generate(db);
            DashboardService service = new DashboardService(db);
            List<Long> shown = new ArrayList<>();
            List<Long> read = new ArrayList<>();
            StatusInputs in = null;
            for (int run = 0; run < 9; run++) {
                long start = System.nanoTime();
                in = service.read(plan.id(), null, TODAY).orElseThrow();
                long between = System.nanoTime();
                PlanStatus status = PlanStatus.of(in, Locale.UK);
                long end = System.nanoTime();
                if (status.figures().size() < 20) {
                    throw new IllegalStateException("too few figures: " + status.figures().size());
                }
                if (run >= 2) {
                    read.add((between - start) / 1_000_000);
                    shown.add((end - start) / 1_000_000);
                }
            }
            SalesPlanFigures figures = in.figures();
            List<Scenario> scenarios = new ArrayList<>(in.scenarios());
            List<Long> edits = new ArrayList<>();
            for (int run = 0; run < 40; run++) {
                scenarios.set(run % 5, scenarios.get(run % 5).withConversionRate(0.1 + run % 7 * 0.05));
                long start = System.nanoTime();
                List<ScenarioOutcome> outcomes = ScenarioOutcome.all(figures, scenarios);
                long end = System.nanoTime();
                if (outcomes.size() != 6) {
                    throw new IllegalStateException("columns: " + outcomes.size());
                }
                if (run >= 10) {
                    edits.add((end - start) / 1_000);
                }
            }
            System.out.printf("dashboard of 20,000 campaigns (%,d read for the sales plan's five years), %d objectives, %,d actuals:"
                    + " read and worked out median %,d ms %s (read alone %,d ms; target under 300 ms)%n", in.campaigns().size(),
                    in.chosen().objectives().size(),
                    in.chosen().actuals().size(), median(shown), shown, median(read));
            System.out.printf("scenario edit, every column worked out again: median %,d µs (target under 50 ms)%n", median(edits));
        }
    }

    private static long median(List<Long> times) {
        return times.stream().sorted().toList().get(times.size() / 2);
    }

    static Plan generate(Database db) {
        Random random = new Random(15);
        Plan plan = new PlanRepository(db).create(new PlanDetails("Large dashboard plan", "", "GBP", Month.JANUARY));
        List<Channel> channels = new ArrayList<>();
        String[] names = {"Email", "Content", "Social", "Events", "PR", "Paid advertising", "SEO and digital", "Partnerships",
                "Branding", "Podcasts", "Print", "Radio"};
        for (int i = 0; i < names.length; i++) {
            channels.add(new Channel(UUID.randomUUID(), names[i], String.format("#%06x", random.nextInt(0xffffff))));
        }
        List<Campaign> campaigns = new ArrayList<>();
        LocalDate first = LocalDate.of(2022, 1, 1);
        for (int i = 0; i < 20_000; i++) {
            LocalDate start = first.plusDays(random.nextInt(5 * 365));
            LocalDate end = start.plusDays(random.nextInt(45));
            campaigns.add(new Campaign(UUID.randomUUID(), plan.id(), "Campaign " + i, names[i % names.length], start, end,
                    end.isBefore(TODAY) ? CampaignStatus.DONE : CampaignStatus.PLANNED, "Sam", "marketing", 10_000 + random.nextInt(500_000),
                    end.isBefore(TODAY) ? random.nextInt(400_000) : 0, random.nextInt(80), end.isBefore(TODAY) ? random.nextInt(80) : 0,
                    null, "", "", null, java.time.Instant.parse("2026-01-01T00:00:00Z"), java.time.Instant.parse("2026-01-01T00:00:00Z")));
        }
        new CampaignRepository(db).insertAll(plan.id(), channels, campaigns);

        SalesPlanRepository sales = new SalesPlanRepository(db);
        SalesPlan five = new SalesPlan(UUID.randomUUID(), plan.id(), "Five years", new SalesPeriod(first, LocalDate.of(2026, 12, 31)), 6,
                "", "", "", 1500.0, 0.25, 500_000.0, 900_000.0, null, null, null);
        SalesMetric[] metrics = SalesMetric.values();
        List<Objective> objectives = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            SalesMetric metric = metrics[i % metrics.length];
            objectives.add(new Objective(UUID.randomUUID(), five.id(), metric, metric.percentUpTo100() ? 80.0 : 10_000.0 + i * 100, null,
                    "Jo", null, Priority.MEDIUM));
        }
        List<SalesActivity> activities = new ArrayList<>();
        ActivityType[] types = ActivityType.values();
        for (int i = 0; i < 20; i++) {
            activities.add(new SalesActivity(UUID.randomUUID(), five.id(), types[i % types.length], "Activity " + i, List.of(), 5 + i,
                    Cadence.PER_WEEK, 0.5, 10, 0.2, "Person " + (i % 10), null));
        }
        List<SalesPerson> people = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            people.add(new SalesPerson(UUID.randomUUID(), five.id(), "Person " + i, Capacity.Role.values()[i % 3], 30));
        }
        List<SalesActual> actuals = new ArrayList<>();
        String[] measures = {"revenue", "leads", "deals_closed", "new_customers"};
        for (LocalDate day = first; day.isBefore(TODAY); day = day.plusDays(1)) {
            for (String measure : measures) {
                actuals.add(new SalesActual(UUID.randomUUID(), five.id(), day, measure, 1 + random.nextInt(measure.equals("revenue") ? 3000 : 9)));
            }
        }
        sales.insertWhole(new SalesPlanContents(five, objectives, activities, people, List.of(), List.of(), actuals, List.of(), Map.of()));
        List<Scenario> scenarios = new ArrayList<>();
        for (int i = 0; i < Scenario.MAX; i++) {
            scenarios.add(Scenario.create(five.id(), "Scenario " + i).withLeadsFactor(0.8 + i * 0.1)
                    .withChannelFactor(names[i], 1.5));
        }
        sales.parts().scenarios.saveAll(scenarios);
        return plan;
    }
}
