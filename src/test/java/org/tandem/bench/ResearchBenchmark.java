package org.tandem.bench;

import org.tandem.domain.NoteSort;
import org.tandem.domain.Aspect;
import org.tandem.domain.Confidence;
import org.tandem.domain.Plan;
import org.tandem.domain.PlanDetails;
import org.tandem.domain.ResearchNote;
import org.tandem.store.Database;
import org.tandem.store.MarketSizingRepository;
import org.tandem.store.PlanRepository;
import org.tandem.store.ResearchNoteRepository;
import org.tandem.store.SegmentRepository;
import org.tandem.service.ResearchService;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Market research at scale: a generated plan of 50,000 notes with bodies of about 2 KB. Prints the
 * median and 95th percentile of a search (what the list shows for typed text) and of the first page
 * of the screen. Run: mvn -Pbench -DskipTests test-compile exec:java@research
 */
public final class ResearchBenchmark {
    static final String[] WORDS = ("coffee roast espresso filter subscription cafe barista grinder origin blend decaf "
            + "price wholesale retail customer market segment growth survey trend freshness competitor gift office delivery "
            + "packaging compostable training latte milk oat single farm harvest washed natural honey acidity body sweet "
            + "bitter aroma crema brew method kettle scale dose ratio extraction bean green import shipping invoice margin "
            + "leeds yorkshire manchester london sheffield york bradford hull weekly monthly yearly loyal churn pause "
            + "review rating instagram newsletter email event festival tasting cupping score specialty commodity supermarket")
            .split(" ");

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        Path dir = Files.createTempDirectory("tandem-bench");
        Path file = dir.resolve("bench.db");
        try (Database db = Database.open(file)) {
            PlanRepository plans = new PlanRepository(db);
            Plan plan = plans.create(new PlanDetails("Benchmark plan", "", "GBP", Month.JANUARY));
            ResearchNoteRepository notes = new ResearchNoteRepository(db);
            long genStart = System.nanoTime();
            generate(notes, plan.id(), count);
            System.out.printf("generated %,d notes (%,d MB file) in %.1f s%n", count, Files.size(file) >> 20,
                    (System.nanoTime() - genStart) / 1e9);
            ResearchService service = new ResearchService(notes, new SegmentRepository(db), new MarketSizingRepository(db));
            UUID id = plan.id();
            measure("first page (1,000 notes, total, counts)", 15,
                    () -> service.page(id, null, null, NoteSort.UPDATED).notes().size());
            measure("  of which: list of 1,000", 15, () -> notes.list(id, null, null, NoteSort.UPDATED, 1000).size());
            measure("  of which: total count", 15, () -> notes.count(id, null, null));
            measure("  of which: counts per aspect", 15, () -> notes.countsByAspect(id).size());
            measure("  of which: tags in use", 15, () -> notes.tags(id).size());
            for (String typed : List.of("c", "co", "compet", "espresso", "oat milk", "yorkshire barista training", "zzqx",
                    "\"((AND -*")) {
                measure("search \"" + typed + "\"", 41, () -> service.search(id, typed, null, null).size());
            }
            measure("search \"compet\" in one aspect", 41, () -> service.search(id, "compet", Aspect.COMPETITIVE_ANALYSIS, null).size());
            // hostile notes (issue 17): a 1 MB note repeating one word 150,000 times, Japanese text, a long query;
            // each search with its passages and highlights: the target is 50 ms
            notes.save(new ResearchNote(UUID.randomUUID(), id, "Bean diary", "Intro. " + "bean ".repeat(150_000), Aspect.MARKET_RESEARCH,
                    List.of(), "", null, null, false, null, null, null));
            notes.save(new ResearchNote(UUID.randomUUID(), id, "東京の市場", "東京都庁舎は新宿にある。".repeat(2000), Aspect.MARKET_RESEARCH,
                    List.of(), "", null, null, false, null, null, null));
            measure("hostile: \"bean\" (150,000 times in one note)", 41, () -> service.search(id, "bean", null, null).size());
            measure("hostile: \"都庁舎\" (trigram index)", 41, () -> service.search(id, "都庁舎", null, null).size());
            measure("hostile: \"新宿\" (two characters)", 41, () -> service.search(id, "新宿", null, null).size());
            measure("hostile: a 20-word query", 41, () -> service.search(id, String.join(" ", java.util.Arrays.copyOf(WORDS, 20)),
                    null, null).size());
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
            }
        }
    }

    static void generate(ResearchNoteRepository notes, UUID planId, int count) {
        Random random = new Random(42);
        Aspect[] aspects = Aspect.values();
        Instant now = Instant.now();
        List<ResearchNote> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder body = new StringBuilder(2100);
            while (body.length() < 2000) {
                body.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(12) == 0 ? ".\n" : " ");
            }
            String title = WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)] + " note " + i;
            List<String> tags = List.of(WORDS[random.nextInt(WORDS.length)], WORDS[random.nextInt(WORDS.length)]);
            batch.add(new ResearchNote(UUID.randomUUID(), planId, title, body.toString(), aspects[i % aspects.length], tags,
                    i % 7 == 0 ? "https://example.org/" + i : "", null, Confidence.MEDIUM, i % 500 == 0, null,
                    now.minusSeconds(i), now.minusSeconds(i)));
            if (batch.size() == 5_000) {
                notes.insertAll(batch);
                batch.clear();
            }
        }
        notes.insertAll(batch);
    }

    static void measure(String what, int runs, Supplier<Integer> work) {
        work.get(); // warm-up
        long[] times = new long[runs];
        int size = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            size = work.get();
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        System.out.printf("%-45s median %7.2f ms   p95 %7.2f ms   (%d results)%n", what, times[runs / 2] / 1e6,
                times[(int) Math.ceil(runs * 0.95) - 1] / 1e6, size);
    }
}
