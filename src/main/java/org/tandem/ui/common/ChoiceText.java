package org.tandem.ui.common;

import javafx.util.StringConverter;

import java.util.function.Function;

/** How a choice box names its items: by a name of their own (a record would show all its fields). */
public final class ChoiceText {
    private ChoiceText() {
    }

    /** @param name the text for an item; an empty choice shows {@code none} */
    public static <T> StringConverter<T> of(Function<T, String> name, String none) {
        return new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? none : name.apply(item);
            }

            @Override
            public T fromString(String text) {
                return null; // choices are picked, never typed
            }
        };
    }

    public static <T> StringConverter<T> of(Function<T, String> name) {
        return of(name, "");
    }
}
