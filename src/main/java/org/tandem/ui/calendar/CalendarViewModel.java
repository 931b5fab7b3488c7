package org.tandem.ui.calendar;

import org.tandem.service.CalendarService;
import org.tandem.domain.OverlayCalendar;
import org.tandem.domain.Channel;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tandem.domain.Campaign;
import org.tandem.domain.CampaignFilter;
import org.tandem.domain.Occurrence;
import org.tandem.domain.Plan;
import org.tandem.domain.Segment;
import org.tandem.ui.common.Edit;
import org.tandem.ui.common.ErrorReporter;
import org.tandem.ui.common.PlanHistories;
import org.tandem.ui.common.TaskRunner;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The campaign calendar: a plan's campaigns, the filters every view shares, what each view shows
 * of them, and the edits (create, move, resize, duplicate, delete) with their Undo.
 */
public final class CalendarViewModel {
    /** Which part of a series an edit is meant for. */
    public enum Scope { SERIES, OCCURRENCE }

    /** Asks the user which part of a series an edit means; empty when they cancel. */
    @FunctionalInterface
    public interface SeriesQuestion {
        /** @param verb what the user is doing to the occurrence: "move", "change the dates of", "delete" */
        Optional<Scope> ask(String verb, Occurrence occurrence);
    }

    private final CalendarService service;
    private final TaskRunner runner;
    private final ErrorReporter errors;
    private final Locale locale;
    private final Map<UUID, Campaign> campaigns = new LinkedHashMap<>();
    private final ObservableList<Campaign> agenda = FXCollections.observableArrayList();
    private final ObservableList<Segment> segments = FXCollections.observableArrayList();
    private final ObservableList<String> owners = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Occurrence> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<LocalDate> revealed = new ReadOnlyObjectWrapper<>(this, "revealed");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyIntegerWrapper changes = new ReadOnlyIntegerWrapper(this, "changes");
    private final ReadOnlyObjectWrapper<Plan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final PlanHistories histories;
    private final CalendarChannels channelsModel;
    private final CalendarIcs icsModel;
    private final CalendarEdits edits;
    private final CampaignFilters filters = new CampaignFilters(this::filterChanged);
    /** The database's change mark the shown contents were read at: coming back into view reads again only past it. */
    private String loadedMark;
    /** A read of the plan's campaigns is on its way: coming into view meanwhile does not start another. */
    private boolean loading;
    /** The campaigns by start date, their collisions, their owners: kept between data changes so a filter change only filters. */
    private CalendarIndex index = CalendarIndex.EMPTY;
    private CampaignFilter filter = CampaignFilter.ANY;
    private SeriesQuestion seriesQuestion = (action, occurrence) -> Optional.of(Scope.SERIES);

    public CalendarViewModel(CalendarService service, TaskRunner runner, ErrorReporter errors, Locale locale, PlanHistories histories) {
        this.histories = histories;
        this.channelsModel = new CalendarChannels(this, service, runner, errors);
        this.icsModel = new CalendarIcs(this, service, runner, errors, locale);
        this.edits = new CalendarEdits(this, service, runner, errors, histories);
        this.service = service;
        this.runner = runner;
        this.errors = errors;
        this.locale = locale;
    }

    public void setSeriesQuestion(SeriesQuestion question) {
        this.seriesQuestion = question;
    }

    public void showPlan(Plan shown) {
        choose(shown);
        reload();
    }

    /** Reads a plan before the calendar is first shown, writing nothing (a plan without channels yet is read when shown). */
    public void readAhead(Plan shown) {
        choose(shown);
        load(null, true);
    }

    private void choose(Plan shown) {
        plan.set(shown);
        // the Undo button names the last step of this plan's history, whichever screen made it
        undoText.unbind();
        undoText.set("");
        if (shown != null) {
            var history = histories.of(shown.id()).undoNameProperty();
            undoText.bind(javafx.beans.binding.Bindings.createStringBinding(() -> history.get().isEmpty() ? "" : "Undo " + history.get(),
                    history));
        }
        selected.set(null);
        message.set("");
        loadedMark = null;
    }

    /** Reads the plan's calendar again (after a failed save, an import). */
    public void reload() {
        load(null, false);
    }

    /** Coming back into view: reads again only if anything was written since (and no read is on its way already). */
    public void refresh() {
        if (!loading) {
            load(loadedMark, false);
        }
    }

    private void load(String since, boolean ahead) {
        Plan shown = plan.get();
        if (shown == null) {
            campaigns.clear();
            recompute();
            return;
        }
        loading = !ahead; // coming into view during a read ahead (which may find nothing to show) reads anyway
        runner.run(() -> (ahead ? service.readAhead(shown.id())
                : service.loadIfChanged(shown.id(), since)).map(CalendarIndex.Read::of), found -> {
            loading = false;
            if (shown != plan.get() || found.isEmpty()) {
                return;
            }
            CalendarService.Contents contents = found.get().contents();
            loadedMark = contents.mark();
            campaigns.clear();
            contents.campaigns().forEach(c -> campaigns.put(c.id(), c));
            channelsModel.channels().setAll(contents.channels());
            segments.setAll(contents.segments());
            icsModel.overlays().setAll(contents.overlays());
            Occurrence was = selected.get();
            selected.set(was == null ? null : refreshed(was));
            apply(found.get().index());
        }, e -> {
            loading = false;
            errors.report("load the campaign calendar", e);
        });
    }

    // ---- what the views show

    /** The filtered occurrences a view of [from, to] shows. */
    public List<Occurrence> occurrences(LocalDate from, LocalDate to) {
        List<Occurrence> found = new ArrayList<>();
        for (Campaign c : campaigns.values()) {
            if (filter.matches(c) && !c.start().isAfter(to) && !c.lastDay().isBefore(from)) {
                found.addAll(c.occurrences(from, to));
            }
        }
        return found;
    }

    /** True when the occurrence collides with another on its channel and segment. */
    public boolean overlapping(Occurrence occurrence) {
        return index.overlaps().overlapping(occurrence);
    }

    /** The collisions of one occurrence, described for the side panel. */
    public List<String> overlapsOf(Occurrence occurrence) {
        return index.overlaps().of(occurrence, locale);
    }

    public int overlapCount() {
        return index.overlaps().count();
    }

    public List<Campaign> filteredCampaigns() {
        return List.copyOf(agenda);
    }

    public Optional<Campaign> campaign(UUID id) {
        return Optional.ofNullable(campaigns.get(id));
    }

    public String channelColour(String channel) {
        return channelsModel.colour(channel);
    }

    /** Adding, renaming, recolouring and removing the plan's channels. */
    public CalendarChannels channelsModel() {
        return channelsModel;
    }

    /** Export to .ics and imported calendars. */
    public CalendarIcs icsModel() {
        return icsModel;
    }

    // ---- for the parts

    /** A step of the shown plan's history. */
    void record(org.tandem.ui.common.Edit edit) {
        Plan shown = plan.get();
        if (shown != null) {
            histories.of(shown.id()).record(edit);
        }
    }

    Map<UUID, Campaign> campaignsById() {
        return campaigns;
    }

    SeriesQuestion seriesQuestion() {
        return seriesQuestion;
    }

    void selectOccurrence(Occurrence occurrence) {
        selected.set(occurrence);
    }

    Plan shownPlan() {
        return plan.get();
    }

    void say(String text) {
        message.set(text);
    }

    /** The views draw again (colours, overlays changed). */
    void redraw() {
        changes.set(changes.get() + 1);
    }

    /** A renamed channel's old name leaves the filter. */
    void forgetChannelFilter(String name) {
        if (filters.channelProperty().get() != null && filters.channelProperty().get().equalsIgnoreCase(name)) {
            filters.channelProperty().set(null);
        }
    }

    List<Campaign> exported(boolean filteredOnly) {
        return filteredOnly ? List.copyOf(agenda) : index.byDate();
    }

    // ---- selection

    public void select(Occurrence occurrence) {
        selected.set(occurrence);
    }

    /** Selects a campaign from the agenda: its first occurrence. */
    public void select(Campaign campaign) {
        selected.set(campaign == null ? null : new Occurrence(campaign, campaign.start(), campaign.end()));
    }

    // ---- edits (done by CalendarEdits, each a step of the plan's history)

    /** A new campaign over [start, end] (double-click a day, drag across days, or New campaign). */
    public void create(LocalDate start, LocalDate end) {
        edits.create(start, end);
    }

    /** The occurrence was dragged (moved) or one of its edges was (resized). */
    public void move(Occurrence occurrence, LocalDate newStart, LocalDate newEnd) {
        edits.move(occurrence, newStart, newEnd);
    }

    /** Ctrl+D: a copy of the campaign (or series) under a new name, selected for editing. */
    public void duplicate(Occurrence occurrence) {
        edits.duplicate(occurrence);
    }

    public void delete(Occurrence occurrence) {
        edits.delete(occurrence);
    }

    /** The side panel's edit of an occurrence; see {@link CalendarEdits#edit}. */
    public Occurrence edit(Occurrence occurrence, Campaign changed, Scope scope, Object field) {
        return edits.edit(occurrence, changed, scope, field);
    }

    /** The user left a field of the side panel: its typing so far is one step. */
    public void endTyping() {
        edits.endTyping();
    }

    /** Undoes the last step of the shown plan's history (the toolbar's Undo, as Edit > Undo). */
    public void undo() {
        edits.undo();
    }

    // ---- inside

    Occurrence refreshed(Occurrence was) {
        Campaign now = campaigns.get(was.campaign().id());
        if (now == null) {
            return null;
        }
        return now.occurrences(was.start(), was.start()).stream().findFirst()
                .orElse(new Occurrence(now, now.start(), now.end()));
    }

    private void filterChanged() {
        filter = filters.current();
        List<Campaign> shown = new ArrayList<>();
        for (Campaign c : index.byDate()) {
            if (filter.matches(c)) {
                shown.add(c);
            }
        }
        agenda.setAll(shown);
        changes.set(changes.get() + 1);
    }

    /** Works the index out again after an edit here (a read works it out off this thread). */
    void recompute() {
        apply(CalendarIndex.of(campaigns.values()));
    }

    private void apply(CalendarIndex worked) {
        index = worked;
        if (!owners.equals(worked.owners())) {
            owners.setAll(worked.owners());
        }
        filterChanged();
    }

    // ---- properties

    /** The filters every view, the agenda, the budget tab and export share. */
    public CampaignFilters filters() {
        return filters;
    }

    public ObservableList<Campaign> agenda() {
        return agenda;
    }

    public ObservableList<Channel> channels() {
        return channelsModel.channels();
    }

    public ObservableList<Segment> segments() {
        return segments;
    }

    public ObservableList<String> owners() {
        return owners;
    }

    public ObservableList<OverlayCalendar> overlays() {
        return icsModel.overlays();
    }

    /** Asks the views to show the month of {@code day} (another screen sending the user to a period). */
    public void reveal(LocalDate day) {
        revealed.set(null);
        revealed.set(day);
    }

    public ReadOnlyObjectProperty<LocalDate> revealedProperty() {
        return revealed.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Occurrence> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Goes up whenever what the views show changes: data, filters, colours, overlays. */
    public ReadOnlyIntegerProperty changesProperty() {
        return changes.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Plan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public Locale locale() {
        return locale;
    }
}
