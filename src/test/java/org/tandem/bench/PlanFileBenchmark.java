package org.tandem.bench;

import org.tandem.exchange.PlanFileParser;
import org.tandem.exchange.PlanFileUpgrade;
import org.tandem.service.ImportPreview;
import org.tandem.service.PlanFiles;
import org.tandem.store.Database;
import org.tandem.store.PlanContent;
import org.tandem.store.PlanContentWriter;
import org.tandem.store.PlanRow;
import org.tandem.store.PlanTables;
import org.tandem.store.PlanTables.Field;
import org.tandem.store.PlanTables.Section;
import org.tandem.domain.Progress;
import org.tandem.store.Revision;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * Plan files at scale: a plan of about 100,000 entities (25,000 notes, 23,000 campaigns, 500 competitors with
 * lists and scores, 20 sales plans with 50,000 actuals). Times export, import into an empty database and the
 * merge preview of a file edited elsewhere, with the peak heap of each. Median of 5.
 * Run: mvn -Pbench -DskipTests test-compile exec:java@planfiles
 */
public final class PlanFileBenchmark {
    private static final Random RANDOM = new Random(11);
    private static final String NOW = Instant.parse("2026-11-30T09:00:00Z").toString();

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("tandem-bench-files");
        PlanContent plan = generate();
        System.out.printf("plan of %,d entities%n", plan.size());
        try (Database mine = Database.open(dir.resolve("mine.db"))) {
            writeNew(mine, plan);
            PlanFiles files = service(mine);
            UUID planId = UUID.fromString(plan.planId());
            Path exported = dir.resolve("plan.tandem.json");
            report("export", 2000, () -> files.export(planId, exported, Progress.NONE));
            System.out.printf("  file: %,d bytes%n", Files.size(exported));

            List<Long> imports = new ArrayList<>();
            long importHeap = 0;
            for (int run = 0; run < 5; run++) {
                try (Database fresh = Database.open(dir.resolve("fresh" + run + ".db"))) {
                    PlanFiles other = service(fresh);
                    resetPeaks();
                    long start = System.nanoTime();
                    ImportPreview preview = other.preview(exported, Progress.NONE);
                    other.apply(preview, ImportPreview.Mode.NEW, Set.of(), Progress.NONE);
                    imports.add((System.nanoTime() - start) / 1_000_000);
                    importHeap = Math.max(importHeap, peakHeap());
                }
            }
            print("import (read, check, preview, write)", imports, 4000, importHeap);

            // theirs: the exported file with 1% of campaigns renamed; mine: another 1% renamed in the store
            try (Database theirs = Database.open(dir.resolve("theirs.db"))) {
                PlanFiles other = service(theirs);
                other.apply(other.preview(exported, Progress.NONE), ImportPreview.Mode.NEW, Set.of(), Progress.NONE);
                rename(theirs, 0);
                Path edited = dir.resolve("theirs.tandem.json");
                other.export(planId, edited, Progress.NONE);
                rename(mine, 1);
                report("merge preview (three-way)", 2000, () -> files.preview(edited, Progress.NONE));
            }
        }
    }

    private static PlanFiles service(Database db) {
        return new PlanFiles(db, new PlanFileParser(new PlanFileUpgrade()), Clock.systemUTC(), "Tandem bench");
    }

    private static void rename(Database db, int offset) {
        db.write(c -> c.createStatement().executeUpdate("UPDATE campaign SET name = name || ' (edited)'"
                + " WHERE rowid % 100 = " + offset));
    }

    private static void writeNew(Database db, PlanContent content) {
        new PlanContentWriter(db).apply(content.planId(), new PlanContentWriter.Step() {
            @Override
            public PlanContent target(Optional<PlanContent> current) {
                return content;
            }

            @Override
            public List<Revision> revisions(Optional<PlanContent> current, PlanContent target) {
                return List.of();
            }
        }, Progress.NONE);
    }

    private static void report(String what, long target, Callable<?> work) throws Exception {
        List<Long> times = new ArrayList<>();
        long heap = 0;
        for (int run = 0; run < 5; run++) {
            resetPeaks();
            long start = System.nanoTime();
            work.call();
            times.add((System.nanoTime() - start) / 1_000_000);
            heap = Math.max(heap, peakHeap());
        }
        print(what, times, target, heap);
    }

    private static void print(String what, List<Long> times, long target, long heap) {
        List<Long> sorted = times.stream().sorted().toList();
        long median = sorted.get(sorted.size() / 2);
        System.out.printf("%-40s median %,6d ms (target %,d ms%s)  runs %s  peak heap %,d MB (target 500 MB%s)%n", what, median,
                target, median > target ? ": MISSED" : "", times, heap / (1024 * 1024), heap > 500L * 1024 * 1024 ? ": MISSED" : "");
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    // --- the generated plan ---

    static PlanContent generate() {
        String planId = UUID.randomUUID().toString();
        PlanRow plan = row(PlanTables.PLAN, planId, Map.of("name", "Benchmark plan " + planId.substring(0, 8), "currency", "EUR",
                "firstMonth", 1L));
        PlanContent content = PlanContent.empty(plan);
        List<String> segments = add(content, "segments", 200, i -> Map.of("name", "Segment " + i, "buyers", 1000L + i,
                "attractiveness", 1L + i % 5));
        add(content, "channels", 20, i -> Map.of("name", "Channel " + i, "colour", String.format("#%06x", RANDOM.nextInt(0xffffff))));
        List<String> criteria = add(content, "criteria", 10, i -> Map.of("name", "Criterion " + i, "weight", 1.0 + i % 3));
        List<String> competitors = add(content, "competitors", 500, i -> {
            TreeMap<String, Long> scores = new TreeMap<>();
            criteria.forEach(c -> scores.put(c, 1L + RANDOM.nextInt(5)));
            return Map.of("name", "Competitor " + i, "strengths", List.of("Strong brand " + i, "Wide range"),
                    "weaknesses", List.of("Slow delivery", "Few reviews"), "scores", scores,
                    "targetSegments", List.of(pick(segments), pick(segments)).stream().distinct().sorted().toList(),
                    "priceLevel", 5.0 + i % 10);
        });
        add(content, "researchNotes", 25_000, i -> Map.of("title", "Interview " + i, "body", "Notes from the call: ".repeat(12) + i,
                "aspect", "market-research", "tags", List.of("interview", "q" + (i % 4 + 1)), "segmentId", pick(segments),
                "competitors", List.of(pick(competitors))));
        List<String> campaigns = add(content, "campaigns", 23_000, i -> {
            LocalDate start = LocalDate.of(2024, 1, 1).plusDays(i % 1500);
            return Map.of("name", "Campaign " + i, "channel", "Channel " + i % 20, "start", start.toString(),
                    "end", start.plusDays(i % 30).toString(), "plannedMinor", 10_000L * (i % 50), "expectedLeads", (long) (i % 40),
                    "segmentId", pick(segments));
        });
        add(content, "swot", 100, i -> Map.of("quadrant", List.of("strengths", "weaknesses", "opportunities", "threats").get(i % 4),
                "text", "Point " + i));
        List<Map<String, String>> events = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            String day = LocalDate.of(2026, 1, 1).plusDays(i).toString();
            events.add(org.tandem.store.PlanContentReader.event("e" + i + "@bench", "Event " + i, day, day));
        }
        add(content, "overlays", 2, i -> Map.of("name", "Holidays " + i, "events", events));
        List<String> salesPlans = add(content, "salesPlans", 20, i -> Map.of("name", "Sales plan " + i,
                "start", "2026-01-01", "end", "2026-12-31", "dealSizeMinor", 150_000L, "conversionRate", 0.25));
        List<String> objectives = add(content, "salesObjectives", 200, i -> Map.of("salesPlanId", salesPlans.get(i % 20),
                "metric", "revenue", "targetMinor", 4_800_000L));
        add(content, "salesActivities", 400, i -> Map.of("salesPlanId", salesPlans.get(i % 20), "type", "calls", "volume", 20.0,
                "objectives", List.of(objectives.get(i % 200)), "scheduledCampaigns", List.of(campaigns.get(i))));
        add(content, "salesPeople", 100, i -> Map.of("salesPlanId", salesPlans.get(i % 20), "name", "Person " + i, "hoursPerWeek", 20.0));
        add(content, "salesTools", 100, i -> Map.of("salesPlanId", salesPlans.get(i % 20), "name", "Tool " + i, "costMinor", 2_000L));
        add(content, "salesMilestones", 200, i -> Map.of("salesPlanId", salesPlans.get(i % 20), "name", "Milestone " + i,
                "due", "2026-06-01"));
        add(content, "salesActuals", 50_000, i -> Map.of("salesPlanId", salesPlans.get(i % 20),
                "day", LocalDate.of(2026, 1, 1).plusDays(i % 365).toString(), "measure", "calls", "value", (double) (i % 30)));
        add(content, "correctiveActions", 100, i -> Map.of("salesPlanId", salesPlans.get(i % 20), "what", "Call back " + i));
        return content;
    }

    private static String pick(List<String> ids) {
        return ids.get(RANDOM.nextInt(ids.size()));
    }

    private static List<String> add(PlanContent content, String section, int count, java.util.function.IntFunction<Map<String, Object>> values) {
        Section s = PlanTables.section(section);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = s.single() ? content.planId() : UUID.randomUUID().toString();
            content.sections().get(section).put(id, row(s, id, values.apply(i)));
            ids.add(id);
        }
        return ids;
    }

    private static PlanRow row(Section section, String id, Map<String, Object> given) {
        Object[] values = new Object[section.fields().size()];
        for (int i = 0; i < values.length; i++) {
            Field f = section.fields().get(i);
            values[i] = given.containsKey(f.name()) ? given.get(f.name()) : fallback(f);
        }
        return new PlanRow(id, values);
    }

    private static Object fallback(Field f) {
        return switch (f.kind()) {
            case TEXT -> f.required() ? "x" : "";
            case WHOLE -> f.required() ? (long) Math.max(0, f.min()) : null;
            case DECIMAL -> f.required() ? Math.max(0.0, f.min()) + (f.name().equals("onTrack") ? 0.95 : f.name().equals("atRisk") ? 0.8 : 0) : null;
            case BOOL -> false;
            case DATE -> f.required() ? "2026-01-01" : null;
            case INSTANT -> NOW;
            case CHOICE -> f.required() ? f.choices().get(0) : null;
            case COLOUR -> "#336699";
            case TEXT_LIST, DATE_LIST, LINKS, POINTS, EVENTS -> List.of();
            case SCORES -> new TreeMap<String, Long>();
            case REF -> null;
        };
    }
}
