package org.tandem.ui.competitors;

import org.tandem.ui.common.ChartPictures;
import org.tandem.ui.common.Picks;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import org.tandem.exchange.PngFile;
import org.tandem.ui.common.ErrorReporter;
import org.tandem.ui.common.TaskRunner;
import org.tandem.ui.common.UndoOffer;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Function;

/** Binds the positioning map to {@link MapViewModel}; exports it as a PNG for slides. */
public final class MapController {
    private final MapViewModel viewModel;
    private final TaskRunner runner;
    private final ErrorReporter errors;
    private final Function<String, Path> chooseFile;
    private final PositioningMap map = new PositioningMap();

    @FXML private BorderPane mapView;
    @FXML private ComboBox<MapViewModel.Axis> xAxisBox;
    @FXML private ComboBox<MapViewModel.Axis> yAxisBox;
    @FXML private Button exportMapButton;
    @FXML private StackPane mapHolder;
    @FXML private Label mapHint;
    @FXML private HBox mapUndoBar;
    @FXML private Label mapUndoMessage;
    @FXML private javafx.scene.control.CheckBox mapTransparent;
    @FXML private Button mapUndoButton;

    /** @param chooseFile asks where to save (null to cancel); tests pass a fixed path */
    public MapController(MapViewModel viewModel, TaskRunner runner, ErrorReporter errors, Function<String, Path> chooseFile) {
        this.viewModel = viewModel;
        this.runner = runner;
        this.errors = errors;
        this.chooseFile = chooseFile;
    }

    /** The usual Save dialog, owned by the window. */
    public static Function<String, Path> saveDialog(javafx.beans.value.ObservableValue<javafx.stage.Window> owner) {
        return suggested -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export the positioning map");
            chooser.setInitialFileName(suggested);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
            File file = chooser.showSaveDialog(owner.getValue());
            return file == null ? null : file.toPath();
        };
    }

    @FXML
    private void initialize() {
        map.setId("positioningMap");
        map.getStyleClass().add(ChartPictures.SOURCE);
        map.setAccessibleText("Positioning map of the competitors on the two chosen criteria."
                + " The context menu copies or saves it as a picture.");
        ChartPictures.reachable(map);
        mapHolder.getChildren().add(map);
        xAxisBox.setItems(viewModel.axes());
        yAxisBox.setItems(viewModel.axes());
        Picks.bind(xAxisBox, viewModel.xAxisProperty());
        Picks.bind(yAxisBox, viewModel.yAxisProperty());
        viewModel.points().addListener((ListChangeListener<MapViewModel.Point>) c -> redraw());
        viewModel.frameProperty().addListener((o, was, now) -> redraw());
        map.setOnDrop(drop -> viewModel.drop(drop.id(), drop.x(), drop.y()));
        exportMapButton.setOnAction(e -> export());
        UndoOffer.bind(mapUndoBar, mapUndoMessage, mapUndoButton, viewModel.undoableProperty(),
                moved -> "Moved \"" + moved.name() + "\" on the map.", viewModel::undo, viewModel::dismissUndo, Duration.seconds(8));
        redraw();
    }

    private void redraw() {
        MapViewModel.Axis x = viewModel.xAxisProperty().get();
        MapViewModel.Axis y = viewModel.yAxisProperty().get();
        map.show(viewModel.points(), viewModel.frameProperty().get(), x == null ? "" : x.label(), y == null ? "" : y.label());
    }

    /** The picture is taken on the JavaFX thread (at 2x, print colours); the file is written on the store thread. */
    private void export() {
        Path target = chooseFile.apply("positioning-map.png");
        if (target == null) {
            return;
        }
        ChartPictures.Pixels picture = ChartPictures.of(map, mapTransparent.isSelected());
        runner.run(() -> {
            PngFile.write(target, picture.width(), picture.height(), picture.argb());
            return target;
        }, saved -> mapHint.setText("Saved " + saved.getFileName() + " (" + picture.width() + " x " + picture.height()
                + " pixels, for print)."), e -> errors.report("export the map", e));
    }

    PositioningMap map() {
        return map;
    }
}
