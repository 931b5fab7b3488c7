package org.tandem.ui.salesplan;

import javafx.beans.property.Property;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.util.StringConverter;
import org.tandem.domain.ActualsCsv;

import java.nio.charset.Charset;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

/** The CSV preview's choices (encoding, separator, header, columns, date order, decimal mark) bound to the import. */
final class CsvMappingControls {
    private CsvMappingControls() {
    }

    static void bind(ActualsImportViewModel csv, ChoiceBox<Charset> encoding, ChoiceBox<Character> separator, CheckBox header,
                     ChoiceBox<Integer> date, ChoiceBox<Integer> measure, ChoiceBox<Integer> value,
                     ChoiceBox<ActualsCsv.DateOrder> dates, ChoiceBox<ActualsCsv.DecimalMark> decimals) {
        choice(encoding, ActualsImportViewModel.ENCODINGS, csv.encodingProperty(), Charset::displayName);
        choice(separator, List.of(',', ';', '\t'), csv.separatorProperty(), c -> switch (c) {
            case ',' -> "comma";
            case ';' -> "semicolon";
            default -> "tab";
        });
        header.selectedProperty().bindBidirectional(csv.headerProperty());
        choice(dates, List.of(ActualsCsv.DateOrder.values()), csv.dateOrderProperty(), ActualsCsv.DateOrder::label);
        choice(decimals, List.of(ActualsCsv.DecimalMark.values()), csv.decimalMarkProperty(), ActualsCsv.DecimalMark::label);
        for (var pair : List.of(java.util.Map.entry(date, csv.dateColumnProperty()), java.util.Map.entry(measure, csv.measureColumnProperty()),
                java.util.Map.entry(value, csv.valueColumnProperty()))) {
            ChoiceBox<Integer> box = pair.getKey();
            box.setConverter(converter(i -> i < csv.columns().size() ? csv.columns().get(i) : "Column " + (i + 1)));
            Runnable items = () -> {
                // new names for the same numbers: the box shows its value's text again
                box.setValue(null);
                box.getItems().setAll(IntStream.range(0, csv.columns().size()).boxed().toList());
                box.setValue(pair.getValue().get());
            };
            csv.columns().addListener((ListChangeListener<String>) c -> items.run());
            items.run();
            pair.getValue().addListener((o, was, now) -> box.setValue(now.intValue()));
            box.valueProperty().addListener((o, was, now) -> {
                if (now != null && now != pair.getValue().get()) {
                    pair.getValue().set(now);
                }
            });
        }
    }

    private static <T> void choice(ChoiceBox<T> box, List<T> values, Property<T> property, Function<T, String> label) {
        box.setItems(FXCollections.observableArrayList(values));
        box.setConverter(converter(label));
        box.setValue(property.getValue());
        property.addListener((o, was, now) -> {
            if (now != null && !box.getItems().contains(now)) {
                box.getItems().add(now);
            }
            box.setValue(now);
        });
        box.valueProperty().addListener((o, was, now) -> {
            if (now != null && !now.equals(property.getValue())) {
                property.setValue(now);
            }
        });
    }

    private static <T> StringConverter<T> converter(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
