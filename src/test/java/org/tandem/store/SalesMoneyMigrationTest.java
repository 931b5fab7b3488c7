package org.tandem.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.domain.Objective;
import org.tandem.domain.PlanDetails;
import org.tandem.domain.SalesActual;
import org.tandem.domain.SalesMetric;
import org.tandem.domain.SalesPlan;
import org.tandem.domain.SalesTool;

import java.nio.file.Path;
import java.time.Month;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Money in sales plans moves from REAL major units to exact integer minor units, on old files and new writes. */
class SalesMoneyMigrationTest {
    @TempDir
    Path dir;

    static final String NOW = "2026-11-01T00:00:00Z";

    private static void salesPlan(Database db, UUID id, UUID planId, Object dealSize, Object salesBudget, Object marketingBudget) {
        db.write(c -> Rows.update(c, "INSERT INTO sales_plan (id, plan_id, name, start_date, end_date, deal_size, conversion_rate,"
                + " sales_budget, marketing_budget, created_at, updated_at) VALUES (?, ?, 'Q4', '2026-10-01', '2026-12-31', ?, 0.25, ?, ?, ?, ?)",
                id, planId, dealSize, salesBudget, marketingBudget, NOW, NOW));
    }

    private static long count(Database db, String sql, Object... args) {
        return db.read(c -> Rows.one(c, sql, rs -> rs.getLong(1), args).orElseThrow());
    }

    @Test
    void aDatabaseOfThePreviousSchemaGetsItsSalesMoneyInMinorUnitsRoundedHalfToEven() {
        Path file = dir.resolve("v8.db");
        UUID gbp;
        UUID yen;
        UUID pounds = UUID.randomUUID();
        UUID yenPlan = UUID.randomUUID();
        UUID revenue = UUID.randomUUID();
        UUID deals = UUID.randomUUID();
        try (Database v8 = Database.open(file, Migrations.ALL.upTo(8))) {
            PlanRepository plans = new PlanRepository(v8);
            gbp = plans.create(new PlanDetails("Roaster", "", "GBP", Month.JANUARY)).id();
            yen = plans.create(new PlanDetails("Kissa", "", "JPY", Month.APRIL)).id();
            salesPlan(v8, pounds, gbp, 540.5, 1200.125, Double.POSITIVE_INFINITY);
            salesPlan(v8, yenPlan, yen, 1234.5, 1235.5, null);
            v8.write(c -> {
                Rows.update(c, "INSERT INTO sales_objective (id, sales_plan_id, metric, target, baseline) VALUES (?, ?, 'revenue', 40000.005, 30000)",
                        revenue, pounds);
                Rows.update(c, "INSERT INTO sales_objective (id, sales_plan_id, metric, target, baseline) VALUES (?, ?, 'deals_closed', 20, 12.5)",
                        deals, pounds);
                Rows.update(c, "INSERT INTO sales_activity (id, sales_plan_id, type, volume, cost_per_unit) VALUES (?, ?, 'calls', 10, 2.675)",
                        UUID.randomUUID(), pounds);
                Rows.update(c, "INSERT INTO sales_tool (id, sales_plan_id, name, cost) VALUES (?, ?, 'CRM', 49.99)", UUID.randomUUID(), pounds);
                Rows.update(c, "INSERT INTO sales_actual (id, sales_plan_id, day, measure, value) VALUES (?, ?, '2026-10-05', 'revenue', 2500.5)",
                        UUID.randomUUID(), pounds);
                return Rows.update(c, "INSERT INTO sales_actual (id, sales_plan_id, day, measure, value) VALUES (?, ?, '2026-10-05', 'calls', 37)",
                        UUID.randomUUID(), pounds);
            });
        }
        try (Database db = Database.open(file, Migrations.ALL.upTo(9))) {
            assertThat(db.schemaVersion()).isEqualTo(9);
            assertThat(db.backup()).isPresent();
            assertThat(count(db, "SELECT deal_size_minor FROM sales_plan WHERE id = ?", pounds)).isEqualTo(54_050);
            assertThat(count(db, "SELECT sales_budget_minor FROM sales_plan WHERE id = ?", pounds)).as("1200.125 half to even").isEqualTo(120_012);
            assertThat(count(db, "SELECT marketing_budget_minor IS NULL FROM sales_plan WHERE id = ?", pounds)).as("infinity").isEqualTo(1);
            assertThat(count(db, "SELECT deal_size_minor FROM sales_plan WHERE id = ?", yenPlan)).as("1234.5 yen to even").isEqualTo(1234);
            assertThat(count(db, "SELECT sales_budget_minor FROM sales_plan WHERE id = ?", yenPlan)).as("1235.5 yen to even").isEqualTo(1236);
            assertThat(count(db, "SELECT typeof(deal_size_minor) = 'integer' FROM sales_plan WHERE id = ?", pounds)).isEqualTo(1);

            SalesPlanRepository repository = new SalesPlanRepository(db);
            SalesPlan read = repository.find(pounds).orElseThrow();
            assertThat(read.averageDealSize()).isEqualTo(540.5);
            assertThat(read.salesBudget()).isEqualTo(1200.12);
            assertThat(read.marketingBudget()).isNull();
            List<Objective> objectives = repository.parts().objectives.list(pounds);
            assertThat(objectives).filteredOn(o -> o.metric() == SalesMetric.REVENUE).singleElement()
                    .satisfies(o -> assertThat(o.target()).isEqualTo(40_000.0));
            assertThat(objectives).filteredOn(o -> o.metric() == SalesMetric.DEALS_CLOSED).singleElement()
                    .satisfies(o -> assertThat(o.baseline()).isEqualTo(12.5));
            assertThat(repository.parts().activities.list(pounds).get(0).costPerUnit()).isEqualTo(2.68);
            assertThat(repository.parts().tools.list(pounds)).extracting(SalesTool::cost).containsExactly(49.99);
            assertThat(repository.parts().actuals.list(pounds)).extracting(SalesActual::measure, SalesActual::value)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("revenue", 2500.5), org.assertj.core.groups.Tuple.tuple("calls", 37.0));
            assertThat(count(db, "SELECT value_minor FROM sales_actual WHERE measure = 'revenue'")).isEqualTo(250_050);
        }
    }

    @Test
    void moneyTypedWithCentsIsStoredExactlyAndReadBackTheSame() {
        try (Database db = Database.open(dir.resolve("new.db"))) {
            UUID planId = new PlanRepository(db).create(new PlanDetails("Roaster", "", "GBP", Month.JANUARY)).id();
            SalesPlanRepository repository = new SalesPlanRepository(db);
            SalesPlan plan = SalesPlan.create(planId, "Q4", new org.tandem.domain.SalesPeriod(java.time.LocalDate.of(2026, 10, 1),
                    java.time.LocalDate.of(2026, 12, 31)));
            SalesPlan saved = repository.save(new SalesPlan(plan.id(), planId, "Q4", plan.period(), 1, "", "", "", 540.5, 0.25, 0.1 + 0.2,
                    1_000_000.07, null, null, null));
            assertThat(count(db, "SELECT deal_size_minor FROM sales_plan WHERE id = ?", saved.id())).isEqualTo(54_050);
            assertThat(count(db, "SELECT sales_budget_minor FROM sales_plan WHERE id = ?", saved.id())).isEqualTo(30);
            SalesPlan read = repository.find(saved.id()).orElseThrow();
            assertThat(read.averageDealSize()).isEqualTo(540.5);
            assertThat(read.marketingBudget()).isEqualTo(1_000_000.07);
            repository.parts().actuals.save(new SalesActual(UUID.randomUUID(), saved.id(), java.time.LocalDate.of(2026, 10, 2), "revenue", 19.99));
            assertThat(count(db, "SELECT value_minor FROM sales_actual")).isEqualTo(1999);
        }
    }
}
