package org.tandem.ui.salesplan;

import org.tandem.service.SalesPlanService;
import org.tandem.domain.SalesPlanContents;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tandem.domain.CurrencyCode;
import org.tandem.domain.Measure;
import org.tandem.domain.Occurrence;
import org.tandem.domain.Plan;
import org.tandem.domain.SalesActuals;
import org.tandem.domain.SalesPeriod;
import org.tandem.domain.SalesPlan;
import org.tandem.domain.SalesPlanFigures;
import org.tandem.domain.WizardSteps;
import org.tandem.domain.Segment;
import org.tandem.service.SalesPart;
import org.tandem.ui.common.Debouncer;
import org.tandem.ui.common.ErrorReporter;
import org.tandem.ui.common.TaskRunner;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The sales plan wizard: the plan's sales plans, the one open with all its parts, the step the
 * user is on and which steps can be reached, and the figures worked out from it all. Every edit
 * updates the figures at once and is saved shortly after (the autosave flushes on quit).
 */
public final class SalesPlanViewModel {
    /** The six steps' names, in order. */
    public static final List<String> STEP_NAMES = List.of("Objectives", "Activities", "Resources", "Implement", "Assess", "Control");

    private final SalesPlanService service;
    private final java.time.Clock clock;
    private final TaskRunner runner;
    private final ErrorReporter errors;
    private final Locale locale;
    private final Consumer<SalesPeriod> openCalendar;
    private final ObservableList<SalesPlan> salesPlans = FXCollections.observableArrayList();
    /** The row a dashboard figure comes from (an objective, an action, a milestone, a person): the steps select it. */
    private final ReadOnlyObjectWrapper<Reveal> revealed = new ReadOnlyObjectWrapper<>(this, "revealed");

    /** A row to select on a step (an objective shows on steps 1 and 6: only the step asked for selects it). */
    public record Reveal(int step, java.util.UUID item) { }
    /** A step asked for before its sales plan was read (the screen built by the dashboard's click). */
    private java.util.UUID pendingPlan;
    private int pendingStep;
    private final ObservableList<Segment> segments = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<SalesPlan> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(this, "step", 1);
    private final ReadOnlyObjectWrapper<SalesPlanFigures> figures = new ReadOnlyObjectWrapper<>(this, "figures");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final BooleanProperty explanationExpanded = new SimpleBooleanProperty(this, "explanationExpanded", true);
    private final ObjectProperty<Plan> plan = new SimpleObjectProperty<>(this, "plan");
    final SalesPlanParts parts = new SalesPlanParts();
    private List<Occurrence> campaigns = List.of();
    private final SalesPlanHistory history;
    private final SalesPlanAutosave saving;
    private final SalesPlanRows rows;
    private final SalesPlanLifecycle lifecycle;
    private boolean explanationLoaded;

    public SalesPlanViewModel(SalesPlanService service, TaskRunner runner, ErrorReporter errors, Locale locale, Debouncer autosave,
                              Consumer<SalesPeriod> openCalendar, java.time.Clock clock, org.tandem.ui.common.PlanHistories histories) {
        this.history = new SalesPlanHistory(histories, plan::get, current::get);
        this.clock = clock;
        this.service = service;
        this.runner = runner;
        this.errors = errors;
        this.locale = locale;
        this.saving = new SalesPlanAutosave(autosave, runner, errors, () -> {
            SalesPlan open = current.get();
            open(open == null ? null : salesPlans.stream().filter(x -> x.id().equals(open.id())).findFirst().orElse(null));
        });
        this.rows = new SalesPlanRows(history, saving, runner, errors, this::recompute);
        this.lifecycle = new SalesPlanLifecycle(this, service, runner, errors, histories);
        this.openCalendar = openCalendar;
        explanationExpanded.addListener((o, was, now) -> {
            if (explanationLoaded) {
                runner.run(() -> {
                    service.rememberExplanation(now);
                    return null;
                }, x -> { }, e -> errors.report("remember the explanation panel", e));
            }
        });
    }

    // ---- opening

    public void showPlan(Plan newPlan) {
        flush();
        plan.set(newPlan);
        if (newPlan == null) {
            salesPlans.clear();
            open(null);
            return;
        }
        runner.run(() -> service.overview(newPlan.id()), overview -> {
            segments.setAll(overview.segments());
            salesPlans.setAll(overview.salesPlans());
            explanationLoaded = false;
            explanationExpanded.set(overview.explanationExpanded());
            explanationLoaded = true;
            open(salesPlans.stream().filter(p -> p.id().equals(pendingPlan)).findFirst()
                    .orElse(salesPlans.isEmpty() ? null : salesPlans.get(0)));
        }, e -> errors.report("open the sales plans", e));
    }

    /** Opens one of the plan's sales plans on a step with a row selected: where a dashboard figure comes from. */
    public void reveal(java.util.UUID salesPlanId, int number, java.util.UUID item) {
        revealed.set(item == null ? null : new Reveal(number, item));
        SalesPlan shown = current.get();
        if (shown != null && shown.id().equals(salesPlanId)) {
            goTo(number);
            return;
        }
        pendingStep = number;
        pendingPlan = salesPlanId;
        salesPlans.stream().filter(p -> p.id().equals(salesPlanId)).findFirst().ifPresent(this::open);
    }

    /** Opens a sales plan on the step it was left on. */
    public void open(SalesPlan salesPlan) {
        flush();
        if (salesPlan == null) {
            current.set(null);
            clearParts();
            recompute();
            return;
        }
        runner.run(() -> service.open(salesPlan.id()).orElseThrow(), opened -> {
            SalesPlanContents c = opened.contents();
            campaigns = opened.campaigns();
            parts.fill(c);
            current.set(c.plan());
            step.set(c.plan().step());
            message.set("");
            recompute();
            if (c.plan().id().equals(pendingPlan)) {
                pendingPlan = null;
                goTo(pendingStep);
            }
        }, e -> errors.report("open the sales plan", e));
    }

    private void clearParts() {
        parts.fill(null);
        campaigns = List.of();
    }

    /** A new sales plan for the next quarter without one (or the current quarter), opened on step 1. */
    public void createSalesPlan(SalesPeriod period) {
        lifecycle.create(period);
    }

    /** Today, by the wizard's clock (tests fix it). */
    public java.time.LocalDate today() {
        return java.time.LocalDate.now(clock);
    }

    /** A new sales plan for this quarter, or for the period after the latest one. */
    public void createNextSalesPlan() {
        createSalesPlan(suggestedPeriod(today()));
    }

    /** The period a new sales plan gets: this quarter, or the one after the latest sales plan. */
    public SalesPeriod suggestedPeriod(java.time.LocalDate today) {
        return lifecycle.suggestedPeriod(today);
    }

    /** The next cycle was started: it opens, and is a step of the plan's history. */
    void started(SalesPlan next) {
        lifecycle.started(next);
    }

    public void deleteCurrent() {
        lifecycle.deleteCurrent(saving::forgetAll);
    }

    // ---- steps

    public ReadOnlyIntegerProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** Why a step is not done yet, or "" when it is. */
    public String stepProblem(int number) {
        return current.get() == null ? "Create a sales plan first."
                : WizardSteps.problem(number, parts.objectives, parts.activities, parts.people);
    }

    /** A step can be opened once every step before it is done. */
    public boolean reachable(int number) {
        return current.get() != null && WizardSteps.blocking(number, parts.objectives, parts.activities, parts.people).isEmpty();
    }

    public void goTo(int number) {
        if (number < 1 || number > SalesPlan.STEPS || current.get() == null) {
            return;
        }
        message.set(WizardSteps.blocking(number, parts.objectives, parts.activities, parts.people));
        if (message.get().isEmpty()) {
            step.set(number);
            updatePlan(p -> p.withStep(number));
        }
    }

    public void next() {
        goTo(step.get() + 1);
    }

    public void back() {
        goTo(step.get() - 1);
    }

    // ---- edits

    /** Reads the campaigns in the period again: their expected leads and budgets feed the figures. */
    public void refreshCampaigns() {
        SalesPlan open = current.get();
        if (open == null) {
            return;
        }
        runner.run(() -> service.campaignsIn(open), found -> {
            if (current.get() != null && current.get().id().equals(open.id())) {
                campaigns = found;
                recompute();
            }
        }, e -> errors.report("read the campaigns in the period", e));
    }

    /** Changes the sales plan's own fields (period, strategy, funnel, budgets, thresholds, step). */
    public void updatePlan(UnaryOperator<SalesPlan> change) {
        SalesPlan now = current.get();
        if (now == null) {
            return;
        }
        SalesPlan changed = change.apply(now);
        if (changed.equals(now)) {
            return;
        }
        boolean newPeriod = !changed.period().equals(now.period());
        // moving between steps changes no figure: the figures (and every table built on them) stay as they are
        boolean onlyStep = changed.withStep(now.step()).equals(now);
        if (!onlyStep) {
            history.record("edit \"" + changed.name() + "\"", changed.id(),
                    forward -> updatePlan(open -> (forward ? changed : now).withStep(open.step())),
                    forward -> runner.run(() -> service.save(forward ? changed : now), x -> { }, e -> errors.report("save the sales plan", e)));
        }
        // the list first: a chooser showing the old row clears its value when the row is replaced
        SalesPlanRows.replaceIn(salesPlans, changed, SalesPlan::id);
        current.set(changed);
        save(changed.id(), () -> service.save(changed));
        if (newPeriod) {
            // the campaigns that count are those in the new period
            runner.run(() -> service.campaignsIn(changed), found -> {
                campaigns = found;
                recompute();
            }, e -> errors.report("read the campaigns in the period", e));
        }
        if (!onlyStep) {
            recompute();
        }
    }

    /** Adds or updates a row of a part and saves it shortly; a step of the plan's history. */
    <T> void put(ObservableList<T> list, SalesPart<T> table, T row, Function<T, UUID> id) {
        rows.put(list, table, row, id);
    }

    /** Deletes a row of a part; a step of the plan's history (undo puts it back). */
    <T> void remove(ObservableList<T> list, SalesPart<T> table, T row, Function<T, UUID> id) {
        rows.remove(list, table, row, id);
    }

    SalesPlanHistory history() {
        return history;
    }

    void hold(Object form, Runnable commit) {
        saving.hold(form, commit);
    }

    /** The form's text turned invalid: nothing of it is committed. */
    void release(Object form) {
        saving.release(form);
    }

    private void save(UUID id, Runnable write) {
        saving.save(id, write);
    }

    /** Saves anything typed but not yet saved (before switching plans, on quit). */
    public void flush() {
        saving.flush();
    }

    // ---- figures

    void recompute() {
        SalesPlan p = current.get();
        Plan owner = plan.get();
        if (p == null || owner == null) {
            figures.set(null);
            return;
        }
        figures.set(new SalesPlanFigures(p, List.copyOf(parts.objectives), List.copyOf(parts.activities), List.copyOf(parts.people),
                List.copyOf(parts.tools),
                campaigns, new SalesActuals(parts.actuals), CurrencyCode.fractionDigits(owner.currency())));
    }

    public void openCalendarOnPeriod() {
        SalesPlan p = current.get();
        if (p != null) {
            openCalendar.accept(p.period());
        }
    }

    // ---- accessors

    public ReadOnlyObjectProperty<Reveal> revealedProperty() {
        return revealed.getReadOnlyProperty();
    }

    void revealDone() { // the row is selected: later reloads leave the selection to the user
        revealed.set(null);
    }

    public ObservableList<SalesPlan> salesPlans() {
        return salesPlans;
    }

    public ObservableList<Segment> segments() {
        return segments;
    }

    public ReadOnlyObjectProperty<SalesPlan> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public SalesPlan current() {
        return current.get();
    }

    public ReadOnlyObjectProperty<SalesPlanFigures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    public SalesPlanFigures figures() {
        return figures.get();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public BooleanProperty explanationExpandedProperty() {
        return explanationExpanded;
    }

    public Plan plan() {
        return plan.get();
    }

    public Locale locale() {
        return locale;
    }

    SalesPlanService service() {
        return service;
    }

    TaskRunner runner() {
        return runner;
    }

    ErrorReporter errors() {
        return errors;
    }

    List<Measure> measures() {
        return Measure.all();
    }
}
