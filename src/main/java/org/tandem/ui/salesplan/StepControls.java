package org.tandem.ui.salesplan;

import org.tandem.ui.common.Picks;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.Region;
import org.tandem.domain.Segment;
import org.tandem.ui.common.ChoiceText;
import org.tandem.ui.common.FieldError;

import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/** What every step's controller does with its controls: text columns, fields bound both ways, row selection. */
final class StepControls {
    private StepControls() {
    }

    static <T> TableColumn<T, String> column(TableView<T> table, String title, double width, Function<T, String> text) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(text.apply(c.getValue())));
        column.setPrefWidth(width);
        table.getColumns().add(column);
        return column;
    }

    static void field(TextInputControl field, StringProperty property) {
        field.textProperty().bindBidirectional(property);
    }

    /** A field of a form with its problem shown under it. */
    static void field(TextInputControl field, StringProperty property, Label error, ObservableStringValue problem) {
        field(field, property);
        FieldError.bind(error, field, problem);
    }

    /** The plan's segments to choose from, by name. */
    static void segments(ComboBox<Segment> box, ObservableList<Segment> segments, ObjectProperty<Segment> property) {
        box.setItems(segments);
        box.setConverter(ChoiceText.of(Segment::name));
        choice(box, property);
    }

    /**
     * Marks each row with a pseudo-class named by {@code state} ("over", "at-risk"; empty for none),
     * so the stylesheet colours it.
     */
    static <T> void rowState(TableView<T> table, Function<T, String> state) {
        table.setRowFactory(t -> new TableRow<>() {
            private PseudoClass shown;

            @Override
            protected void updateItem(T row, boolean empty) {
                super.updateItem(row, empty);
                String now = empty || row == null ? "" : state.apply(row);
                if (shown != null) {
                    pseudoClassStateChanged(shown, false);
                }
                shown = now.isEmpty() ? null : PseudoClass.getPseudoClass(now);
                if (shown != null) {
                    pseudoClassStateChanged(shown, true);
                }
            }
        });
    }

    static <T> void choice(ComboBox<T> box, ObjectProperty<T> property) {
        Picks.bind(box, property);
    }

    /** The form beside a table edits its selected row, and is greyed out while none is. */
    static <T> void master(TableView<T> table, Region form, PartForm<T> editor, Consumer<T> select, Function<T, UUID> idOf) {
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && (editor.shown() == null || !idOf.apply(now).equals(idOf.apply(editor.shown())))) {
                select.accept(now);
            }
        });
        editor.editingProperty().addListener((o, was, now) -> {
            if (!now) {
                table.getSelectionModel().clearSelection();
            }
        });
        form.disableProperty().bind(editor.editingProperty().not());
    }

    /** Selects the row the form shows (after Add). */
    static <T> void reveal(TableView<T> table, T row, Function<T, UUID> idOf) {
        if (row == null) {
            return;
        }
        for (T item : table.getItems()) {
            if (idOf.apply(item).equals(idOf.apply(row))) {
                table.getSelectionModel().select(item);
                table.scrollTo(item);
                return;
            }
        }
    }

    /**
     * Selects the row a dashboard figure came from: when it is asked for, and when the rows arrive after it (the step
     * reads its plan after the click).
     */
    static <T> void follow(TableView<T> table, StepViewModel step, int number, Function<T, UUID> idOf) {
        javafx.beans.value.ObservableValue<SalesPlanViewModel.Reveal> revealed = step.revealedProperty();
        Runnable select = () -> {
            SalesPlanViewModel.Reveal asked = revealed.getValue();
            if (asked == null || asked.step() != number) {
                return;
            }
            UUID wanted = asked.item();
            for (T item : table.getItems()) {
                if (wanted.equals(idOf.apply(item))) {
                    table.getSelectionModel().select(item);
                    table.scrollTo(item);
                    step.revealDone(); // once shown, later edits and reloads leave the selection to the user
                    return;
                }
            }
        };
        revealed.addListener((o, was, now) -> select.run());
        table.itemsProperty().addListener((o, was, now) -> select.run());
        table.getItems().addListener((javafx.collections.ListChangeListener<T>) c -> select.run());
        select.run();
    }
}
