package org.tandem.ui.calendar;

import org.tandem.service.CalendarService;
import org.tandem.domain.OverlayCalendar;
import org.tandem.domain.Channel;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tandem.domain.Campaign;
import org.tandem.domain.CampaignFilter;
import org.tandem.domain.CampaignMath;
import org.tandem.domain.CampaignStatus;
import org.tandem.domain.Occurrence;
import org.tandem.domain.OverlayEvent;
import org.tandem.domain.Plan;
import org.tandem.domain.Segment;
import org.tandem.ui.common.Edit;
import org.tandem.ui.common.ErrorReporter;
import org.tandem.ui.common.PlanHistories;
import org.tandem.ui.common.TaskRunner;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;

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
        Optional<Scope> ask(String action, Occurrence occurrence);
    }

    private static final Comparator<Campaign> BY_DATE = Comparator.comparing(Campaign::start).thenComparing(Campaign::name,
            String.CASE_INSENSITIVE_ORDER);

    private final CalendarService service;
    private final TaskRunner runner;
    private final ErrorReporter errors;
    private final Locale locale;
    private final Map<UUID, Campaign> campaigns = new LinkedHashMap<>();
    private final ObservableList<Campaign> agenda = FXCollections.observableArrayList();
    private final ObservableList<Channel> channels = FXCollections.observableArrayList();
    private final ObservableList<Segment> segments = FXCollections.observableArrayList();
    private final ObservableList<String> owners = FXCollections.observableArrayList();
    private final ObservableList<OverlayCalendar> overlays = FXCollections.observableArrayList();
    private final StringProperty channelFilter = new SimpleStringProperty(this, "channelFilter");
    private final ObjectProperty<CampaignStatus> statusFilter = new SimpleObjectProperty<>(this, "statusFilter");
    private final StringProperty roleFilter = new SimpleStringProperty(this, "roleFilter");
    private final StringProperty ownerFilter = new SimpleStringProperty(this, "ownerFilter");
    private final ObjectProperty<Segment> segmentFilter = new SimpleObjectProperty<>(this, "segmentFilter");
    private final StringProperty textFilter = new SimpleStringProperty(this, "textFilter", "");
    private final ReadOnlyObjectWrapper<Occurrence> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<LocalDate> revealed = new ReadOnlyObjectWrapper<>(this, "revealed");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyIntegerWrapper changes = new ReadOnlyIntegerWrapper(this, "changes");
    private final ReadOnlyObjectWrapper<Plan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final PlanHistories histories;
    private List<CampaignMath.Overlap> overlaps = List.of();
    /** All campaigns by start date, kept between data changes so a filter change only filters. */
    private List<Campaign> byDate = List.of();
    private Set<String> overlapKeys = Set.of();
    private CampaignFilter filter = CampaignFilter.ANY;
    private SeriesQuestion seriesQuestion = (action, occurrence) -> Optional.of(Scope.SERIES);

    public CalendarViewModel(CalendarService service, TaskRunner runner, ErrorReporter errors, Locale locale, PlanHistories histories) {
        this.histories = histories;
        this.service = service;
        this.runner = runner;
        this.errors = errors;
        this.locale = locale;
        List.of(channelFilter, roleFilter, ownerFilter, textFilter).forEach(p -> p.addListener((o, was, now) -> filterChanged()));
        statusFilter.addListener((o, was, now) -> filterChanged());
        segmentFilter.addListener((o, was, now) -> filterChanged());
    }

    public void setSeriesQuestion(SeriesQuestion question) {
        this.seriesQuestion = question;
    }

    public void showPlan(Plan shown) {
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
        reload();
    }

    public void reload() {
        Plan shown = plan.get();
        if (shown == null) {
            campaigns.clear();
            recompute();
            return;
        }
        runner.run(() -> service.load(shown.id()), contents -> {
            if (shown != plan.get()) {
                return;
            }
            campaigns.clear();
            contents.campaigns().forEach(c -> campaigns.put(c.id(), c));
            channels.setAll(contents.channels());
            segments.setAll(contents.segments());
            overlays.setAll(contents.overlays());
            Occurrence was = selected.get();
            selected.set(was == null ? null : refreshed(was));
            recompute();
        }, e -> errors.report("load the campaign calendar", e));
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
        return overlapKeys.contains(occurrence.key());
    }

    /** The collisions of one occurrence, described for the side panel. */
    public List<String> overlapsOf(Occurrence occurrence) {
        List<String> found = new ArrayList<>();
        for (CampaignMath.Overlap o : overlaps) {
            Occurrence other = o.firstOccurrence().key().equals(occurrence.key()) ? o.secondOccurrence()
                    : o.secondOccurrence().key().equals(occurrence.key()) ? o.firstOccurrence() : null;
            if (other != null) {
                found.add(other.campaign().name() + " (" + CalendarText.range(other.start(), other.end(), locale) + ")");
            }
        }
        return found;
    }

    public int overlapCount() {
        return overlaps.size();
    }

    public List<Campaign> filteredCampaigns() {
        return List.copyOf(agenda);
    }

    public Optional<Campaign> campaign(UUID id) {
        return Optional.ofNullable(campaigns.get(id));
    }

    public String channelColour(String channel) {
        return channels.stream().filter(c -> c.name().equalsIgnoreCase(channel)).map(Channel::colour)
                .findFirst().orElse(CalendarText.OTHER_COLOUR);
    }

    /** The shown overlays' events in [from, to], read on the store thread. */
    public void overlayEvents(LocalDate from, LocalDate to, Consumer<List<OverlayEvent>> then) {
        Plan shown = plan.get();
        if (shown == null || overlays.stream().noneMatch(OverlayCalendar::shown)) {
            then.accept(List.of());
            return;
        }
        runner.run(() -> service.overlayEvents(shown.id(), from, to), then, e -> errors.report("show the imported calendar", e));
    }

    // ---- selection

    public void select(Occurrence occurrence) {
        selected.set(occurrence);
    }

    /** Selects a campaign from the agenda: its first occurrence. */
    public void select(Campaign campaign) {
        selected.set(campaign == null ? null : new Occurrence(campaign, campaign.start(), campaign.end()));
    }

    // ---- edits

    /** A new campaign over [start, end] (double-click a day, drag across days, or New campaign). */
    public void create(LocalDate start, LocalDate end) {
        Plan shown = plan.get();
        if (shown == null) {
            return;
        }
        LocalDate first = start.isAfter(end) ? end : start;
        LocalDate last = start.isAfter(end) ? start : end;
        String channel = channelFilter.get() != null ? channelFilter.get() : channels.isEmpty() ? "Other" : channels.get(0).name();
        Campaign created = new Campaign(UUID.randomUUID(), shown.id(), "New campaign", channel, first, last,
                statusFilter.get() == null ? CampaignStatus.PLANNED : statusFilter.get(), ownerFilter.get() == null ? "" : ownerFilter.get(),
                roleFilter.get(), 0, 0, 0, 0, segmentFilter.get() == null ? null : segmentFilter.get().id(), "", "", null, null, null);
        commit(new CalendarEdit("create \"" + created.name() + "\"", List.of(), List.of(created)), true);
        selected.set(new Occurrence(created, first, last));
    }

    /** The occurrence was dragged (moved) or one of its edges was (resized). */
    public void move(Occurrence occurrence, LocalDate newStart, LocalDate newEnd) {
        if (newEnd.isBefore(newStart) || (newStart.equals(occurrence.start()) && newEnd.equals(occurrence.end()))) {
            changes.set(changes.get() + 1); // put the view back
            return;
        }
        boolean resized = newEnd.toEpochDay() - newStart.toEpochDay() != occurrence.end().toEpochDay() - occurrence.start().toEpochDay();
        String action = (resized ? "change the dates of \"" : "move \"") + occurrence.campaign().name() + "\"";
        Campaign campaign = occurrence.campaign();
        Optional<Scope> scope = occurrence.ofSeries() ? seriesQuestion.ask(action, occurrence) : Optional.of(Scope.SERIES);
        if (scope.isEmpty()) {
            changes.set(changes.get() + 1);
            return;
        }
        if (scope.get() == Scope.SERIES) {
            long shift = occurrence.daysTo(newStart);
            LocalDate start = campaign.start().plusDays(shift);
            Campaign moved = campaign.withDates(start, start.plusDays(newEnd.toEpochDay() - newStart.toEpochDay()));
            if (!checked(moved)) {
                return;
            }
            commit(new CalendarEdit(action, List.of(campaign), List.of(moved)), true);
            selected.set(new Occurrence(moved, newStart, newEnd));
        } else {
            Campaign alone = campaign.copy(UUID.randomUUID(), campaign.name()).withRecurrence(null).withDates(newStart, newEnd);
            Campaign rest = campaign.withRecurrence(campaign.recurrence().skipping(occurrence.start()));
            commit(new CalendarEdit(action, List.of(campaign), List.of(rest, alone)), true);
            selected.set(new Occurrence(alone, newStart, newEnd));
        }
    }

    /** Ctrl+D: a copy of the campaign (or series) under a new name, selected for editing. */
    public void duplicate(Occurrence occurrence) {
        Campaign campaign = campaigns.get(occurrence.campaign().id());
        if (campaign == null) {
            return;
        }
        Campaign copy = campaign.copy(UUID.randomUUID(), copyName(campaign.name()));
        if (!checked(copy)) {
            return;
        }
        commit(new CalendarEdit("duplicate \"" + campaign.name() + "\"", List.of(), List.of(copy)), true);
        selected.set(new Occurrence(copy, copy.start(), copy.end()));
    }

    public void delete(Occurrence occurrence) {
        Campaign campaign = campaigns.get(occurrence.campaign().id());
        if (campaign == null) {
            return;
        }
        String action = "delete \"" + campaign.name() + "\"";
        Optional<Scope> scope = occurrence.ofSeries() ? seriesQuestion.ask(action, occurrence) : Optional.of(Scope.SERIES);
        if (scope.isEmpty()) {
            changes.set(changes.get() + 1);
            return;
        }
        if (scope.get() == Scope.SERIES) {
            commit(new CalendarEdit(action, List.of(campaign), List.of()), true);
        } else {
            Campaign rest = campaign.withRecurrence(campaign.recurrence().skipping(occurrence.start()));
            commit(new CalendarEdit(action + " on " + CalendarText.day(occurrence.start(), locale), List.of(campaign), List.of(rest)),
                    true);
        }
        selected.set(null);
    }

    /**
     * The side panel's edit of an occurrence. Editing one occurrence of a series takes it out of
     * the series as a campaign of its own; the returned occurrence is what the panel edits next.
     */
    /**
     * @param field the side panel's field typed in: typing in one field of one campaign is one step of the history
     */
    public Occurrence edit(Occurrence occurrence, Campaign changed, Scope scope, Object field) {
        Campaign campaign = campaigns.get(occurrence.campaign().id());
        if (campaign == null) {
            return occurrence;
        }
        Occurrence now;
        if (occurrence.ofSeries() && scope == Scope.OCCURRENCE) {
            Campaign alone = changed.copy(UUID.randomUUID(), changed.name()).withRecurrence(null);
            Campaign rest = campaign.withRecurrence(campaign.recurrence().skipping(occurrence.start()));
            commit(new CalendarEdit("change one \"" + campaign.name() + "\"", List.of(campaign), List.of(rest, alone)), true);
            now = new Occurrence(alone, alone.start(), alone.end());
        } else {
            commit(new CalendarEdit("edit \"" + campaign.name() + "\"", List.of(campaign), List.of(changed)),
                    field == null ? null : List.of(campaign.id(), field));
            LocalDate start = occurrence.ofSeries() && changed.recurrence() != null ? occurrence.start() : changed.start();
            now = changed.recurrence() == null ? new Occurrence(changed, changed.start(), changed.end())
                    : new Occurrence(changed, start, start.plusDays(changed.days() - 1));
        }
        selected.set(now);
        return now;
    }

    /** The user left a field of the side panel: its typing so far is one step. */
    public void endTyping() {
        Plan shown = plan.get();
        if (shown != null) {
            histories.of(shown.id()).seal();
        }
    }

    /** Undoes the last step of the shown plan's history (the toolbar's Undo, as Edit > Undo). */
    public void undo() {
        Plan shown = plan.get();
        if (shown != null) {
            histories.of(shown.id()).undo();
        }
    }

    /** Writes the plan's campaigns (or only those the filters show) to an .ics file. */
    public void exportIcs(Path file, boolean filteredOnly, Runnable done) {
        Plan shown = plan.get();
        if (shown == null) {
            return;
        }
        List<Campaign> chosen = filteredOnly ? List.copyOf(agenda) : campaigns.values().stream().sorted(BY_DATE).toList();
        runner.run(() -> {
            service.exportIcs(shown, chosen, file, locale);
            return chosen.size();
        }, count -> {
            message.set(count + (count == 1 ? " campaign" : " campaigns") + " exported to " + file.getFileName() + ".");
            done.run();
        }, e -> errors.report("export the calendar", e));
    }

    /** Adds an .ics file as an overlay; a file that does not parse adds nothing and says which line is wrong. */
    public void importOverlay(Path file) {
        Plan shown = plan.get();
        if (shown == null) {
            return;
        }
        runner.run(() -> {
            try {
                return service.importOverlay(shown.id(), file);
            } catch (org.tandem.exchange.IcsFile.Unreadable bad) {
                return bad;
            }
        }, result -> {
            if (result instanceof org.tandem.exchange.IcsFile.Unreadable bad) {
                message.set(file.getFileName() + " was not imported. " + bad.getMessage());
            } else {
                OverlayCalendar added = (OverlayCalendar) result;
                overlays.add(added);
                message.set("Imported \"" + added.name() + "\" as a read-only calendar.");
                changes.set(changes.get() + 1);
            }
        }, e -> errors.report("import the calendar file", e));
    }

    public void showOverlay(OverlayCalendar overlay, boolean shown) {
        runner.run(() -> {
            service.showOverlay(overlay.id(), shown);
            return null;
        }, ignored -> {
            overlays.replaceAll(o -> o.id().equals(overlay.id()) ? new OverlayCalendar(o.id(), o.name(), shown) : o);
            changes.set(changes.get() + 1);
        }, e -> errors.report("show or hide the imported calendar", e));
    }

    public void removeOverlay(OverlayCalendar overlay) {
        runner.run(() -> {
            service.removeOverlay(overlay.id());
            return null;
        }, ignored -> {
            overlays.removeIf(o -> o.id().equals(overlay.id()));
            changes.set(changes.get() + 1);
        }, e -> errors.report("remove the imported calendar", e));
    }

    public void saveChannelColour(Channel channel, String colour) {
        Plan shown = plan.get();
        if (shown == null || !colour.matches("#[0-9a-fA-F]{6}")) {
            return;
        }
        runner.run(() -> service.saveChannel(shown.id(), new Channel(channel.id(), channel.name(), colour)), saved -> {
            channels.replaceAll(c -> c.id().equals(saved.id()) ? saved : c);
            changes.set(changes.get() + 1);
        }, e -> errors.report("change the channel colour", e));
    }

    /** A new channel for the plan, or a message saying why not. */
    public void addChannel(String name) {
        Plan shown = plan.get();
        if (shown == null || !channelNameOk(name, null)) {
            return;
        }
        String colour = CalendarText.OTHER_COLOUR;
        runner.run(() -> service.saveChannel(shown.id(), new Channel(UUID.randomUUID(), name.strip(), colour)),
                saved -> {
                    channels.add(saved);
                    message.set("Added the channel \"" + saved.name() + "\".");
                }, e -> errors.report("add the channel", e));
    }

    /** Renames a channel; its campaigns move along. */
    public void renameChannel(Channel channel, String name) {
        Plan shown = plan.get();
        if (shown == null || name.strip().equals(channel.name()) || !channelNameOk(name, channel)) {
            return;
        }
        runner.run(() -> service.renameChannel(shown.id(), channel, name), saved -> {
            if (channelFilter.get() != null && channelFilter.get().equalsIgnoreCase(channel.name())) {
                channelFilter.set(null);
            }
            reload();
        }, e -> errors.report("rename the channel", e));
    }

    public void removeChannel(Channel channel) {
        long using = campaigns.values().stream().filter(c -> c.channel().equalsIgnoreCase(channel.name())).count();
        runner.run(() -> {
            service.removeChannel(channel.id());
            return null;
        }, ignored -> {
            channels.removeIf(c -> c.id().equals(channel.id()));
            message.set("Removed the channel \"" + channel.name() + "\"." + (using == 0 ? ""
                    : " Its " + using + (using == 1 ? " campaign keeps" : " campaigns keep") + " the name and show in grey."));
            changes.set(changes.get() + 1);
        }, e -> errors.report("remove the channel", e));
    }

    private boolean channelNameOk(String name, Channel except) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 60) {
            message.set("A channel name needs 1 to 60 characters.");
            return false;
        }
        if (channels.stream().anyMatch(c -> c != except && c.name().equalsIgnoreCase(n))) {
            message.set("There is already a channel named \"" + n + "\".");
            return false;
        }
        return true;
    }

    public void clearFilters() {
        channelFilter.set(null);
        statusFilter.set(null);
        roleFilter.set(null);
        ownerFilter.set(null);
        segmentFilter.set(null);
        textFilter.set("");
    }

    // ---- inside

    private boolean checked(Campaign campaign) {
        if (!campaign.problems().isEmpty()) {
            message.set(campaign.problems().get(0).getMessage());
            changes.set(changes.get() + 1);
            return false;
        }
        return true;
    }

    /** Applies an edit and records it in the plan's history as one step. */
    private void commit(CalendarEdit edit, boolean undoable) {
        commit(edit, undoable ? NEW_STEP : null);
    }

    /** A merge key that no other edit has: the edit is a step of its own. */
    private static final Object NEW_STEP = new Object();

    private void commit(CalendarEdit edit, Object mergeKey) {
        apply(edit);
        Plan shown = plan.get();
        if (mergeKey == null || shown == null) {
            return;
        }
        histories.of(shown.id()).record(Edit.of(edit.description(), mergeKey == NEW_STEP ? null : mergeKey, () -> {
            apply(edit.reversed());
            message.set("Undone: " + edit.description() + ".");
        }, () -> {
            apply(edit);
            message.set("Redone: " + edit.description() + ".");
        }));
    }

    /**
     * Applies an edit here at once (the view already shows it) and in the store, in one transaction.
     * An undo may come while another plan is shown: then only the store changes.
     */
    private void apply(CalendarEdit edit) {
        Plan shown = plan.get();
        boolean here = shown != null && java.util.stream.Stream.concat(edit.before().stream(), edit.after().stream())
                .allMatch(c -> c.planId().equals(shown.id()));
        if (here) {
            for (UUID gone : edit.removed()) {
                campaigns.remove(gone);
            }
            for (Campaign c : edit.after()) {
                campaigns.put(c.id(), c);
            }
            recompute();
            Occurrence was = selected.get();
            if (was != null) {
                Occurrence now = refreshed(was);
                if (now == null || !now.campaign().equals(was.campaign())) {
                    selected.set(now);
                }
            }
        }
        runner.run(() -> {
            service.apply(edit.after(), edit.removed());
            return null;
        }, ignored -> { }, e -> {
            errors.report(edit.description(), e);
            reload();
        });
    }

    private Occurrence refreshed(Occurrence was) {
        Campaign now = campaigns.get(was.campaign().id());
        if (now == null) {
            return null;
        }
        return now.occurrences(was.start(), was.start()).stream().findFirst()
                .orElse(new Occurrence(now, now.start(), now.end()));
    }

    private void filterChanged() {
        filter = new CampaignFilter(channelFilter.get(), statusFilter.get(), roleFilter.get(), ownerFilter.get(),
                segmentFilter.get() == null ? null : segmentFilter.get().id(), textFilter.get());
        List<Campaign> shown = new ArrayList<>();
        for (Campaign c : byDate) {
            if (filter.matches(c)) {
                shown.add(c);
            }
        }
        agenda.setAll(shown);
        changes.set(changes.get() + 1);
    }

    private void recompute() {
        byDate = campaigns.values().stream().sorted(BY_DATE).toList();
        overlaps = CampaignMath.overlaps(List.copyOf(campaigns.values()));
        Set<String> keys = new HashSet<>();
        for (CampaignMath.Overlap o : overlaps) {
            keys.add(o.firstOccurrence().key());
            keys.add(o.secondOccurrence().key());
        }
        overlapKeys = keys;
        TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        campaigns.values().stream().map(Campaign::owner).filter(o -> !o.isBlank()).forEach(names::add);
        if (!owners.equals(List.copyOf(names))) {
            owners.setAll(names);
        }
        filterChanged();
    }

    private String copyName(String name) {
        String candidate = name + " (copy)";
        for (int n = 2; containsName(candidate); n++) {
            candidate = name + " (copy " + n + ")";
        }
        return candidate.length() > Campaign.MAX_NAME_LENGTH ? candidate.substring(0, Campaign.MAX_NAME_LENGTH) : candidate;
    }

    private boolean containsName(String name) {
        return campaigns.values().stream().anyMatch(c -> c.name().equalsIgnoreCase(name));
    }

    // ---- properties

    public ObservableList<Campaign> agenda() {
        return agenda;
    }

    public ObservableList<Channel> channels() {
        return channels;
    }

    public ObservableList<Segment> segments() {
        return segments;
    }

    public ObservableList<String> owners() {
        return owners;
    }

    public ObservableList<OverlayCalendar> overlays() {
        return overlays;
    }

    public StringProperty channelFilterProperty() {
        return channelFilter;
    }

    public ObjectProperty<CampaignStatus> statusFilterProperty() {
        return statusFilter;
    }

    public StringProperty roleFilterProperty() {
        return roleFilter;
    }

    public StringProperty ownerFilterProperty() {
        return ownerFilter;
    }

    public ObjectProperty<Segment> segmentFilterProperty() {
        return segmentFilter;
    }

    public StringProperty textFilterProperty() {
        return textFilter;
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
