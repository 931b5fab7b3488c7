package org.tandem.ui.research;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.AreaChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import org.tandem.domain.MarketSizing;
import org.tandem.ui.common.CompactAxis;

import java.util.function.ToDoubleFunction;

/** Binds the market sizing form and its projection charts to {@link SizingViewModel}. */
public final class SizingController {
    private final SizingViewModel viewModel;

    @FXML private RadioButton topDownChoice;
    @FXML private RadioButton bottomUpChoice;
    @FXML private TextField tamField;
    @FXML private TextField samField;
    @FXML private TextField somField;
    @FXML private TextField shareField;
    @FXML private Label tamError;
    @FXML private Label samError;
    @FXML private Label somError;
    @FXML private Label shareError;
    @FXML private Label figuresLabel;
    @FXML private TextField growthField;
    @FXML private Label growthError;
    @FXML private DatePicker firstDatePicker;
    @FXML private TextField firstValueField;
    @FXML private Label firstValueError;
    @FXML private DatePicker secondDatePicker;
    @FXML private TextField secondValueField;
    @FXML private Label secondValueError;
    @FXML private Label dateError;
    @FXML private Label growthLabel;
    @FXML private Label sizingStatus;
    @FXML private AreaChart<String, Number> tamChart;
    @FXML private AreaChart<String, Number> samChart;
    @FXML private AreaChart<String, Number> somChart;
    @FXML private NumberAxis tamAxis;
    @FXML private NumberAxis samAxis;
    @FXML private NumberAxis somAxis;

    public SizingController(SizingViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        ToggleGroup methods = new ToggleGroup();
        topDownChoice.setToggleGroup(methods);
        bottomUpChoice.setToggleGroup(methods);
        topDownChoice.setUserData(MarketSizing.Method.TOP_DOWN);
        bottomUpChoice.setUserData(MarketSizing.Method.BOTTOM_UP);
        methods.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                viewModel.methodProperty().set((MarketSizing.Method) now.getUserData());
            }
        });
        viewModel.methodProperty().addListener((o, was, now) -> choose(now));
        choose(viewModel.methodProperty().get());
        var bottomUp = viewModel.methodProperty().isEqualTo(MarketSizing.Method.BOTTOM_UP);
        for (TextField figure : new TextField[]{tamField, samField, somField}) {
            figure.disableProperty().bind(bottomUp);
        }
        shareField.disableProperty().bind(bottomUp.not());
        field(tamField, tamError, viewModel.tamProperty(), "tam");
        field(samField, samError, viewModel.samProperty(), "sam");
        field(somField, somError, viewModel.somProperty(), "som");
        field(shareField, shareError, viewModel.shareProperty(), "share");
        field(growthField, growthError, viewModel.growthProperty(), "growthPercent");
        field(firstValueField, firstValueError, viewModel.firstValueProperty(), "firstValue");
        field(secondValueField, secondValueError, viewModel.secondValueProperty(), "secondValue");
        org.tandem.ui.common.FieldError.bind(dateError, viewModel.errorProperty("date"));
        firstDatePicker.valueProperty().bindBidirectional(viewModel.firstDateProperty());
        secondDatePicker.valueProperty().bindBidirectional(viewModel.secondDateProperty());
        figuresLabel.textProperty().bind(viewModel.figuresProperty());
        growthLabel.textProperty().bind(viewModel.growthInForceProperty());
        sizingStatus.textProperty().bind(viewModel.statusProperty());
        for (NumberAxis axis : new NumberAxis[]{tamAxis, samAxis, somAxis}) {
            CompactAxis.apply(axis);
        }
        viewModel.projection().addListener((ListChangeListener<SizingViewModel.Projected>) change -> draw());
        draw();
    }

    private void choose(MarketSizing.Method method) {
        (method == MarketSizing.Method.BOTTOM_UP ? bottomUpChoice : topDownChoice).setSelected(true);
    }

    private void field(TextField field, Label error, javafx.beans.property.StringProperty value, String name) {
        field.textProperty().bindBidirectional(value);
        org.tandem.ui.common.FieldError.bind(error, field, viewModel.errorProperty(name));
    }

    private void draw() {
        series(tamChart, SizingViewModel.Projected::tam);
        series(samChart, SizingViewModel.Projected::sam);
        series(somChart, SizingViewModel.Projected::som);
    }

    private void series(AreaChart<String, Number> chart, ToDoubleFunction<SizingViewModel.Projected> figure) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (SizingViewModel.Projected year : viewModel.projection()) {
            series.getData().add(new XYChart.Data<>(Integer.toString(year.year()), figure.applyAsDouble(year)));
        }
        chart.getData().setAll(series);
    }
}
