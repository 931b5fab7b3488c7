package org.tandem.ui.competitors;

import org.tandem.service.CompetitorService;
import org.tandem.domain.DeletedCompetitor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tandem.domain.Comparison;
import org.tandem.domain.Competitor;
import org.tandem.domain.ProfileSort;
import org.tandem.domain.Plan;
import org.tandem.domain.Segment;
import org.tandem.ui.common.Debouncer;
import org.tandem.ui.common.Edit;
import org.tandem.ui.common.EditorForm;
import org.tandem.ui.common.PlanHistories;
import org.tandem.ui.common.ErrorReporter;
import org.tandem.ui.common.TaskRunner;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/** Competitor profiles: the list (search, sort, review due) and the selected profile's form, saved as the user types (ours first). */
public final class ProfilesViewModel {
    /** A profile as the list shows it. */
    public record Row(Competitor competitor, boolean reviewDue) {
    }

    private final CompetitorService service;
    private final TaskRunner runner;
    private final ErrorReporter errors;
    private final Debouncer autosave;
    private final PlanHistories histories;
    private final EditorForm<Competitor> editorForm;
    private Edit deleteStep;
    private final Clock clock;
    private final Locale locale;

    private final List<Competitor> all = new ArrayList<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Segment> segments = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<ProfileSort> sort = new SimpleObjectProperty<>(this, "sort", ProfileSort.NAME);
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>(this, "selected");
    private final ProfileForm form;
    private final ObservableList<Map.Entry<UUID, String>> linkedNotes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper nameMessage = new ReadOnlyStringWrapper(this, "nameMessage", "");
    private final ReadOnlyStringWrapper sharesWarning = new ReadOnlyStringWrapper(this, "sharesWarning", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(this, "editing");
    private final ReadOnlyBooleanWrapper ownSelected = new ReadOnlyBooleanWrapper(this, "ownSelected");
    private final ReadOnlyObjectWrapper<DeletedCompetitor> undoableDelete = new ReadOnlyObjectWrapper<>(this, "undoableDelete");
    private List<UUID> matching;
    private Plan plan;
    private boolean loading;
    private long generation;

    public ProfilesViewModel(CompetitorService service, TaskRunner runner, ErrorReporter errors, Debouncer autosave, Clock clock,
                             Locale locale) {
        this(service, runner, errors, autosave, clock, locale, new PlanHistories());
    }

    public ProfilesViewModel(CompetitorService service, TaskRunner runner, ErrorReporter errors, Debouncer autosave, Clock clock,
                             Locale locale, PlanHistories histories) {
        this.histories = histories;
        this.service = service;
        this.runner = runner;
        this.errors = errors;
        this.autosave = autosave;
        this.clock = clock;
        this.locale = locale;
        this.form = new ProfileForm(locale);
        this.editorForm = new EditorForm<>(autosave, histories);
        editorForm.serve(new EditorForm.Editor<>() {
            @Override
            public Competitor draft(Competitor stored) {
                return ProfilesViewModel.this.draft(stored);
            }

            @Override
            public void write(Competitor version) {
                save(version);
            }

            @Override
            public void restore(Competitor version) {
                ProfilesViewModel.this.restore(version);
            }

            @Override
            public void refused() {
                status.set("Not saved: correct the marked field");
            }

            @Override
            public String stepName(Competitor now) {
                return "edit \"" + now.name() + "\"";
            }

            @Override
            public UUID idOf(Competitor item) {
                return item.id();
            }

            @Override
            public UUID planOf(Competitor item) {
                return item.planId();
            }
        });
        form.watch(editorForm::changed);
        search.addListener((o, was, now) -> searchNow());
        sort.addListener((o, was, now) -> showRows());
        selected.addListener((o, was, now) -> load(now));
    }

    public void showPlan(Plan plan) {
        autosave.flush();
        this.plan = plan;
        selected.set(null);
        undoableDelete.set(null);
        reload(null);
    }

    public void reveal(UUID competitorId) { // reads the profiles again with this one selected
        reload(competitorId);
    }

    private void reload(UUID select) {
        if (plan == null) {
            all.clear();
            rows.clear();
            return;
        }
        Plan shown = plan;
        runner.run(() -> service.profiles(shown), profiles -> {
            if (shown != plan) {
                return;
            }
            UUID keep = select != null ? select : selected.get() == null ? null : selected.get().competitor().id();
            all.clear();
            all.addAll(profiles.competitors());
            segments.setAll(profiles.segments());
            sharesWarning.set(Comparison.sharesWarning(all.stream().map(Competitor::sharePercent).toList()).orElse(""));
            showRows();
            rows.stream().filter(r -> r.competitor().id().equals(keep)).findFirst().ifPresent(selected::set);
        }, e -> errors.report("load the competitors", e));
    }

    private void searchNow() {
        if (plan == null) {
            return;
        }
        String text = search.get();
        if (text == null || text.isBlank()) {
            matching = null;
            showRows();
            return;
        }
        long asked = ++generation;
        UUID planId = plan.id();
        runner.run(() -> service.search(planId, text), ids -> {
            if (asked == generation) {
                matching = ids;
                showRows();
            }
        }, e -> errors.report("search the competitors", e));
    }

    private void showRows() {
        LocalDate today = LocalDate.now(clock);
        List<Row> shown = sort.get().order(all, matching, locale).stream().map(c -> new Row(c, c.reviewDue(today))).toList();
        Row keep = selected.get();
        loading = true;
        try {
            rows.setAll(shown);
        } finally {
            loading = false;
        }
        if (keep != null) {
            rows.stream().filter(r -> r.competitor().id().equals(keep.competitor().id())).findFirst().ifPresent(r -> {
                if (!r.equals(keep)) {
                    selectQuietly(r);
                }
            });
        }
    }

    private void selectQuietly(Row row) {
        boolean was = loading;
        loading = true;
        try {
            selected.set(row);
        } finally {
            loading = was;
        }
    }

    public void add() {
        if (plan == null) {
            return;
        }
        autosave.flush();
        Competitor fresh = Competitor.named(plan.id(), "New competitor", false, clock.instant());
        runner.run(() -> service.save(fresh), saved -> {
            // an added profile is deleted and put back as a deleted one is
            DeletedCompetitor unused = new DeletedCompetitor(saved, java.util.Map.of(), List.of());
            histories.of(saved.planId()).record(Edit.of("add \"" + saved.name() + "\"", () -> deleteAgain(unused),
                    () -> restoreDeleted(unused)));
            search.set("");
            reload(saved.id());
        }, e -> errors.report("add the competitor", e));
    }

    public void deleteSelected() {
        Row row = selected.get();
        if (row == null || row.competitor().own()) {
            return;
        }
        autosave.flush();
        runner.run(() -> service.delete(row.competitor().id()).orElse(null), gone -> {
            if (gone != null) {
                deleteStep = Edit.of("delete \"" + gone.competitor().name() + "\"", () -> restoreDeleted(gone), () -> deleteAgain(gone));
                histories.of(gone.competitor().planId()).record(deleteStep);
            }
            undoableDelete.set(gone);
            selected.set(null);
            reload(null);
        }, e -> errors.report("delete the competitor", e));
    }

    /** The bar's Undo: the delete step of the plan's history, taken back. */
    public void undoDelete() {
        DeletedCompetitor gone = undoableDelete.get();
        if (gone != null) {
            undoableDelete.set(null);
            histories.of(gone.competitor().planId()).undo(deleteStep);
        }
    }

    private void restoreDeleted(DeletedCompetitor gone) {
        undoableDelete.set(null);
        runner.run(() -> {
            service.restore(gone);
            return gone.competitor().id();
        }, this::reload, e -> errors.report("undo the delete", e));
    }

    private void deleteAgain(DeletedCompetitor gone) {
        if (selected.get() != null && selected.get().competitor().id().equals(gone.competitor().id())) {
            selected.set(null);
        }
        runner.run(() -> service.delete(gone.competitor().id()).orElse(null), again -> reload(null),
                e -> errors.report("delete the competitor", e));
    }

    public void dismissUndo() {
        undoableDelete.set(null);
    }

    private void load(Row row) {
        if (loading) {
            return;
        }
        editorForm.show(row == null ? null : row.competitor(), () -> {
            editing.set(row != null);
            if (row != null) {
                ownSelected.set(row.competitor().own());
                form.fill(row.competitor());
                nameMessage.set("");
                status.set("");
            }
        });
        if (row == null) {
            return;
        }
        UUID id = row.competitor().id();
        runner.run(() -> service.linkedNotes(id), linkedNotes::setAll, e -> errors.report("load the linked notes", e));
    }

    private Competitor draft(Competitor base) {
        nameMessage.set("");
        return form.draft(base, p -> {
            if (p.field().equals("name")) {
                nameMessage.set(p.getMessage());
            } else {
                status.set("Not saved: " + p.getMessage());
            }
        });
    }

    private void save(Competitor draft) {
        status.set("Saving…");
        UUID planId = draft.planId();
        runner.run(() -> {
            Competitor saved = service.save(draft);
            return Map.entry(saved, service.nameUsed(planId, saved.name(), saved.id()));
        }, result -> {
            status.set("Saved");
            nameMessage.set(result.getValue() ? "Another profile has this name already. Saved anyway." : "");
            listed(result.getKey());
        }, e -> {
            status.set("Not saved");
            errors.report("save the competitor", e);
        });
    }

    /** Saves a version of a profile from the history and shows it if it is the one being edited. */
    private void restore(Competitor version) {
        runner.run(() -> service.save(version), saved -> {
            listed(saved);
            Row shown = selected.get();
            if (shown != null && shown.competitor().id().equals(saved.id())) {
                rows.stream().filter(r -> r.competitor().id().equals(saved.id())).findFirst().ifPresent(r -> {
                    selected.set(r);
                    load(r); // the same row may compare equal: fill the fields again all the same
                });
            }
        }, e -> errors.report("undo the change", e));
    }

    /** A saved profile takes its place in the list, and the shares are checked again. */
    private void listed(Competitor saved) {
        all.replaceAll(c -> c.id().equals(saved.id()) ? saved : c);
        sharesWarning.set(Comparison.sharesWarning(all.stream().map(Competitor::sharePercent).toList()).orElse(""));
        showRows();
    }

    /** The fields of the profile being edited. */
    public ProfileForm form() {
        return form;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObservableList<Segment> segments() {
        return segments;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<ProfileSort> sortProperty() {
        return sort;
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    public ObservableList<Map.Entry<UUID, String>> linkedNotes() {
        return linkedNotes;
    }

    public ReadOnlyStringProperty nameMessageProperty() {
        return nameMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sharesWarningProperty() {
        return sharesWarning.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty ownSelectedProperty() {
        return ownSelected.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DeletedCompetitor> undoableDeleteProperty() {
        return undoableDelete.getReadOnlyProperty();
    }

    Supplier<Plan> plan() {
        return () -> plan;
    }
}
