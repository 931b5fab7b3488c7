package org.tandem.ui.shell;

import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.tandem.ui.common.Fxml;

import java.util.Locale;

/**
 * The new / edit / duplicate plan dialog. Save stays open while the store answers, and stays open
 * with the message beside the field when a rule is broken.
 */
final class PlanDialog {
    private PlanDialog() {
    }

    static Dialog<Void> open(Window owner, PlanFormViewModel form, PlanSwitcherViewModel switcher, Locale locale,
                             String stylesheet) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(form.purpose().title());
        dialog.setHeaderText(form.purpose().title());
        Fxml.Loaded<PlanFormController> loaded = Fxml.load(PlanDialog.class, "PlanForm.fxml",
                type -> new PlanFormController(form, locale));
        dialog.getDialogPane().setContent(loaded.root());
        dialog.getDialogPane().getStylesheets().add(stylesheet);
        dialog.getDialogPane().setId("planDialog");
        ButtonType save = new ButtonType(form.purpose().action(), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("planFormSave");
        saveButton.disableProperty().bind(form.savingProperty());
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            switcher.submit(form, dialog::close);
        });
        dialog.setResultConverter(button -> null);
        dialog.show();
        Platform.runLater(() -> {
            loaded.controller().nameField().requestFocus();
            loaded.controller().nameField().selectAll();
        });
        return dialog;
    }
}
