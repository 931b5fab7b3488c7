package org.tandem.ui.shell;

import org.tandem.ui.common.Picks;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

import org.tandem.ui.common.ChoiceText;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

/** Binds the plan form's fields and their inline messages to a {@link PlanFormViewModel}. */
public final class PlanFormController {
    private final PlanFormViewModel viewModel;
    private final Locale locale;
    @FXML
    private TextField nameField;
    @FXML
    private Label nameError;
    @FXML
    private TextArea descriptionArea;
    @FXML
    private TextField currencyField;
    @FXML
    private Label currencyError;
    @FXML
    private ComboBox<Month> firstMonthBox;

    public PlanFormController(PlanFormViewModel viewModel, Locale locale) {
        this.viewModel = viewModel;
        this.locale = locale;
    }

    @FXML
    private void initialize() {
        nameField.textProperty().bindBidirectional(viewModel.nameProperty());
        descriptionArea.textProperty().bindBidirectional(viewModel.descriptionProperty());
        currencyField.textProperty().bindBidirectional(viewModel.currencyProperty());
        firstMonthBox.getItems().setAll(Month.values());
        firstMonthBox.setConverter(ChoiceText.of(month -> month.getDisplayName(TextStyle.FULL, locale)));
        Picks.bind(firstMonthBox, viewModel.firstMonthProperty());
        showError(nameError, nameField);
        showError(currencyError, currencyField);
        org.tandem.ui.common.FieldError.bind(nameError, viewModel.nameErrorProperty());
        org.tandem.ui.common.FieldError.bind(currencyError, viewModel.currencyErrorProperty());
    }

    TextField nameField() {
        return nameField;
    }

    /**
     * An error line keeps its room even when empty, so a message appearing never resizes the
     * dialog (which would push its buttons out of the window); the field turns red meanwhile.
     */
    private static void showError(Label error, TextField field) {
        error.setMinHeight(javafx.scene.control.Control.USE_PREF_SIZE);
        error.textProperty().addListener((o, was, now) -> field.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("danger"), !now.isEmpty()));
    }
}
