package org.tandem.ui.salesplan;

import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.tandem.domain.Figure;
import org.tandem.domain.Objective;
import org.tandem.domain.Priority;
import org.tandem.domain.SalesMetric;
import org.tandem.domain.SalesPeriod;
import org.tandem.domain.SalesText;
import org.tandem.domain.Segment;
import org.tandem.ui.common.ChoiceText;
import org.tandem.ui.common.FieldError;


/** Step 1's controls, bound to {@link ObjectivesStepViewModel}. */
public final class ObjectivesStepController {
    private final ObjectivesStepViewModel step;

    @FXML private TextField nameField;
    @FXML private Label nameError;
    @FXML private DatePicker startPicker;
    @FXML private DatePicker endPicker;
    @FXML private ComboBox<SalesPeriod> quarterChoice;
    @FXML private Label endError;
    @FXML private TableView<Objective> objectiveTable;
    @FXML private Button removeObjective;
    @FXML private VBox objectiveEditor;
    @FXML private ComboBox<SalesMetric> metricChoice;
    @FXML private TextField targetField;
    @FXML private Label targetError;
    @FXML private TextField baselineField;
    @FXML private Label baselineError;
    @FXML private TextField ownerField;
    @FXML private ComboBox<Segment> segmentChoice;
    @FXML private ComboBox<Priority> priorityChoice;
    @FXML private Label smartLabel;
    @FXML private TextField dealSizeField;
    @FXML private Label dealSizeError;
    @FXML private TextField conversionField;
    @FXML private Label conversionError;
    @FXML private Label revenueTargetLabel;
    @FXML private Label dealsNeededLabel;
    @FXML private Label leadsNeededLabel;
    @FXML private Label leadsPerMonthLabel;
    @FXML private Label campaignLeadsLabel;
    @FXML private Label leadGapLabel;
    @FXML private TextArea segmentsArea;
    @FXML private TextArea pricingArea;
    @FXML private TextArea retentionArea;

    public ObjectivesStepController(ObjectivesStepViewModel step) {
        this.step = step;
    }

    @FXML
    private void initialize() {
        ObjectivesStepViewModel.PeriodForm period = step.period();
        StepControls.field(nameField, period.nameProperty(), nameError, period.errorProperty("name"));
        startPicker.valueProperty().bindBidirectional(period.startProperty());
        endPicker.valueProperty().bindBidirectional(period.endProperty());
        FieldError.bind(endError, period.errorProperty("end"));
        quarterChoice.setItems(FXCollections.observableArrayList(period.quarters()));
        quarterChoice.setOnAction(e -> {
            SalesPeriod chosen = quarterChoice.getValue();
            if (chosen != null) {
                period.useQuarter(chosen.start().getYear(), (chosen.start().getMonthValue() + 2) / 3);
            }
        });
        quarterChoice.setConverter(ChoiceText.of(SalesPeriod::label));

        StepControls.column(objectiveTable, "Metric", 170, o -> o.metric().label());
        StepControls.column(objectiveTable, "Target", 90, o -> o.target() == null ? Figure.DASH : SalesText.figure(o.target(), step.locale()));
        StepControls.column(objectiveTable, "Baseline", 90, o -> o.baseline() == null ? Figure.DASH
                : SalesText.figure(o.baseline(), step.locale()));
        StepControls.column(objectiveTable, "Owner", 90, Objective::owner);
        StepControls.column(objectiveTable, "Priority", 80, o -> o.priority().toString());
        StepControls.column(objectiveTable, "SMART", 160, step::smartSummary);
        objectiveTable.setItems(step.objectives());
        StepControls.follow(objectiveTable, step, 1, org.tandem.domain.Objective::id);
        StepControls.master(objectiveTable, objectiveEditor, step.objective(), step::select, Objective::id);
        removeObjective.disableProperty().bind(step.objective().editingProperty().not());

        ObjectivesStepViewModel.ObjectiveForm form = step.objective();
        metricChoice.setItems(FXCollections.observableArrayList(SalesMetric.values()));
        StepControls.choice(metricChoice, form.metricProperty());
        StepControls.field(targetField, form.targetProperty(), targetError, form.errorProperty("target"));
        StepControls.field(baselineField, form.baselineProperty(), baselineError, form.errorProperty("baseline"));
        StepControls.field(ownerField, form.ownerProperty());
        StepControls.segments(segmentChoice, step.segments(), form.segmentProperty());
        priorityChoice.setItems(FXCollections.observableArrayList(Priority.values()));
        StepControls.choice(priorityChoice, form.priorityProperty());
        smartLabel.textProperty().bind(step.smartProperty());

        StepControls.field(dealSizeField, period.averageDealSizeProperty(), dealSizeError, period.errorProperty("averageDealSize"));
        StepControls.field(conversionField, period.conversionRateProperty(), conversionError, period.errorProperty("conversionRate"));
        revenueTargetLabel.textProperty().bind(step.revenueTargetProperty());
        dealsNeededLabel.textProperty().bind(step.dealsNeededProperty());
        leadsNeededLabel.textProperty().bind(step.leadsNeededProperty());
        explain(revenueTargetLabel, "revenueTarget", "the revenue target", org.tandem.domain.SalesExplanations::revenueTarget);
        explain(dealsNeededLabel, "dealsNeeded", "the deals needed", org.tandem.domain.SalesExplanations::dealsNeeded);
        explain(leadsNeededLabel, "leadsNeeded", "the leads needed", org.tandem.domain.SalesExplanations::leadsNeeded);
        explain(campaignLeadsLabel, "campaignLeads", "the leads from campaigns", org.tandem.domain.SalesExplanations::campaignLeads);
        explain(leadGapLabel, "leadGap", "the lead gap", org.tandem.domain.SalesExplanations::leadGap);
        leadsPerMonthLabel.textProperty().bind(step.leadsPerMonthProperty());
        campaignLeadsLabel.textProperty().bind(step.campaignLeadsProperty());
        leadGapLabel.textProperty().bind(step.leadGapProperty());
        StepControls.field(segmentsArea, period.segmentsTargetedProperty());
        StepControls.field(pricingArea, period.pricingProperty());
        StepControls.field(retentionArea, period.retentionProperty());
    }

    @FXML
    private void addObjective() {
        StepControls.reveal(objectiveTable, step.add(), Objective::id);
        targetField.requestFocus();
    }

    @FXML
    private void removeObjective() {
        step.removeSelected();
    }

    @FXML
    private void openCalendar() {
        step.openCalendar();
    }

    private void explain(Label label, String id, String what,
                         java.util.function.Function<org.tandem.domain.SalesExplanations, org.tandem.domain.Explanation> which) {
        org.tandem.ui.common.ExplainButton.beside(label, "explain-" + id, what,
                () -> step.explanations() == null ? null : which.apply(step.explanations()));
    }
}
