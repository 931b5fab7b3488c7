package org.tandem.ui.shell;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.tandem.domain.CurrencyCode;
import org.tandem.domain.InvalidInput;
import org.tandem.domain.PlanDetails;
import org.tandem.domain.PlanName;

import java.time.Month;
import java.util.function.Predicate;

/**
 * The fields of the new / rename / duplicate plan dialog, checked as the user types. A message
 * appears beside a field once it has been edited, or on an attempt to save.
 */
public final class PlanFormViewModel {
    public enum Purpose {
        CREATE("New plan", "Create"), EDIT("Plan details", "Save"), DUPLICATE("Duplicate plan", "Duplicate");

        private final String title;
        private final String action;

        Purpose(String title, String action) {
            this.title = title;
            this.action = action;
        }

        public String title() {
            return title;
        }

        public String action() {
            return action;
        }
    }

    private final Purpose purpose;
    private final Predicate<String> nameTaken;
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final StringProperty currency = new SimpleStringProperty(this, "currency", "");
    private final ObjectProperty<Month> firstMonth = new SimpleObjectProperty<>(this, "firstMonth", Month.JANUARY);
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper(this, "nameError", "");
    private final ReadOnlyStringWrapper currencyError = new ReadOnlyStringWrapper(this, "currencyError", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", false);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving", false);
    private boolean nameTouched;
    private boolean currencyTouched;

    /** @param nameTaken whether another plan already uses a name (the plan being edited excluded) */
    public PlanFormViewModel(Purpose purpose, PlanDetails start, Predicate<String> nameTaken) {
        this.purpose = purpose;
        this.nameTaken = nameTaken;
        name.set(start.name());
        description.set(start.description());
        currency.set(start.currency());
        firstMonth.set(start.firstMonth());
        name.addListener((o, was, now) -> {
            nameTouched = true;
            check();
        });
        currency.addListener((o, was, now) -> {
            currencyTouched = true;
            check();
        });
        check();
    }

    public Purpose purpose() {
        return purpose;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty currencyProperty() {
        return currency;
    }

    public ObjectProperty<Month> firstMonthProperty() {
        return firstMonth;
    }

    public ReadOnlyStringProperty nameErrorProperty() {
        return nameError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty currencyErrorProperty() {
        return currencyError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    void setSaving(boolean value) {
        saving.set(value);
    }

    public PlanDetails details() {
        return new PlanDetails(name.get(), description.get(), currency.get(), firstMonth.get());
    }

    /** Shows every message, touched or not; true when the form can be saved. */
    public boolean checkAll() {
        nameTouched = true;
        currencyTouched = true;
        return check();
    }

    /** A rule the store enforced that the form could not see (another window took the name, say). */
    public void showProblem(InvalidInput problem) {
        if (CurrencyCode.FIELD.equals(problem.field())) {
            currencyError.set(problem.getMessage());
        } else {
            nameError.set(problem.getMessage());
        }
        valid.set(false);
    }

    private boolean check() {
        String nameProblem = PlanName.problem(name.get())
                .orElse(nameTaken.test(PlanName.normalise(name.get())) ? PlanName.takenMessage(name.get()) : "");
        String currencyProblem = CurrencyCode.problem(currency.get()).orElse("");
        nameError.set(nameTouched ? nameProblem : "");
        currencyError.set(currencyTouched ? currencyProblem : "");
        valid.set(nameProblem.isEmpty() && currencyProblem.isEmpty());
        return valid.get();
    }
}
