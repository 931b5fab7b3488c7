package org.tandem.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.domain.Campaign;
import org.tandem.domain.Plan;
import org.tandem.exchange.PlanImport;
import org.tandem.exchange.SamplePlan;

import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** V010: every entity gets updated_at, deletions leave tombstones, plans keep revisions. */
class PlanFilesMigrationTest {
    @TempDir
    Path dir;

    private static long count(Database db, String sql, Object... args) {
        return db.read(c -> Rows.one(c, sql, rs -> rs.getLong(1), args).orElseThrow());
    }

    /** The sample as it was before scenarios (V011): a schema-9 store has nowhere to keep them. */
    static org.tandem.exchange.PlanFile sampleBeforeScenarios() {
        try (var in = SamplePlan.class.getResourceAsStream("/org/tandem/sample/sample.tandem.json")) {
            var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
            var tree = mapper.readTree(in);
            tree.get("plan").get("salesPlans").forEach(p -> ((com.fasterxml.jackson.databind.node.ObjectNode) p).remove("scenarios"));
            return new org.tandem.exchange.PlanFileReader().read(new java.io.ByteArrayInputStream(mapper.writeValueAsBytes(tree)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aDatabaseOfTheSchemaBeforeKeepsItsPlansAndGainsUpdateTimesAndTombstones() {
        Path file = dir.resolve("v9.db");
        UUID planId;
        try (Database v9 = Database.open(file, Migrations.ALL.upTo(9))) {
            planId = new PlanImport(v9).asNewPlan(sampleBeforeScenarios().plan()).id();
        }
        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.ALL.latest());
            // V012: a plan named like the sample is taken to be one, so Reset sample applies to it
            assertThat(new PlanRepository(db).fromSample(planId)).isTrue();
            assertThat(db.backup()).isPresent();
            assertThat(count(db, "SELECT count(*) FROM campaign WHERE plan_id = ?", planId)).isEqualTo(20);
            for (String table : new String[]{"sales_objective", "sales_activity", "sales_person", "sales_tool", "sales_milestone",
                    "sales_actual", "sales_corrective_action", "channel", "overlay_calendar"}) {
                assertThat(count(db, "SELECT count(*) FROM " + table + " WHERE updated_at IS NULL")).as(table).isZero();
            }

            CampaignRepository campaigns = new CampaignRepository(db);
            Campaign gone = campaigns.all(planId).get(0);
            campaigns.delete(gone.id());
            assertThat(count(db, "SELECT count(*) FROM plan_tombstone WHERE id = ? AND plan_id = ? AND section = 'campaigns'",
                    gone.id(), planId)).isEqualTo(1);
            campaigns.save(gone);
            assertThat(count(db, "SELECT count(*) FROM plan_tombstone WHERE id = ?", gone.id())).as("undone: no tombstone").isZero();

            long objectiveCount = count(db, "SELECT count(*) FROM sales_objective");
            db.write(c -> Rows.update(c, "DELETE FROM sales_plan WHERE plan_id = ?", planId));
            assertThat(count(db, "SELECT count(*) FROM plan_tombstone WHERE section = 'salesPlans'")).isEqualTo(1);
            assertThat(objectiveCount).isPositive();

            PlanRepository plans = new PlanRepository(db);
            plans.delete(planId);
            plans.purgeDeleted();
            assertThat(count(db, "SELECT count(*) FROM plan_tombstone")).as("a purged plan leaves no tombstones").isZero();
        }
    }

    @Test
    void aPartWithoutItsOwnUpdateTimeGetsOneStampedOnInsertAndUpdate() {
        try (Database db = Database.open(dir.resolve("new.db"))) {
            Plan plan = new SamplePlan().addTo(new PlanImport(db));
            new CampaignRepository(db).channels(plan.id());
            String id = db.read(c -> Rows.one(c, "SELECT id FROM channel WHERE plan_id = ? LIMIT 1", rs -> rs.getString(1), plan.id())
                    .orElseThrow());
            String stamped = db.read(c -> Rows.one(c, "SELECT updated_at FROM channel WHERE id = ?", rs -> rs.getString(1), id).orElseThrow());
            db.write(c -> Rows.update(c, "UPDATE channel SET colour = '#123456' WHERE id = ?", id));
            String after = db.read(c -> Rows.one(c, "SELECT updated_at FROM channel WHERE id = ?", rs -> rs.getString(1), id).orElseThrow());
            assertThat(stamped).isNotNull();
            assertThat(after).isNotNull().isGreaterThanOrEqualTo(stamped);
        }
    }
}
