package org.tandem.ui.competitors;

import org.tandem.service.CompetitorService;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tandem.domain.Plan;
import org.tandem.domain.SwotItem;
import org.tandem.domain.SwotQuadrant;
import org.tandem.ui.common.Edit;
import org.tandem.ui.common.ErrorReporter;
import org.tandem.ui.common.PlanHistories;
import org.tandem.ui.common.StoreEdit;
import org.tandem.ui.common.TaskRunner;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The planner's SWOT board: four ordered lists; items move within and between them. */
public final class SwotViewModel {
    private final CompetitorService service;
    private final TaskRunner runner;
    private final ErrorReporter errors;
    private final Clock clock;
    private final Map<SwotQuadrant, ObservableList<SwotItem>> quadrants = new EnumMap<>(SwotQuadrant.class);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<SwotItem> undoableDelete = new ReadOnlyObjectWrapper<>(this, "undoableDelete");
    private Plan plan;
    private final PlanHistories histories;
    private Edit deleteStep;

    public SwotViewModel(CompetitorService service, TaskRunner runner, ErrorReporter errors, Clock clock) {
        this(service, runner, errors, clock, new PlanHistories());
    }

    public SwotViewModel(CompetitorService service, TaskRunner runner, ErrorReporter errors, Clock clock, PlanHistories histories) {
        this.histories = histories;
        this.service = service;
        this.runner = runner;
        this.errors = errors;
        this.clock = clock;
        for (SwotQuadrant q : SwotQuadrant.values()) {
            quadrants.put(q, FXCollections.observableArrayList());
        }
    }

    public void showPlan(Plan plan) {
        this.plan = plan;
        undoableDelete.set(null);
        reload();
    }

    private void reload() {
        if (plan == null) {
            quadrants.values().forEach(List::clear);
            return;
        }
        Plan shown = plan;
        runner.run(() -> service.swot(shown.id()), items -> {
            if (shown == plan) {
                for (SwotQuadrant q : SwotQuadrant.values()) {
                    quadrants.get(q).setAll(items.stream().filter(i -> i.quadrant() == q).toList());
                }
            }
        }, e -> errors.report("load the SWOT board", e));
    }

    public void add(SwotQuadrant quadrant, String text) {
        if (plan == null) {
            return;
        }
        SwotItem item = new SwotItem(UUID.randomUUID(), plan.id(), quadrant, text, quadrants.get(quadrant).size(), null, null,
                clock.instant(), clock.instant());
        if (item.problem().isPresent()) {
            message.set(item.problem().get().getMessage());
            return;
        }
        message.set("");
        runner.run(() -> service.saveSwotItem(item), saved -> {
            quadrants.get(quadrant).add(saved);
            record(StoreEdit.of("add \"" + shortened(text) + "\"", runner, errors,
                    () -> service.deleteSwotItem(saved.id()), () -> putBack(saved), this::reload));
        }, e -> errors.report("add the SWOT point", e));
    }

    /** New text for a point; empty text keeps the old one and says why. */
    public void edit(SwotItem item, String text) {
        SwotItem changed = new SwotItem(item.id(), item.planId(), item.quadrant(), text, item.position(), item.linkKind(),
                item.linkId(), item.createdAt(), item.updatedAt());
        if (changed.problem().isPresent()) {
            message.set(changed.problem().get().getMessage());
            reload();
            return;
        }
        message.set("");
        runner.run(() -> service.saveSwotItem(changed), saved -> {
            ObservableList<SwotItem> list = quadrants.get(saved.quadrant());
            list.replaceAll(i -> i.id().equals(saved.id()) ? saved : i);
            record(StoreEdit.of("edit \"" + shortened(text) + "\"", runner, errors,
                    () -> service.saveSwotItem(item), () -> service.saveSwotItem(changed), this::reload));
        }, e -> errors.report("save the SWOT point", e));
    }

    /** Moves a point to a quadrant at a position (drag and drop, or Move to). */
    public void move(UUID id, SwotQuadrant to, int position) {
        SwotItem item = find(id);
        if (item == null) {
            return;
        }
        ObservableList<SwotItem> from = quadrants.get(item.quadrant());
        int oldIndex = from.indexOf(item);
        from.remove(item);
        ObservableList<SwotItem> target = quadrants.get(to);
        int at = Math.max(0, Math.min(position - (item.quadrant() == to && oldIndex < position ? 1 : 0), target.size()));
        SwotItem moved = new SwotItem(item.id(), item.planId(), to, item.text(), at, item.linkKind(), item.linkId(),
                item.createdAt(), item.updatedAt());
        target.add(at, moved);
        SwotQuadrant fromQuadrant = item.quadrant();
        record(StoreEdit.of("move \"" + shortened(item.text()) + "\"", runner, errors,
                () -> service.moveSwotItem(id, fromQuadrant, oldIndex), () -> service.moveSwotItem(id, to, at), this::reload));
        runner.run(() -> {
            service.moveSwotItem(id, to, at);
            return null;
        }, ignored -> { }, e -> {
            errors.report("move the SWOT point", e);
            reload();
        });
    }

    public void delete(SwotItem item) {
        runner.run(() -> service.deleteSwotItem(item.id()).orElse(null), gone -> {
            quadrants.get(item.quadrant()).removeIf(i -> i.id().equals(item.id()));
            undoableDelete.set(gone);
            if (gone != null) {
                deleteStep = StoreEdit.of("delete \"" + shortened(gone.text()) + "\"", runner, errors, () -> putBack(gone),
                        () -> service.deleteSwotItem(gone.id()), this::reload);
                record(deleteStep);
            }
        }, e -> errors.report("delete the SWOT point", e));
    }

    /** The bar's Undo: the delete step of the plan's history, taken back. */
    public void undoDelete() {
        SwotItem gone = undoableDelete.get();
        if (gone == null) {
            return;
        }
        undoableDelete.set(null);
        histories.of(gone.planId()).undo(deleteStep);
    }

    /** A point deleted (or added, then undone) goes back where it was. */
    private void putBack(SwotItem item) {
        SwotItem back = service.saveSwotItem(item);
        service.moveSwotItem(back.id(), item.quadrant(), item.position());
    }

    private void record(Edit edit) {
        if (plan != null) {
            histories.of(plan.id()).record(edit);
        }
    }

    private static String shortened(String text) {
        String line = text == null ? "" : text.strip();
        return line.length() > 30 ? line.substring(0, 29) + "…" : line;
    }

    public void dismissUndo() {
        undoableDelete.set(null);
    }

    private SwotItem find(UUID id) {
        for (ObservableList<SwotItem> list : quadrants.values()) {
            for (SwotItem item : list) {
                if (item.id().equals(id)) {
                    return item;
                }
            }
        }
        return null;
    }

    public ObservableList<SwotItem> items(SwotQuadrant quadrant) {
        return quadrants.get(quadrant);
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SwotItem> undoableDeleteProperty() {
        return undoableDelete.getReadOnlyProperty();
    }
}
