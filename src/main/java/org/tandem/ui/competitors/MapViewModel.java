package org.tandem.ui.competitors;

import org.tandem.service.CompetitorService;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tandem.domain.Comparison;
import org.tandem.domain.Competitor;
import org.tandem.domain.Plan;
import org.tandem.ui.common.Edit;
import org.tandem.ui.common.ErrorReporter;
import org.tandem.ui.common.PlanHistories;
import org.tandem.ui.common.TaskRunner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The positioning map: profiles placed on two chosen axes (any two criteria, or price level),
 * sized by market share, with quadrant lines at the mid-points. Dragging a profile changes its
 * two scores; the last drag can be undone.
 */
public final class MapViewModel {
    /** An axis: a criterion, or price level when {@code criterionId} is null. */
    public record Axis(String label, UUID criterionId) {
        public boolean isPrice() {
            return criterionId == null;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** A profile on the map, in axis units; {@code share} in percent, or 0 when unknown. */
    public record Point(UUID id, String name, boolean own, double x, double y, double share) {
    }

    /** The visible range of each axis and the quadrant lines. */
    public record Frame(double xMin, double xMax, double xMid, double yMin, double yMax, double yMid) {
    }

    /** What one drag changed, so it can be undone. */
    public record Moved(UUID competitorId, String name, Map<UUID, Integer> before) {
    }

    static final Axis PRICE = new Axis("Price level", null);

    private final CompetitorService service;
    private final TaskRunner runner;
    private final ErrorReporter errors;
    private final ObservableList<Axis> axes = FXCollections.observableArrayList();
    private final ObjectProperty<Axis> xAxis = new SimpleObjectProperty<>(this, "xAxis");
    private final ObjectProperty<Axis> yAxis = new SimpleObjectProperty<>(this, "yAxis");
    private final ObservableList<Point> points = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Frame> frame = new ReadOnlyObjectWrapper<>(this, "frame", new Frame(1, 5, 3, 1, 5, 3));
    private final ReadOnlyObjectWrapper<Moved> undoable = new ReadOnlyObjectWrapper<>(this, "undoable");
    private final List<Competitor> profiles = new ArrayList<>();
    private final Map<UUID, Map<UUID, Integer>> scores = new HashMap<>();
    private Plan plan;
    private final PlanHistories histories;
    private Edit moveStep;

    public MapViewModel(CompetitorService service, TaskRunner runner, ErrorReporter errors) {
        this(service, runner, errors, new PlanHistories());
    }

    public MapViewModel(CompetitorService service, TaskRunner runner, ErrorReporter errors, PlanHistories histories) {
        this.histories = histories;
        this.service = service;
        this.runner = runner;
        this.errors = errors;
        xAxis.addListener((o, was, now) -> place());
        yAxis.addListener((o, was, now) -> place());
    }

    public void showPlan(Plan plan) {
        this.plan = plan;
        undoable.set(null);
        reload();
    }

    public void reload() {
        if (plan == null) {
            points.clear();
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
            List<Axis> choices = new ArrayList<>();
            choices.add(PRICE);
            for (Comparison.Criterion c : matrix.criteria()) {
                choices.add(new Axis(c.name(), c.id()));
            }
            Axis x = keep(xAxis.get(), choices, 0);
            Axis y = keep(yAxis.get(), choices, Math.min(2, choices.size() - 1));
            axes.setAll(choices);
            xAxis.set(x);
            yAxis.set(y);
            place();
        }, e -> errors.report("load the positioning map", e));
    }

    private static Axis keep(Axis current, List<Axis> choices, int fallback) {
        if (current != null) {
            for (Axis a : choices) {
                if (a.equals(current)) {
                    return a;
                }
            }
        }
        return choices.isEmpty() ? null : choices.get(Math.min(fallback, choices.size() - 1));
    }

    /** Places every profile that has a value on both axes. */
    void place() {
        Axis x = xAxis.get();
        Axis y = yAxis.get();
        if (x == null || y == null) {
            points.clear();
            return;
        }
        List<Point> placed = new ArrayList<>();
        for (Competitor c : profiles) {
            Double xv = value(c, x);
            Double yv = value(c, y);
            if (xv != null && yv != null) {
                placed.add(new Point(c.id(), c.name(), c.own(), xv, yv, c.sharePercent() == null ? 0 : c.sharePercent()));
            }
        }
        frame.set(new Frame(min(x, placed, true), max(x, placed, true), mid(x, placed, true),
                min(y, placed, false), max(y, placed, false), mid(y, placed, false)));
        points.setAll(placed);
    }

    private Double value(Competitor c, Axis axis) {
        if (axis.isPrice()) {
            return c.priceLevel();
        }
        Integer score = scores.getOrDefault(c.id(), Map.of()).get(axis.criterionId());
        return score == null ? null : score.doubleValue();
    }

    private static double min(Axis axis, List<Point> placed, boolean isX) {
        if (!axis.isPrice()) {
            return Comparison.MIN_SCORE - 0.5;
        }
        double low = placed.stream().mapToDouble(p -> isX ? p.x() : p.y()).min().orElse(0);
        double high = placed.stream().mapToDouble(p -> isX ? p.x() : p.y()).max().orElse(1);
        return Math.max(0, low - Math.max(0.5, (high - low) * 0.1));
    }

    private static double max(Axis axis, List<Point> placed, boolean isX) {
        if (!axis.isPrice()) {
            return Comparison.MAX_SCORE + 0.5;
        }
        double low = placed.stream().mapToDouble(p -> isX ? p.x() : p.y()).min().orElse(0);
        double high = placed.stream().mapToDouble(p -> isX ? p.x() : p.y()).max().orElse(1);
        return high + Math.max(0.5, (high - low) * 0.1);
    }

    /** Quadrant lines: the middle of the score scale, or the middle of the prices shown. */
    private static double mid(Axis axis, List<Point> placed, boolean isX) {
        if (!axis.isPrice()) {
            return (Comparison.MIN_SCORE + Comparison.MAX_SCORE) / 2.0;
        }
        double low = placed.stream().mapToDouble(p -> isX ? p.x() : p.y()).min().orElse(0);
        double high = placed.stream().mapToDouble(p -> isX ? p.x() : p.y()).max().orElse(0);
        return (low + high) / 2;
    }

    /**
     * A profile dropped at (x, y) in axis units: each criterion axis takes the nearest score from 1
     * to 5; a price axis is not changed by dragging.
     */
    public void drop(UUID competitorId, double x, double y) {
        Map<UUID, Integer> row = scores.computeIfAbsent(competitorId, k -> new HashMap<>());
        Map<UUID, Integer> before = new HashMap<>();
        Map<UUID, Integer> after = new HashMap<>();
        Map<Axis, Double> dropped = new java.util.LinkedHashMap<>();
        dropped.put(xAxis.get(), x);
        dropped.putIfAbsent(yAxis.get(), y); // the same criterion on both axes keeps the horizontal value
        for (Map.Entry<Axis, Double> drop : dropped.entrySet()) {
            Axis axis = drop.getKey();
            if (axis.isPrice()) {
                continue;
            }
            int score = (int) Math.max(Comparison.MIN_SCORE, Math.min(Comparison.MAX_SCORE, Math.round(drop.getValue())));
            Integer old = row.get(axis.criterionId());
            if (old == null || old != score) {
                before.put(axis.criterionId(), old);
                after.put(axis.criterionId(), score);
            }
        }
        if (after.isEmpty()) {
            place();
            return;
        }
        row.putAll(after);
        String name = profiles.stream().filter(c -> c.id().equals(competitorId)).map(Competitor::name).findFirst().orElse("");
        undoable.set(new Moved(competitorId, name, before));
        place();
        store(competitorId, after);
        UUID planId = plan.id();
        moveStep = Edit.of("move \"" + name + "\" on the map", () -> rescore(planId, competitorId, before),
                () -> rescore(planId, competitorId, after));
        histories.of(planId).record(moveStep);
    }

    /** The offer's Undo: that move's step of the plan's history, taken back. */
    public void undo() {
        if (undoable.get() == null || plan == null) {
            return;
        }
        undoable.set(null);
        histories.of(plan.id()).undo(moveStep);
    }

    /** Scores of a profile set again from the history: on the map when its plan is shown, in the store always. */
    private void rescore(UUID planId, UUID competitorId, Map<UUID, Integer> given) {
        undoable.set(null);
        if (plan != null && plan.id().equals(planId)) {
            Map<UUID, Integer> row = scores.computeIfAbsent(competitorId, k -> new HashMap<>());
            given.forEach((criterion, score) -> {
                if (score == null) {
                    row.remove(criterion);
                } else {
                    row.put(criterion, score);
                }
            });
            place();
        }
        store(competitorId, given);
    }

    public void dismissUndo() {
        undoable.set(null);
    }

    private void store(UUID competitorId, Map<UUID, Integer> changed) {
        Map<UUID, Integer> copy = new HashMap<>(changed);
        runner.run(() -> {
            copy.forEach((criterion, score) -> service.setScore(competitorId, criterion, score));
            return null;
        }, ignored -> { }, e -> {
            errors.report("save the new scores", e);
            reload();
        });
    }

    public ObservableList<Axis> axes() {
        return axes;
    }

    public ObjectProperty<Axis> xAxisProperty() {
        return xAxis;
    }

    public ObjectProperty<Axis> yAxisProperty() {
        return yAxis;
    }

    public ObservableList<Point> points() {
        return points;
    }

    public ReadOnlyObjectProperty<Frame> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Moved> undoableProperty() {
        return undoable.getReadOnlyProperty();
    }
}
