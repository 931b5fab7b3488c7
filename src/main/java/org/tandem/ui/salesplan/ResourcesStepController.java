package org.tandem.ui.salesplan;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.tandem.ui.common.ExplainButton;
import org.tandem.domain.Capacity;
import org.tandem.domain.SalesPerson;
import org.tandem.domain.SalesText;
import org.tandem.domain.SalesTool;

/** Step 3's controls, bound to {@link ResourcesStepViewModel}. */
public final class ResourcesStepController {
    private final ResourcesStepViewModel step;

    @FXML private TableView<SalesPerson> personTable;
    @FXML private Button removePerson;
    @FXML private GridPane personEditor;
    @FXML private TextField personName;
    @FXML private ComboBox<Capacity.Role> roleChoice;
    @FXML private TextField hoursField;
    @FXML private Label hoursError;
    @FXML private TableView<ResourcesStepViewModel.LoadRow> loadTable;
    @FXML private VBox warningBox;
    @FXML private TextField salesBudgetField;
    @FXML private Label salesBudgetError;
    @FXML private TextField marketingBudgetField;
    @FXML private Label marketingBudgetError;
    @FXML private TableView<SalesTool> toolTable;
    @FXML private Button removeTool;
    @FXML private GridPane toolEditor;
    @FXML private TextField toolName;
    @FXML private TextField toolCost;
    @FXML private Label toolCostError;
    @FXML private Label moneyLabel;

    public ResourcesStepController(ResourcesStepViewModel step) {
        this.step = step;
    }

    @FXML
    private void initialize() {
        StepControls.column(personTable, "Name", 160, SalesPerson::name);
        StepControls.column(personTable, "Role", 100, p -> RoleText.of(p.role()));
        StepControls.column(personTable, "Hours a week", 100, p -> SalesText.figure(p.hoursPerWeek(), step.locale()));
        personTable.setItems(step.people());
        StepControls.follow(personTable, step, 3, SalesPerson::id);
        ResourcesStepViewModel.PersonForm person = step.person();
        StepControls.master(personTable, personEditor, person, person::show, SalesPerson::id);
        removePerson.disableProperty().bind(person.editingProperty().not());
        StepControls.field(personName, person.nameProperty());
        roleChoice.setItems(FXCollections.observableArrayList(Capacity.Role.values()));
        roleChoice.setConverter(RoleText.converter());
        StepControls.choice(roleChoice, person.roleProperty());
        StepControls.field(hoursField, person.hoursProperty(), hoursError, person.errorProperty("hours"));

        StepControls.column(loadTable, "Who", 160, ResourcesStepViewModel.LoadRow::who);
        StepControls.column(loadTable, "Hours needed a week", 140, ResourcesStepViewModel.LoadRow::needed);
        StepControls.column(loadTable, "Available", 100, ResourcesStepViewModel.LoadRow::available);
        StepControls.column(loadTable, "Used", 100, ResourcesStepViewModel.LoadRow::used);
        loadTable.setItems(step.loads());
        StepControls.rowState(loadTable, row -> row.over() ? "over" : "");
        step.warnings().addListener((ListChangeListener<String>) c -> showWarnings());
        showWarnings();

        ResourcesStepViewModel.BudgetForm budget = step.budget();
        StepControls.field(salesBudgetField, budget.salesBudgetProperty(), salesBudgetError, budget.errorProperty("salesBudget"));
        StepControls.field(marketingBudgetField, budget.marketingBudgetProperty(), marketingBudgetError, budget.errorProperty("marketingBudget"));

        StepControls.column(toolTable, "Tool or material", 200, SalesTool::name);
        StepControls.column(toolTable, "Cost", 100, t -> SalesText.figure(t.cost(), step.locale()));
        toolTable.setItems(step.tools());
        ResourcesStepViewModel.ToolForm tool = step.tool();
        StepControls.master(toolTable, toolEditor, tool, tool::show, SalesTool::id);
        removeTool.disableProperty().bind(tool.editingProperty().not());
        StepControls.field(toolName, tool.nameProperty());
        StepControls.field(toolCost, tool.costProperty(), toolCostError, tool.errorProperty("cost"));
        moneyLabel.textProperty().bind(step.moneyProperty());
        ExplainButton.beside(moneyLabel, "explain-moneyLeft", "the money left", () -> step.explanations() == null ? null
                : step.explanations().moneyLeft());
        ExplainButton.after(moneyLabel.getParent(), "Money needed: activities, tools and campaigns", "explain-moneyNeeded",
                "the money needed", () -> step.explanations() == null ? null : step.explanations().moneyNeeded());
        ExplainButton.after(loadTable, "Hours of the selected row (or the first)", "explain-load", "the hours",
                () -> step.explainLoad(loadTable.getSelectionModel().getSelectedItem()));
    }

    private void showWarnings() {
        warningBox.getChildren().clear();
        for (String warning : step.warnings()) {
            Label label = new Label(warning, new FontIcon("mdi2a-alert-outline"));
            label.setWrapText(true);
            label.getStyleClass().add("warning-text");
            warningBox.getChildren().add(label);
        }
    }

    @FXML
    private void addPerson() {
        StepControls.reveal(personTable, step.addPerson(), SalesPerson::id);
        personName.requestFocus();
    }

    @FXML
    private void removePerson() {
        step.removePerson();
    }

    @FXML
    private void addTool() {
        StepControls.reveal(toolTable, step.addTool(), SalesTool::id);
        toolName.requestFocus();
    }

    @FXML
    private void removeTool() {
        step.removeTool();
    }
}
