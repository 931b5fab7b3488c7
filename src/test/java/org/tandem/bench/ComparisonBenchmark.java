package org.tandem.bench;

import org.tandem.domain.Comparison;
import org.tandem.domain.Competitor;
import org.tandem.domain.Plan;
import org.tandem.domain.PlanDetails;
import org.tandem.store.ComparisonRepository;
import org.tandem.store.CompetitorRepository;
import org.tandem.store.Database;
import org.tandem.store.PlanRepository;
import org.tandem.store.SegmentRepository;
import org.tandem.store.SwotRepository;
import org.tandem.ui.common.QueuedTaskRunner;
import org.tandem.ui.common.RecordingErrorReporter;
import org.tandem.ui.common.SameThreadTaskRunner;
import org.tandem.service.CompetitorService;
import org.tandem.ui.competitors.MatrixViewModel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * The comparison matrix at scale: 1,000 competitors x 30 criteria, every cell scored. Times a score
 * edit through the view model until totals and ranking are up to date (the store write runs on
 * the store thread afterwards and is not waited for). Run: mvn -Pbench -DskipTests test-compile exec:java@comparison
 */
public final class ComparisonBenchmark {
    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("tandem-bench");
        try (Database db = Database.open(dir.resolve("matrix.db"))) {
            Plan plan = new PlanRepository(db).create(new PlanDetails("Matrix plan", "", "EUR", Month.JANUARY));
            CompetitorRepository competitors = new CompetitorRepository(db);
            ComparisonRepository comparison = new ComparisonRepository(db);
            Random random = new Random(7);
            List<Comparison.Criterion> criteria = new ArrayList<>();
            List<UUID> rows = new ArrayList<>();
            db.write(c -> {
                for (int i = 0; i < 30; i++) {
                    criteria.add(comparison.saveCriterion(plan.id(), new Comparison.Criterion(UUID.randomUUID(), "Criterion " + i,
                            1 + random.nextInt(5))));
                }
                for (int i = 0; i < 1_000; i++) {
                    Competitor saved = competitors.save(Competitor.named(plan.id(), "Competitor " + i, false, Instant.now()));
                    rows.add(saved.id());
                    for (Comparison.Criterion criterion : criteria) {
                        comparison.setScore(saved.id(), criterion.id(), 1 + random.nextInt(5));
                    }
                }
                return null;
            });
            SegmentRepository segments = new SegmentRepository(db);
            MatrixViewModel loaded = new MatrixViewModel(new CompetitorService(competitors, segments, comparison, new SwotRepository(db)),
                    new SameThreadTaskRunner(), new RecordingErrorReporter(), Locale.UK);
            loaded.showPlan(plan);
            System.out.printf("matrix loaded: %d rows x %d criteria%n", loaded.rows().size(), loaded.criteria().size());

            QueuedTaskRunner storeThread = new QueuedTaskRunner();
            MatrixViewModel vm = new MatrixViewModel(new CompetitorService(competitors, segments, comparison, new SwotRepository(db)), storeThread,
                    new RecordingErrorReporter(), Locale.UK);
            vm.showPlan(plan);
            storeThread.runAll();
            int runs = 101;
            long[] times = new long[runs];
            for (int i = 0; i < runs + 20; i++) {
                UUID row = rows.get(random.nextInt(rows.size()));
                UUID criterion = criteria.get(random.nextInt(criteria.size())).id();
                long start = System.nanoTime();
                vm.setScore(row, criterion, Integer.toString(1 + random.nextInt(5)));
                long took = System.nanoTime() - start;
                if (i >= 20) { // the first edits warm the JIT
                    times[i - 20] = took;
                }
                storeThread.runAll();
            }
            Arrays.sort(times);
            System.out.printf("score edit to updated totals and ranking: median %.2f ms, p95 %.2f ms (%d edits)%n",
                    times[runs / 2] / 1e6, times[(int) Math.ceil(runs * 0.95) - 1] / 1e6, runs);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
            }
        }
    }
}
