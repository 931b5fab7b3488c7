package org.tandem.ui.salesplan;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.value.ObservableValue;
import org.tandem.domain.InvalidInput;
import org.tandem.domain.NumberText;
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
    private T shown;
    private boolean loading;
    private boolean holding;
    /** The field typed in last: its typing is one step of the plan's history. */
    private ObservableValue<?> lastField;

    PartForm(SalesPlanViewModel wizard, List<String> fields, Consumer<T> onValid) {
        this.wizard = wizard;
        this.locale = wizard.locale();
        this.onValid = onValid;
        this.errors = new FieldProblems(fields);
    }

    /** Change listeners (not invalidation ones, which fall silent until the value is read). */
    protected final void watch(ObservableValue<?>... fields) {
        for (ObservableValue<?> field : fields) {
            field.addListener((o, was, now) -> {
                lastField = field;
                changed();
            });
        }
    }

    public final void show(T row) {
        if (holding) {
            commit(); // what was typed for the row shown before goes to that row
        }
        wizard.history().seal();
        loading = true;
        try {
            shown = row;
            editing.set(row != null);
            errors.clear();
            if (row != null) {
                fill(row);
            }
        } finally {
            loading = false;
        }
    }

    public final T shown() {
        return shown;
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

    /**
     * A valid text is held until typing pauses (then committed as it stands then); a text that turns
     * invalid drops what was held, so "15" on the way to "15k" is never committed and the figures
     * keep using the last committed value.
     */
    private void changed() {
        if (loading || shown == null) {
            return;
        }
        if (valid() == null) {
            holding = false;
            wizard.release(this);
            return;
        }
        holding = true;
        wizard.hold(this, this::commit);
    }

    /** The fields as a row, or null with every problem shown at its field. */
    private T valid() {
        errors.clear();
        List<InvalidInput> problems = new ArrayList<>();
        T draft = draft(shown, problems);
        errors.showAll(problems);
        return problems.isEmpty() ? draft : null;
    }

    private void commit() {
        holding = false;
        if (shown == null) {
            return;
        }
        T draft = valid();
        if (draft != null && !draft.equals(shown)) {
            shown = draft;
            wizard.history().typingIn(this, lastField);
            onValid.accept(draft);
            wizard.history().typingIn(null, null);
        }
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
