package org.tandem.ui.dashboard;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.tandem.domain.SectionCounts;

import java.util.LinkedHashMap;
import java.util.Map;

/** Binds the dashboard's labels and count cards to its view model. */
public final class DashboardController {
    private final DashboardViewModel viewModel;
    @FXML
    private Label planName;
    @FXML
    private Label planDescription;
    @FXML
    private Label currencyLabel;
    @FXML
    private Label planningYearLabel;
    @FXML
    private FlowPane countCards;

    public DashboardController(DashboardViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        planName.textProperty().bind(viewModel.nameProperty());
        planDescription.textProperty().bind(viewModel.descriptionProperty());
        currencyLabel.textProperty().bind(viewModel.currencyProperty());
        planningYearLabel.textProperty().bind(viewModel.planningYearProperty());
        showCounts(viewModel.countsProperty().get());
        viewModel.countsProperty().addListener((o, was, now) -> showCounts(now));
    }

    private void showCounts(SectionCounts counts) {
        Map<String, Integer> shown = new LinkedHashMap<>();
        shown.put("Research notes", counts.notes());
        shown.put("Segments", counts.segments());
        shown.put("Competitors", counts.competitors());
        shown.put("Campaigns", counts.campaigns());
        shown.put("Sales plans", counts.salesPlans());
        countCards.getChildren().clear();
        shown.forEach((caption, value) -> {
            Label number = new Label(Integer.toString(value));
            number.getStyleClass().add("count-number");
            number.setId("count-" + caption.toLowerCase().replace(' ', '-'));
            VBox card = new VBox(2, number, new Label(caption));
            card.getStyleClass().add("count-card");
            countCards.getChildren().add(card);
        });
    }
}
