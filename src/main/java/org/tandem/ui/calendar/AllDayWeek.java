package org.tandem.ui.calendar;

import com.calendarfx.view.DetailedWeekView;
import javafx.scene.Node;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;

/**
 * The week page for campaigns, which are all-day: CalendarFX's all-day lane takes the whole page, where its 24-hour
 * time grid stood empty below a strip of bars. The lane keeps CalendarFX's own drag to move and resize.
 */
final class AllDayWeek {
    private AllDayWeek() {
    }

    static void install(DetailedWeekView week) {
        week.setShowScrollBar(false);
        week.setShowTimeScaleView(false);
        week.getAllDayView().setMaxHeight(Double.MAX_VALUE);
        week.getAllDayView().setRowHeight(22);
        week.skinProperty().addListener((o, was, skin) -> fill(week));
        if (week.getSkin() != null) {
            fill(week);
        }
    }

    private static void fill(DetailedWeekView week) {
        for (Node child : week.getChildrenUnmodifiable()) {
            if (child instanceof GridPane grid) {
                for (Node cell : grid.getChildren()) {
                    if (cell.getClass().getSimpleName().equals("DayViewScrollPane")) {
                        cell.setVisible(false);
                        cell.setManaged(false);
                    }
                }
                Integer row = GridPane.getRowIndex(week.getAllDayView());
                if (row != null) {
                    while (grid.getRowConstraints().size() <= row) {
                        grid.getRowConstraints().add(new RowConstraints());
                    }
                    RowConstraints lane = grid.getRowConstraints().get(row);
                    lane.setVgrow(Priority.ALWAYS);
                    lane.setMaxHeight(Double.MAX_VALUE);
                    lane.setPrefHeight(Region.USE_COMPUTED_SIZE);
                }
                GridPane.setVgrow(week.getAllDayView(), Priority.ALWAYS);
            }
        }
    }
}
