package org.tandem.store;

import org.tandem.domain.ActivityType;
import org.tandem.domain.Cadence;
import org.tandem.domain.Capacity;
import org.tandem.domain.CorrectiveAction;
import org.tandem.domain.Measure;
import org.tandem.domain.Milestone;
import org.tandem.domain.Objective;
import org.tandem.domain.Priority;
import org.tandem.domain.SalesActivity;
import org.tandem.domain.SalesActual;
import org.tandem.domain.SalesMetric;
import org.tandem.domain.SalesPerson;
import org.tandem.domain.SalesTool;
import org.tandem.domain.Scenario;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.tandem.store.SalesPartTable.date;
import static org.tandem.store.SalesPartTable.real;
import static org.tandem.store.SalesPartTable.text;
import static org.tandem.store.SalesPartTable.uuid;

/** The repositories of a sales plan's parts, one per table. */
public final class SalesPartTables {
    private static final String ADDED = "position, rowid";

    public final SalesPartTable<Objective> objectives;
    public final SalesPartTable<SalesActivity> activities;
    public final SalesPartTable<SalesPerson> people;
    public final SalesPartTable<SalesTool> tools;
    public final SalesPartTable<Milestone> milestones;
    public final SalesPartTable<SalesActual> actuals;
    public final SalesPartTable<CorrectiveAction> actions;
    public final SalesPartTable<Scenario> scenarios;

    public SalesPartTables(Database database) {
        // an objective measured in money keeps its figures in minor units, any other in target and baseline
        objectives = new SalesPartTable<>(database, "sales_objective", List.of("id", "sales_plan_id", "metric", "target", "baseline",
                "target_minor", "baseline_minor", "owner", "segment_id", "priority"), ADDED,
                new SalesPartTable.Mapping<>(Objective::id, Objective::salesPlanId,
                (o, money) -> o.metric().money()
                        ? new Object[]{o.metric().code(), null, null, money.minor(o.target()), money.minor(o.baseline()), o.owner(),
                                o.segmentId(), o.priority().code()}
                        : new Object[]{o.metric().code(), o.target(), o.baseline(), null, null, o.owner(), o.segmentId(),
                                o.priority().code()},
                rs -> {
                    SalesMetric metric = fromCode(SalesMetric.class, rs.getString("metric"));
                    MinorUnits money = MinorUnits.of(rs);
                    return new Objective(uuid(rs, "id"), uuid(rs, "sales_plan_id"), metric,
                            metric.money() ? money.major(rs, "target_minor") : real(rs, "target"),
                            metric.money() ? money.major(rs, "baseline_minor") : real(rs, "baseline"), rs.getString("owner"),
                            uuid(rs, "segment_id"), fromCode(Priority.class, rs.getString("priority")));
                }));
        activities = new ActivityTable(database);
        people = new SalesPartTable<>(database, "sales_person", List.of("id", "sales_plan_id", "name", "role", "hours_per_week"), ADDED,
                new SalesPartTable.Mapping<>(SalesPerson::id, SalesPerson::salesPlanId,
                        (p, money) -> new Object[]{p.name(), code(p.role()), p.hoursPerWeek()},
                        rs -> new SalesPerson(uuid(rs, "id"), uuid(rs, "sales_plan_id"), rs.getString("name"),
                                fromCode(Capacity.Role.class, rs.getString("role")), rs.getDouble("hours_per_week"))));
        tools = new SalesPartTable<>(database, "sales_tool", List.of("id", "sales_plan_id", "name", "cost_minor"), ADDED,
                new SalesPartTable.Mapping<>(SalesTool::id, SalesTool::salesPlanId, (t, money) -> new Object[]{t.name(), money.minor(t.cost())},
                        rs -> new SalesTool(uuid(rs, "id"), uuid(rs, "sales_plan_id"), rs.getString("name"),
                                MinorUnits.of(rs).major(rs, "cost_minor"))));
        milestones = new SalesPartTable<>(database, "sales_milestone", List.of("id", "sales_plan_id", "name", "due", "done"), ADDED,
                new SalesPartTable.Mapping<>(Milestone::id, Milestone::salesPlanId,
                        (m, money) -> new Object[]{m.name(), text(m.due()), m.done() ? 1 : 0},
                        rs -> new Milestone(uuid(rs, "id"), uuid(rs, "sales_plan_id"), rs.getString("name"), date(rs, "due"),
                                rs.getInt("done") == 1)));
        // an amount (revenue) in minor units, a count in value
        actuals = new SalesPartTable<>(database, "sales_actual", List.of("id", "sales_plan_id", "day", "measure", "value", "value_minor"),
                "day, measure", new SalesPartTable.Mapping<>(SalesActual::id, SalesActual::salesPlanId,
                        (a, money) -> Measure.money(a.measure())
                                ? new Object[]{a.day().toString(), a.measure(), null, money.minor(a.value())}
                                : new Object[]{a.day().toString(), a.measure(), a.value(), null},
                        rs -> new SalesActual(uuid(rs, "id"), uuid(rs, "sales_plan_id"), date(rs, "day"), rs.getString("measure"),
                                Measure.money(rs.getString("measure")) ? MinorUnits.of(rs).major(rs, "value_minor") : rs.getDouble("value"))));
        actions = new SalesPartTable<>(database, "sales_corrective_action", List.of("id", "sales_plan_id", "what", "owner", "due",
                "objective_id", "outcome"), ADDED, new SalesPartTable.Mapping<>(CorrectiveAction::id, CorrectiveAction::salesPlanId,
                (a, money) -> new Object[]{a.what(), a.owner(), text(a.due()), a.objectiveId(), a.outcome()},
                rs -> new CorrectiveAction(uuid(rs, "id"), uuid(rs, "sales_plan_id"), rs.getString("what"), rs.getString("owner"),
                        date(rs, "due"), uuid(rs, "objective_id"), rs.getString("outcome"))));
        // per-channel factors are kept as a JSON array of "channel=factor" entries, as tags are
        scenarios = new SalesPartTable<>(database, "sales_scenario", List.of("id", "sales_plan_id", "name", "conversion_rate",
                "deal_size_minor", "leads_factor", "channel_factors", "hours_factor", "chosen"), ADDED,
                new SalesPartTable.Mapping<>(Scenario::id, Scenario::salesPlanId,
                        (x, money) -> new Object[]{x.name(), x.conversionRate(), money.minor(x.averageDealSize()), x.leadsFactor(),
                                TextList.write(x.channelEntries()), x.hoursFactor(), x.chosen() ? 1 : 0},
                        rs -> new Scenario(uuid(rs, "id"), uuid(rs, "sales_plan_id"), rs.getString("name"), real(rs, "conversion_rate"),
                                MinorUnits.of(rs).major(rs, "deal_size_minor"), rs.getDouble("leads_factor"),
                                Scenario.channelFactors(TextList.read(rs.getString("channel_factors"))), rs.getDouble("hours_factor"),
                                rs.getInt("chosen") == 1)));
    }

    static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E>> E fromCode(Class<E> type, String code) {
        return Enum.valueOf(type, code.toUpperCase(Locale.ROOT));
    }

    /** Activities also keep their links to objectives and take their calendar items with them. */
    private static final class ActivityTable extends SalesPartTable<SalesActivity> {
        ActivityTable(Database database) {
            super(database, "sales_activity", List.of("id", "sales_plan_id", "type", "name", "volume", "cadence", "hours_per_unit",
                    "cost_per_unit_minor", "rate", "owner", "segment_id"), ADDED, new Mapping<>(SalesActivity::id, SalesActivity::salesPlanId,
                    (a, money) -> new Object[]{a.type().code(), a.name(), a.volume(), code(a.cadence()), a.hoursPerUnit(), money.minor(a.costPerUnit()),
                            a.rate(), a.owner(), a.segmentId()},
                    rs -> new SalesActivity(uuid(rs, "id"), uuid(rs, "sales_plan_id"),
                            ActivityType.fromCode(rs.getString("type")).orElse(ActivityType.OTHER), rs.getString("name"), List.of(),
                            rs.getDouble("volume"), fromCode(Cadence.class, rs.getString("cadence")), rs.getDouble("hours_per_unit"),
                            MinorUnits.of(rs).major(rs, "cost_per_unit_minor"), real(rs, "rate"), rs.getString("owner"), uuid(rs, "segment_id"))));
        }

        /** The objectives each activity serves, read for the whole sales plan at once. */
        @Override
        List<SalesActivity> completed(Connection c, UUID salesPlanId, List<SalesActivity> rows) throws SQLException {
            Map<UUID, List<UUID>> links = new HashMap<>();
            for (UUID[] link : Rows.list(c, "SELECT l.activity_id, l.objective_id FROM sales_activity_objective l JOIN sales_activity a"
                            + " ON a.id = l.activity_id WHERE a.sales_plan_id = ? ORDER BY l.objective_id",
                    r -> new UUID[]{UUID.fromString(r.getString(1)), UUID.fromString(r.getString(2))}, salesPlanId)) {
                links.computeIfAbsent(link[0], k -> new ArrayList<>()).add(link[1]);
            }
            List<SalesActivity> done = new ArrayList<>();
            for (SalesActivity a : rows) {
                done.add(a.withObjectives(links.getOrDefault(a.id(), List.of())));
            }
            return done;
        }

        @Override
        void deleting(Connection c, UUID id) throws SQLException {
            Rows.update(c, "DELETE FROM campaign WHERE id IN (SELECT campaign_id FROM sales_activity_schedule WHERE activity_id = ?)", id);
        }

        @Override
        void saved(Connection c, SalesActivity a) throws SQLException {
            Rows.update(c, "DELETE FROM sales_activity_objective WHERE activity_id = ?", a.id());
            for (UUID objective : a.objectiveIds()) {
                Rows.update(c, "INSERT OR IGNORE INTO sales_activity_objective (activity_id, objective_id) SELECT ?, id"
                        + " FROM sales_objective WHERE id = ?", a.id(), objective);
            }
        }
    }
}
