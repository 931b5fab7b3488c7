package org.tandem.ui.salesplan;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.tandem.domain.ActivityType;
import org.tandem.domain.Cadence;
import org.tandem.domain.Objective;
import org.tandem.domain.SalesActivity;
import org.tandem.domain.SalesText;
import org.tandem.domain.Segment;
import org.tandem.ui.common.FieldError;

/** Step 2's controls, bound to {@link ActivitiesStepViewModel}. */
public final class ActivitiesStepController {
    private final ActivitiesStepViewModel step;
    private boolean syncing;

    @FXML private TableView<SalesActivity> activityTable;
    @FXML private ComboBox<ActivityType> newTypeChoice;
    @FXML private Button removeActivity;
    @FXML private VBox activityEditor;
    @FXML private ComboBox<ActivityType> typeChoice;
    @FXML private TextField nameField;
    @FXML private CheckComboBox<Objective> objectivesChoice;
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
                activityTable.refresh();
            }
        });
        activityTable.sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                activityTable.refresh();
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
        objectivesChoice.getItems().setAll(step.objectives());
        step.objectives().addListener((ListChangeListener<Objective>) c -> {
            syncing = true;
            objectivesChoice.getItems().setAll(step.objectives());
            syncing = false;
            showLinked(form);
        });
        objectivesChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Objective o) {
                return o == null ? "" : o.describe(step.locale());
            }

            @Override
            public Objective fromString(String s) {
                return null;
            }
        });
        form.linked().addListener((ListChangeListener<Objective>) c -> showLinked(form));
        objectivesChoice.getCheckModel().getCheckedItems().addListener((ListChangeListener<Objective>) c -> {
            if (!syncing) {
                form.linked().setAll(objectivesChoice.getCheckModel().getCheckedItems());
            }
        });
        StepControls.field(volumeField, form.volumeProperty());
        cadenceChoice.setItems(FXCollections.observableArrayList(Cadence.values()));
        StepControls.choice(cadenceChoice, form.cadenceProperty());
        FieldError.bind(volumeError, form.errorProperty("volume"));
        StepControls.field(rateField, form.rateProperty());
        FieldError.bind(rateError, form.errorProperty("rate"));
        StepControls.field(hoursField, form.hoursPerUnitProperty());
        FieldError.bind(hoursError, form.errorProperty("hoursPerUnit"));
        StepControls.field(costField, form.costPerUnitProperty());
        FieldError.bind(costError, form.errorProperty("costPerUnit"));
        StepControls.field(ownerField, form.ownerProperty());
        segmentChoice.setItems(step.segments());
        StepControls.choice(segmentChoice, form.segmentProperty());
        suggestionLabel.textProperty().bind(step.suggestionProperty());
        acceptSuggestion.disableProperty().bind(step.suggestionProperty().isEmpty()
                .or(javafx.beans.binding.Bindings.createBooleanBinding(() -> step.suggestionProperty().get().startsWith("No "),
                        step.suggestionProperty())));
    }

    private void showLinked(ActivitiesStepViewModel.ActivityForm form) {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            objectivesChoice.getCheckModel().clearChecks();
            for (Objective o : form.linked()) {
                for (Objective item : objectivesChoice.getItems()) {
                    if (item.id().equals(o.id())) {
                        objectivesChoice.getCheckModel().check(item);
                    }
                }
            }
        } finally {
            syncing = false;
        }
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
