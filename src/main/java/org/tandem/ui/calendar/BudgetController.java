package org.tandem.ui.calendar;

import org.tandem.ui.common.Picks;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.List;
import java.util.function.Function;

/** The budget and leads tab: tables and bar charts of the {@link BudgetViewModel}. */
public final class BudgetController {
    private final BudgetViewModel budget;

    @FXML private ComboBox<BudgetViewModel.PlanningYear> yearChoice;
    @FXML private Label totalsLabel;
    @FXML private Label budgetLine;
    @FXML private TableView<BudgetViewModel.Row> monthTable;
    @FXML private TableView<BudgetViewModel.Row> channelTable;
    @FXML private BarChart<String, Number> spendChart;
    @FXML private BarChart<String, Number> leadsChart;
    @FXML private BarChart<String, Number> channelChart;

    public BudgetController(BudgetViewModel budget) {
        this.budget = budget;
    }

    @FXML
    private void initialize() {
        yearChoice.setItems(budget.years());
        Picks.bind(yearChoice, budget.yearProperty());
        totalsLabel.textProperty().bind(budget.totalsProperty());
        budgetLine.textProperty().bind(budget.budgetLineProperty());
        columns(monthTable, "Month");
        columns(channelTable, "Channel");
        monthTable.setItems(budget.months());
        channelTable.setItems(budget.channels());
        budget.months().addListener((ListChangeListener<BudgetViewModel.Row>) c -> charts());
        budget.channels().addListener((ListChangeListener<BudgetViewModel.Row>) c -> charts());
        charts();
    }

    private void columns(TableView<BudgetViewModel.Row> table, String first) {
        TableColumn<BudgetViewModel.Row, String> label = text(first, BudgetViewModel.Row::label);
        label.setPrefWidth(110);
        String currency = " (" + budget.currency() + ")";
        table.getColumns().setAll(List.of(label, money("Planned" + currency, BudgetViewModel.Row::planned),
                money("Spent" + currency, r -> r.ahead() ? null : r.spent()),
                text("Leads exp.", r -> Integer.toString(r.expectedLeads())),
                text("Leads act.", r -> r.ahead() ? BudgetViewModel.NOT_YET : Integer.toString(r.actualLeads())),
                text("Cost per lead", BudgetViewModel.Row::costPerLead)));
    }

    private static TableColumn<BudgetViewModel.Row, String> text(String title, Function<BudgetViewModel.Row, String> value) {
        TableColumn<BudgetViewModel.Row, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setSortable(false);
        return column;
    }

    /** A money column; a null amount (a month still ahead) shows as a dash. */
    private TableColumn<BudgetViewModel.Row, Long> money(String title, Function<BudgetViewModel.Row, Long> value) {
        TableColumn<BudgetViewModel.Row, Long> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setSortable(false);
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Long item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? BudgetViewModel.NOT_YET : budget.amount(item));
                setStyle("-fx-alignment: CENTER-RIGHT;");
            }
        });
        return column;
    }

    private void charts() {
        // months still ahead have no actual bar (not a bar of zero)
        List<BudgetViewModel.Row> past = budget.months().stream().filter(r -> !r.ahead()).toList();
        spendChart.getData().setAll(List.of(series("Planned", budget.months(), r -> budget.major(r.planned())),
                series("Actual", past, r -> budget.major(r.spent()))));
        leadsChart.getData().setAll(List.of(series("Expected", budget.months(), r -> r.expectedLeads()),
                series("Actual", past, r -> r.actualLeads())));
        channelChart.getData().setAll(List.of(series("Planned", budget.channels(), r -> budget.major(r.planned())),
                series("Actual", budget.channels(), r -> budget.major(r.spent()))));
    }

    private static XYChart.Series<String, Number> series(String name, List<BudgetViewModel.Row> rows,
                                                         Function<BudgetViewModel.Row, Number> value) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(name);
        for (BudgetViewModel.Row row : rows) {
            series.getData().add(new XYChart.Data<>(row.label(), value.apply(row)));
        }
        return series;
    }
}
