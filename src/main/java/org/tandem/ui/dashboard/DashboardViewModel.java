package org.tandem.ui.dashboard;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.tandem.domain.Plan;
import org.tandem.domain.SectionCounts;
import org.tandem.ui.common.ErrorReporter;
import org.tandem.ui.common.TaskRunner;
import org.tandem.service.PlanService;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Currency;
import java.util.Locale;

/** The open plan at a glance: its own fields and how much each section holds. */
public final class DashboardViewModel {
    private final PlanService service;
    private final TaskRunner runner;
    private final ErrorReporter errors;
    private final Locale locale;
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name", "");
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper(this, "description", "");
    private final ReadOnlyStringWrapper currency = new ReadOnlyStringWrapper(this, "currency", "");
    private final ReadOnlyStringWrapper planningYear = new ReadOnlyStringWrapper(this, "planningYear", "");
    private final ReadOnlyObjectWrapper<SectionCounts> counts = new ReadOnlyObjectWrapper<>(this, "counts", SectionCounts.NONE);
    private Plan shown;

    public DashboardViewModel(PlanService service, TaskRunner runner, ErrorReporter errors, Locale locale) {
        this.service = service;
        this.runner = runner;
        this.errors = errors;
        this.locale = locale;
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty descriptionProperty() {
        return description.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty currencyProperty() {
        return currency.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty planningYearProperty() {
        return planningYear.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SectionCounts> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public void show(Plan plan) {
        shown = plan;
        if (plan == null) {
            name.set("");
            description.set("");
            currency.set("");
            planningYear.set("");
            counts.set(SectionCounts.NONE);
            return;
        }
        name.set(plan.name());
        description.set(plan.description().isBlank() ? "No description yet: use Plan actions > Rename / edit to add one."
                : plan.description());
        currency.set(currencyText(plan.currency()));
        planningYear.set(planningYearText(plan.firstMonth()));
        runner.run(() -> service.counts(plan.id()), loaded -> {
            if (plan.equals(shown)) {
                counts.set(loaded);
            }
        }, e -> errors.report("count what the plan holds", e));
    }

    String currencyText(String code) {
        try {
            return code + " (" + Currency.getInstance(code).getDisplayName(locale) + ")";
        } catch (IllegalArgumentException unknown) {
            return code;
        }
    }

    String planningYearText(Month first) {
        Month last = first.minus(1);
        return "Planning year " + first.getDisplayName(TextStyle.FULL, locale) + " to " + last.getDisplayName(TextStyle.FULL, locale);
    }
}
