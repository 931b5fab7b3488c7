package org.tandem.store;

import org.tandem.domain.SalesPlanContents;
import org.tandem.domain.Scenario;
import org.tandem.domain.Campaign;
import org.tandem.domain.CorrectiveAction;
import org.tandem.domain.Milestone;
import org.tandem.domain.DeletedSalesPlan;
import org.tandem.domain.Objective;
import org.tandem.domain.SalesActivity;
import org.tandem.domain.SalesActual;
import org.tandem.domain.SalesPeriod;
import org.tandem.domain.SalesPerson;
import org.tandem.domain.SalesPlan;
import org.tandem.domain.SalesTool;
import org.tandem.domain.Variance;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** A plan's sales plans (the sales_plan table), and the transactions that span a sales plan's parts. */
public final class SalesPlanRepository {
    private static final String COLUMNS = "id, plan_id, name, start_date, end_date, step, segments_text, pricing, retention,"
            + " deal_size_minor, conversion_rate, sales_budget_minor, marketing_budget_minor, on_track, at_risk, created_at, updated_at";
    /** The columns read: the stored ones and the plan's currency, for the money in minor units. */
    private static final String READ = COLUMNS + ", (SELECT p.currency FROM plan p WHERE p.id = plan_id) AS currency";

    private final Database database;
    private final SalesPartTables parts;
    private final Clock clock;

    public SalesPlanRepository(Database database, Clock clock) {
        this.database = database;
        this.parts = new SalesPartTables(database);
        this.clock = clock;
    }

    public SalesPlanRepository(Database database) {
        this(database, Clock.systemUTC());
    }

    public SalesPartTables parts() {
        return parts;
    }

    public List<SalesPlan> list(UUID planId) {
        return database.read(c -> Rows.list(c, "SELECT " + READ + " FROM sales_plan WHERE plan_id = ? ORDER BY start_date, name",
                SalesPlanRepository::salesPlan, planId));
    }

    public Optional<SalesPlan> find(UUID id) {
        return database.read(c -> Rows.one(c, "SELECT " + READ + " FROM sales_plan WHERE id = ?", SalesPlanRepository::salesPlan, id));
    }

    public SalesPlan save(SalesPlan plan) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return database.write(c -> {
            upsert(c, plan, now);
            return Rows.one(c, "SELECT " + READ + " FROM sales_plan WHERE id = ?", SalesPlanRepository::salesPlan, plan.id()).orElseThrow();
        });
    }

    public void delete(UUID id) {
        database.write(c -> {
            // scheduled calendar items go with their sales plan
            Rows.update(c, "DELETE FROM campaign WHERE id IN (SELECT s.campaign_id FROM sales_activity_schedule s"
                    + " JOIN sales_activity a ON a.id = s.activity_id WHERE a.sales_plan_id = ?)", id);
            return Rows.update(c, "DELETE FROM sales_plan WHERE id = ?", id);
        });
    }

    public Optional<SalesPlanContents> contents(UUID salesPlanId) {
        return database.read(c -> {
            Optional<SalesPlan> plan = Rows.one(c, "SELECT " + READ + " FROM sales_plan WHERE id = ?",
                    SalesPlanRepository::salesPlan, salesPlanId);
            if (plan.isEmpty()) {
                return Optional.empty();
            }
            Map<UUID, UUID> scheduled = new LinkedHashMap<>();
            for (String[] row : Rows.list(c, "SELECT s.activity_id, s.campaign_id FROM sales_activity_schedule s JOIN sales_activity a"
                    + " ON a.id = s.activity_id WHERE a.sales_plan_id = ?", rs -> new String[]{rs.getString(1), rs.getString(2)}, salesPlanId)) {
                scheduled.put(UUID.fromString(row[0]), UUID.fromString(row[1]));
            }
            return Optional.of(new SalesPlanContents(plan.get(), parts.objectives.list(c, salesPlanId), parts.activities.list(c, salesPlanId),
                    parts.people.list(c, salesPlanId), parts.tools.list(c, salesPlanId), parts.milestones.list(c, salesPlanId),
                    parts.actuals.list(c, salesPlanId), parts.actions.list(c, salesPlanId), scheduled));
        });
    }

    /**
     * Puts activities on the calendar in one transaction: an activity scheduled before has its
     * calendar item updated in place (same id), a new one gets an item and the link to it.
     *
     * @param items by activity id, the campaign to show it as (its id is replaced by the existing item's)
     * @return the items as stored, by activity id
     */
    /** The calendar items of these activities as they are now (an activity not scheduled yet has none). */
    public Map<UUID, Campaign> scheduledItems(List<UUID> activityIds) {
        return database.read(c -> {
            Map<UUID, Campaign> found = new LinkedHashMap<>();
            for (UUID activity : activityIds) {
                Optional<UUID> item = Rows.one(c, "SELECT campaign_id FROM sales_activity_schedule WHERE activity_id = ?",
                        rs -> UUID.fromString(rs.getString(1)), activity);
                if (item.isPresent()) {
                    CampaignRepository.find(c, item.get()).ifPresent(k -> found.put(activity, k));
                }
            }
            return found;
        });
    }

    /**
     * Takes a scheduling back, in one transaction: the activities' calendar items become {@code before}
     * again (an activity with none there had none before, and loses the one it got).
     */
    public void unschedule(List<UUID> activityIds, Map<UUID, Campaign> before) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        database.write(c -> {
            for (UUID activity : activityIds) {
                Rows.update(c, "DELETE FROM campaign WHERE id IN (SELECT campaign_id FROM sales_activity_schedule WHERE activity_id = ?)",
                        activity);
                Campaign was = before.get(activity);
                if (was != null) {
                    CampaignRepository.insert(c, was, was.createdAt() == null ? now : was.createdAt(), now);
                    Rows.update(c, "INSERT INTO sales_activity_schedule (activity_id, campaign_id) VALUES (?, ?)", activity, was.id());
                }
            }
            return null;
        });
    }

    public Map<UUID, Campaign> schedule(Map<UUID, Campaign> items) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return database.write(c -> {
            Map<UUID, Campaign> stored = new LinkedHashMap<>();
            for (Map.Entry<UUID, Campaign> e : items.entrySet()) {
                e.getValue().requireValid();
                Optional<UUID> existing = Rows.one(c, "SELECT campaign_id FROM sales_activity_schedule WHERE activity_id = ?",
                        rs -> UUID.fromString(rs.getString(1)), e.getKey());
                Campaign item = e.getValue();
                Instant created = now;
                if (existing.isPresent()) {
                    created = Rows.one(c, "SELECT created_at FROM campaign WHERE id = ?", rs -> StoredTime.instant(rs.getString(1)),
                            existing.get()).orElse(now);
                    item = item.copy(existing.get(), item.name());
                    Rows.update(c, "DELETE FROM campaign WHERE id = ?", existing.get());
                }
                CampaignRepository.insert(c, item, created, now);
                Rows.update(c, "INSERT INTO sales_activity_schedule (activity_id, campaign_id) VALUES (?, ?)", e.getKey(), item.id());
                stored.put(e.getKey(), item);
            }
            return stored;
        });
    }

    /**
     * Replaces the actuals of one measure in [from, to] with {@code replacement} (or with nothing),
     * in one transaction: a grid cell typed over.
     */
    public void replaceActuals(UUID salesPlanId, String measure, LocalDate from, LocalDate to, SalesActual replacement) {
        replaceActuals(salesPlanId, measure, from, to, replacement == null ? List.of() : List.of(replacement));
    }

    /** The measure's actuals in [from, to] become {@code replacements}, in one transaction (a grid cell, or its undo). */
    public void replaceActuals(UUID salesPlanId, String measure, LocalDate from, LocalDate to, List<SalesActual> replacements) {
        database.write(c -> {
            Rows.update(c, "DELETE FROM sales_actual WHERE sales_plan_id = ? AND measure = ? AND day BETWEEN ? AND ?", salesPlanId,
                    measure, from.toString(), to.toString());
            for (SalesActual replacement : replacements) {
                parts.actuals.upsert(c, replacement);
            }
            return null;
        });
    }

    /** The next cycle, all or nothing: the new sales plan with its carried-over objectives and open actions. */
    public SalesPlan startNext(SalesPlan next, List<Objective> objectives, List<CorrectiveAction> actions) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        database.write(c -> {
            upsert(c, next, now);
            for (Objective o : objectives) {
                parts.objectives.upsert(c, o);
            }
            for (CorrectiveAction a : actions) {
                parts.actions.upsert(c, a);
            }
            return null;
        });
        return find(next.id()).orElseThrow();
    }

    /** Deletes a sales plan and hands back all it held, its calendar items too, in one transaction. */
    public DeletedSalesPlan deleteKeeping(UUID salesPlanId) {
        return database.write(c -> {
            SalesPlanContents kept = contents(salesPlanId).orElseThrow();
            List<Campaign> items = new ArrayList<>();
            for (UUID item : kept.scheduled().values()) {
                CampaignRepository.find(c, item).ifPresent(items::add);
            }
            List<Scenario> scenarios = parts.scenarios.list(c, salesPlanId);
            delete(salesPlanId);
            return new DeletedSalesPlan(kept, items, scenarios);
        });
    }

    /** A deleted sales plan back as it was, with its calendar items, in one transaction. */
    public void restore(DeletedSalesPlan deleted) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        database.write(c -> {
            for (Campaign item : deleted.items()) {
                CampaignRepository.insert(c, item, item.createdAt() == null ? now : item.createdAt(), now);
            }
            insertWhole(deleted.contents());
            for (Scenario s : deleted.scenarios()) {
                parts.scenarios.upsert(c, s);
            }
            return null;
        });
    }

    /** A sales plan with all its parts as they are, in one transaction: plan files and the sample. */
    public void insertWhole(SalesPlanContents whole) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        database.write(c -> {
            upsert(c, whole.plan(), now);
            for (Objective o : whole.objectives()) {
                parts.objectives.upsert(c, o);
            }
            for (SalesActivity a : whole.activities()) {
                parts.activities.upsert(c, a);
            }
            for (SalesPerson p : whole.people()) {
                parts.people.upsert(c, p);
            }
            for (SalesTool t : whole.tools()) {
                parts.tools.upsert(c, t);
            }
            for (Milestone m : whole.milestones()) {
                parts.milestones.upsert(c, m);
            }
            for (SalesActual a : whole.actuals()) {
                parts.actuals.upsert(c, a);
            }
            for (CorrectiveAction a : whole.actions()) {
                parts.actions.upsert(c, a);
            }
            for (Map.Entry<UUID, UUID> e : whole.scheduled().entrySet()) {
                Rows.update(c, "INSERT OR IGNORE INTO sales_activity_schedule (activity_id, campaign_id) SELECT ?, id FROM campaign"
                        + " WHERE id = ?", e.getKey(), e.getValue());
            }
            return null;
        });
    }

    private static void upsert(Connection c, SalesPlan p, Instant now) throws SQLException {
        if (!p.problems().isEmpty()) {
            throw p.problems().get(0);
        }
        MinorUnits money = MinorUnits.ofPlan(c, p.planId());
        Rows.update(c, "INSERT INTO sales_plan (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (id) DO UPDATE SET name = excluded.name, start_date = excluded.start_date,"
                        + " end_date = excluded.end_date, step = excluded.step, segments_text = excluded.segments_text,"
                        + " pricing = excluded.pricing, retention = excluded.retention, deal_size_minor = excluded.deal_size_minor,"
                        + " conversion_rate = excluded.conversion_rate, sales_budget_minor = excluded.sales_budget_minor,"
                        + " marketing_budget_minor = excluded.marketing_budget_minor, on_track = excluded.on_track, at_risk = excluded.at_risk,"
                        + " updated_at = excluded.updated_at",
                p.id(), p.planId(), p.name(), p.period().start().toString(), p.period().end().toString(), p.step(), p.segmentsTargeted(),
                p.pricing(), p.retention(), money.minor(p.averageDealSize()), p.conversionRate(), money.minor(p.salesBudget()),
                money.minor(p.marketingBudget()),
                p.thresholds().onTrack(), p.thresholds().atRisk(), p.createdAt() == null ? now : p.createdAt(), now);
    }

    private static SalesPlan salesPlan(ResultSet rs) throws SQLException {
        return new SalesPlan(UUID.fromString(rs.getString("id")), UUID.fromString(rs.getString("plan_id")), rs.getString("name"),
                new SalesPeriod(StoredTime.date(rs.getString("start_date")), StoredTime.date(rs.getString("end_date"))),
                rs.getInt("step"), rs.getString("segments_text"), rs.getString("pricing"), rs.getString("retention"),
                MinorUnits.of(rs).major(rs, "deal_size_minor"), SalesPartTable.real(rs, "conversion_rate"),
                MinorUnits.of(rs).major(rs, "sales_budget_minor"), MinorUnits.of(rs).major(rs, "marketing_budget_minor"), new Variance.Thresholds(rs.getDouble("on_track"), rs.getDouble("at_risk")),
                StoredTime.instant(rs.getString("created_at")), StoredTime.instant(rs.getString("updated_at")));
    }

    /** Copies rows as they are, with ids and references mapped to the copy's. */
    private static void copyRows(Connection c, String table, String where, Object arg, Map<String, UnaryOperator<Object>> remap)
            throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (var s = Rows.prepare(c, "SELECT * FROM " + table + " WHERE " + where, arg); ResultSet rs = s.executeQuery()) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    Object value = rs.getObject(i);
                    UnaryOperator<Object> map = remap.get(meta.getColumnName(i));
                    row.put(meta.getColumnName(i), map == null || value == null ? value : map.apply(value));
                }
                rows.add(row);
            }
        }
        for (Map<String, Object> row : rows) {
            Rows.update(c, "INSERT INTO " + table + " (" + String.join(", ", row.keySet()) + ") VALUES ("
                    + String.join(", ", Collections.nCopies(row.size(), "?")) + ")", row.values().toArray());
        }
    }

    static final PlanSection SECTION = new PlanSection() {
        @Override
        public String countName() {
            return "salesPlans";
        }

        @Override
        public int count(Connection c, UUID planId) throws SQLException {
            return Rows.one(c, "SELECT count(*) FROM sales_plan WHERE plan_id = ?", rs -> rs.getInt(1), planId).orElse(0);
        }

        @Override
        public void copy(Connection c, UUID fromPlan, UUID toPlan, Map<UUID, UUID> newIds) throws SQLException {
            UnaryOperator<Object> fresh = old -> newIds.computeIfAbsent(UUID.fromString((String) old), x -> UUID.randomUUID()).toString();
            UnaryOperator<Object> linked = old -> {
                UUID mapped = newIds.get(UUID.fromString((String) old));
                return mapped == null ? null : mapped.toString();
            };
            for (String id : Rows.list(c, "SELECT id FROM sales_plan WHERE plan_id = ?", rs -> rs.getString(1), fromPlan)) {
                copyRows(c, "sales_plan", "id = ?", id, Map.of("id", fresh, "plan_id", x -> toPlan.toString()));
                Map<String, UnaryOperator<Object>> part = Map.of("id", fresh, "sales_plan_id", fresh, "segment_id", linked,
                        "objective_id", linked);
                for (String table : List.of("sales_objective", "sales_activity", "sales_person", "sales_tool", "sales_milestone",
                        "sales_actual", "sales_corrective_action", "sales_scenario")) {
                    copyRows(c, table, "sales_plan_id = ?", id, part);
                }
                String ofPlan = "activity_id IN (SELECT id FROM sales_activity WHERE sales_plan_id = ?)";
                copyRows(c, "sales_activity_objective", ofPlan, id, Map.of("activity_id", fresh, "objective_id", linked));
                copyRows(c, "sales_activity_schedule", ofPlan + " AND campaign_id IN (SELECT id FROM campaign)", id,
                        Map.of("activity_id", fresh, "campaign_id", linked));
            }
        }
    };
}
