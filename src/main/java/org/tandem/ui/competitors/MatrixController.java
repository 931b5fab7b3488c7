package org.tandem.ui.competitors;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.util.converter.DefaultStringConverter;
import org.tandem.domain.Comparison;

/** Binds the comparison grid and the criteria list to {@link MatrixViewModel}. */
public final class MatrixController {
    private final MatrixViewModel viewModel;

    @FXML private TableView<MatrixViewModel.Row> matrixTable;
    @FXML private Label matrixMessage;
    @FXML private Button rowUp;
    @FXML private Button rowDown;
    @FXML private TableView<Comparison.Criterion> criteriaTable;
    @FXML private TableColumn<Comparison.Criterion, String> criterionNameColumn;
    @FXML private TableColumn<Comparison.Criterion, String> criterionWeightColumn;
    @FXML private Button criterionUp;
    @FXML private Button criterionDown;
    @FXML private Button criterionRemove;
    @FXML private TextField criterionAdd;
    @FXML private Label weightsNote;

    public MatrixController(MatrixViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        matrixTable.setItems(viewModel.rows());
        matrixTable.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(MatrixViewModel.Row row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("own"), !empty && row != null && row.competitor().own());
            }
        });
        viewModel.criteria().addListener((ListChangeListener<Comparison.Criterion>) c -> buildColumns());
        buildColumns();
        matrixMessage.textProperty().bind(viewModel.messageProperty());
        matrixMessage.visibleProperty().bind(matrixMessage.textProperty().isNotEmpty());
        matrixMessage.managedProperty().bind(matrixMessage.visibleProperty());
        bindCriteria();
        var movable = javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            MatrixViewModel.Row row = matrixTable.getSelectionModel().getSelectedItem();
            return row != null && !row.competitor().own();
        }, matrixTable.getSelectionModel().selectedItemProperty());
        rowUp.disableProperty().bind(movable.not());
        rowDown.disableProperty().bind(movable.not());
        rowUp.setOnAction(e -> moveRow(-1));
        rowDown.setOnAction(e -> moveRow(1));
    }

    private void moveRow(int by) {
        MatrixViewModel.Row row = matrixTable.getSelectionModel().getSelectedItem();
        int at = matrixTable.getSelectionModel().getSelectedIndex() + by;
        viewModel.moveRow(row, by);
        matrixTable.getSelectionModel().select(Math.max(0, Math.min(at, matrixTable.getItems().size() - 1)));
    }

    /** A column per criterion, then the weighted total and the rank. */
    private void buildColumns() {
        TableColumn<MatrixViewModel.Row, String> name = new TableColumn<>("Profile");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().competitor().name()));
        name.setPrefWidth(165 * org.tandem.ui.common.EmSizes.scale(matrixTable.getScene()));
        name.setEditable(false);
        matrixTable.getColumns().setAll(name);
        for (Comparison.Criterion criterion : viewModel.criteria()) {
            TableColumn<MatrixViewModel.Row, String> column = new TableColumn<>();
            Label header = new Label(criterion.name());
            header.setWrapText(true);
            header.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
            header.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            column.setGraphic(header);
            column.setId("score-" + criterion.id());
            column.setPrefWidth(92);
            column.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                    c.getValue().scores().containsKey(criterion.id()) ? c.getValue().scores().get(criterion.id()).toString() : ""));
            column.setCellFactory(col -> new ScoreCell());
            column.setOnEditCommit(e -> {
                if (!viewModel.setScore(e.getRowValue().competitor().id(), criterion.id(), e.getNewValue())) {
                    matrixTable.refresh();
                }
            });
            matrixTable.getColumns().add(column);
        }
        TableColumn<MatrixViewModel.Row, String> total = new TableColumn<>("Total");
        total.setCellValueFactory(c -> new ReadOnlyStringWrapper(viewModel.totalText(c.getValue())));
        total.getStyleClass().add("number-column");
        total.setEditable(false);
        total.setPrefWidth(60);
        TableColumn<MatrixViewModel.Row, String> rank = new TableColumn<>("Rank");
        rank.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().rank() == 0 ? "–" : Integer.toString(c.getValue().rank())));
        rank.getStyleClass().add("number-column");
        rank.setEditable(false);
        rank.setId("rankColumn");
        rank.setPrefWidth(62);
        matrixTable.getColumns().addAll(total, rank);
    }

    private void bindCriteria() {
        criteriaTable.setItems(viewModel.criteria());
        criterionNameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        criterionNameColumn.setCellFactory(TextFieldTableCell.forTableColumn());
        criterionNameColumn.setOnEditCommit(e -> viewModel.renameCriterion(e.getRowValue(), e.getNewValue()));
        criterionWeightColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(viewModel.weightText(c.getValue())));
        criterionWeightColumn.setCellFactory(TextFieldTableCell.forTableColumn());
        criterionWeightColumn.setOnEditCommit(e -> {
            if (!viewModel.setWeight(e.getRowValue(), e.getNewValue())) {
                criteriaTable.refresh();
            }
        });
        var none = criteriaTable.getSelectionModel().selectedItemProperty().isNull();
        criterionUp.disableProperty().bind(none);
        criterionDown.disableProperty().bind(none);
        criterionRemove.disableProperty().bind(none);
        criterionUp.setOnAction(e -> move(-1));
        criterionDown.setOnAction(e -> move(1));
        criterionRemove.setOnAction(e -> viewModel.removeCriterion(criteriaTable.getSelectionModel().getSelectedItem()));
        criterionAdd.setOnAction(e -> {
            viewModel.addCriterion(criterionAdd.getText());
            criterionAdd.clear();
        });
        weightsNote.textProperty().bind(viewModel.weightsNoteProperty());
    }

    private void move(int by) {
        Comparison.Criterion chosen = criteriaTable.getSelectionModel().getSelectedItem();
        viewModel.moveCriterion(chosen, by);
        criteriaTable.getSelectionModel().select(chosen);
    }

    /** An editable score, coloured from red (1) to green (5). */
    private static final class ScoreCell extends TextFieldTableCell<MatrixViewModel.Row, String> {
        ScoreCell() {
            super(new DefaultStringConverter());
            getStyleClass().add("score-cell");
        }

        @Override
        public void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeIf(c -> c.startsWith("score-") && !c.equals("score-cell"));
            if (!empty && item != null && !item.isEmpty()) {
                getStyleClass().add("score-" + item);
            }
        }
    }
}
