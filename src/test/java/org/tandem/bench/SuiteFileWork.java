package org.tandem.bench;

import org.tandem.domain.Progress;
import org.tandem.exchange.PlanFileParser;
import org.tandem.exchange.PlanFileUpgrade;
import org.tandem.exchange.PlanReport;
import org.tandem.service.ImportPreview;
import org.tandem.service.PlanFiles;
import org.tandem.service.ResearchService;
import org.tandem.store.Database;
import org.tandem.store.MarketSizingRepository;
import org.tandem.store.PlanRepository;
import org.tandem.store.ResearchNoteRepository;
import org.tandem.store.SegmentRepository;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * The suite's work on files and the store, through the services the window uses, on the walked plan: search,
 * export, import into an empty database, the merge preview of a copy edited elsewhere, the PDF report, and (once)
 * 20,000 actuals from a CSV file. Plan-file targets are issue 13's for 100,000 entities, scaled to the plan's size.
 */
final class SuiteFileWork {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneOffset.UTC);
    private static final List<String> QUERIES = List.of("espresso", "oat milk", "yorkshire barista training", "compet");

    private SuiteFileWork() {
    }

    static void run(Path database, String size, boolean csv) throws Exception {
        Path dir = Files.createTempDirectory(database.getParent(), "work-");
        try (Database db = Database.open(database)) {
            UUID planId = new PlanRepository(db).list().stream().filter(p -> !p.name().equals(BenchmarkSuite.OTHER_PLAN)).findFirst().orElseThrow().id();
            ResearchService research = new ResearchService(new ResearchNoteRepository(db), new SegmentRepository(db),
                    new MarketSizingRepository(db));
            List<Long> worst = List.of(0L);
            StringBuilder each = new StringBuilder();
            for (String query : QUERIES) {
                List<Long> times = times(15, () -> research.search(planId, query, null, null));
                each.append(String.format("%s%s %.1f", each.isEmpty() ? "" : ", ", query, SuiteRow.median(times) / 1e6));
                if (SuiteRow.median(times) > SuiteRow.median(worst)) {
                    worst = times;
                }
            }
            SuiteRow.trace("search");
            System.out.println(new SuiteRow(size, "search, with passages and highlights (slowest of 4 queries)",
                    SuiteRow.median(worst) / 1e6, "ms", 50, each.toString()).line());

            PlanFiles files = files(db);
            Path exported = dir.resolve("plan.tandem.json");
            // the count from the export itself: reading the file back whole here would put a second L plan in this JVM's peaks
            int entities = files.export(planId, exported, Progress.NONE).entities();
            double scale = Math.max(1, entities / 100_000.0);
            String of = String.format(" (%,d entities)", entities);
            SuiteRow.time(size, "export" + of, times(5, () -> files.export(planId, exported, Progress.NONE)), 2000 * scale);

            SuiteRow.trace("export");
            List<Long> imports = new ArrayList<>();
            for (int run = 0; run < 5; run++) {
                try (Database fresh = Database.open(dir.resolve("fresh" + run + ".db"))) {
                    PlanFiles other = files(fresh);
                    long start = System.nanoTime();
                    other.apply(other.preview(exported, Progress.NONE), ImportPreview.Mode.NEW, Set.of(), Progress.NONE);
                    imports.add(System.nanoTime() - start);
                }
                Files.delete(dir.resolve("fresh" + run + ".db"));
            }
            SuiteRow.time(size, "import into an empty database (read, check, preview, write)", imports, 4000 * scale);

            SuiteRow.trace("import");
            // theirs: the file imported elsewhere with 1% of campaigns renamed; mine: another 1% renamed here
            Path edited = dir.resolve("theirs.tandem.json");
            try (Database theirs = Database.open(dir.resolve("theirs.db"))) {
                PlanFiles other = files(theirs);
                other.apply(other.preview(exported, Progress.NONE), ImportPreview.Mode.NEW, Set.of(), Progress.NONE);
                rename(theirs, 0);
                other.export(planId, edited, Progress.NONE);
            }
            rename(db, 1);
            SuiteRow.time(size, "merge preview of a copy edited elsewhere (three-way)", times(5, () -> files.preview(edited, Progress.NONE)),
                    2000 * scale);

            SuiteRow.trace("merge preview");
            Path report = dir.resolve("report.pdf");
            SuiteRow.time(size, "report, every part, PDF", times(3, () -> {
                files.report(planId, report, PlanReport.Options.everything());
                return null;
            }), 3000 * scale);
        }
        SuiteRow.trace("report");
        if (csv) {
            SuiteRow.time(size, "20,000 actuals from a CSV file (read, map, save)", ActualsImportBenchmark.runs(dir, 20_000, 5), 2000);
        }
        try (var walk = Files.walk(dir)) {
            walk.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        }
    }

    private static PlanFiles files(Database db) {
        return new PlanFiles(db, new PlanFileParser(new PlanFileUpgrade()), CLOCK, "Tandem benchmark");
    }

    private static void rename(Database db, int offset) {
        db.write(c -> c.createStatement().executeUpdate("UPDATE campaign SET name = name || ' (edited)' WHERE rowid % 100 = " + offset));
    }

    private static List<Long> times(int runs, Callable<?> work) throws Exception {
        work.call(); // warm-up
        List<Long> times = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            work.call();
            times.add(System.nanoTime() - start);
        }
        return times;
    }
}
