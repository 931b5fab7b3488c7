package org.tandem.ui.planfiles;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.tandem.exchange.PlanChanges.SectionChange;

/** A table of changes per section, with a few items by name: the import preview's and the history's. */
public final class ChangesTableController {
    @FXML
    private TableView<SectionChange> table;
    @FXML
    private Label placeholder;
    @FXML
    private TableColumn<SectionChange, String> sectionColumn;
    @FXML
    private TableColumn<SectionChange, Number> addedColumn;
    @FXML
    private TableColumn<SectionChange, Number> changedColumn;
    @FXML
    private TableColumn<SectionChange, Number> removedColumn;
    @FXML
    private TableColumn<SectionChange, String> examplesColumn;

    @FXML
    private void initialize() {
        sectionColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().title()));
        addedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().added()));
        changedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().changed()));
        removedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().removed()));
        examplesColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.join("   ", c.getValue().examples())));
    }

    void show(ObservableList<SectionChange> changes, String whenEmpty) {
        table.setItems(changes);
        placeholder(whenEmpty);
    }

    void placeholder(String whenEmpty) {
        placeholder.setText(whenEmpty);
    }
}
