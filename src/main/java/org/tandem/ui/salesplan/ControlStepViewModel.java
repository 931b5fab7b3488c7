package org.tandem.ui.salesplan;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.tandem.domain.CorrectiveAction;
import org.tandem.domain.Figure;
import org.tandem.domain.InvalidInput;
import org.tandem.domain.Measure;
import org.tandem.domain.Objective;
import org.tandem.domain.SalesForecast;
import org.tandem.domain.SalesPlan;
import org.tandem.domain.SalesPlanFigures;
import org.tandem.domain.SalesText;
import org.tandem.domain.Variance;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Step 6: variance and status per objective, run-rate forecast, corrective actions, the sales forecast, the next cycle. */
public final class ControlStepViewModel extends StepViewModel {
    /** One line of the variance table, as shown. */
    public record VarianceRow(Objective objective, String name, String target, String proRata, String actual, String absolute,
                              String percent, String status, String forecast, String asOf, String state) {
    }

    /** One month of the sales forecast, as shown, with the numbers for the chart. */
    public record ForecastRow(String month, String leads, String revenue, String target, String gap, double revenueValue,
                              double targetValue) {
    }

    private final ThresholdForm thresholds;
    private final ActionForm action;
    private final ObservableList<VarianceRow> variance = FXCollections.observableArrayList();
    private final ObservableList<ForecastRow> forecast = FXCollections.observableArrayList();

    public ControlStepViewModel(SalesPlanViewModel wizard) {
        super(wizard);
        this.action = new ActionForm();
        this.thresholds = new ThresholdForm(wizard);
        wizard.figuresProperty().addListener((o, was, now) -> changed());
        wizard.parts.actions.addListener((ListChangeListener<CorrectiveAction>) c -> {
            if (action.shown() != null && wizard.parts.actions.stream().noneMatch(x -> x.id().equals(action.shown().id()))) {
                action.show(null);
            }
        });
        refresh(wizard.figures());
    }

    @Override
    protected void refreshStep() {
        refresh(wizard.figures());
    }


    private void refresh(SalesPlanFigures f) {
        if (f == null) {
            variance.clear();
            forecast.clear();
            return;
        }
        Locale locale = wizard.locale();
        List<VarianceRow> rows = new ArrayList<>();
        for (Objective o : f.objectives()) {
            SalesPlanFigures.ObjectiveStanding s = f.standing(o);
            rows.add(new VarianceRow(o, o.describe(locale), o.target() == null ? Figure.DASH : SalesText.figure(o.target(), locale),
                    SalesText.figure(s.proRataTarget(), locale), SalesText.explained(s.actual(), locale),
                    s.absolute().text(v -> (v > 0 ? "+" : "") + SalesText.figure(v, locale)),
                    s.percent().text(v -> (v > 0 ? "+" : "") + SalesText.percent(v, locale)),
                    s.status().map(Object::toString).orElse(Figure.DASH), SalesText.figure(s.forecast(), locale),
                    s.asOf() == null ? "" : s.asOf().toString(),
                    s.status().map(st -> st.name().toLowerCase(Locale.ROOT).replace('_', '-')).orElse("")));
        }
        variance.setAll(rows);
        List<ForecastRow> months = new ArrayList<>();
        for (SalesForecast.Month m : f.forecast()) {
            String name = m.month().getMonth().getDisplayName(TextStyle.SHORT, locale) + " " + m.month().getYear();
            months.add(new ForecastRow(name, SalesText.figure(Math.round(m.leads()), locale), SalesText.explained(m.revenue(), locale),
                    SalesText.figure(m.target(), locale), SalesText.figure(m.gap(), locale),
                    m.revenue().known() ? m.revenue().value() : 0, m.target()));
        }
        forecast.setAll(months);
    }

    public CorrectiveAction addAction(Objective about) {
        SalesPlan p = wizard.current();
        if (p == null) {
            return null;
        }
        CorrectiveAction fresh = new CorrectiveAction(UUID.randomUUID(), p.id(), "", about == null ? "" : about.owner(),
                null, about == null ? null : about.id(), "");
        wizard.put(wizard.parts.actions, wizard.service().actions(), fresh, CorrectiveAction::id);
        action.show(fresh);
        return fresh;
    }

    public void removeAction() {
        if (action.shown() != null) {
            wizard.remove(wizard.parts.actions, wizard.service().actions(), action.shown(), CorrectiveAction::id);
            action.show(null);
        }
    }

    /**
     * Creates the next period's sales plan: objectives carried over with this period's actuals as
     * their baselines (the target stays, to be raised or lowered there), open corrective actions
     * moved along, the strategy, funnel, budgets and thresholds kept. Opens it on step 1.
     */
    public void startNextCycle() {
        SalesPlan p = wizard.current();
        SalesPlanFigures f = wizard.figures();
        if (p == null || f == null) {
            return;
        }
        var period = p.period().next();
        SalesPlan next = new SalesPlan(UUID.randomUUID(), p.planId(), nextName(p, period.label()), period, 1, p.segmentsTargeted(),
                p.pricing(), p.retention(), p.averageDealSize(), p.conversionRate(), p.salesBudget(), p.marketingBudget(),
                p.thresholds(), null, null);
        Map<UUID, UUID> newIds = new HashMap<>();
        List<Objective> carried = new ArrayList<>();
        for (Objective o : f.objectives()) {
            Figure reached = f.actuals().reached(Measure.of(o.metric()), p.period());
            Objective copy = new Objective(UUID.randomUUID(), next.id(), o.metric(), o.target(),
                    reached.known() ? reached.value() : o.baseline(), o.owner(), o.segmentId(), o.priority());
            newIds.put(o.id(), copy.id());
            carried.add(copy);
        }
        List<CorrectiveAction> open = new ArrayList<>();
        for (CorrectiveAction a : wizard.parts.actions) {
            if (a.open()) {
                open.add(new CorrectiveAction(UUID.randomUUID(), next.id(), a.what(), a.owner(), a.due(),
                        a.objectiveId() == null ? null : newIds.get(a.objectiveId()), ""));
            }
        }
        wizard.flush();
        wizard.runner().run(() -> wizard.service().startNext(next, carried, open), wizard::started,
                e -> wizard.errors().report("start the next cycle", e));
    }

    private static String nextName(SalesPlan p, String periodLabel) {
        String oldLabel = p.period().label();
        return p.name().contains(oldLabel) ? p.name().replace(oldLabel, periodLabel) : p.name() + " (" + periodLabel + ")";
    }

    public ThresholdForm thresholds() {
        return thresholds;
    }

    public ActionForm action() {
        return action;
    }

    public ObservableList<VarianceRow> variance() {
        return variance;
    }

    public ObservableList<ForecastRow> forecast() {
        return forecast;
    }

    public ObservableList<CorrectiveAction> actions() {
        return wizard.parts.actions;
    }

    public ObservableList<Objective> objectives() {
        return wizard.parts.objectives;
    }

    public String objectiveName(UUID id) {
        return wizard.parts.objectives.stream().filter(o -> o.id().equals(id)).findFirst().map(o -> o.describe(wizard.locale())).orElse("");
    }

    /** "On track" and "at risk" thresholds, typed as percentages of the pro-rata target. */
    public static final class ThresholdForm extends SalesPlanForm {
        private final StringProperty onTrack = new SimpleStringProperty(this, "onTrack", "");
        private final StringProperty atRisk = new SimpleStringProperty(this, "atRisk", "");

        ThresholdForm(SalesPlanViewModel wizard) {
            super(wizard, List.of("onTrack", "atRisk"));
            watch(onTrack, atRisk);
            show(wizard.current());
        }

        @Override
        protected void fill(SalesPlan p) {
            onTrack.set(percentText(p.thresholds().onTrack()));
            atRisk.set(percentText(p.thresholds().atRisk()));
        }

        @Override
        protected SalesPlan withFields(SalesPlan now, List<InvalidInput> problems) {
            Double on = percent(onTrack.get(), "onTrack", "the on-track threshold", problems);
            Double risk = percent(atRisk.get(), "atRisk", "the at-risk threshold", problems);
            if (!problems.isEmpty()) {
                return null;
            }
            try {
                Variance.Thresholds t = new Variance.Thresholds(on == null ? 0.95 : on, risk == null ? 0.80 : risk);
                return new SalesPlan(now.id(), now.planId(), now.name(), now.period(), now.step(), now.segmentsTargeted(), now.pricing(),
                        now.retention(), now.averageDealSize(), now.conversionRate(), now.salesBudget(), now.marketingBudget(), t,
                        now.createdAt(), now.updatedAt());
            } catch (InvalidInput bad) {
                problems.add(bad);
                return null;
            }
        }

        public StringProperty onTrackProperty() {
            return onTrack;
        }

        public StringProperty atRiskProperty() {
            return atRisk;
        }
    }

    public final class ActionForm extends PartForm<CorrectiveAction> {
        private final StringProperty what = new SimpleStringProperty(this, "what", "");
        private final StringProperty owner = new SimpleStringProperty(this, "owner", "");
        private final ObjectProperty<LocalDate> due = new SimpleObjectProperty<>(this, "due");
        private final ObjectProperty<Objective> objective = new SimpleObjectProperty<>(this, "objective");
        private final StringProperty outcome = new SimpleStringProperty(this, "outcome", "");

        ActionForm() {
            super(wizard, List.of("what"), a -> wizard.put(wizard.parts.actions, wizard.service().actions(), a,
                    CorrectiveAction::id));
            watch(what, owner, due, objective, outcome);
        }

        @Override
        protected void fill(CorrectiveAction a) {
            what.set(a.what());
            owner.set(a.owner());
            due.set(a.due());
            objective.set(wizard.parts.objectives.stream().filter(o -> o.id().equals(a.objectiveId())).findFirst().orElse(null));
            outcome.set(a.outcome());
        }

        @Override
        protected CorrectiveAction draft(CorrectiveAction base, List<InvalidInput> problems) {
            return new CorrectiveAction(base.id(), base.salesPlanId(), what.get(), owner.get(), due.get(),
                    objective.get() == null ? null : objective.get().id(), outcome.get());
        }

        public StringProperty whatProperty() {
            return what;
        }

        public StringProperty ownerProperty() {
            return owner;
        }

        public ObjectProperty<LocalDate> dueProperty() {
            return due;
        }

        public ObjectProperty<Objective> objectiveProperty() {
            return objective;
        }

        public StringProperty outcomeProperty() {
            return outcome;
        }
    }
}
