package org.tandem.ui.research;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.util.Duration;
import org.tandem.domain.Segment;
import org.tandem.ui.common.CompactAxis;
import org.tandem.ui.common.UndoOffer;

import java.util.function.Function;

/** Binds the segments table, chart and form to {@link SegmentsViewModel}. */
public final class SegmentsController {
    private final SegmentsViewModel viewModel;

    @FXML private BorderPane segmentsView;
    @FXML private Button addSegmentButton;
    @FXML private TableView<Segment> segmentTable;
    @FXML private javafx.scene.control.SplitPane segmentsSplit;
    @FXML private javafx.scene.layout.StackPane segmentPanel;
    @FXML private TableColumn<Segment, String> nameColumn;
    @FXML private TableColumn<Segment, String> buyersColumn;
    @FXML private TableColumn<Segment, String> spendColumn;
    @FXML private TableColumn<Segment, String> valueColumn;
    @FXML private TableColumn<Segment, String> growthColumn;
    @FXML private TableColumn<Segment, String> attractivenessColumn;
    @FXML private TableColumn<Segment, String> targetedColumn;
    @FXML private BarChart<Number, String> valueChart;
    @FXML private NumberAxis valueAxis;
    @FXML private Label noSegment;
    @FXML private ScrollPane segmentForm;
    @FXML private TextField segmentName;
    @FXML private Label segmentNameError;
    @FXML private TextArea segmentDescription;
    @FXML private TextField segmentBuyers;
    @FXML private Label segmentBuyersError;
    @FXML private TextField segmentSpend;
    @FXML private Label segmentSpendError;
    @FXML private TextField segmentGrowth;
    @FXML private Label segmentGrowthError;
    @FXML private Spinner<Integer> segmentAttractiveness;
    @FXML private CheckBox segmentTargeted;
    @FXML private TextArea segmentPositioning;
    @FXML private Label segmentValue;
    @FXML private Label segmentStatus;
    @FXML private Button deleteSegmentButton;
    @FXML private HBox segmentUndoBar;
    @FXML private Label segmentUndoMessage;
    @FXML private Button segmentUndoButton;

    public SegmentsController(SegmentsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        column(nameColumn, Segment::name);
        column(buyersColumn, viewModel::buyersText);
        column(spendColumn, viewModel::spendText);
        column(valueColumn, viewModel::valueText);
        column(growthColumn, viewModel::growthText);
        column(attractivenessColumn, s -> Integer.toString(s.attractiveness()));
        column(targetedColumn, s -> s.targeted() ? "Yes" : "No");
        segmentTable.setItems(viewModel.segments());
        segmentTable.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((o, was, now) -> segmentTable.getSelectionModel().select(now));
        // on a projector the empty form would take a third of the table's width
        org.tandem.ui.common.SidePanelFold.install(segmentsSplit, segmentPanel, viewModel.selectedProperty().isNotNull(), 1000);
        viewModel.bars().addListener((ListChangeListener<SegmentsViewModel.Bar>) change -> drawChart());
        CompactAxis.apply(valueAxis);
        drawChart();
        addSegmentButton.setOnAction(e -> viewModel.add());
        bindForm();
        bindDelete();
    }

    private static void column(TableColumn<Segment, String> column, Function<Segment, String> text) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
    }

    /** One bar per segment; targeted segments in the accent colour, the others grey. */
    private void drawChart() {
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        for (SegmentsViewModel.Bar bar : viewModel.bars()) {
            XYChart.Data<Number, String> data = new XYChart.Data<>(bar.value(), bar.name());
            data.nodeProperty().addListener((o, was, node) -> {
                if (node != null) {
                    // BarChart resets a bar's style classes after creating it; an inline style stays
                    node.setStyle("-fx-bar-fill: " + (bar.targeted() ? "-color-accent-emphasis" : "-color-neutral-emphasis") + ";");
                }
            });
            series.getData().add(data);
        }
        valueChart.getData().setAll(series);
    }

    private void bindForm() {
        segmentForm.visibleProperty().bind(viewModel.editingProperty());
        noSegment.visibleProperty().bind(viewModel.editingProperty().not());
        segmentName.textProperty().bindBidirectional(viewModel.nameProperty());
        segmentDescription.textProperty().bindBidirectional(viewModel.descriptionProperty());
        segmentBuyers.textProperty().bindBidirectional(viewModel.buyersProperty());
        segmentSpend.textProperty().bindBidirectional(viewModel.spendProperty());
        segmentGrowth.textProperty().bindBidirectional(viewModel.growthProperty());
        segmentPositioning.textProperty().bindBidirectional(viewModel.positioningProperty());
        segmentTargeted.selectedProperty().bindBidirectional(viewModel.targetedProperty());
        SpinnerValueFactory.IntegerSpinnerValueFactory scores = new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 5, 3);
        segmentAttractiveness.setValueFactory(scores);
        scores.valueProperty().bindBidirectional(viewModel.attractivenessProperty());
        error(segmentNameError, segmentName, "name");
        error(segmentBuyersError, segmentBuyers, "buyers");
        error(segmentSpendError, segmentSpend, "spendPerBuyer");
        error(segmentGrowthError, segmentGrowth, "growthPercent");
        segmentValue.textProperty().bind(viewModel.valueProperty());
        segmentStatus.textProperty().bind(viewModel.statusProperty());
    }

    private void error(Label label, TextField field, String name) {
        org.tandem.ui.common.FieldError.bind(label, field, viewModel.errorProperty(name));
    }

    /** A segment in use asks first and says where; an unused one goes at once, with Undo. */
    private void bindDelete() {
        deleteSegmentButton.setOnAction(e -> viewModel.usagesOfSelected(usages -> {
            if (usages.isEmpty()) {
                viewModel.deleteSelected();
                return;
            }
            ButtonType delete = new ButtonType("Delete", ButtonBar.ButtonData.OK_DONE);
            Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "This segment is linked to " + String.join(", ", usages)
                    + ". Deleting it removes those links (Undo puts them back).", delete, ButtonType.CANCEL);
            ask.initOwner(segmentsView.getScene().getWindow());
            ask.setHeaderText("Delete a segment that is in use?");
            ask.getDialogPane().setId("confirmSegmentDelete");
            ask.setOnHidden(h -> {
                if (ask.getResult() == delete) {
                    viewModel.deleteSelected();
                }
            });
            ask.show();
        }));
        UndoOffer.bind(segmentUndoBar, segmentUndoMessage, segmentUndoButton, viewModel.undoableDeleteProperty(),
                gone -> "Deleted segment \"" + gone.segment().name() + "\".", viewModel::undoDelete, viewModel::dismissUndo,
                Duration.seconds(8));
    }
}
