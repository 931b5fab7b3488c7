package org.tandem.ui.competitors;

import org.tandem.service.CompetitorService;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tandem.domain.Comparison;
import org.tandem.domain.Competitor;
import org.tandem.domain.InvalidInput;
import org.tandem.domain.NumberText;
import org.tandem.domain.Plan;
import org.tandem.ui.common.ErrorReporter;
import org.tandem.ui.common.PlanHistories;
import org.tandem.ui.common.StoreEdit;
import org.tandem.ui.common.TaskRunner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The weighted comparison matrix: a row per profile (our business included), a column per
 * criterion. Totals and ranks are worked out at once from the scores in memory; the store is
 * updated behind.
 */
public final class MatrixViewModel {
    /** One row of the grid. {@code scores} by criterion id. */
    public record Row(Competitor competitor, Map<UUID, Integer> scores, double total, int rank) {
    }

    private final CompetitorService service;
    private final TaskRunner runner;
    private final ErrorReporter errors;
    private final Locale locale;
    private final ObservableList<Comparison.Criterion> criteria = FXCollections.observableArrayList();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper weightsNote = new ReadOnlyStringWrapper(this, "weightsNote", "");
    private final Map<UUID, Map<UUID, Integer>> scores = new HashMap<>();
    private final List<Competitor> profiles = new ArrayList<>();
    private Plan plan;
    private final PlanHistories histories;

    public MatrixViewModel(CompetitorService service, TaskRunner runner, ErrorReporter errors, Locale locale) {
        this(service, runner, errors, locale, new PlanHistories());
    }

    public MatrixViewModel(CompetitorService service, TaskRunner runner, ErrorReporter errors, Locale locale, PlanHistories histories) {
        this.histories = histories;
        this.service = service;
        this.runner = runner;
        this.errors = errors;
        this.locale = locale;
    }

    public void showPlan(Plan plan) {
        this.plan = plan;
        reload();
    }

    /** Reads profiles, criteria and scores again (after profiles changed on the other tab, say). */
    public void reload() {
        if (plan == null) {
            rows.clear();
            criteria.clear();
            return;
        }
        Plan shown = plan;
        runner.run(() -> service.matrix(shown), matrix -> {
            if (shown != plan) {
                return;
            }
            profiles.clear();
            profiles.addAll(matrix.competitors());
            scores.clear();
            scores.putAll(matrix.editableScores());
            criteria.setAll(matrix.criteria());
            recompute();
        }, e -> errors.report("load the comparison", e));
    }

    /**
     * A score typed into a cell: a whole number from 1 to 5, or nothing to clear it. A bad value is
     * refused with a message and the cell keeps its score.
     *
     * @return whether the value was taken
     */
    public boolean setScore(UUID rowId, UUID criterionId, String typed) {
        String text = typed == null ? "" : typed.strip();
        Integer score;
        if (text.isEmpty()) {
            score = null;
        } else {
            try {
                score = Integer.valueOf(text);
            } catch (NumberFormatException notWhole) {
                message.set("\"" + text + "\" is not a score: use a whole number from 1 to 5.");
                return false;
            }
            if (Comparison.scoreProblem(score).isPresent()) {
                message.set(Comparison.scoreProblem(score).get());
                return false;
            }
        }
        message.set("");
        Map<UUID, Integer> row = scores.computeIfAbsent(rowId, k -> new HashMap<>());
        Integer before = row.get(criterionId);
        if (java.util.Objects.equals(before, score)) {
            return true;
        }
        record("score " + nameOf(rowId), () -> service.setScore(rowId, criterionId, before), () -> service.setScore(rowId, criterionId, score));
        if (score == null) {
            row.remove(criterionId);
        } else {
            row.put(criterionId, score);
        }
        recompute();
        runner.run(() -> {
            service.setScore(rowId, criterionId, score);
            return null;
        }, ignored -> { }, e -> errors.report("save the score", e));
        return true;
    }

    public void addCriterion(String name) {
        if (plan == null) {
            return;
        }
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            message.set("Give the criterion a name.");
            return;
        }
        UUID planId = plan.id();
        Comparison.Criterion fresh = new Comparison.Criterion(UUID.randomUUID(), clean, 1);
        runner.run(() -> service.saveCriterion(planId, fresh), added -> {
            record("add criterion \"" + clean + "\"", () -> service.deleteCriterion(fresh.id()), () -> service.saveCriterion(planId, fresh));
            reload();
        }, e -> errors.report("add the criterion", e));
    }

    public void renameCriterion(Comparison.Criterion criterion, String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            message.set("A criterion needs a name.");
            return;
        }
        saveCriterion(new Comparison.Criterion(criterion.id(), clean, criterion.weight()));
    }

    /** @return whether the weight was taken */
    public boolean setWeight(Comparison.Criterion criterion, String typed) {
        double weight;
        try {
            weight = NumberText.parse(typed, locale, "weight", "a weight").doubleValue();
        } catch (InvalidInput bad) {
            message.set(bad.getMessage());
            return false;
        }
        if (Comparison.weightProblem(weight).isPresent()) {
            message.set(Comparison.weightProblem(weight).get());
            return false;
        }
        message.set("");
        saveCriterion(new Comparison.Criterion(criterion.id(), criterion.name(), weight));
        return true;
    }

    private void saveCriterion(Comparison.Criterion changed) {
        int at = criteria.indexOf(criteria.stream().filter(c -> c.id().equals(changed.id())).findFirst().orElse(null));
        UUID planId = plan.id();
        if (at >= 0) {
            Comparison.Criterion before = criteria.get(at);
            record("change criterion \"" + changed.name() + "\"", () -> service.saveCriterion(planId, before),
                    () -> service.saveCriterion(planId, changed));
            criteria.set(at, changed);
        }
        recompute();
        runner.run(() -> service.saveCriterion(planId, changed), ignored -> { }, e -> errors.report("save the criterion", e));
    }

    public void removeCriterion(Comparison.Criterion criterion) {
        UUID planId = plan.id();
        List<UUID> order = criteria.stream().map(Comparison.Criterion::id).toList();
        Map<UUID, Integer> given = new HashMap<>();
        scores.forEach((row, byCriterion) -> {
            if (byCriterion.containsKey(criterion.id())) {
                given.put(row, byCriterion.get(criterion.id()));
            }
        });
        record("remove criterion \"" + criterion.name() + "\"", () -> {
            service.saveCriterion(planId, criterion);
            service.reorderCriteria(planId, order);
            given.forEach((row, score) -> service.setScore(row, criterion.id(), score));
        }, () -> service.deleteCriterion(criterion.id()));
        criteria.remove(criterion);
        scores.values().forEach(row -> row.remove(criterion.id()));
        recompute();
        runner.run(() -> {
            service.deleteCriterion(criterion.id());
            return null;
        }, ignored -> { }, e -> errors.report("remove the criterion", e));
    }

    public void moveCriterion(Comparison.Criterion criterion, int by) {
        int from = criteria.indexOf(criterion);
        int to = from + by;
        if (from < 0 || to < 0 || to >= criteria.size()) {
            return;
        }
        List<UUID> before = criteria.stream().map(Comparison.Criterion::id).toList();
        criteria.remove(from);
        criteria.add(to, criterion);
        List<UUID> order = criteria.stream().map(Comparison.Criterion::id).toList();
        UUID planId = plan.id();
        record("move criterion \"" + criterion.name() + "\"", () -> service.reorderCriteria(planId, before),
                () -> service.reorderCriteria(planId, order));
        runner.run(() -> {
            service.reorderCriteria(planId, order);
            return null;
        }, ignored -> { }, e -> errors.report("reorder the criteria", e));
    }

    /** Moves a competitor's row up or down; our business stays the first row. */
    public void moveRow(Row row, int by) {
        int from = profiles.indexOf(row.competitor());
        int to = from + by;
        if (from < 0 || row.competitor().own() || to < 0 || to >= profiles.size() || profiles.get(to).own()) {
            return;
        }
        List<UUID> before = profiles.stream().map(Competitor::id).toList();
        Competitor moved = profiles.remove(from);
        profiles.add(to, moved);
        recompute();
        List<UUID> order = profiles.stream().map(Competitor::id).toList();
        UUID planId = plan.id();
        record("move \"" + moved.name() + "\"", () -> service.reorderProfiles(planId, before), () -> service.reorderProfiles(planId, order));
        runner.run(() -> {
            service.reorderProfiles(planId, order);
            return null;
        }, ignored -> { }, e -> errors.report("reorder the rows", e));
    }

    private void record(String name, StoreEdit.Work undo, StoreEdit.Work redo) {
        if (plan != null) {
            histories.of(plan.id()).record(StoreEdit.of(name, runner, errors, undo, redo, this::reload));
        }
    }

    private String nameOf(UUID rowId) {
        return profiles.stream().filter(c -> c.id().equals(rowId)).map(c -> "\"" + c.name() + "\"").findFirst().orElse("");
    }

    /** Totals and ranks for every row, from the scores in memory: the part a score edit waits for. */
    void recompute() {
        Map<UUID, Map<UUID, Integer>> byRow = new HashMap<>();
        for (Competitor c : profiles) {
            byRow.put(c.id(), scores.getOrDefault(c.id(), Map.of()));
        }
        Map<UUID, Comparison.Result> results = new HashMap<>();
        for (Comparison.Result r : Comparison.rank(criteria, byRow)) {
            results.put(r.rowId(), r);
        }
        List<Row> next = new ArrayList<>(profiles.size());
        for (Competitor c : profiles) {
            Comparison.Result r = results.get(c.id());
            next.add(new Row(c, Map.copyOf(byRow.get(c.id())), r.total(), r.rank()));
        }
        rows.setAll(next);
        double sum = criteria.stream().mapToDouble(Comparison.Criterion::weight).sum();
        weightsNote.set(criteria.isEmpty() ? "Add criteria to compare on, such as price, quality or service."
                : Math.abs(sum - 1) < 1e-9 ? "Weights add up to 1."
                : "Weights add up to " + NumberText.formatNumber(sum, locale, 2) + "; totals use each weight's share of that sum.");
    }

    public ObservableList<Comparison.Criterion> criteria() {
        return criteria;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** Why the last typed value was refused, or empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty weightsNoteProperty() {
        return weightsNote.getReadOnlyProperty();
    }

    public String weightText(Comparison.Criterion c) {
        return NumberText.formatNumber(c.weight(), locale, 2);
    }

    public String totalText(Row row) {
        return row.rank() == 0 ? "" : NumberText.formatNumber(row.total(), locale, 2);
    }
}
