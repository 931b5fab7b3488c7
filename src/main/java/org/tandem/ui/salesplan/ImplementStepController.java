package org.tandem.ui.salesplan;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.GridPane;
import org.tandem.domain.Milestone;
import org.tandem.domain.SalesActivity;
import org.tandem.domain.SalesText;

/** Step 4's controls, bound to {@link ImplementStepViewModel}. */
public final class ImplementStepController {
    private final ImplementStepViewModel step;

    @FXML private Button scheduleButton;
    @FXML private Label statusLabel;
    @FXML private TableView<SalesActivity> activityTable;
    @FXML private TableView<Milestone> milestoneTable;
    @FXML private Button removeMilestone;
    @FXML private GridPane milestoneEditor;
    @FXML private TextField milestoneName;
    @FXML private DatePicker duePicker;
    @FXML private CheckBox doneBox;

    public ImplementStepController(ImplementStepViewModel step) {
        this.step = step;
    }

    @FXML
    private void initialize() {
        statusLabel.textProperty().bind(step.statusProperty());
        scheduleButton.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(step.activities()));
        StepControls.column(activityTable, "Activity", 200, SalesActivity::title);
        StepControls.column(activityTable, "Volume", 140, a -> SalesText.figure(a.volume(), step.locale()) + " " + a.cadence());
        StepControls.column(activityTable, "Owner", 100, SalesActivity::owner);
        StepControls.column(activityTable, "On the calendar", 120, a -> step.isScheduled(a) ? "Yes" : "Not yet");
        activityTable.setItems(step.activities());
        step.statusProperty().addListener((o, was, now) -> activityTable.refresh());

        TableColumn<Milestone, Boolean> done = new TableColumn<>("Done");
        done.setCellValueFactory(c -> {
            SimpleBooleanProperty ticked = new SimpleBooleanProperty(c.getValue().done());
            ticked.addListener((o, was, now) -> step.setDone(c.getValue(), now));
            return ticked;
        });
        done.setCellFactory(CheckBoxTableCell.forTableColumn(done));
        done.setEditable(true);
        done.setPrefWidth(60);
        milestoneTable.getColumns().add(done);
        StepControls.column(milestoneTable, "Milestone", 240, Milestone::name);
        StepControls.column(milestoneTable, "Due", 110, m -> m.due() == null ? "" : m.due().toString());
        milestoneTable.setItems(step.milestones());
        StepControls.follow(milestoneTable, step, 4, org.tandem.domain.Milestone::id);
        ImplementStepViewModel.MilestoneForm form = step.milestone();
        StepControls.master(milestoneTable, milestoneEditor, form, form::show, Milestone::id);
        removeMilestone.disableProperty().bind(form.editingProperty().not());
        StepControls.field(milestoneName, form.nameProperty());
        duePicker.valueProperty().bindBidirectional(form.dueProperty());
        doneBox.selectedProperty().bindBidirectional(form.doneProperty());
    }

    @FXML
    private void schedule() {
        step.schedule();
    }

    @FXML
    private void addMilestone() {
        StepControls.reveal(milestoneTable, step.addMilestone(), Milestone::id);
        milestoneName.requestFocus();
    }

    @FXML
    private void removeMilestone() {
        step.removeMilestone();
    }
}
