package org.tandem.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/**
 * A problem shown under its field. The label keeps its line while there is no problem, so fields
 * below never move as messages come and go (a user aiming at the next field would mis-click); a
 * message too long for the line is cut with an ellipsis and shown whole in a tooltip. The field
 * itself is outlined in the theme's danger colour (AtlantaFX's {@code :danger} state).
 */
public final class FieldError {
    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    private FieldError() {
    }

    public static void bind(Label label, ObservableStringValue message) {
        label.textProperty().bind(message);
        label.visibleProperty().unbind();
        label.managedProperty().unbind();
        label.setVisible(true); // an empty line while there is no problem: the room stays
        label.setManaged(true);
        label.setWrapText(false);
        label.setMinHeight(Label.USE_PREF_SIZE);
        if (!label.getStyleClass().contains("field-error")) {
            label.getStyleClass().add("field-error");
        }
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(message);
        label.tooltipProperty().bind(Bindings.when(Bindings.isNotEmpty(message)).then(whole).otherwise((Tooltip) null));
    }

    public static void bind(Label label, Node field, ObservableStringValue message) {
        bind(label, message);
        field.pseudoClassStateChanged(DANGER, !message.get().isEmpty());
        message.addListener((o, was, now) -> field.pseudoClassStateChanged(DANGER, now != null && !now.isEmpty()));
    }
}
