package org.tandem.bench;

import org.tandem.domain.ActualsCsv;
import org.tandem.domain.Plan;
import org.tandem.domain.SalesActual;
import org.tandem.domain.SalesPlan;
import org.tandem.exchange.CsvTable;
import org.tandem.exchange.PlanImport;
import org.tandem.exchange.SamplePlan;
import org.tandem.store.Database;
import org.tandem.store.SalesPlanRepository;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The Assess step's CSV import at scale: 20,000 rows as German Excel writes them (semicolons, decimal commas,
 * day-first dates) read, mapped and saved into the sample's sales plan. Median of 5, each into a fresh database.
 * Run: mvn -Pbench -DskipTests test-compile exec:java@actuals
 */
public final class ActualsImportBenchmark {
    public static void main(String[] args) throws Exception {
        int count = Integer.getInteger("rows", 20_000);
        List<Long> times = runs(Files.createTempDirectory("tandem-bench-actuals"), count, 5);
        System.out.printf("%,d rows: read, map and save median %,d ms %s (target under 2,000 ms)%n", count,
                SuiteRow.median(times) / 1_000_000, times.stream().map(t -> t / 1_000_000).toList());
    }

    /** Nanoseconds of each run: {@code count} rows read, mapped and saved into the sample's sales plan in a fresh database. */
    static List<Long> runs(Path dir, int count, int runs) throws Exception {
        StringBuilder csv = new StringBuilder("Datum;Kennzahl;Wert\r\n");
        String[] measures = {"revenue", "leads", "Demos held", "deals_closed"};
        for (int i = 0; i < count; i++) {
            csv.append(String.format("%02d.%02d.2026;%s;%d.%03d,%02d\r\n", 1 + i % 28, 10 + i % 3, measures[i % 4], 1 + i % 9, i % 1000, i % 100));
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        List<Long> times = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            try (Database db = Database.open(dir.resolve("actuals" + run + ".db"))) {
                Plan plan = new SamplePlan().addTo(new PlanImport(db));
                SalesPlanRepository repository = new SalesPlanRepository(db);
                SalesPlan q4 = repository.list(plan.id()).get(0);
                long start = System.nanoTime();
                CsvTable table = CsvTable.read(bytes, null, null);
                List<ActualsCsv.Line> lines = table.rows().stream().map(r -> new ActualsCsv.Line(r.line(), r.fields())).toList();
                List<ActualsCsv.Row> rows = ActualsCsv.read(lines, ActualsCsv.guess(lines, table.separator() == ';'), q4.period());
                List<SalesActual> actuals = rows.stream().filter(ActualsCsv.Row::ok)
                        .map(r -> new SalesActual(UUID.randomUUID(), q4.id(), r.day(), r.measure().code(), r.value())).toList();
                repository.parts().actuals.saveAll(actuals);
                times.add(System.nanoTime() - start);
                if (actuals.size() != count) {
                    throw new IllegalStateException(actuals.size() + " of " + count + " rows read: " + rows.get(0).problem());
                }
            }
        }
        return times;
    }
}
