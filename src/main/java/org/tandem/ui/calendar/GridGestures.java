package org.tandem.ui.calendar;

import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.tandem.domain.Occurrence;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The mouse and keys on Tandem's month and week pages: click a campaign to edit it in the side panel, drag it to move
 * it, drag its left or right end to change its start or end, press on a day and drag across others (or double-click
 * a day) to create a campaign there, right-click for Duplicate, Delete or New campaign, "+N more" for a day's list,
 * Delete to remove the selected campaign. While dragging, the days the campaign would take are shown as chosen.
 */
final class GridGestures {
    /** Pixels from a bar's left or right end that grab the end instead of the whole bar. */
    static final double EDGE = 6;

    private enum Gesture { RANGE, MOVE, RESIZE_START, RESIZE_END }

    private final CampaignGrid grid;
    private final CalendarViewModel calendar;
    private Gesture gesture;
    private Occurrence grabbed;
    private LocalDate pressDay;
    private ContextMenu menu;

    private GridGestures(CampaignGrid grid, CalendarViewModel calendar) {
        this.grid = grid;
        this.calendar = calendar;
    }

    static void install(CampaignGrid grid, CalendarViewModel calendar) {
        new GridGestures(grid, calendar).install();
    }

    private void install() {
        grid.addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            Region bar = CampaignGrid.barOf(e.getPickResult().getIntersectedNode());
            grid.setCursor(bar != null && edge(bar, e) != Gesture.MOVE ? Cursor.H_RESIZE : null);
        });
        grid.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        grid.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            LocalDate day = gesture == null ? null : grid.dayAt(e.getX(), e.getY());
            LocalDate[] range = day == null || pressDay == null ? null : range(gesture, grabbed, day);
            if (range != null) {
                grid.preview(range[0], range[1]);
            }
        });
        grid.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        grid.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && CampaignGrid.occurrenceOf(target(e)) == null) {
                LocalDate day = grid.dayAt(e.getX(), e.getY());
                if (day != null) {
                    calendar.create(day, day);
                }
            }
        });
        grid.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            Occurrence on = CampaignGrid.occurrenceOf(e.getPickResult().getIntersectedNode());
            LocalDate day = grid.dayAt(e.getX(), e.getY());
            if (on != null) {
                calendar.select(on);
                show(entryMenu(on), e.getScreenX(), e.getScreenY());
            } else if (day != null) {
                MenuItem create = new MenuItem("New campaign on " + CalendarText.day(day, calendar.locale()));
                create.setOnAction(a -> calendar.create(day, day));
                show(new ContextMenu(create), e.getScreenX(), e.getScreenY());
            }
            e.consume();
        });
        grid.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            Occurrence selected = calendar.selectedProperty().get();
            if ((e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) && selected != null) {
                calendar.delete(selected);
                e.consume();
            }
        });
    }

    private void pressed(MouseEvent e) {
        gesture = null;
        grabbed = null;
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        grid.requestFocus();
        Node target = target(e);
        if (target instanceof Label label && label.getStyleClass().contains("grid-more")) {
            LocalDate day = grid.dayAt(e.getX(), e.getY());
            if (day != null) {
                dayList(day, e.getScreenX(), e.getScreenY());
            }
            return;
        }
        if (e.getClickCount() != 1) {
            return;
        }
        pressDay = grid.dayAt(e.getX(), e.getY());
        Region bar = CampaignGrid.barOf(target);
        Occurrence on = CampaignGrid.occurrenceOf(target);
        if (on == null) {
            gesture = Gesture.RANGE;
            grid.preview(pressDay, pressDay);
        } else {
            gesture = edge(bar, e);
            grabbed = on;
            calendar.select(on);
        }
    }

    private void released(MouseEvent e) {
        Gesture done = gesture;
        Occurrence moved = grabbed;
        gesture = null;
        grabbed = null;
        LocalDate day = done == null ? null : grid.dayAt(e.getX(), e.getY());
        if (day == null || pressDay == null || day.equals(pressDay)) {
            return;
        }
        LocalDate[] range = range(done, moved, day);
        grid.preview(null, null);
        if (range == null) {
            return;
        }
        if (done == Gesture.RANGE) {
            calendar.create(range[0], range[1]);
        } else {
            calendar.move(moved, range[0], range[1]);
        }
        e.consume();
    }

    /** The days the gesture would give, pointer now on {@code day}; null when it makes no sense (end before start). */
    private LocalDate[] range(Gesture gesture, Occurrence grabbed, LocalDate day) {
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

    private static Gesture edge(Region bar, MouseEvent e) {
        javafx.geometry.Point2D local = bar.sceneToLocal(e.getSceneX(), e.getSceneY());
        if (local.getX() <= EDGE) {
            return Gesture.RESIZE_START;
        }
        if (local.getX() >= bar.getWidth() - EDGE) {
            return Gesture.RESIZE_END;
        }
        return Gesture.MOVE;
    }

    private static Node target(MouseEvent e) {
        return e.getPickResult().getIntersectedNode();
    }

    private ContextMenu entryMenu(Occurrence occurrence) {
        MenuItem duplicate = new MenuItem("Duplicate");
        duplicate.setOnAction(a -> calendar.duplicate(occurrence));
        MenuItem delete = new MenuItem("Delete");
        delete.setOnAction(a -> calendar.delete(occurrence));
        return new ContextMenu(duplicate, delete);
    }

    /** "+N more": every campaign of the day, to pick one. */
    private void dayList(LocalDate day, double x, double y) {
        ContextMenu list = new ContextMenu();
        for (Occurrence o : grid.on(day)) {
            MenuItem item = new MenuItem(o.campaign().name());
            item.setOnAction(a -> calendar.select(o));
            list.getItems().add(item);
        }
        show(list, x, y);
    }

    private void show(ContextMenu next, double x, double y) {
        if (menu != null) {
            menu.hide();
        }
        menu = next;
        menu.show(grid, x, y);
    }
}
