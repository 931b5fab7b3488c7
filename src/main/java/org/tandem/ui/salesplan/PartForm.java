package org.tandem.ui.salesplan;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.value.ObservableValue;
import org.tandem.domain.InvalidInput;
import org.tandem.domain.NumberText;
import org.tandem.ui.common.Debouncer;
import org.tandem.ui.common.EditorForm;
import org.tandem.ui.common.FieldProblems;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The fields of one row being edited (an objective, a person...): shown from the row, turned back
 * into a row on every change, and handed on only when valid; each problem sits at its field and
 * nothing invalid leaves the form.
 */
abstract class PartForm<T> {
    protected final Locale locale;
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(this, "editing");
    private final FieldProblems errors;
    private final Consumer<T> onValid;
    private final SalesPlanViewModel wizard;
    /** The row as last committed: a draft equal to it writes nothing. */
    private T committed;
    /**
     * The wizard's pause: a valid draft is held there, with every other form's, until typing pauses
     * (or the field is left), then committed as it stands; a text that turns invalid drops it.
     */
    private final Debouncer held = new Debouncer() {
        private Runnable waiting;

        @Override
        public void call(Runnable action) {
            waiting = action;
            wizard.hold(PartForm.this, this::flush);
        }

        @Override
        public void flush() {
            Runnable action = waiting;
            waiting = null;
            if (action != null) {
                action.run();
            }
        }

        @Override
        public void cancel() {
            waiting = null;
            wizard.release(PartForm.this);
        }
    };
    /** The form's rules (EditorForm); its history steps are the wizard's rows, recorded by the wizard. */
    private final EditorForm<T> form = EditorForm.recordingItsOwnSteps(held, shown -> valid(), this::commit);

    PartForm(SalesPlanViewModel wizard, List<String> fields, Consumer<T> onValid) {
        this.wizard = wizard;
        this.locale = wizard.locale();
        this.onValid = onValid;
        this.errors = new FieldProblems(fields);
    }

    /** Change listeners (not invalidation ones, which fall silent until the value is read). */
    protected final void watch(ObservableValue<?>... fields) {
        form.watch(fields);
    }

    public final void show(T row) {
        form.show(row, () -> {
            committed = row;
            editing.set(row != null);
            errors.clear();
            if (row != null) {
                fill(row);
            }
        });
        wizard.history().seal();
    }

    public final T shown() {
        return form.stored();
    }

    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty(String field) {
        return errors.property(field);
    }

    protected abstract void fill(T row);

    /** The fields as a row based on {@code base}; problems go into {@code problems}. */
    protected abstract T draft(T base, List<InvalidInput> problems);

    /** The fields as a row, or null with every problem shown at its field. */
    private T valid() {
        errors.clear();
        List<InvalidInput> problems = new ArrayList<>();
        T draft = draft(form.stored(), problems);
        errors.showAll(problems);
        return problems.isEmpty() ? draft : null;
    }

    private void commit(T draft, Object field) {
        if (draft.equals(committed)) {
            return;
        }
        committed = draft;
        wizard.history().typingIn(this, field);
        onValid.accept(draft);
        wizard.history().typingIn(null, null);
    }

    /** A number, or null when the field is left empty. */
    protected final Double optional(String text, String field, String what, List<InvalidInput> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return NumberText.parse(text, locale, field, what).doubleValue();
        } catch (InvalidInput bad) {
            problems.add(bad);
            return null;
        }
    }

    /** A number that may not be negative; empty counts as 0. */
    protected final double amount(String text, String field, String what, List<InvalidInput> problems) {
        Double value = optional(text, field, what, problems);
        if (value != null && value < 0) {
            problems.add(new InvalidInput(field, capitalised(what) + " cannot be negative."));
        }
        return value == null ? 0 : value;
    }

    /** A percentage typed 0 to 100, as a share 0 to 1; null when empty. */
    protected final Double percent(String text, String field, String what, List<InvalidInput> problems) {
        Double value = optional(text, field, what, problems);
        if (value != null && (value < 0 || value > 100)) {
            problems.add(new InvalidInput(field, capitalised(what) + " is a percentage from 0 to 100."));
            return null;
        }
        return value == null ? null : value / 100;
    }

    protected final String number(Double value) {
        if (value == null) {
            return "";
        }
        // every decimal kept: a field shown rounded would save the rounded figure on the next edit
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(6);
        return format.format(value);
    }

    protected final String percentText(Double share) {
        return share == null ? "" : number(share * 100);
    }

    private static String capitalised(String what) {
        return what.substring(0, 1).toUpperCase(Locale.ROOT) + what.substring(1);
    }
}
