package org.tandem.ui.common;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.css.PseudoClass;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import org.controlsfx.control.PopOver;
import javafx.util.StringConverter;
import org.tandem.domain.DateText;
import org.tandem.domain.InvalidInput;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Every date field of the app: shows dates as {@link DateText} does, reads ISO or the locale's short
 * form, and refuses anything else at the field (outlined, with the message and an example in a
 * pop-over pointing at it) while keeping the date it had. The stock converter threw on such text and printed a
 * stack trace; this one never throws.
 */
public final class DateFields {
    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");
    private static final String PROBLEM = DateFields.class.getName() + ".problem";

    private DateFields() {
    }

    public static void install(DatePicker picker, Locale locale) {
        if (picker.getProperties().containsKey(PROBLEM)) {
            return;
        }
        ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
        picker.getProperties().put(PROBLEM, problem);
        // ControlsFX's pop-over points at the field it speaks of (a tooltip placed by hand did not)
        Label text = new Label();
        text.textProperty().bind(problem);
        text.setWrapText(true);
        text.setMaxWidth(320);
        text.getStyleClass().add("field-error");
        text.setPadding(new javafx.geometry.Insets(8, 10, 8, 10));
        PopOver message = new PopOver(text);
        message.setArrowLocation(PopOver.ArrowLocation.TOP_LEFT);
        message.setDetachable(false);
        message.setAutoHide(true);
        message.getStyleClass().add("date-problem");
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return DateText.show(date);
            }

            @Override
            public LocalDate fromString(String text) {
                try {
                    LocalDate date = DateText.parse(text, locale, "date");
                    problem.set("");
                    return date;
                } catch (InvalidInput bad) {
                    problem.set(bad.getMessage());
                    return picker.getValue(); // the field keeps its date; the message says what was typed
                }
            }
        });
        picker.setPromptText(DateText.show(LocalDate.of(2026, 11, 23)));
        picker.valueProperty().addListener((o, was, now) -> problem.set(""));
        problem.addListener((o, was, now) -> {
            boolean bad = !now.isEmpty();
            picker.pseudoClassStateChanged(DANGER, bad);
            picker.getEditor().pseudoClassStateChanged(DANGER, bad);
            if (bad && picker.getScene() != null && picker.getScene().getWindow() != null && picker.getScene().getWindow().isShowing()) {
                message.show(picker);
            } else {
                message.hide();
            }
        });
        // typing again takes the message away until the next commit (the skin's own text resets do not)
        picker.getEditor().addEventHandler(javafx.scene.input.KeyEvent.KEY_TYPED, e -> problem.set(""));
        picker.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                message.hide();
            }
        });
    }

    /** The message of a date field installed here ("" when its text is a date), for tests and labels. */
    public static ObservableStringValue problemOf(DatePicker picker) {
        Object problem = picker.getProperties().get(PROBLEM);
        return problem instanceof ReadOnlyStringWrapper wrapper ? wrapper.getReadOnlyProperty() : new ReadOnlyStringWrapper("");
    }
}
