package org.tandem.ui.research;

import org.tandem.service.ResearchService;
import org.tandem.domain.DeletedSegment;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tandem.domain.InvalidInput;
import org.tandem.domain.MarketSize;
import org.tandem.domain.NumberText;
import org.tandem.domain.Plan;
import org.tandem.domain.Segment;
import org.tandem.ui.common.Debouncer;
import org.tandem.ui.common.Edit;
import org.tandem.ui.common.EditorForm;
import org.tandem.ui.common.PlanHistories;
import org.tandem.ui.common.ErrorReporter;
import org.tandem.ui.common.TaskRunner;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The plan's segments (segmentation, targeting, positioning). The selected one is edited in a
 * form whose numbers are checked as typed: a bad value gets a message at its field and the last
 * good version stays saved.
 */
public final class SegmentsViewModel {
    /** One bar of the value-by-segment chart, in major units of the plan's currency. */
    public record Bar(String name, double value, boolean targeted) {
    }

    private final ResearchService service;
    private final TaskRunner runner;
    private final ErrorReporter errors;
    private final Debouncer autosave;
    private final Clock clock;
    private final Locale locale;

    private final ObservableList<Segment> segments = FXCollections.observableArrayList();
    private final ObservableList<Bar> bars = FXCollections.observableArrayList();
    private final ObjectProperty<Segment> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final StringProperty buyers = new SimpleStringProperty(this, "buyers", "");
    private final StringProperty spend = new SimpleStringProperty(this, "spend", "");
    private final StringProperty growth = new SimpleStringProperty(this, "growth", "");
    private final ObjectProperty<Integer> attractiveness = new SimpleObjectProperty<>(this, "attractiveness", 3);
    private final BooleanProperty targeted = new SimpleBooleanProperty(this, "targeted");
    private final StringProperty positioning = new SimpleStringProperty(this, "positioning", "");
    private final Map<String, ReadOnlyStringWrapper> fieldErrors = Map.of(
            "name", new ReadOnlyStringWrapper(""), "buyers", new ReadOnlyStringWrapper(""),
            "spendPerBuyer", new ReadOnlyStringWrapper(""), "growthPercent", new ReadOnlyStringWrapper(""));
    private final ReadOnlyStringWrapper value = new ReadOnlyStringWrapper(this, "value", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(this, "editing", false);
    private final ReadOnlyObjectWrapper<DeletedSegment> undoableDelete = new ReadOnlyObjectWrapper<>(this, "undoableDelete");
    private Plan plan;
    private int digits = 2;
    private final PlanHistories histories;
    private final EditorForm<Segment> form;
    private Edit deleteStep;

    public SegmentsViewModel(ResearchService service, TaskRunner runner, ErrorReporter errors, Debouncer autosave, Clock clock,
                             Locale locale, PlanHistories histories) {
        this.histories = histories;
        this.service = service;
        this.runner = runner;
        this.errors = errors;
        this.autosave = autosave;
        this.clock = clock;
        this.locale = locale;
        this.form = new EditorForm<>(autosave, histories);
        form.serve(new EditorForm.Editor<>() {
            @Override
            public Segment draft(Segment stored) {
                Segment draft = SegmentsViewModel.this.draft();
                value.set(money((draft == null ? stored : draft).value())); // the stored figure while the text is wrong
                return draft;
            }

            @Override
            public void write(Segment version) {
                save(version);
            }

            @Override
            public void restore(Segment version) {
                SegmentsViewModel.this.restore(version);
            }

            @Override
            public void refused() {
                status.set("Not saved: correct the marked field");
            }

            @Override
            public String stepName(Segment now) {
                return "edit segment \"" + now.name() + "\"";
            }

            @Override
            public UUID idOf(Segment item) {
                return item.id();
            }

            @Override
            public UUID planOf(Segment item) {
                return item.planId();
            }
        });
        form.watch(name, description, buyers, spend, growth, attractiveness, targeted, positioning);
        selected.addListener((o, was, now) -> load(now));
    }

    public void showPlan(Plan plan) {
        autosave.flush();
        this.plan = plan;
        undoableDelete.set(null);
        selected.set(null);
        digits = plan == null ? 2 : org.tandem.domain.CurrencyCode.fractionDigits(plan.currency());
        reload(null);
    }

    private void reload(UUID select) {
        reload(select, false);
    }

    /** @param refill show the selected segment's fields again even when it stays selected (after an undo) */
    private void reload(UUID select, boolean refill) {
        if (plan == null) {
            segments.clear();
            bars.clear();
            return;
        }
        UUID planId = plan.id();
        runner.run(() -> service.segments(planId), loaded -> {
            UUID keep = select != null ? select : selected.get() == null ? null : selected.get().id();
            segments.setAll(loaded);
            double scale = Math.pow(10, digits);
            bars.setAll(loaded.stream().map(s -> new Bar(s.name(), s.value() / scale, s.targeted())).toList());
            Segment again = loaded.stream().filter(s -> s.id().equals(keep)).findFirst().orElse(null);
            if (again != null && (refill || selected.get() == null || !selected.get().id().equals(again.id()))) {
                selected.set(again);
            }
        }, e -> errors.report("load the segments", e));
    }

    /** Adds a segment with neutral figures, ready to fill in. */
    public void add() {
        if (plan == null) {
            return;
        }
        autosave.flush();
        Segment fresh = new Segment(UUID.randomUUID(), plan.id(), "New segment", "", 0, 0, 0, 3, false, "",
                clock.instant(), clock.instant());
        runner.run(() -> service.saveSegment(fresh), saved -> {
            DeletedSegment unused = new DeletedSegment(saved, List.of()); // an added segment is deleted and put back as a deleted one is
            histories.of(saved.planId()).record(Edit.of("add segment \"" + saved.name() + "\"", () -> deleteAgain(unused),
                    () -> restoreDeleted(unused)));
            reload(saved.id());
        }, e -> errors.report("add the segment", e));
    }

    /** Where the selected segment is used, so the view can ask before it goes; empty when unused. */
    public void usagesOfSelected(Consumer<List<String>> answer) {
        Segment segment = selected.get();
        if (segment != null) {
            runner.run(() -> service.segmentUsages(segment.id()), answer, e -> errors.report("check where the segment is used", e));
        }
    }

    public void deleteSelected() {
        Segment segment = selected.get();
        if (segment == null) {
            return;
        }
        autosave.flush();
        Plan from = plan;
        runner.run(() -> service.deleteSegment(segment.id()).orElse(null), gone -> {
            if (gone != null && from != null) {
                deleteStep = Edit.of("delete segment \"" + segment.name() + "\"", () -> restoreDeleted(gone), () -> deleteAgain(gone));
                histories.of(from.id()).record(deleteStep);
            }
            undoableDelete.set(gone);
            selected.set(null);
            reload(null);
        }, e -> errors.report("delete the segment", e));
    }

    /** The bar's Undo: the delete step of the plan's history, taken back. */
    public void undoDelete() {
        DeletedSegment gone = undoableDelete.get();
        if (gone == null || plan == null) {
            return;
        }
        undoableDelete.set(null);
        histories.of(plan.id()).undo(deleteStep);
    }

    private void restoreDeleted(DeletedSegment gone) {
        undoableDelete.set(null);
        runner.run(() -> {
            service.restoreSegment(gone);
            return gone.segment().id();
        }, this::reload, e -> errors.report("undo the delete", e));
    }

    private void deleteAgain(DeletedSegment gone) {
        runner.run(() -> service.deleteSegment(gone.segment().id()).orElse(null), again -> {
            if (selected.get() != null && selected.get().id().equals(gone.segment().id())) {
                selected.set(null);
            }
            reload(null);
        }, e -> errors.report("delete the segment", e));
    }

    public void dismissUndo() {
        undoableDelete.set(null);
    }

    private void load(Segment segment) {
        form.show(segment, () -> {
            editing.set(segment != null);
            if (segment == null) {
                return;
            }
            name.set(segment.name());
            description.set(segment.description());
            buyers.set(NumberText.formatWhole(segment.buyers(), locale));
            spend.set(NumberText.formatMoney(segment.spendPerBuyer(), locale, digits));
            growth.set(NumberText.formatNumber(segment.growthPercent(), locale, 2));
            attractiveness.set(segment.attractiveness());
            targeted.set(segment.targeted());
            positioning.set(segment.positioning());
            fieldErrors.values().forEach(e -> e.set(""));
            value.set(money(segment.value()));
            status.set("");
        });
    }

    /** The form as a segment, or null with the messages shown when a field is wrong. */
    private Segment draft() {
        fieldErrors.values().forEach(e -> e.set(""));
        Segment base = selected.get();
        Long buyerCount = parse(() -> NumberText.wholeNumber(buyers.get(), locale, "buyers", "a number of buyers"));
        Long spendMinor = parse(() -> NumberText.money(spend.get(), locale, digits, "spendPerBuyer", "a yearly spend per buyer"));
        Double growthPct = parse(() -> NumberText.parse(growth.get(), locale, "growthPercent", "a growth rate").doubleValue());
        boolean unreadable = buyerCount == null || spendMinor == null || growthPct == null;
        // every field is judged on its own: neutral stand-ins for the unreadable ones
        Segment draft = new Segment(base.id(), base.planId(), name.get(), description.get(), buyerCount == null ? 0 : buyerCount,
                spendMinor == null ? 0 : spendMinor, growthPct == null ? 0 : growthPct,
                attractiveness.get() == null ? 3 : attractiveness.get(), targeted.get(), positioning.get(),
                base.createdAt(), base.updatedAt());
        List<InvalidInput> problems = draft.problems();
        for (InvalidInput problem : problems) {
            ReadOnlyStringWrapper error = fieldErrors.get(problem.field());
            if (error != null && error.get().isEmpty()) {
                error.set(problem.getMessage());
            }
        }
        return problems.isEmpty() && !unreadable ? draft : null;
    }

    /** Reads one field; on a bad value its message goes beside the field and the answer is null. */
    private <T> T parse(Supplier<T> reading) {
        try {
            return reading.get();
        } catch (InvalidInput bad) {
            fieldErrors.get(bad.field()).set(bad.getMessage());
            return null;
        }
    }

    private void save(Segment draft) {
        status.set("Saving…");
        runner.run(() -> service.saveSegment(draft), saved -> {
            status.set("Saved");
            reload(null);
        }, e -> {
            status.set("Not saved");
            errors.report("save the segment", e);
        });
    }

    /** Saves a version of a segment from the history and shows it if it is the one being edited. */
    private void restore(Segment version) {
        runner.run(() -> service.saveSegment(version), saved -> reload(saved.id(), selected.get() != null
                && selected.get().id().equals(saved.id())), e -> errors.report("undo the change", e));
    }

    private String money(long minor) {
        return plan == null ? "" : NumberText.formatMoney(minor, locale, digits) + " " + plan.currency() + " a year";
    }

    public String buyersText(Segment s) {
        return NumberText.formatWhole(s.buyers(), locale);
    }

    public String spendText(Segment s) {
        return NumberText.formatMoney(s.spendPerBuyer(), locale, digits);
    }

    public String valueText(Segment s) {
        return NumberText.formatMoney(s.value(), locale, digits);
    }

    public String growthText(Segment s) {
        return NumberText.formatNumber(s.growthPercent(), locale, 2) + " %";
    }

    /** Bottom-up figures from these segments, for the sizing tab. */
    public MarketSize.Figures bottomUp(double sharePercent) {
        return MarketSize.bottomUp(segments, sharePercent);
    }

    public ObservableList<Segment> segments() {
        return segments;
    }

    public ObservableList<Bar> bars() {
        return bars;
    }

    public ObjectProperty<Segment> selectedProperty() {
        return selected;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty buyersProperty() {
        return buyers;
    }

    public StringProperty spendProperty() {
        return spend;
    }

    public StringProperty growthProperty() {
        return growth;
    }

    public ObjectProperty<Integer> attractivenessProperty() {
        return attractiveness;
    }

    public BooleanProperty targetedProperty() {
        return targeted;
    }

    public StringProperty positioningProperty() {
        return positioning;
    }

    /** The message beside a field: name, buyers, spendPerBuyer or growthPercent. */
    public ReadOnlyStringProperty errorProperty(String field) {
        return fieldErrors.get(field).getReadOnlyProperty();
    }

    public ReadOnlyStringProperty valueProperty() {
        return value.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DeletedSegment> undoableDeleteProperty() {
        return undoableDelete.getReadOnlyProperty();
    }
}
