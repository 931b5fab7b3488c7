package org.tandem.ui.calendar;

import org.tandem.domain.Channel;
import com.calendarfx.model.Calendar;
import com.calendarfx.model.CalendarEvent;
import com.calendarfx.model.CalendarSource;
import com.calendarfx.model.Entry;
import com.calendarfx.model.LoadEvent;
import com.calendarfx.view.CalendarView;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import org.tandem.domain.Occurrence;
import org.tandem.domain.OverlayEvent;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The adapter between our campaigns and the calendar's pages. The month and week pages are Tandem's own
 * {@link CampaignGrid}s inside CalendarFX's pages (CalendarFX keeps the header, the navigation and the page switcher),
 * drawn straight from the view model. The year page is CalendarFX's: one calendar for campaigns and sales activities
 * (each entry coloured inline by its channel, or the sales colour) and one read-only for imported overlays, fed only
 * for the range it asks for with its load events, in one batch per calendar.
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
    private final org.tandem.ui.common.Afterwards feedLater = new org.tandem.ui.common.Afterwards(this::feed);
    /** The shown page changed: its next request replaces the loaded range. */
    private boolean pageChanged;
    private int fed;
    private final CampaignPages pages;

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

        overlay.setStyle("style7");
        overlay.setReadOnly(true);
        hookUp(campaigns);
        source.getCalendars().setAll(List.of(campaigns, overlay));
        view.getCalendarSources().setAll(source);
        // colours per entry, inline: one calendar means one refresh per feed, and no stylesheet per plan
        pages = new CampaignPages(view, calendar);
        view.showMonthPage();
        view.addEventHandler(LoadEvent.LOAD, e -> {
            if (onShownPage(e.getTarget())) {
                requested(e.getStartDate(), e.getEndDate());
            }
        });
        // another page asks for another span: its next request replaces the loaded range rather than growing it. The
        // range itself stays until then: a page showing dates it loaded before asks for nothing, and a range of null
        // would leave every later change unfed (a campaign made after Year, another section and Month never showed)
        view.selectedPageProperty().addListener((o, was, now) -> pageChanged = true);
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

        calendar.channels().addListener((javafx.collections.ListChangeListener<Channel>) c -> {
            repaint();
            pages.queueDraw();
        });
        calendar.changesProperty().addListener((o, was, now) -> {
            queueFeed();
            pages.queueDraw();
        });
    }

    CalendarView view() {
        return view;
    }

    CalendarViewModel viewModel() {
        return calendar;
    }

    /** How many campaign entries the view holds now (tests and the benchmark check that it stays small). */
    int entryCount() {
        CampaignGrid grid = shownGrid();
        return grid != null ? grid.barCount() : fed;
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
        pages.setActive(shown);
        if (shown && stale) {
            queueFeed();
        }
    }

    /** The grid on show, or null while the year page is. */
    CampaignGrid shownGrid() {
        return pages.shown();
    }

    /** The days chosen on the shown page (a drag across days, or the day last pressed). */
    List<LocalDate> chosenDays() {
        CampaignGrid grid = pages.shown();
        return grid == null ? List.of() : grid.chosenDays();
    }

    private void requested(LocalDate from, LocalDate to) {
        if (shownGrid() != null) {
            return; // the month and week pages draw from the view model themselves
        }
        boolean fresh = pageChanged;
        pageChanged = false;
        if (!fresh && loadedFrom != null && !from.isBefore(loadedFrom) && !to.isAfter(loadedTo)) {
            return;
        }
        // the year page asks month by month for its twelve months: those add up; elsewhere a new range replaces the old
        if (!fresh && view.getSelectedPage() == CalendarView.Page.YEAR && loadedFrom != null && !from.isAfter(loadedTo.plusDays(1))
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
        feedLater.request();
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
        calendar.icsModel().overlayEvents(from, to, events -> {
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

    /** The entry's colour, inline: its channel's, or the sales colour for a sales activity. */
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
}
