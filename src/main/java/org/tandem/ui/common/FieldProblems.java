package org.tandem.ui.common;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.tandem.domain.InvalidInput;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The message at each field of a form. Every field is judged on each change, so all problems show
 * at once (the first one per field); a problem of a field without a message place goes to the
 * form's first field.
 */
public final class FieldProblems {
    private final Map<String, ReadOnlyStringWrapper> messages = new LinkedHashMap<>();

    public FieldProblems(List<String> fields) {
        fields.forEach(f -> messages.put(f, new ReadOnlyStringWrapper(this, f + "Error", "")));
    }

    public ReadOnlyStringProperty property(String field) {
        ReadOnlyStringWrapper message = messages.get(field);
        if (message == null) {
            throw new IllegalArgumentException("No field " + field);
        }
        return message.getReadOnlyProperty();
    }

    public void clear() {
        messages.values().forEach(m -> m.set(""));
    }

    public void show(InvalidInput problem) {
        ReadOnlyStringWrapper message = messages.getOrDefault(problem.field(), messages.values().iterator().next());
        if (message.get().isEmpty()) {
            message.set(problem.getMessage());
        }
    }

    public void showAll(Collection<InvalidInput> problems) {
        problems.forEach(this::show);
    }

    public boolean any() {
        return messages.values().stream().anyMatch(m -> !m.get().isEmpty());
    }

    /** Reads one field; a bad value's message goes to its field and the answer is null. */
    public <T> T read(Supplier<T> reading) {
        try {
            return reading.get();
        } catch (InvalidInput bad) {
            show(bad);
            return null;
        }
    }
}
