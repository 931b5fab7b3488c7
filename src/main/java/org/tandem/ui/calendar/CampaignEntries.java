package org.tandem.ui.calendar;

import org.tandem.domain.Channel;
import com.calendarfx.model.Calendar;
import com.calendarfx.model.CalendarEvent;
import com.calendarfx.model.CalendarSource;
import com.calendarfx.model.Entry;
import com.calendarfx.model.LoadEvent;
import com.calendarfx.view.CalendarView;
import com.calendarfx.view.DateControl;
import com.calendarfx.view.MonthView;
import javafx.application.Platform;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.tandem.domain.Occurrence;
import org.tandem.domain.OverlayEvent;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The adapter between our campaigns and CalendarFX: one calendar for campaigns and sales activities
 * (each entry coloured inline by its channel, or the sales colour) and one read-only for imported overlays.
 * Entries are fed only for the range the views ask for with their load events, in one batch per
 * calendar; the user's drags and deletes come back as edits of the view model.
 */
final class CampaignEntries {
    /** Widest range kept loaded: a year page plus a margin. Beyond it the range is replaced, not grown. */
    static final int MAX_LOADED_DAYS = 400;
    /** Above this many occurrences in the loaded range, each day gets only {@link #PER_DAY}. */
    static final int MAX_FED = 300;
    static final int PER_DAY = 5;

    private final CalendarViewModel calendar;
    private final CalendarView view = new CalendarView(CalendarView.Page.WEEK, CalendarView.Page.MONTH, CalendarView.Page.YEAR);
    private final CalendarSource source = new CalendarSource("Plan");
    private final Calendar<Occurrence> campaigns = new Calendar<>("Campaigns and sales activities");
    private final Calendar<OverlayEvent> overlay = new Calendar<>("Imported");
    private LocalDate loadedFrom;
    private LocalDate loadedTo;
    private boolean feeding;
    private boolean active = true;
    private boolean stale;
    private final Map<String, Entry<Occurrence>> current = new HashMap<>();
    private final javafx.beans.property.ReadOnlyStringWrapper notice = new javafx.beans.property.ReadOnlyStringWrapper("");
    private boolean feedQueued;
    private Gesture gesture;
    private Occurrence grabbed;
    private LocalDate pressDay;
    private int fed;

    CampaignEntries(CalendarViewModel calendar) {
        this.calendar = calendar;
        view.setShowAddCalendarButton(false);
        view.setShowPrintButton(false);
        view.setShowSearchField(false);
        view.setShowSourceTrayButton(false);
        view.setShowSourceTray(false);
        view.setShowDeveloperConsole(false);
        view.setId("calendarFx");
        // the side panel is the editor; CalendarFX's own popover would fight it (and fails for entries we add later)
        view.setShowDetailsUponEntryCreation(false);
        view.getMonthPage().getMonthView().setShowDetailsUponEntryCreation(false);
        overlay.setStyle("style7");
        overlay.setReadOnly(true);
        hookUp(campaigns);
        source.getCalendars().setAll(List.of(campaigns, overlay));
        view.getCalendarSources().setAll(source);
        // colours per entry, inline: one calendar means one refresh per feed, and no stylesheet per plan
        view.getMonthPage().getMonthView().setEntryViewFactory(entry -> paint(new LightMonthEntry(entry), entry));
        view.getWeekPage().getDetailedWeekView().getAllDayView().setEntryViewFactory(
                entry -> paint(new com.calendarfx.view.AllDayEntryView(entry), entry));
        view.showMonthPage();
        view.addEventHandler(LoadEvent.LOAD, e -> {
            if (onShownPage(e.getTarget())) {
                requested(e.getStartDate(), e.getEndDate());
            }
        });
        // another page asks for another span: start afresh rather than growing the loaded range
        view.selectedPageProperty().addListener((o, was, now) -> {
            loadedFrom = null;
            loadedTo = null;
        });
        view.setEntryFactory(p -> {
            LocalDate day = p.getZonedDateTime().toLocalDate();
            calendar.create(day, day);
            return null; // the view model adds it; the next feed shows it
        });
        view.setDefaultCalendarProvider(control -> campaigns);
        view.setEntryDetailsCallback(p -> {
            select(p.getEntry());
            return true;
        });
        view.setEntryContextMenuCallback(p -> entryMenu(p.getEntry()));
        view.setContextMenuCallback(p -> {
            LocalDate day = p.getZonedDateTime() == null ? LocalDate.now() : p.getZonedDateTime().toLocalDate();
            MenuItem create = new MenuItem("New campaign on " + CalendarText.day(day, calendar.locale()));
            create.setOnAction(e -> calendar.create(day, day));
            return new ContextMenu(create);
        });
        view.getSelections().addListener((javafx.collections.SetChangeListener<Entry<?>>) change -> {
            if (change.wasAdded() && view.getSelections().size() == 1) {
                select(change.getElementAdded());
            }
        });
        monthGestures(view.getMonthPage().getMonthView());

        calendar.channels().addListener((javafx.collections.ListChangeListener<Channel>) c -> repaint());
        calendar.changesProperty().addListener((o, was, now) -> queueFeed());
    }

    CalendarView view() {
        return view;
    }

    CalendarViewModel viewModel() {
        return calendar;
    }

    /** How many campaign entries the view holds now (tests and the benchmark check that it stays small). */
    int entryCount() {
        return fed;
    }

    LocalDate loadedFrom() {
        return loadedFrom;
    }

    // ---- feeding the views

    /**
     * Every page of the CalendarView keeps loading for its own dates, shown or not; only the shown
     * page decides what is fed, or a hidden year page would pull a whole year of campaigns in.
     */
    private boolean onShownPage(javafx.event.EventTarget target) {
        javafx.scene.Node page = view.getSelectedPageView();
        for (javafx.scene.Node n = target instanceof javafx.scene.Node node ? node : null; n != null; n = n.getParent()) {
            if (n == page) {
                return true;
            }
        }
        return false;
    }

    /**
     * A month cell shows three or four campaigns and "N more"; CalendarFX still builds a node for
     * every campaign on every day, which at a hundred campaigns a day takes seconds. So a busy range
     * feeds, for each day, only its first few campaigns (by start, then name), and says so.
     */
    static List<Occurrence> busiest(List<Occurrence> all, LocalDate from, LocalDate to) {
        List<Occurrence> sorted = new ArrayList<>(all);
        sorted.sort(java.util.Comparator.comparing(Occurrence::start).thenComparing(o -> o.campaign().name()));
        Map<LocalDate, Integer> perDay = new HashMap<>();
        List<Occurrence> kept = new ArrayList<>();
        for (Occurrence o : sorted) {
            LocalDate first = o.start().isBefore(from) ? from : o.start();
            LocalDate last = o.end().isAfter(to) ? to : o.end();
            boolean room = false;
            for (LocalDate d = first; !d.isAfter(last) && !room; d = d.plusDays(1)) {
                room = perDay.getOrDefault(d, 0) < PER_DAY;
            }
            if (room) {
                kept.add(o);
                for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                    perDay.merge(d, 1, Integer::sum);
                }
            }
        }
        return kept;
    }

    /** Says when a busy range shows only part of its campaigns; empty otherwise. */
    javafx.beans.property.ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** The calendar tab is shown (true) or another tab is: changes while hidden are fed once it shows again. */
    void setActive(boolean shown) {
        active = shown;
        if (shown && stale) {
            queueFeed();
        }
    }

    private void requested(LocalDate from, LocalDate to) {
        if (loadedFrom != null && !from.isBefore(loadedFrom) && !to.isAfter(loadedTo)) {
            return;
        }
        // the year page asks month by month for its twelve months: those add up; elsewhere a new range replaces the old
        if (view.getSelectedPage() == CalendarView.Page.YEAR && loadedFrom != null && !from.isAfter(loadedTo.plusDays(1))
                && !to.isBefore(loadedFrom.minusDays(1))) {
            LocalDate unionFrom = from.isBefore(loadedFrom) ? from : loadedFrom;
            LocalDate unionTo = to.isAfter(loadedTo) ? to : loadedTo;
            if (ChronoUnit.DAYS.between(unionFrom, unionTo) <= MAX_LOADED_DAYS) {
                from = unionFrom;
                to = unionTo;
            }
        }
        loadedFrom = from;
        loadedTo = to;
        // not now: the view fires its load event in the middle of its own refresh, which would overwrite ours
        queueFeed();
    }

    /** Several changes in one pulse (and changes made while CalendarFX finishes a drag) feed once, afterwards. */
    private void queueFeed() {
        if (!feedQueued) {
            feedQueued = true;
            Platform.runLater(() -> {
                feedQueued = false;
                feed();
            });
        }
    }

    void feed() {
        if (loadedFrom == null) {
            return;
        }
        if (!active) {
            stale = true; // fed when the calendar tab is shown again
            return;
        }
        stale = false;
        // keep the entries that are still right; add and remove only the difference (a month switch shares weeks)
        Map<String, Entry<Occurrence>> next = new HashMap<>();
        List<Entry<?>> added = new ArrayList<>();
        List<Entry<?>> removed = new ArrayList<>();
        List<Occurrence> all = calendar.occurrences(loadedFrom, loadedTo);
        List<Occurrence> shown = all.size() <= MAX_FED ? all : busiest(all, loadedFrom, loadedTo);
        notice.set(shown.size() == all.size() ? "" : String.format(calendar.locale(),
                "A busy stretch: %,d campaigns here. Each day shows its first %d; the agenda lists them all, and the filters narrow"
                        + " them down.", all.size(), PER_DAY));
        for (Occurrence o : shown) {
            Entry<Occurrence> kept = current.get(o.key());
            if (kept != null && kept.getUserObject().equals(o)
                    && kept.getStyleClass().contains("campaign-overlap") == calendar.overlapping(o)) {
                next.put(o.key(), kept);
            } else {
                Entry<Occurrence> fresh = entry(o);
                next.put(o.key(), fresh);
                added.add(fresh);
            }
        }
        for (Map.Entry<String, Entry<Occurrence>> old : current.entrySet()) {
            if (next.get(old.getKey()) != old.getValue()) {
                removed.add(old.getValue());
            }
        }
        if (!added.isEmpty() || !removed.isEmpty()) {
            feeding = true;
            campaigns.startBatchUpdates();
            try {
                campaigns.removeEntries(removed);
                campaigns.addEntries(added);
            } finally {
                campaigns.stopBatchUpdates();
                feeding = false;
            }
        }
        current.clear();
        current.putAll(next);
        fed = next.size();
        LocalDate from = loadedFrom;
        LocalDate to = loadedTo;
        calendar.overlayEvents(from, to, events -> {
            if (!from.equals(loadedFrom) || !to.equals(loadedTo)) {
                return;
            }
            List<Entry<?>> list = new ArrayList<>();
            for (OverlayEvent e : events) {
                Entry<OverlayEvent> entry = new Entry<>(e.title());
                entry.setId("overlay-" + e.uid());
                entry.setFullDay(true);
                entry.setInterval(e.start(), e.end());
                entry.setUserObject(e);
                list.add(entry);
            }
            overlay.startBatchUpdates();
            overlay.setReadOnly(false);
            overlay.clear();
            overlay.addEntries(list);
            overlay.setReadOnly(true);
            overlay.stopBatchUpdates();
        });
    }

    private Entry<Occurrence> entry(Occurrence o) {
        boolean clash = calendar.overlapping(o);
        Entry<Occurrence> entry = new Entry<>((clash ? "\u26A0 " : "") + o.campaign().name());
        entry.setId(o.key());
        entry.setFullDay(true);
        entry.setInterval(o.start(), o.end());
        entry.setUserObject(o);
        entry.getStyleClass().add("campaign-entry");
        if (clash) {
            entry.getStyleClass().add("campaign-overlap");
        }
        if (o.ofSeries()) {
            entry.getStyleClass().add("campaign-series");
        }
        return entry;
    }

    /**
     * A month-view entry with a one-label skin. CalendarFX's own skin builds icons, a time label and
     * shapes for every entry on every day it covers; an all-day campaign needs only its title, and
     * at a few hundred entries a month the difference is seconds.
     */
    static final class LightMonthEntry extends com.calendarfx.view.MonthEntryView {
        LightMonthEntry(Entry<?> entry) {
            super(entry);
            getStyleClass().add("light-month-entry");
        }

        @Override
        protected javafx.scene.control.Skin<?> createDefaultSkin() {
            return new javafx.scene.control.SkinBase<>(this) {
                {
                    javafx.scene.control.Label title = new javafx.scene.control.Label();
                    // like a bar: the title on the first day and where a week row starts, not in every cell
                    title.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
                        LocalDate day = getStartDate();
                        boolean lead = day == null || day.equals(getEntry().getStartDate())
                                || getDateControl() != null && day.getDayOfWeek() == getDateControl().getFirstDayOfWeek();
                        return lead ? getEntry().getTitle() : "";
                    }, getEntry().titleProperty(), startDateProperty(), dateControlProperty()));
                    title.setMinWidth(0);
                    title.getStyleClass().add("light-month-entry-title");
                    getChildren().add(title);
                }
            };
        }
    }

    /** The entry's colour, inline: its channel's, or the sales colour for a sales activity. */
    private <V extends javafx.scene.Node> V paint(V view, Entry<?> entry) {
        if (entry.getUserObject() instanceof Occurrence o) {
            String colour = "sales".equals(o.campaign().role()) ? CalendarText.SALES_COLOUR : calendar.channelColour(o.campaign().channel());
            view.setStyle("-channel-colour: " + colour + ";");
            if (view instanceof javafx.scene.control.Control control && !(view instanceof LightMonthEntry)) {
                // CalendarFX's all-day skin colours its title from the calendar's style; say the channel's inline
                control.skinProperty().addListener((p, was, skin) -> control.lookupAll("*").stream().filter(n -> n instanceof javafx.scene.control.Label).forEach(label ->
                        label.setStyle("-fx-text-fill: derive(" + colour + ", -60%);")));
            }
        }
        return view;
    }

    /** Channel colours changed: every entry is made again. */
    private void repaint() {
        feeding = true;
        try {
            campaigns.clear();
        } finally {
            feeding = false;
        }
        current.clear();
        queueFeed();
    }

    /** The user's drags and deletes in the views become edits; our own feeding does not. */
    private void hookUp(Calendar<Occurrence> c) {
        c.addEventHandler(event -> {
            if (feeding || event.getEntry() == null || !(event.getEntry().getUserObject() instanceof Occurrence occurrence)) {
                return;
            }
            Entry<?> entry = event.getEntry();
            if (event.getEventType() == CalendarEvent.ENTRY_INTERVAL_CHANGED) {
                calendar.move(occurrence, entry.getStartDate(), entry.getEndDate());
            } else if (event.getEventType() == CalendarEvent.ENTRY_CALENDAR_CHANGED && entry.getCalendar() == null) {
                calendar.delete(occurrence);
            }
        });
    }

    private void select(Entry<?> entry) {
        if (entry != null && entry.getUserObject() instanceof Occurrence occurrence) {
            calendar.select(occurrence);
        }
    }

    private ContextMenu entryMenu(Entry<?> entry) {
        if (!(entry.getUserObject() instanceof Occurrence occurrence)) {
            return null;
        }
        MenuItem duplicate = new MenuItem("Duplicate");
        duplicate.setOnAction(e -> calendar.duplicate(occurrence));
        MenuItem delete = new MenuItem("Delete");
        delete.setOnAction(e -> calendar.delete(occurrence));
        return new ContextMenu(duplicate, delete);
    }

    /** What a press in the month view started. */
    private enum Gesture { RANGE, MOVE, RESIZE_START, RESIZE_END }

    /** Pixels from an entry's left or right end that grab the edge instead of the whole entry. */
    static final double EDGE = 6;

    /**
     * CalendarFX drags timed entries in its day views only; its month view shows all-day entries
     * but does not move them. Campaigns are all-day, so the month view gets these gestures: drag
     * an entry to move it, drag its left or right end to change its start or end, and press on an
     * empty day and drag across others to create a campaign over them. While dragging, the days
     * the campaign would take are selected as a preview.
     */
    private void monthGestures(MonthView month) {
        month.addEventFilter(MouseEvent.MOUSE_MOVED, e -> {
            com.calendarfx.view.EntryViewBase<?> on = entryView(e);
            month.setCursor(on != null && edge(on, e) != Gesture.MOVE ? javafx.scene.Cursor.H_RESIZE : null);
        });
        month.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            gesture = null;
            grabbed = null;
            if (e.getButton() != MouseButton.PRIMARY || e.getClickCount() != 1) {
                return;
            }
            pressDay = dayAt(month, e);
            com.calendarfx.view.EntryViewBase<?> on = entryView(e);
            if (on == null) {
                gesture = Gesture.RANGE;
            } else if (on.getEntry().getUserObject() instanceof Occurrence occurrence) {
                gesture = edge(on, e);
                grabbed = occurrence;
            }
        });
        month.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            LocalDate day = gesture == null ? null : dayAt(month, e);
            if (day == null || pressDay == null) {
                return;
            }
            LocalDate[] range = gestureRange(gesture, grabbed, day);
            if (range != null && (gesture != Gesture.RANGE || !day.equals(pressDay))) {
                month.getSelectedDates().clear();
                for (LocalDate d = range[0]; !d.isAfter(range[1]); d = d.plusDays(1)) {
                    month.getSelectedDates().add(d);
                }
            }
        });
        month.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            Gesture done = gesture;
            Occurrence moved = grabbed;
            gesture = null;
            grabbed = null;
            LocalDate day = done == null ? null : dayAt(month, e);
            if (day == null || pressDay == null || day.equals(pressDay)) {
                return;
            }
            LocalDate[] range = gestureRange(done, moved, day);
            month.getSelectedDates().clear();
            if (range == null) {
                return;
            }
            if (done == Gesture.RANGE) {
                calendar.create(range[0], range[1]);
            } else {
                calendar.move(moved, range[0], range[1]);
            }
            e.consume();
        });
    }

    /** The days the gesture would give, pointer now on {@code day}; null when it makes no sense (end before start). */
    private LocalDate[] gestureRange(Gesture gesture, Occurrence grabbed, LocalDate day) {
        switch (gesture) {
            case RANGE:
                return day.isBefore(pressDay) ? new LocalDate[]{day, pressDay} : new LocalDate[]{pressDay, day};
            case MOVE: {
                long shift = ChronoUnit.DAYS.between(pressDay, day);
                return new LocalDate[]{grabbed.start().plusDays(shift), grabbed.end().plusDays(shift)};
            }
            case RESIZE_START:
                return day.isAfter(grabbed.end()) ? null : new LocalDate[]{day, grabbed.end()};
            case RESIZE_END:
                return day.isBefore(grabbed.start()) ? null : new LocalDate[]{grabbed.start(), day};
            default:
                return null;
        }
    }

    private static Gesture edge(com.calendarfx.view.EntryViewBase<?> view, MouseEvent e) {
        javafx.geometry.Point2D local = view.sceneToLocal(e.getSceneX(), e.getSceneY());
        if (local.getX() <= EDGE) {
            return Gesture.RESIZE_START;
        }
        if (local.getX() >= view.getWidth() - EDGE) {
            return Gesture.RESIZE_END;
        }
        return Gesture.MOVE;
    }

    private static com.calendarfx.view.EntryViewBase<?> entryView(MouseEvent e) {
        for (javafx.scene.Node n = e.getPickResult().getIntersectedNode(); n != null; n = n.getParent()) {
            if (n instanceof com.calendarfx.view.EntryViewBase<?> view) {
                return view;
            }
        }
        return null;
    }

    private static LocalDate dayAt(DateControl control, MouseEvent e) {
        if (control instanceof MonthView month) {
            var at = month.getZonedDateTimeAt(e.getX(), e.getY(), ZoneId.systemDefault());
            return at == null ? null : at.toLocalDate();
        }
        return null;
    }
}
