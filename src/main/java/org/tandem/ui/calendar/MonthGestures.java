package org.tandem.ui.calendar;

import com.calendarfx.view.DateControl;
import com.calendarfx.view.MonthView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.tandem.domain.Occurrence;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** The month view's mouse gestures on campaigns, which CalendarFX does not give all-day entries there. */
final class MonthGestures {
    private final CalendarViewModel calendar;
    private Gesture gesture;
    private Occurrence grabbed;
    private LocalDate pressDay;

    private MonthGestures(CalendarViewModel calendar) {
        this.calendar = calendar;
    }

    static void install(MonthView month, CalendarViewModel calendar) {
        new MonthGestures(calendar).install(month);
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
    private void install(MonthView month) {
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
