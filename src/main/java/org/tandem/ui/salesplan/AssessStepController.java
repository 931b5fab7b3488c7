package org.tandem.ui.salesplan;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.tandem.domain.ActualsCsv;
import org.tandem.domain.ActualsGrid;
import org.tandem.domain.Measure;
import org.tandem.domain.Objective;
import org.tandem.domain.SalesActual;
import org.tandem.domain.SalesActuals;
import org.tandem.domain.SalesText;
import org.tandem.ui.common.ChoiceText;
import org.tandem.ui.common.FieldError;

import java.io.File;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** Step 5's controls, bound to {@link AssessStepViewModel}. */
public final class AssessStepController {
    /** Where the CSV comes from: a file dialog in the app, a fixed file in tests. */
    public interface CsvFiles {
        Optional<Path> openCsv(Window owner);
    }

    public static CsvFiles systemFiles() {
        return owner -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Import actuals");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files (date,measure,value)", "*.csv", "*.txt"));
            File file = chooser.showOpenDialog(owner);
            return Optional.ofNullable(file).map(File::toPath);
        };
    }

    private final AssessStepViewModel step;
    private final CsvFiles files;
    /** The figures the charts were drawn from: every change of actuals, objectives or activities makes new ones. */
    private org.tandem.domain.SalesPlanFigures drawnFor;

    @FXML private DatePicker dayPicker;
    @FXML private Label dayError;
    @FXML private ComboBox<Measure> measureChoice;
    @FXML private TextField valueField;
    @FXML private Label valueError;
    @FXML private VBox previewBox;
    @FXML private Label previewLabel;
    @FXML private TableView<ActualsCsv.Row> previewTable;
    @FXML private javafx.scene.control.ChoiceBox<java.nio.charset.Charset> csvEncoding;
    @FXML private javafx.scene.control.ChoiceBox<Character> csvSeparator;
    @FXML private javafx.scene.control.CheckBox csvHeader;
    @FXML private javafx.scene.control.ChoiceBox<Integer> csvDateColumn;
    @FXML private javafx.scene.control.ChoiceBox<Integer> csvMeasureColumn;
    @FXML private javafx.scene.control.ChoiceBox<Integer> csvValueColumn;
    @FXML private javafx.scene.control.ChoiceBox<ActualsCsv.DateOrder> csvDateOrder;
    @FXML private javafx.scene.control.ChoiceBox<ActualsCsv.DecimalMark> csvDecimalMark;
    @FXML private Button importGood;
    @FXML private ComboBox<ActualsGrid.Bucket> bucketChoice;
    @FXML private Label gridError;
    @FXML private TableView<AssessStepViewModel.GridRow> gridTable;
    @FXML private ComboBox<Objective> chartObjective;
    @FXML private LineChart<Number, Number> objectiveChart;
    @FXML private BarChart<String, Number> volumeChart;

    public AssessStepController(AssessStepViewModel step, CsvFiles files) {
        this.step = step;
        this.files = files;
    }

    @FXML
    private void initialize() {
        dayPicker.valueProperty().bindBidirectional(step.dayProperty());
        FieldError.bind(dayError, step.dayErrorProperty());
        measureChoice.setItems(FXCollections.observableArrayList(step.measures()));
        StepControls.choice(measureChoice, step.measureProperty());
        StepControls.field(valueField, step.valueProperty(), valueError, step.valueErrorProperty());

        ActualsImportViewModel csv = step.csv();
        previewBox.visibleProperty().bind(csv.previewingProperty());
        previewBox.managedProperty().bind(previewBox.visibleProperty());
        previewLabel.textProperty().bind(csv.previewTextProperty());
        CsvMappingControls.bind(csv, csvEncoding, csvSeparator, csvHeader, csvDateColumn, csvMeasureColumn, csvValueColumn,
                csvDateOrder, csvDecimalMark);
        StepControls.column(previewTable, "Line", 50, r -> Long.toString(r.line()));
        StepControls.column(previewTable, "Day", 100, r -> r.ok() ? r.day().toString() : "");
        StepControls.column(previewTable, "Measure", 160, r -> r.ok() ? r.measure().label() : "");
        StepControls.column(previewTable, "Value", 90, r -> r.ok() ? SalesText.figure(r.value(), step.locale()) : "");
        StepControls.column(previewTable, "Problem", 300, ActualsCsv.Row::problem);
        previewTable.setItems(csv.preview());
        importGood.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> csv.preview().stream().noneMatch(ActualsCsv.Row::ok), csv.preview()));

        bucketChoice.setItems(FXCollections.observableArrayList(ActualsGrid.Bucket.values()));
        StepControls.choice(bucketChoice, step.bucketProperty());
        FieldError.bind(gridError, step.gridErrorProperty());
        gridTable.setItems(step.grid());
        step.gridMeasures().addListener((ListChangeListener<Measure>) c -> gridColumns());
        gridColumns();

        chartObjective.setItems(step.objectives());
        chartObjective.setConverter(ChoiceText.of(o -> o.describe(step.locale())));
        StepControls.choice(chartObjective, step.chartedObjectiveProperty());
        if (!step.objectives().isEmpty() && step.chartedObjectiveProperty().get() == null) {
            step.chartedObjectiveProperty().set(step.objectives().get(0));
        }
        step.chartedObjectiveProperty().addListener((o, was, now) -> drawCharts());
        step.actuals().addListener((ListChangeListener<SalesActual>) c -> drawCharts());
        step.objectives().addListener((ListChangeListener<Objective>) c -> {
            if (step.chartedObjectiveProperty().get() == null && !step.objectives().isEmpty()) {
                step.chartedObjectiveProperty().set(step.objectives().get(0));
            }
        });
        // activities change on other steps: the volumes chart is redrawn whenever this step comes into view, and
        // when the figures arrive after it did (the app reopening on this step drew nothing before)
        gridTable.sceneProperty().addListener((o, was, now) -> {
            if (now != null && step.figuresProperty().get() != drawnFor) {
                drawCharts();
            }
        });
        step.figuresProperty().addListener((o, was, now) -> {
            if (now != drawnFor) {
                drawCharts();
            }
        });
    }

    private void drawCharts() {
        if (gridTable.getScene() == null) {
            return; // drawn when the step comes into view
        }
        drawnFor = step.figuresProperty().get();
        objectiveChart.getData().clear();
        var start = step.periodStart();
        for (AssessStepViewModel.Series s : step.objectiveChart()) {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(s.name());
            for (SalesActuals.Point p : s.points()) {
                series.getData().add(new XYChart.Data<>(ChronoUnit.DAYS.between(start, p.day()) + 1, p.value()));
            }
            objectiveChart.getData().add(series);
        }
        volumeChart.getData().clear();
        XYChart.Series<String, Number> planned = new XYChart.Series<>();
        planned.setName("Planned so far");
        XYChart.Series<String, Number> done = new XYChart.Series<>();
        done.setName("Done");
        for (AssessStepViewModel.Volume v : step.volumes()) {
            planned.getData().add(new XYChart.Data<>(v.activity(), v.planned()));
            done.getData().add(new XYChart.Data<>(v.activity(), v.done()));
        }
        volumeChart.getData().add(planned);
        volumeChart.getData().add(done);
    }

    @FXML
    private void addActual() {
        step.add();
    }

    /** A column per measure in use; a cell typed over replaces that week's or month's figure. */
    private void gridColumns() {
        gridTable.getColumns().clear();
        TableColumn<AssessStepViewModel.GridRow, String> when = StepControls.column(gridTable, "", 170, AssessStepViewModel.GridRow::label);
        when.setEditable(false);
        for (Measure m : step.gridMeasures()) {
            TableColumn<AssessStepViewModel.GridRow, String> column = StepControls.column(gridTable, m.label(),
                    Math.max(90, 8 * m.label().length() + 24), r -> r.cell(m.code()));
            column.setId("grid-" + m.code());
            column.setCellFactory(TextFieldTableCell.forTableColumn());
            column.setOnEditCommit(e -> step.setCell(e.getRowValue(), m, e.getNewValue()));
            column.setSortable(false);
        }
        when.setSortable(false);
    }

    @FXML
    private void importCsv() {
        files.openCsv(gridTable.getScene().getWindow()).ifPresent(step.csv()::preview);
    }

    @FXML
    private void importGood() {
        step.csv().importGood();
    }

    @FXML
    private void cancelPreview() {
        step.csv().cancelPreview();
    }
}
