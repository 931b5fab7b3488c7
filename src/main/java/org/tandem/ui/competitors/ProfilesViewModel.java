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
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import org.tandem.domain.Comparison;
import org.tandem.domain.Competitor;
import org.tandem.domain.InvalidInput;
import org.tandem.domain.NumberText;
import org.tandem.domain.Plan;
import org.tandem.domain.Segment;
import org.tandem.domain.ThreatLevel;
import org.tandem.ui.common.Debouncer;
import org.tandem.ui.common.Edit;
import org.tandem.ui.common.PlanHistories;
import org.tandem.ui.common.ErrorReporter;
import org.tandem.ui.common.TaskRunner;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Competitor profiles: the list (search, sort, review due) and the selected profile's form, saved
 * as the user types. Our business is one of the profiles, always first.
 */
public final class ProfilesViewModel {
    public enum Sort {
        NAME("Name"), THREAT("Threat"), SHARE("Market share");

        private final String label;

        Sort(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** A profile as the list shows it. */
    public record Row(Competitor competitor, boolean reviewDue) {
    }

    private final CompetitorService service;
    private final TaskRunner runner;
    private final ErrorReporter errors;
    private final Debouncer autosave;
    private final PlanHistories histories;
    private Edit deleteStep;
    /** The selected profile as last saved: what an undo of the next edit goes back to. */
    private Competitor stored;
    /** The field typed in last: its typing is one step of the plan's history. */
    private Object lastField;
    private final Clock clock;
    private final Locale locale;

    private final List<Competitor> all = new ArrayList<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Segment> segments = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<Sort> sort = new SimpleObjectProperty<>(this, "sort", Sort.NAME);
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty website = new SimpleStringProperty(this, "website", "");
    private final StringProperty offer = new SimpleStringProperty(this, "offer", "");
    private final StringProperty price = new SimpleStringProperty(this, "price", "");
    private final StringProperty channels = new SimpleStringProperty(this, "channels", "");
    private final ObjectProperty<ThreatLevel> threat = new SimpleObjectProperty<>(this, "threat", ThreatLevel.MEDIUM);
    private final StringProperty share = new SimpleStringProperty(this, "share", "");
    private final ObjectProperty<LocalDate> lastReviewed = new SimpleObjectProperty<>(this, "lastReviewed");
    private final StringProperty positioning = new SimpleStringProperty(this, "positioning", "");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final ObservableList<String> strengths = FXCollections.observableArrayList();
    private final ObservableList<String> weaknesses = FXCollections.observableArrayList();
    private final ObservableSet<UUID> targetSegments = FXCollections.observableSet();
    private final ObservableList<Map.Entry<UUID, String>> linkedNotes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper nameMessage = new ReadOnlyStringWrapper(this, "nameMessage", "");
    private final ReadOnlyStringWrapper priceError = new ReadOnlyStringWrapper(this, "priceError", "");
    private final ReadOnlyStringWrapper shareError = new ReadOnlyStringWrapper(this, "shareError", "");
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
        for (ObservableValue<?> field : List.of(name, website, offer, price, channels, threat, share, lastReviewed, positioning, notes)) {
            field.addListener((o, was, now) -> changed(field));
        }
        strengths.addListener((ListChangeListener<String>) c -> changed(strengths));
        weaknesses.addListener((ListChangeListener<String>) c -> changed(weaknesses));
        targetSegments.addListener((SetChangeListener<UUID>) c -> changed(targetSegments));
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
        Comparator<Competitor> order = switch (sort.get()) {
            case NAME -> Comparator.comparing(c -> c.name().toLowerCase(locale));
            case THREAT -> Comparator.comparing(Competitor::threat).reversed().thenComparing(c -> c.name().toLowerCase(locale));
            case SHARE -> Comparator.comparing((Competitor c) -> c.sharePercent() == null ? -1 : c.sharePercent()).reversed();
        };
        List<Row> shown = all.stream()
                .filter(c -> c.own() || matching == null || matching.contains(c.id()))
                .sorted(Comparator.comparing((Competitor c) -> !c.own()).thenComparing(order))
                .map(c -> new Row(c, c.reviewDue(today))).toList();
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
        autosave.flush();
        stored = row == null ? null : row.competitor();
        if (plan != null) {
            histories.of(plan.id()).seal();
        }
        loading = true;
        try {
            editing.set(row != null);
            if (row == null) {
                return;
            }
            Competitor c = row.competitor();
            ownSelected.set(c.own());
            name.set(c.name());
            website.set(c.website());
            offer.set(c.offer());
            price.set(c.priceLevel() == null ? "" : NumberText.formatNumber(c.priceLevel(), locale, 2));
            channels.set(c.channels());
            threat.set(c.threat());
            share.set(c.sharePercent() == null ? "" : NumberText.formatNumber(c.sharePercent(), locale, 2));
            lastReviewed.set(c.lastReviewed());
            positioning.set(c.positioning());
            notes.set(c.notes());
            strengths.setAll(c.strengths());
            weaknesses.setAll(c.weaknesses());
            targetSegments.clear();
            targetSegments.addAll(c.targetSegments());
            nameMessage.set("");
            priceError.set("");
            shareError.set("");
            status.set("");
        } finally {
            loading = false;
        }
        UUID id = row.competitor().id();
        runner.run(() -> service.linkedNotes(id), linkedNotes::setAll, e -> errors.report("load the linked notes", e));
    }

    private void changed(Object field) {
        if (loading || selected.get() == null) {
            return;
        }
        lastField = field;
        if (draft() != null) {
            // the text as it stands when typing pauses is what is saved
            autosave.call(() -> {
                Competitor now = selected.get() == null ? null : draft();
                if (now != null) {
                    save(now);
                }
            });
        } else {
            autosave.cancel(); // a save queued for an earlier, valid text would store a half-typed value
            status.set("Not saved: correct the marked field");
        }
    }

    private Competitor draft() {
        Competitor base = selected.get().competitor();
        priceError.set("");
        shareError.set("");
        Double priceLevel = optionalNumber(price.get(), "priceLevel", "a price level", priceError);
        Double sharePct = optionalNumber(share.get(), "sharePercent", "a market share", shareError);
        boolean unreadable = (!price.get().isBlank() && priceLevel == null) || (!share.get().isBlank() && sharePct == null);
        Competitor draft = new Competitor(base.id(), base.planId(), base.own(), name.get(), website.get(), offer.get(), priceLevel,
                channels.get(), List.copyOf(targetSegments), List.copyOf(strengths), List.copyOf(weaknesses), positioning.get(),
                threat.get(), sharePct, lastReviewed.get(), notes.get(), base.createdAt(), base.updatedAt());
        List<InvalidInput> problems = draft.problems();
        nameMessage.set("");
        for (InvalidInput p : problems) {
            switch (p.field()) {
                case "name" -> nameMessage.set(p.getMessage());
                case "priceLevel" -> setIfEmpty(priceError, p.getMessage());
                case "sharePercent" -> setIfEmpty(shareError, p.getMessage());
                default -> status.set("Not saved: " + p.getMessage());
            }
        }
        return problems.isEmpty() && !unreadable ? draft : null;
    }

    private static void setIfEmpty(ReadOnlyStringWrapper message, String text) {
        if (message.get().isEmpty()) {
            message.set(text);
        }
    }

    private Double optionalNumber(String text, String field, String what, ReadOnlyStringWrapper error) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return NumberText.parse(text, locale, field, what).doubleValue();
        } catch (InvalidInput bad) {
            error.set(bad.getMessage());
            return null;
        }
    }

    private void save(Competitor draft) {
        Competitor before = stored;
        stored = draft;
        if (before != null && before.id().equals(draft.id()) && !before.equals(draft)) {
            histories.of(draft.planId()).record(Edit.of("edit \"" + draft.name() + "\"", List.of(draft.id(), lastField),
                    () -> restore(before), () -> restore(draft)));
        }
        status.set("Saving…");
        UUID planId = draft.planId();
        runner.run(() -> {
            Competitor saved = service.save(draft);
            return Map.entry(saved, service.nameUsed(planId, saved.name(), saved.id()));
        }, result -> {
            status.set("Saved");
            nameMessage.set(result.getValue() ? "Another profile has this name already. Saved anyway." : "");
            int at = indexOf(result.getKey().id());
            if (at >= 0) {
                all.set(at, result.getKey());
            }
            sharesWarning.set(Comparison.sharesWarning(all.stream().map(Competitor::sharePercent).toList()).orElse(""));
            showRows();
        }, e -> {
            status.set("Not saved");
            errors.report("save the competitor", e);
        });
    }

    /** Saves a version of a profile from the history and shows it if it is the one being edited. */
    private void restore(Competitor version) {
        autosave.cancel();
        runner.run(() -> service.save(version), saved -> {
            int at = indexOf(saved.id());
            if (at >= 0) {
                all.set(at, saved);
            }
            showRows();
            Row shown = selected.get();
            if (shown != null && shown.competitor().id().equals(saved.id())) {
                rows.stream().filter(r -> r.competitor().id().equals(saved.id())).findFirst().ifPresent(r -> {
                    selected.set(r);
                    load(r); // the same row may compare equal: fill the fields again all the same
                });
            }
        }, e -> errors.report("undo the change", e));
    }

    private int indexOf(UUID id) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    // moving list points: the views call these for the buttons and for keyboard reordering
    public void movePoint(ObservableList<String> points, int from, int to) {
        if (from < 0 || from >= points.size() || to < 0 || to >= points.size() || from == to) {
            return;
        }
        String point = points.remove(from);
        points.add(to, point);
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

    public ObjectProperty<Sort> sortProperty() {
        return sort;
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty websiteProperty() {
        return website;
    }

    public StringProperty offerProperty() {
        return offer;
    }

    public StringProperty priceProperty() {
        return price;
    }

    public StringProperty channelsProperty() {
        return channels;
    }

    public ObjectProperty<ThreatLevel> threatProperty() {
        return threat;
    }

    public StringProperty shareProperty() {
        return share;
    }

    public ObjectProperty<LocalDate> lastReviewedProperty() {
        return lastReviewed;
    }

    public StringProperty positioningProperty() {
        return positioning;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ObservableList<String> strengths() {
        return strengths;
    }

    public ObservableList<String> weaknesses() {
        return weaknesses;
    }

    public ObservableSet<UUID> targetSegments() {
        return targetSegments;
    }

    public ObservableList<Map.Entry<UUID, String>> linkedNotes() {
        return linkedNotes;
    }

    public ReadOnlyStringProperty nameMessageProperty() {
        return nameMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty priceErrorProperty() {
        return priceError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty shareErrorProperty() {
        return shareError.getReadOnlyProperty();
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
