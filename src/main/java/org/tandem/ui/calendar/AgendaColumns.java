package org.tandem.ui.calendar;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.tandem.domain.Campaign;
import org.tandem.domain.Occurrence;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** The agenda's columns: every field of a campaign, its channel's colour, and whether it overlaps another. */
final class AgendaColumns {
    private AgendaColumns() {
    }

    static void build(TableView<Campaign> table, CalendarViewModel calendar, Supplier<String> currency) {
        TableColumn<Campaign, String> name = column("Campaign", Campaign::name, 200);
        name.setId("agendaName");
        TableColumn<Campaign, String> channel = column("Channel", Campaign::channel, 120);
        channel.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                if (empty || item == null) {
                    setGraphic(null);
                } else {
                    Rectangle swatch = new Rectangle(10, 10, Color.web(calendar.channelColour(item)));
                    swatch.setArcWidth(3);
                    swatch.setArcHeight(3);
                    setGraphic(swatch);
                }
            }
        });
        TableColumn<Campaign, LocalDate> start = new TableColumn<>("Starts");
        start.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().start()));
        start.setCellFactory(col -> dateCell(calendar));
        start.setPrefWidth(118);
        TableColumn<Campaign, LocalDate> end = new TableColumn<>("Ends");
        end.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().end()));
        end.setCellFactory(col -> dateCell(calendar));
        end.setPrefWidth(118);
        TableColumn<Campaign, String> repeats = column("Repeats", c -> c.recurrence() == null ? ""
                : c.recurrence().describe() + " to " + CalendarText.day(c.recurrence().until(), calendar.locale()), 150);
        TableColumn<Campaign, String> status = column("Status", c -> c.status().label(), 80);
        TableColumn<Campaign, String> owner = column("Owner", Campaign::owner, 90);
        TableColumn<Campaign, String> role = column("Role", Campaign::role, 80);
        TableColumn<Campaign, Long> planned = new TableColumn<>("Budget");
        planned.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().plannedBudget()));
        planned.setCellFactory(col -> moneyCell(calendar, currency));
        TableColumn<Campaign, Long> spent = new TableColumn<>("Spent");
        spent.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().actualSpend()));
        spent.setCellFactory(col -> moneyCell(calendar, currency));
        TableColumn<Campaign, Integer> expected = new TableColumn<>("Leads exp.");
        expected.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().expectedLeads()));
        TableColumn<Campaign, Integer> actual = new TableColumn<>("Leads act.");
        actual.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().actualLeads()));
        TableColumn<Campaign, String> clash = column("Overlap", c -> calendar.overlapping(new Occurrence(c, c.start(), c.end()))
                ? "\u26A0 overlaps" : "", 90);
        table.getColumns().setAll(List.of(name, channel, start, end, repeats, status, owner, role, planned, spent, expected,
                actual, clash));
    }

    private static <T> TableColumn<Campaign, T> column(String title, Function<Campaign, T> value, double width) {
        TableColumn<Campaign, T> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static TableCell<Campaign, LocalDate> dateCell(CalendarViewModel calendar) {
        return new TableCell<>() {
            @Override
            protected void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : CalendarText.day(item, calendar.locale()));
            }
        };
    }

    private static TableCell<Campaign, Long> moneyCell(CalendarViewModel calendar, Supplier<String> currency) {
        return new TableCell<>() {
            @Override
            protected void updateItem(Long item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : org.tandem.domain.NumberText.formatMoney(item, calendar.locale(),
                        org.tandem.domain.CurrencyCode.fractionDigits(currency.get())));
                setStyle("-fx-alignment: CENTER-RIGHT;");
            }
        };
    }
}
