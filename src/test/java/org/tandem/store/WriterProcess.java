package org.tandem.store;

import org.tandem.domain.Plan;
import org.tandem.domain.PlanDetails;
import org.tandem.exchange.PlanImport;
import org.tandem.exchange.SamplePlan;

import java.nio.file.Path;
import java.time.Month;
import java.util.UUID;

/**
 * A second program on the same database file, for {@link ConcurrentWritersTest}: for the given
 * seconds it creates, renames, duplicates and deletes plans (each a read then a write), and adds
 * the sample plan now and then. Exits 1 with the failure on stderr at the first operation that fails.
 */
public final class WriterProcess {
    private WriterProcess() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        long until = System.nanoTime() + Long.parseLong(args[1]) * 1_000_000_000L;
        String who = args[2];
        int operations = 0;
        try (Database db = Database.open(file)) {
            PlanRepository plans = new PlanRepository(db);
            for (int round = 0; System.nanoTime() < until; round++) {
                String name = who + " " + round + " " + UUID.randomUUID();
                Plan plan = plans.create(new PlanDetails(plans.freeName(name), "", "GBP", Month.JANUARY));
                plans.update(plan.id(), new PlanDetails(plans.freeName(name + " renamed"), "", "EUR", Month.APRIL));
                Plan copy = plans.duplicate(plan.id(), plans.freeName(name + " copy"));
                plans.delete(copy.id());
                plans.delete(plan.id());
                operations += 5;
                if (round % 25 == 0) {
                    new SamplePlan().addTo(new PlanImport(db));
                    operations++;
                }
            }
        } catch (RuntimeException e) {
            System.err.println(who + " failed after " + operations + " operations: " + e.getMessage());
            System.exit(1);
        }
        System.out.println(who + " ok " + operations);
    }
}
