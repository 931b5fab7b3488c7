package org.tandem.exchange;

import org.tandem.domain.Campaign;
import org.tandem.domain.OverlayEvent;
import org.tandem.domain.Plan;
import org.tandem.store.CampaignRepository;
import org.tandem.store.Database;
import org.tandem.store.OverlayRepository;

import java.time.LocalDate;
import java.util.List;

/** Plans for plan-file tests: the sample with every kind of value in it (a skipped date, an overlay, channels). */
public final class PlanFileFixtures {
    private PlanFileFixtures() {
    }

    public static Plan fullSample(Database db) {
        Plan plan = new SamplePlan().addTo(new PlanImport(db));
        CampaignRepository campaigns = new CampaignRepository(db);
        campaigns.channels(plan.id());
        Campaign series = campaigns.all(plan.id()).stream().filter(c -> c.recurrence() != null).findFirst().orElseThrow();
        campaigns.save(series.withRecurrence(series.recurrence().skipping(series.start().plusWeeks(1))));
        new OverlayRepository(db).add(plan.id(), "School holidays", List.of(
                new OverlayEvent("half-term@example", "Half term", LocalDate.of(2026, 10, 26), LocalDate.of(2026, 10, 30)),
                new OverlayEvent("xmas@example", "Christmas \"break\" <b>", LocalDate.of(2026, 12, 21), LocalDate.of(2027, 1, 1))));
        return plan;
    }

    /** A database file holding {@link #fullSample}, and the plan read back as plan files see it. */
    public record SampleDatabase(Database db, Plan plan) implements AutoCloseable {
        public static SampleDatabase in(java.nio.file.Path dir) {
            Database db = Database.open(dir.resolve("sample.db"));
            return new SampleDatabase(db, fullSample(db));
        }

        public org.tandem.store.PlanContent content() {
            return new org.tandem.store.PlanContentReader(db).read(plan.id(), () -> false).orElseThrow();
        }

        public List<Campaign> campaigns() {
            return new CampaignRepository(db).all(plan.id());
        }

        @Override
        public void close() {
            db.close();
        }
    }
}
