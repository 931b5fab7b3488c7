package org.tandem.ui.salesplan;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.tandem.domain.ActivityType;
import org.tandem.domain.Cadence;
import org.tandem.domain.Objective;
import org.tandem.domain.SalesActivity;
import org.tandem.domain.SalesText;
import org.tandem.domain.Segment;
import org.tandem.ui.common.FieldError;

import java.util.List;

/** Step 2's controls, bound to {@link ActivitiesStepViewModel}. */
public final class ActivitiesStepController {
    private final ActivitiesStepViewModel step;
    private org.tandem.domain.SalesPlanFigures shownFigures;

    @FXML private TableView<SalesActivity> activityTable;
    @FXML private ComboBox<ActivityType> newTypeChoice;
    @FXML private Button removeActivity;
    @FXML private VBox activityEditor;
    @FXML private ComboBox<ActivityType> typeChoice;
    @FXML private TextField nameField;
    @FXML private MenuButton objectivesChoice;
    @FXML private TextField volumeField;
    @FXML private ComboBox<Cadence> cadenceChoice;
    @FXML private Label volumeError;
    @FXML private TextField rateField;
    @FXML private Label rateError;
    @FXML private TextField hoursField;
    @FXML private Label hoursError;
    @FXML private TextField costField;
    @FXML private Label costError;
    @FXML private TextField ownerField;
    @FXML private ComboBox<Segment> segmentChoice;
    @FXML private Label suggestionLabel;
    @FXML private Button acceptSuggestion;

    public ActivitiesStepController(ActivitiesStepViewModel step) {
        this.step = step;
    }

    @FXML
    private void initialize() {
        StepControls.column(activityTable, "Activity", 170, SalesActivity::title);
        StepControls.column(activityTable, "Volume", 120, a -> SalesText.figure(a.volume(), step.locale()) + " " + a.cadence());
        StepControls.column(activityTable, "Suggested", 150, step::suggestionFor);
        StepControls.column(activityTable, "Hours each", 80, a -> SalesText.figure(a.hoursPerUnit(), step.locale()));
        StepControls.column(activityTable, "Owner", 90, SalesActivity::owner);
        activityTable.setItems(step.activities());
        // the suggested volumes follow the figures while the step shows, and catch up when it comes back
        step.figuresProperty().addListener((o, was, now) -> {
            if (activityTable.getScene() != null) {
                refreshSuggestions();
            }
        });
        activityTable.sceneProperty().addListener((o, was, now) -> {
            if (now != null && step.figuresProperty().get() != shownFigures) {
                refreshSuggestions();
            }
        });
        ActivitiesStepViewModel.ActivityForm form = step.activity();
        StepControls.master(activityTable, activityEditor, form, step::select, SalesActivity::id);
        removeActivity.disableProperty().bind(form.editingProperty().not());
        newTypeChoice.setItems(FXCollections.observableArrayList(ActivityType.values()));
        newTypeChoice.setValue(ActivityType.PROSPECTING);

        typeChoice.setItems(FXCollections.observableArrayList(ActivityType.values()));
        StepControls.choice(typeChoice, form.typeProperty());
        StepControls.field(nameField, form.nameProperty());
        // the check list is built when it opens: a list of every objective kept up to date costs more than it shows
        objectivesChoice.setOnShowing(e -> objectiveItems(form));
        form.linked().addListener((ListChangeListener<Objective>) c -> objectivesChoice.setText(linkedText(form)));
        objectivesChoice.setText(linkedText(form));
        StepControls.field(volumeField, form.volumeProperty());
        cadenceChoice.setItems(FXCollections.observableArrayList(Cadence.values()));
        StepControls.choice(cadenceChoice, form.cadenceProperty());
        FieldError.bind(volumeError, form.errorProperty("volume"));
        StepControls.field(rateField, form.rateProperty(), rateError, form.errorProperty("rate"));
        StepControls.field(hoursField, form.hoursPerUnitProperty(), hoursError, form.errorProperty("hoursPerUnit"));
        StepControls.field(costField, form.costPerUnitProperty(), costError, form.errorProperty("costPerUnit"));
        StepControls.field(ownerField, form.ownerProperty());
        StepControls.segments(segmentChoice, step.segments(), form.segmentProperty());
        suggestionLabel.textProperty().bind(step.suggestionProperty());
        org.tandem.ui.common.ExplainButton.beside(suggestionLabel, "explain-suggestedVolume", "the suggested volume", () -> {
            SalesActivity selected = activityTable.getSelectionModel().getSelectedItem();
            return selected == null || step.explanations() == null ? null : step.explanations().suggestedVolume(selected);
        });
        acceptSuggestion.disableProperty().bind(step.suggestionReadyProperty().not());
    }

    /** Rebuilds the table's cells (a costly call): only when the figures differ from those shown. */
    private void refreshSuggestions() {
        shownFigures = step.figuresProperty().get();
        activityTable.refresh();
    }

    private void objectiveItems(ActivitiesStepViewModel.ActivityForm form) {
        objectivesChoice.getItems().clear();
        for (Objective o : step.objectives()) {
            CheckMenuItem item = new CheckMenuItem(o.describe(step.locale()));
            item.setSelected(form.linked().stream().anyMatch(l -> l.id().equals(o.id())));
            item.selectedProperty().addListener((x, was, now) -> {
                if (now) {
                    form.linked().add(o);
                } else {
                    form.linked().removeIf(l -> l.id().equals(o.id()));
                }
            });
            objectivesChoice.getItems().add(item);
        }
        if (step.objectives().isEmpty()) {
            MenuItem none = new MenuItem("No objectives yet (step 1)");
            none.setDisable(true);
            objectivesChoice.getItems().add(none);
        }
    }

    private String linkedText(ActivitiesStepViewModel.ActivityForm form) {
        List<Objective> linked = form.linked();
        return linked.isEmpty() ? "None" : linked.size() == 1 ? linked.get(0).describe(step.locale()) : linked.size() + " objectives";
    }

    @FXML
    private void addActivity() {
        StepControls.reveal(activityTable, step.add(newTypeChoice.getValue()), SalesActivity::id);
        volumeField.requestFocus();
    }

    @FXML
    private void removeActivity() {
        step.removeSelected();
    }

    @FXML
    private void acceptSuggestion() {
        step.acceptSuggestion();
    }
}
