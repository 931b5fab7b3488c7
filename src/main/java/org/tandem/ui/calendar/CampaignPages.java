package org.tandem.ui.calendar;

import com.calendarfx.view.CalendarView;
import org.tandem.domain.Occurrence;
import org.tandem.domain.OverlayEvent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The calendar's month and week pages: Tandem's own {@link CampaignGrid}s inside CalendarFX's pages (which keep their
 * header, navigation and the page switcher), drawn straight from the view model whenever the date, the page, the
 * campaigns, the channels' colours, the selection or the imported calendars change.
 */
final class CampaignPages {
    private final CalendarView view;
    private final CalendarViewModel calendar;
    private final CampaignGrid monthGrid;
    private final CampaignGrid weekGrid;
    private final org.tandem.ui.common.Afterwards drawLater = new org.tandem.ui.common.Afterwards(this::draw);
    private boolean active = true;
    private boolean stale;
    /** Imported events of a range around the shown page, kept so a month switch need not wait for the store. */
    private List<OverlayEvent> overlayEvents = List.of();
    private LocalDate overlayFrom;
    private LocalDate overlayTo;

    CampaignPages(CalendarView view, CalendarViewModel calendar) {
        this.view = view;
        this.calendar = calendar;
        monthGrid = new CampaignGrid(6, calendar.locale(), view.getFirstDayOfWeek());
        weekGrid = new CampaignGrid(1, calendar.locale(), view.getFirstDayOfWeek());
        GridGestures.install(monthGrid, calendar);
        GridGestures.install(weekGrid, calendar);
        showIn(view.getMonthPage(), monthGrid);
        showIn(view.getWeekPage(), weekGrid);
        view.getMonthPage().dateProperty().addListener(o -> queueDraw());
        view.getWeekPage().dateProperty().addListener(o -> queueDraw());
        view.selectedPageProperty().addListener(o -> queueDraw());
        calendar.selectedProperty().addListener(o -> queueDraw());
        calendar.icsModel().overlays().addListener((javafx.collections.ListChangeListener<org.tandem.domain.OverlayCalendar>) c -> {
            overlayFrom = null; // shown, hidden, added or removed: read again
            queueDraw();
        });
    }

    /** The calendar tab is shown (true) or not: changes while hidden are drawn once it shows again. */
    void setActive(boolean shown) {
        active = shown;
        if (shown && stale) {
            queueDraw();
        }
    }

    /** The grid on show, or null while the year page is. */
    CampaignGrid shown() {
        return switch (view.getSelectedPage()) {
            case MONTH -> monthGrid;
            case WEEK -> weekGrid;
            default -> null;
        };
    }

    /** CalendarFX's page keeps its header and navigation; its content is our grid. */
    private static <P extends com.calendarfx.view.page.PageBase> void showIn(P page, CampaignGrid grid) {
        page.setSkin(new impl.com.calendarfx.view.page.PageBaseSkin<P>(page) {
            @Override
            protected javafx.scene.Node createContent() {
                return grid;
            }
        });
    }

    void queueDraw() {
        drawLater.request();
    }

    void draw() {
        CampaignGrid grid = shown();
        if (grid == null) {
            return;
        }
        if (!active) {
            stale = true; // drawn when the calendar tab is shown again
            return;
        }
        stale = false;
        LocalDate date = grid == monthGrid ? view.getMonthPage().getDate() : view.getWeekPage().getDate();
        LocalDate first = grid.firstDayFor(date);
        LocalDate last = first.plusDays(grid.weeks() * 7L - 1);
        List<WeekLanes.Item> items = new ArrayList<>();
        for (Occurrence o : calendar.occurrences(first, last)) {
            items.add(WeekLanes.Item.of(o));
        }
        if (overlayFrom != null && !first.isBefore(overlayFrom) && !last.isAfter(overlayTo)) {
            for (OverlayEvent e : overlayEvents) {
                if (!e.end().isBefore(first) && !e.start().isAfter(last)) {
                    items.add(WeekLanes.Item.of(e));
                }
            }
        } else {
            // read the imported events of a wider range once, then draw again with them
            LocalDate from = first.minusMonths(2);
            LocalDate to = last.plusMonths(2);
            calendar.icsModel().overlayEvents(from, to, events -> {
                overlayEvents = List.copyOf(events);
                overlayFrom = from;
                overlayTo = to;
                if (!events.isEmpty()) {
                    queueDraw();
                }
            });
        }
        Occurrence selected = calendar.selectedProperty().get();
        grid.show(first, grid == monthGrid ? java.time.YearMonth.from(date) : null, items, this::colourOf,
                calendar::overlapping, selected == null ? null : selected.key(), LocalDate.now());
    }

    private String colourOf(WeekLanes.Item item) {
        Occurrence o = item.occurrence();
        if (o == null) {
            return OVERLAY_COLOUR;
        }
        return "sales".equals(o.campaign().role()) ? CalendarText.SALES_COLOUR : calendar.channelColour(o.campaign().channel());
    }

    /** Imported calendars' events: grey, as they are only there to plan around. */
    static final String OVERLAY_COLOUR = "#8C959F";
}
