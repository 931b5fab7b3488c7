package org.tandem.store;

import org.tandem.domain.ActivityType;
import org.tandem.domain.Cadence;
import org.tandem.domain.Capacity;
import org.tandem.domain.CorrectiveAction;
import org.tandem.domain.Milestone;
import org.tandem.domain.Objective;
import org.tandem.domain.Priority;
import org.tandem.domain.SalesActivity;
import org.tandem.domain.SalesActual;
import org.tandem.domain.SalesMetric;
import org.tandem.domain.SalesPerson;
import org.tandem.domain.SalesTool;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The repositories of a sales plan's parts, one per table. */
public final class SalesPartTables {
    public final SalesPartTable<Objective> objectives;
    public final SalesPartTable<SalesActivity> activities;
    public final SalesPartTable<SalesPerson> people;
    public final SalesPartTable<SalesTool> tools;
    public final SalesPartTable<Milestone> milestones;
    public final SalesPartTable<SalesActual> actuals;
    public final SalesPartTable<CorrectiveAction> actions;

    public SalesPartTables(Database database) {
        objectives = new ObjectiveTable(database);
        activities = new ActivityTable(database);
        people = new PersonTable(database);
        tools = new ToolTable(database);
        milestones = new MilestoneTable(database);
        actuals = new ActualTable(database);
        actions = new ActionTable(database);
    }

    static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E>> E fromCode(Class<E> type, String code) {
        return Enum.valueOf(type, code.toUpperCase(Locale.ROOT));
    }

    private static final class ObjectiveTable extends SalesPartTable<Objective> {
        ObjectiveTable(Database database) {
            super(database, "sales_objective", List.of("id", "sales_plan_id", "metric", "target", "baseline", "owner", "segment_id",
                    "priority"));
        }

        @Override
        UUID id(Objective o) {
            return o.id();
        }

        @Override
        UUID salesPlanId(Objective o) {
            return o.salesPlanId();
        }

        @Override
        Object[] values(Objective o) {
            return new Object[]{o.metric().code(), o.target(), o.baseline(), o.owner(), o.segmentId(), o.priority().code()};
        }

        @Override
        Objective map(ResultSet rs) throws SQLException {
            return new Objective(uuid(rs, "id"), uuid(rs, "sales_plan_id"), fromCode(SalesMetric.class, rs.getString("metric")),
                    real(rs, "target"), real(rs, "baseline"), rs.getString("owner"), uuid(rs, "segment_id"),
                    fromCode(Priority.class, rs.getString("priority")));
        }
    }

    private static final class ActivityTable extends SalesPartTable<SalesActivity> {
        ActivityTable(Database database) {
            super(database, "sales_activity", List.of("id", "sales_plan_id", "type", "name", "volume", "cadence", "hours_per_unit",
                    "cost_per_unit", "rate", "owner", "segment_id"));
        }

        @Override
        UUID id(SalesActivity a) {
            return a.id();
        }

        @Override
        UUID salesPlanId(SalesActivity a) {
            return a.salesPlanId();
        }

        @Override
        Object[] values(SalesActivity a) {
            return new Object[]{a.type().code(), a.name(), a.volume(), code(a.cadence()), a.hoursPerUnit(), a.costPerUnit(), a.rate(),
                    a.owner(), a.segmentId()};
        }

        @Override
        SalesActivity map(ResultSet rs) throws SQLException {
            UUID id = uuid(rs, "id");
            List<UUID> linked = Rows.list(rs.getStatement().getConnection(),
                    "SELECT objective_id FROM sales_activity_objective WHERE activity_id = ? ORDER BY objective_id",
                    r -> UUID.fromString(r.getString(1)), id);
            return new SalesActivity(id, uuid(rs, "sales_plan_id"), ActivityType.fromCode(rs.getString("type")).orElse(ActivityType.OTHER),
                    rs.getString("name"), linked, rs.getDouble("volume"), fromCode(Cadence.class, rs.getString("cadence")),
                    rs.getDouble("hours_per_unit"), rs.getDouble("cost_per_unit"), real(rs, "rate"), rs.getString("owner"),
                    uuid(rs, "segment_id"));
        }

        /** An activity's items on the calendar go with it. */
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

    private static final class PersonTable extends SalesPartTable<SalesPerson> {
        PersonTable(Database database) {
            super(database, "sales_person", List.of("id", "sales_plan_id", "name", "role", "hours_per_week"));
        }

        @Override
        UUID id(SalesPerson p) {
            return p.id();
        }

        @Override
        UUID salesPlanId(SalesPerson p) {
            return p.salesPlanId();
        }

        @Override
        Object[] values(SalesPerson p) {
            return new Object[]{p.name(), code(p.role()), p.hoursPerWeek()};
        }

        @Override
        SalesPerson map(ResultSet rs) throws SQLException {
            return new SalesPerson(uuid(rs, "id"), uuid(rs, "sales_plan_id"), rs.getString("name"),
                    fromCode(Capacity.Role.class, rs.getString("role")), rs.getDouble("hours_per_week"));
        }
    }

    private static final class ToolTable extends SalesPartTable<SalesTool> {
        ToolTable(Database database) {
            super(database, "sales_tool", List.of("id", "sales_plan_id", "name", "cost"));
        }

        @Override
        UUID id(SalesTool t) {
            return t.id();
        }

        @Override
        UUID salesPlanId(SalesTool t) {
            return t.salesPlanId();
        }

        @Override
        Object[] values(SalesTool t) {
            return new Object[]{t.name(), t.cost()};
        }

        @Override
        SalesTool map(ResultSet rs) throws SQLException {
            return new SalesTool(uuid(rs, "id"), uuid(rs, "sales_plan_id"), rs.getString("name"), rs.getDouble("cost"));
        }
    }

    private static final class MilestoneTable extends SalesPartTable<Milestone> {
        MilestoneTable(Database database) {
            super(database, "sales_milestone", List.of("id", "sales_plan_id", "name", "due", "done"));
        }

        @Override
        UUID id(Milestone m) {
            return m.id();
        }

        @Override
        UUID salesPlanId(Milestone m) {
            return m.salesPlanId();
        }

        @Override
        Object[] values(Milestone m) {
            return new Object[]{m.name(), text(m.due()), m.done() ? 1 : 0};
        }

        @Override
        Milestone map(ResultSet rs) throws SQLException {
            return new Milestone(uuid(rs, "id"), uuid(rs, "sales_plan_id"), rs.getString("name"), date(rs, "due"), rs.getInt("done") == 1);
        }
    }

    private static final class ActualTable extends SalesPartTable<SalesActual> {
        ActualTable(Database database) {
            super(database, "sales_actual", List.of("id", "sales_plan_id", "day", "measure", "value"));
        }

        @Override
        UUID id(SalesActual a) {
            return a.id();
        }

        @Override
        UUID salesPlanId(SalesActual a) {
            return a.salesPlanId();
        }

        @Override
        Object[] values(SalesActual a) {
            return new Object[]{a.day().toString(), a.measure(), a.value()};
        }

        @Override
        SalesActual map(ResultSet rs) throws SQLException {
            return new SalesActual(uuid(rs, "id"), uuid(rs, "sales_plan_id"), date(rs, "day"), rs.getString("measure"), rs.getDouble("value"));
        }

        @Override
        List<SalesActual> list(Connection c, UUID salesPlanId) throws SQLException {
            return Rows.list(c, "SELECT id, sales_plan_id, day, measure, value FROM sales_actual WHERE sales_plan_id = ?"
                    + " ORDER BY day, measure", this::map, salesPlanId);
        }
    }

    private static final class ActionTable extends SalesPartTable<CorrectiveAction> {
        ActionTable(Database database) {
            super(database, "sales_corrective_action", List.of("id", "sales_plan_id", "what", "owner", "due", "objective_id", "outcome"));
        }

        @Override
        UUID id(CorrectiveAction a) {
            return a.id();
        }

        @Override
        UUID salesPlanId(CorrectiveAction a) {
            return a.salesPlanId();
        }

        @Override
        Object[] values(CorrectiveAction a) {
            return new Object[]{a.what(), a.owner(), text(a.due()), a.objectiveId(), a.outcome()};
        }

        @Override
        CorrectiveAction map(ResultSet rs) throws SQLException {
            return new CorrectiveAction(uuid(rs, "id"), uuid(rs, "sales_plan_id"), rs.getString("what"), rs.getString("owner"),
                    date(rs, "due"), uuid(rs, "objective_id"), rs.getString("outcome"));
        }
    }
}
