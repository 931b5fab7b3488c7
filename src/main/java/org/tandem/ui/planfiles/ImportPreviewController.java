package org.tandem.ui.planfiles;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.VBox;
import org.tandem.service.ImportPreview.Mode;
import org.tandem.ui.planfiles.ImportPreviewViewModel.ConflictChoice;

/** The import preview's content: binds the view model to the mode choice and the two tables. */
public final class ImportPreviewController {
    private final ImportPreviewViewModel viewModel;

    @FXML
    private VBox modeBox;
    @FXML
    private Label explanation;
    @FXML
    private Label summary;
    @FXML
    private ChangesTableController changesTableController;
    @FXML
    private VBox conflictPane;
    @FXML
    private TableView<ConflictChoice> conflictsTable;
    @FXML
    private TableColumn<ConflictChoice, Boolean> useTheirsColumn;
    @FXML
    private TableColumn<ConflictChoice, String> whereColumn;
    @FXML
    private TableColumn<ConflictChoice, String> fieldColumn;
    @FXML
    private TableColumn<ConflictChoice, String> mineColumn;
    @FXML
    private TableColumn<ConflictChoice, String> theirsColumn;

    public ImportPreviewController(ImportPreviewViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        ToggleGroup modes = new ToggleGroup();
        for (Mode mode : viewModel.modes()) {
            RadioButton choice = new RadioButton(ImportPreviewViewModel.describe(mode));
            choice.setId("mode" + mode.name());
            choice.setUserData(mode);
            choice.setToggleGroup(modes);
            choice.setSelected(mode == viewModel.modeProperty().get());
            modeBox.getChildren().add(choice);
        }
        modes.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                viewModel.modeProperty().set((Mode) now.getUserData());
            }
        });
        boolean choice = viewModel.modes().size() > 1;
        modeBox.setVisible(choice);
        modeBox.setManaged(choice);
        explanation.textProperty().bind(viewModel.explanationProperty());
        summary.textProperty().bind(viewModel.summaryProperty());
        changesTableController.show(viewModel.changes(), "Nothing would change.");

        conflictsTable.setItems(viewModel.conflicts());
        useTheirsColumn.setCellValueFactory(c -> c.getValue().theirs());
        useTheirsColumn.setCellFactory(CheckBoxTableCell.forTableColumn(useTheirsColumn));
        whereColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().conflict().label() + " ("
                + c.getValue().conflict().section() + ")"));
        fieldColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().conflict().field().isEmpty()
                ? "(the item)" : c.getValue().conflict().field()));
        mineColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().conflict().mine()));
        theirsColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().conflict().theirs()));
        var none = javafx.beans.binding.Bindings.isEmpty(viewModel.conflicts());
        conflictPane.visibleProperty().bind(none.not());
        conflictPane.managedProperty().bind(none.not());
    }
}
