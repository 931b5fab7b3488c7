package org.tandem.ui.salesplan;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.tandem.domain.CorrectiveAction;
import org.tandem.domain.Objective;
import org.tandem.ui.common.ChoiceText;


/** Step 6's controls, bound to {@link ControlStepViewModel}. */
public final class ControlStepController {
    private final ControlStepViewModel step;

    @FXML private TextField onTrackField;
    @FXML private TextField atRiskField;
    @FXML private Label thresholdError;
    @FXML private TableView<ControlStepViewModel.VarianceRow> varianceTable;
    @FXML private TableView<CorrectiveAction> actionTable;
    @FXML private Button removeAction;
    @FXML private GridPane actionEditor;
    @FXML private TextField whatField;
    @FXML private TextField actionOwner;
    @FXML private DatePicker actionDue;
    @FXML private ComboBox<Objective> actionObjective;
    @FXML private TextField outcomeField;
    @FXML private TableView<ControlStepViewModel.ForecastRow> forecastTable;
    @FXML private BarChart<String, Number> forecastChart;

    public ControlStepController(ControlStepViewModel step) {
        this.step = step;
    }

    @FXML
    private void initialize() {
        ControlStepViewModel.ThresholdForm thresholds = step.thresholds();
        StepControls.field(onTrackField, thresholds.onTrackProperty());
        StepControls.field(atRiskField, thresholds.atRiskProperty());
        thresholdError.textProperty().bind(thresholds.errorProperty("onTrack").concat(thresholds.errorProperty("atRisk")));
        thresholdError.visibleProperty().bind(thresholdError.textProperty().isNotEmpty());
        thresholdError.managedProperty().bind(thresholdError.visibleProperty());

        StepControls.column(varianceTable, "Objective", 170, ControlStepViewModel.VarianceRow::name);
        StepControls.column(varianceTable, "Pro-rata target", 110, ControlStepViewModel.VarianceRow::proRata);
        StepControls.column(varianceTable, "Actual", 110, ControlStepViewModel.VarianceRow::actual);
        StepControls.column(varianceTable, "Variance", 90, ControlStepViewModel.VarianceRow::absolute);
        StepControls.column(varianceTable, "%", 70, ControlStepViewModel.VarianceRow::percent);
        StepControls.column(varianceTable, "Status", 90, ControlStepViewModel.VarianceRow::status);
        StepControls.column(varianceTable, "Run-rate to the end", 130, ControlStepViewModel.VarianceRow::forecast);
        StepControls.column(varianceTable, "As of", 90, ControlStepViewModel.VarianceRow::asOf);
        varianceTable.setItems(step.variance());
        StepControls.rowState(varianceTable, ControlStepViewModel.VarianceRow::state);
        StepControls.follow(varianceTable, step, 6, row -> row.objective().id());
        java.util.function.Supplier<org.tandem.domain.Objective> chosen = () -> {
            ControlStepViewModel.VarianceRow row = varianceTable.getSelectionModel().getSelectedItem();
            return row != null ? row.objective() : varianceTable.getItems().isEmpty() ? null : varianceTable.getItems().get(0).objective();
        };
        org.tandem.ui.common.ExplainButton.after(varianceTable, "How they are worked out, for the selected objective (or the first):",
                "explain-variance", "the variance", () -> chosen.get() == null || step.explanations() == null ? null
                        : step.explanations().variance(chosen.get())).setText("Variance");
        ((javafx.scene.layout.HBox) varianceTable.getParent().getChildrenUnmodifiable().get(
                varianceTable.getParent().getChildrenUnmodifiable().indexOf(varianceTable) + 1)).getChildren().add(
                labelled(org.tandem.ui.common.ExplainButton.create("explain-runRate", "the run-rate forecast", () -> chosen.get() == null
                        || step.explanations() == null ? null : step.explanations().runRate(chosen.get())), "Run rate"));

        StepControls.column(actionTable, "What", 220, CorrectiveAction::what);
        StepControls.column(actionTable, "Owner", 80, CorrectiveAction::owner);
        StepControls.column(actionTable, "Due", 90, a -> a.due() == null ? "" : a.due().toString());
        StepControls.column(actionTable, "Objective", 140, a -> step.objectiveName(a.objectiveId()));
        StepControls.column(actionTable, "Outcome", 160, a -> a.open() ? "(open)" : a.outcome());
        actionTable.setItems(step.actions());
        StepControls.follow(actionTable, step, 6, CorrectiveAction::id);
        ControlStepViewModel.ActionForm form = step.action();
        StepControls.master(actionTable, actionEditor, form, form::show, CorrectiveAction::id);
        removeAction.disableProperty().bind(form.editingProperty().not());
        StepControls.field(whatField, form.whatProperty());
        StepControls.field(actionOwner, form.ownerProperty());
        actionDue.valueProperty().bindBidirectional(form.dueProperty());
        actionObjective.setItems(step.objectives());
        actionObjective.setConverter(ChoiceText.of(o -> o.describe(step.locale())));
        StepControls.choice(actionObjective, form.objectiveProperty());
        StepControls.field(outcomeField, form.outcomeProperty());

        StepControls.column(forecastTable, "Month", 90, ControlStepViewModel.ForecastRow::month);
        StepControls.column(forecastTable, "Expected leads", 100, ControlStepViewModel.ForecastRow::leads);
        StepControls.column(forecastTable, "Forecast revenue", 120, ControlStepViewModel.ForecastRow::revenue);
        StepControls.column(forecastTable, "Target", 90, ControlStepViewModel.ForecastRow::target);
        StepControls.column(forecastTable, "Gap", 80, ControlStepViewModel.ForecastRow::gap);
        forecastTable.setItems(step.forecast());
        org.tandem.ui.common.ExplainButton.after(forecastTable.getParent(), "Forecast revenue for the period:", "explain-forecast", "the forecast",
                () -> step.explanations() == null ? null : step.explanations().forecastRevenue());
        step.forecast().addListener((ListChangeListener<ControlStepViewModel.ForecastRow>) c -> drawForecast());
        drawForecast();
    }

    private void drawForecast() {
        forecastChart.getData().clear();
        XYChart.Series<String, Number> forecast = new XYChart.Series<>();
        forecast.setName("Forecast");
        XYChart.Series<String, Number> target = new XYChart.Series<>();
        target.setName("Target");
        for (ControlStepViewModel.ForecastRow row : step.forecast()) {
            forecast.getData().add(new XYChart.Data<>(row.month(), row.revenueValue()));
            target.getData().add(new XYChart.Data<>(row.month(), row.targetValue()));
        }
        forecastChart.getData().add(forecast);
        forecastChart.getData().add(target);
    }

    @FXML
    private void addAction() {
        StepControls.reveal(actionTable, step.addAction(null), CorrectiveAction::id);
        whatField.requestFocus();
    }

    @FXML
    private void removeAction() {
        step.removeAction();
    }

    @FXML
    private void startNextCycle() {
        step.startNextCycle();
    }

    private static javafx.scene.control.Button labelled(javafx.scene.control.Button button, String text) {
        button.setText(text);
        return button;
    }
}
