package org.tandem.exchange;

import org.tandem.domain.SalesPlanContents;
import org.tandem.domain.ActivitySchedule;
import org.tandem.domain.ActivityType;
import org.tandem.domain.Cadence;
import org.tandem.domain.Campaign;
import org.tandem.domain.Capacity;
import org.tandem.domain.CorrectiveAction;
import org.tandem.domain.InvalidInput;
import org.tandem.domain.Measure;
import org.tandem.domain.Milestone;
import org.tandem.domain.Objective;
import org.tandem.domain.Priority;
import org.tandem.domain.SalesActivity;
import org.tandem.domain.SalesActual;
import org.tandem.domain.SalesMetric;
import org.tandem.domain.SalesPeriod;
import org.tandem.domain.SalesPerson;
import org.tandem.domain.SalesPlan;
import org.tandem.domain.SalesTool;
import org.tandem.domain.Scenario;
import org.tandem.domain.Variance;
import org.tandem.store.SalesPlanRepository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** A sales plan from a plan file: checked field by field (a bad value names its JSON path), then stored whole. */
final class SalesPlanImport {
    private SalesPlanImport() {
    }

    static void add(SalesPlanRepository repository, PlanData.SalesPlanData d, UUID planId, Map<UUID, UUID> newIds, Instant now,
                    String path) {
        SalesPeriod period;
        try {
            period = new SalesPeriod(d.start(), d.end());
        } catch (InvalidInput bad) {
            throw new PlanFileProblem(path + "." + bad.field(), bad.getMessage());
        }
        Variance.Thresholds thresholds;
        try {
            thresholds = new Variance.Thresholds(d.onTrack() == null ? 0.95 : d.onTrack(), d.atRisk() == null ? 0.80 : d.atRisk());
        } catch (InvalidInput bad) {
            throw new PlanFileProblem(path + "." + bad.field(), bad.getMessage());
        }
        UUID id = PlanImport.newId(d.id(), newIds);
        SalesPlan plan = new SalesPlan(id, planId, d.name(), period, d.step() == null ? 1 : d.step(),
                d.segmentsTargeted(), d.pricing(), d.retention(), d.averageDealSize(), d.conversionRate(), d.salesBudget(),
                d.marketingBudget(), thresholds, now, now);
        PlanImport.checked(plan.problems(), path, plan);

        List<Objective> objectives = new ArrayList<>();
        for (int i = 0; i < d.objectives().size(); i++) {
            PlanData.ObjectiveData o = d.objectives().get(i);
            String at = path + ".objectives[" + i + "]";
            Objective objective = new Objective(PlanImport.newId(o.id(), newIds), id, code(SalesMetric.class, o.metric(), at + ".metric"),
                    o.target(), o.baseline(), o.owner(), linked(o.segmentId(), newIds, at + ".segmentId"),
                    o.priority() == null ? Priority.MEDIUM : code(Priority.class, o.priority(), at + ".priority"));
            objectives.add(PlanImport.checked(objective.problems(), at, objective));
        }
        List<SalesActivity> activities = new ArrayList<>();
        Map<UUID, Campaign> toSchedule = new LinkedHashMap<>();
        for (int i = 0; i < d.activities().size(); i++) {
            PlanData.ActivityData a = d.activities().get(i);
            String at = path + ".activities[" + i + "]";
            List<UUID> linked = new ArrayList<>();
            for (UUID objective : a.objectives() == null ? List.<UUID>of() : a.objectives()) {
                linked.add(linked(objective, newIds, at + ".objectives"));
            }
            ActivityType type = ActivityType.fromCode(a.type()).orElseThrow(() -> new PlanFileProblem(at + ".type",
                    "expected one of " + String.join(", ", java.util.Arrays.stream(ActivityType.values()).map(ActivityType::code).toList())));
            SalesActivity activity = new SalesActivity(PlanImport.newId(a.id(), newIds), id, type, a.name(), linked, a.volume(),
                    a.cadence() == null ? Cadence.PER_WEEK : code(Cadence.class, a.cadence(), at + ".cadence"), a.hoursPerUnit(),
                    a.costPerUnit(), a.rate(), a.owner(), linked(a.segmentId(), newIds, at + ".segmentId"));
            activities.add(PlanImport.checked(activity.problems(), at, activity));
            if (a.scheduled()) {
                toSchedule.put(activity.id(), ActivitySchedule.item(activity, plan, Locale.UK));
            }
        }
        List<SalesPerson> people = list(d.people(), path + ".people", (p, at) -> {
            if (!(p.hoursPerWeek() >= 0 && p.hoursPerWeek() <= 168)) { // NaN fails both
                throw new PlanFileProblem(at + ".hoursPerWeek", "expected 0 to 168 hours");
            }
            return new SalesPerson(UUID.randomUUID(), id, p.name(), p.role() == null ? Capacity.Role.SALES
                    : code(Capacity.Role.class, p.role(), at + ".role"), p.hoursPerWeek());
        });
        List<SalesTool> tools = list(d.tools(), path + ".tools", (t, at) -> {
            SalesTool tool = new SalesTool(UUID.randomUUID(), id, t.name(), t.cost());
            return PlanImport.checked(tool.problems(), at, tool);
        });
        List<Milestone> milestones = list(d.milestones(), path + ".milestones",
                (m, at) -> new Milestone(UUID.randomUUID(), id, m.name(), m.due(), m.done()));
        List<SalesActual> actuals = list(d.actuals(), path + ".actuals", (a, at) -> {
            if (a.day() == null) {
                throw new PlanFileProblem(at + ".day", "expected a date");
            }
            Measure measure = Measure.find(a.measure()).orElseThrow(() -> new PlanFileProblem(at + ".measure", "not a measure Tandem knows"));
            SalesActual actual = new SalesActual(UUID.randomUUID(), id, a.day(), measure.code(), a.value());
            return PlanImport.checked(actual.problem().stream().toList(), at, actual);
        });
        List<CorrectiveAction> actions = list(d.correctiveActions(), path + ".correctiveActions",
                (a, at) -> new CorrectiveAction(UUID.randomUUID(), id, a.what(), a.owner(), a.due(),
                        linked(a.objectiveId(), newIds, at + ".objectiveId"), a.outcome()));
        List<Scenario> scenarios = list(d.scenarios(), path + ".scenarios", (x, at) -> {
            Scenario scenario = new Scenario(UUID.randomUUID(), id, x.name(), x.conversionRate(), x.averageDealSize(),
                    x.leadsFactor() == null ? 1 : x.leadsFactor(), x.channelFactors(), x.hoursFactor() == null ? 1 : x.hoursFactor(), x.chosen());
            return PlanImport.checked(scenario.problems(), at, scenario);
        });
        if (scenarios.size() > Scenario.MAX) {
            throw new PlanFileProblem(path + ".scenarios", "at most " + Scenario.MAX + " scenarios");
        }
        repository.insertWhole(new SalesPlanContents(plan, objectives, activities, people, tools, milestones, actuals, actions,
                Map.of()));
        if (!toSchedule.isEmpty()) {
            repository.schedule(toSchedule);
        }
        if (!scenarios.isEmpty()) {
            repository.parts().scenarios.saveAll(scenarios);
        }
    }

    private interface Row<D, T> {
        T read(D data, String path);
    }

    private static <D, T> List<T> list(List<D> data, String path, Row<D, T> row) {
        List<T> rows = new ArrayList<>();
        if (data == null) {
            return rows;
        }
        for (int i = 0; i < data.size(); i++) {
            rows.add(row.read(data.get(i), path + "[" + i + "]"));
        }
        return rows;
    }

    private static UUID linked(UUID old, Map<UUID, UUID> newIds, String path) {
        if (old == null) {
            return null;
        }
        UUID mapped = newIds.get(old);
        if (mapped == null) {
            throw new PlanFileProblem(path, "nothing in this file has the id " + old);
        }
        return mapped;
    }

    private static <E extends Enum<E>> E code(Class<E> type, String code, String path) {
        Function<String, E> parse = c -> Enum.valueOf(type, c.strip().toUpperCase(Locale.ROOT));
        try {
            return parse.apply(code == null ? "" : code);
        } catch (IllegalArgumentException unknown) {
            throw new PlanFileProblem(path, "expected one of " + String.join(", ",
                    java.util.Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList()));
        }
    }
}
