package org.tandem.store;

import org.tandem.service.DashboardService;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.domain.Plan;
import org.tandem.domain.PlanStatus;
import org.tandem.domain.StatusFigure;
import org.tandem.domain.StatusItem;
import org.tandem.exchange.PlanImport;
import org.tandem.exchange.SamplePlan;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The sample's dashboard against figures worked out here, straight from the stored rows with SQL. */
class DashboardFiguresTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @TempDir
    Path dir;

    private static double number(Database db, String sql, Object... args) {
        return db.read(c -> Rows.one(c, sql, rs -> rs.getDouble(1), args).orElseThrow());
    }

    private static StatusFigure figure(PlanStatus status, String key) {
        return status.figures().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void theSamplesFiguresEqualAComputationFromTheStoredRows() {
        try (Database db = Database.open(dir.resolve("d.db"))) {
            Plan plan = new SamplePlan().addTo(new PlanImport(db));
            PlanStatus status = PlanStatus.of(new DashboardService(db).read(plan.id(), null, TODAY).orElseThrow(), Locale.UK);
            String sp = status.salesPlan().id().toString();

            double target = number(db, "SELECT sum(target_minor) / 100.0 FROM sales_objective WHERE sales_plan_id = ? AND metric = 'revenue'", sp);
            double dealSize = number(db, "SELECT deal_size_minor / 100.0 FROM sales_plan WHERE id = ?", sp);
            double rate = number(db, "SELECT conversion_rate FROM sales_plan WHERE id = ?", sp);
            double deals = Math.ceil(target / dealSize);
            double leads = Math.ceil(deals / rate);
            assertThat(figure(status, "funnel.revenueTarget").value().value()).isEqualTo(target);
            assertThat(figure(status, "funnel.dealsNeeded").value().value()).isEqualTo(deals);
            assertThat(figure(status, "funnel.leadsNeeded").value().value()).isEqualTo(leads);

            // revenue against the target due by the last revenue actual: target x days gone / days in the period
            double revenue = number(db, "SELECT sum(value_minor) / 100.0 FROM sales_actual WHERE sales_plan_id = ? AND measure = 'revenue'", sp);
            LocalDate last = LocalDate.parse(db.read(c -> Rows.one(c, "SELECT max(day) FROM sales_actual WHERE sales_plan_id = ?"
                    + " AND measure = 'revenue'", rs -> rs.getString(1), sp).orElseThrow()));
            LocalDate start = LocalDate.parse(db.read(c -> Rows.one(c, "SELECT start_date FROM sales_plan WHERE id = ?", rs -> rs.getString(1), sp)
                    .orElseThrow()));
            LocalDate end = LocalDate.parse(db.read(c -> Rows.one(c, "SELECT end_date FROM sales_plan WHERE id = ?", rs -> rs.getString(1), sp)
                    .orElseThrow()));
            double due = target * (ChronoUnit.DAYS.between(start, last) + 1) / (ChronoUnit.DAYS.between(start, end) + 1);
            assertThat(figure(status, "sales.revenue").value().value()).isEqualTo(revenue);
            assertThat(figure(status, "sales.revenue").shown()).isEqualTo(String.format(Locale.UK, "%,.0f of %,.0f due", revenue, due));

            double closed = number(db, "SELECT sum(value) FROM sales_actual WHERE sales_plan_id = ? AND measure = 'deals_closed'", sp);
            double received = number(db, "SELECT sum(value) FROM sales_actual WHERE sales_plan_id = ? AND measure = 'leads'", sp);
            assertThat(figure(status, "sales.deals").value().value()).isEqualTo(closed);
            assertThat(figure(status, "sales.conversion").value().value()).isCloseTo(closed / received * 100, org.assertj.core.data.Offset.offset(1e-9));

            List<String> running = db.read(c -> Rows.list(c, "SELECT name FROM campaign WHERE plan_id = ? AND role = 'marketing'"
                    + " AND status != 'cancelled' AND repeat_every IS NULL AND start_date <= ? AND end_date >= ? ORDER BY end_date, name",
                    rs -> rs.getString(1), plan.id(), TODAY.toString(), TODAY.toString()));
            assertThat(status.marketing().running()).extracting(StatusItem::title).containsExactlyInAnyOrderElementsOf(running);
            List<String> reviewsDue = db.read(c -> Rows.list(c, "SELECT name FROM competitor WHERE plan_id = ? AND own = 0"
                    + " AND julianday(?) - julianday(coalesce(last_reviewed, substr(created_at, 1, 10))) > 90",
                    rs -> rs.getString(1), plan.id(), TODAY.toString()));
            assertThat(status.reviewsDue()).extracting(StatusItem::title).containsExactlyInAnyOrderElementsOf(reviewsDue).isNotEmpty();
            List<String> overdue = db.read(c -> Rows.list(c, "SELECT what FROM sales_corrective_action WHERE sales_plan_id = ?"
                    + " AND outcome = '' AND due < ?", rs -> rs.getString(1), sp, TODAY.toString()));
            assertThat(status.sales().overdue()).extracting(StatusItem::title).containsExactlyInAnyOrderElementsOf(overdue);

            // the two-hats split: Sam's marketing work, 9 hours a week over this week's 7 days inside the period
            double samMarketing = number(db, "SELECT sum(volume * hours_per_unit) FROM sales_activity WHERE sales_plan_id = ? AND owner = 'Sam'"
                    + " AND type = 'marketing_work' AND cadence = 'per_week'", sp);
            assertThat(status.week().rows()).filteredOn(r -> r.person().equals("Sam")).singleElement()
                    .satisfies(r -> assertThat(r.marketing()).isEqualTo(samMarketing));
        }
    }
}
