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
import org.tandem.domain.CorrectiveAction;
import org.tandem.domain.CurrencyCode;
import org.tandem.domain.Measure;
import org.tandem.domain.Milestone;
import org.tandem.domain.Objective;
import org.tandem.domain.Occurrence;
import org.tandem.domain.Plan;
import org.tandem.domain.SalesActivity;
import org.tandem.domain.SalesActual;
import org.tandem.domain.SalesActuals;
import org.tandem.domain.SalesPeriod;
import org.tandem.domain.SalesPerson;
import org.tandem.domain.SalesPlan;
import org.tandem.domain.SalesPlanFigures;
import org.tandem.domain.SalesTool;
import org.tandem.domain.Segment;
import org.tandem.service.SalesPart;
import org.tandem.ui.common.Debouncer;
import org.tandem.ui.common.ErrorReporter;
import org.tandem.ui.common.TaskRunner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    private final Debouncer autosave;
    private final Consumer<SalesPeriod> openCalendar;
    private final ObservableList<SalesPlan> salesPlans = FXCollections.observableArrayList();
    private final ObservableList<Segment> segments = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<SalesPlan> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(this, "step", 1);
    private final ReadOnlyObjectWrapper<SalesPlanFigures> figures = new ReadOnlyObjectWrapper<>(this, "figures");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final BooleanProperty explanationExpanded = new SimpleBooleanProperty(this, "explanationExpanded", true);
    private final ObjectProperty<Plan> plan = new SimpleObjectProperty<>(this, "plan");
    final ObservableList<Objective> objectives = FXCollections.observableArrayList();
    final ObservableList<SalesActivity> activities = FXCollections.observableArrayList();
    final ObservableList<SalesPerson> people = FXCollections.observableArrayList();
    final ObservableList<SalesTool> tools = FXCollections.observableArrayList();
    final ObservableList<Milestone> milestones = FXCollections.observableArrayList();
    final ObservableList<SalesActual> actuals = FXCollections.observableArrayList();
    final ObservableList<CorrectiveAction> actions = FXCollections.observableArrayList();
    private final Map<UUID, UUID> scheduled = new LinkedHashMap<>();
    private List<Occurrence> campaigns = List.of();
    private final SalesPlanHistory history;
    /** Rows waiting for the autosave, by id: several rows edited in a row are all saved. */
    private final Map<UUID, Runnable> pending = new LinkedHashMap<>();
    private boolean explanationLoaded;

    public SalesPlanViewModel(SalesPlanService service, TaskRunner runner, ErrorReporter errors, Locale locale, Debouncer autosave,
                              Consumer<SalesPeriod> openCalendar, java.time.Clock clock, org.tandem.ui.common.PlanHistories histories) {
        this.history = new SalesPlanHistory(histories, plan::get, current::get);
        this.clock = clock;
        this.service = service;
        this.runner = runner;
        this.errors = errors;
        this.locale = locale;
        this.autosave = autosave;
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
            open(salesPlans.isEmpty() ? null : salesPlans.get(0));
        }, e -> errors.report("open the sales plans", e));
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
            scheduled.clear();
            scheduled.putAll(c.scheduled());
            objectives.setAll(c.objectives());
            activities.setAll(c.activities());
            people.setAll(c.people());
            tools.setAll(c.tools());
            milestones.setAll(c.milestones());
            actuals.setAll(c.actuals());
            actions.setAll(c.actions());
            current.set(c.plan());
            step.set(c.plan().step());
            message.set("");
            recompute();
        }, e -> errors.report("open the sales plan", e));
    }

    private void clearParts() {
        objectives.clear();
        activities.clear();
        people.clear();
        tools.clear();
        milestones.clear();
        actuals.clear();
        actions.clear();
        scheduled.clear();
        campaigns = List.of();
    }

    /** A new sales plan for the next quarter without one (or the current quarter), opened on step 1. */
    public void createSalesPlan(SalesPeriod period) {
        Plan owner = plan.get();
        if (owner == null) {
            return;
        }
        String name = "Sales plan " + period.label();
        SalesPlan fresh = SalesPlan.create(owner.id(), name, period);
        runner.run(() -> service.save(fresh), saved -> {
            salesPlans.add(saved);
            open(saved);
        }, e -> errors.report("create the sales plan", e));
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
        SalesPeriod latest = salesPlans.stream().map(SalesPlan::period).max(java.util.Comparator.comparing(SalesPeriod::end)).orElse(null);
        SalesPeriod quarter = SalesPeriod.quarter(today.getYear(), (today.getMonthValue() + 2) / 3);
        return latest == null || latest.end().isBefore(quarter.start()) ? quarter : latest.next();
    }

    public void deleteCurrent() {
        SalesPlan gone = current.get();
        if (gone == null) {
            return;
        }
        pending.clear();
        runner.run(() -> {
            service.delete(gone.id());
            return null;
        }, x -> {
            salesPlans.removeIf(s -> s.id().equals(gone.id()));
            open(salesPlans.isEmpty() ? null : salesPlans.get(0));
        }, e -> errors.report("delete the sales plan", e));
    }

    // ---- steps

    public ReadOnlyIntegerProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** Why a step is not done yet, or "" when it is. */
    public String stepProblem(int number) {
        SalesPlan p = current.get();
        if (p == null) {
            return "Create a sales plan first.";
        }
        return switch (number) {
            case 1 -> objectives.isEmpty() ? "Add at least one objective."
                    : objectives.stream().anyMatch(o -> o.target() == null) ? "Give every objective a target." : "";
            case 2 -> activities.isEmpty() ? "Add at least one activity."
                    : activities.stream().anyMatch(a -> a.volume() <= 0) ? "Give every activity a volume." : "";
            case 3 -> people.stream().noneMatch(s -> s.hoursPerWeek() > 0) ? "Add at least one person with hours." : "";
            default -> "";
        };
    }

    /** A step can be opened once every step before it is done. */
    public boolean reachable(int number) {
        for (int i = 1; i < number; i++) {
            if (!stepProblem(i).isEmpty()) {
                return false;
            }
        }
        return current.get() != null;
    }

    public void goTo(int number) {
        if (number < 1 || number > SalesPlan.STEPS || current.get() == null) {
            return;
        }
        if (!reachable(number)) {
            for (int i = 1; i < number; i++) {
                if (!stepProblem(i).isEmpty()) {
                    message.set("Step " + i + " first: " + stepProblem(i));
                    return;
                }
            }
        }
        message.set("");
        step.set(number);
        updatePlan(p -> p.withStep(number));
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
        replaceIn(salesPlans, changed, SalesPlan::id);
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
        UUID rowId = id.apply(row);
        T before = list.stream().filter(r -> id.apply(r).equals(rowId)).findFirst().orElse(null);
        putRow(list, table, row, id);
        history.record((before == null ? "add " : "edit ") + noun(table), rowId, forward -> {
            if (forward || before != null) {
                putRow(list, table, forward ? row : before, id);
            } else {
                removeRow(list, table, row, id);
            }
        }, forward -> runner.run(() -> {
            if (forward || before != null) {
                table.save(forward ? row : before);
            } else {
                table.delete(rowId);
            }
            return null;
        }, x -> { }, e -> errors.report("save the sales plan", e)));
    }

    private <T> void putRow(ObservableList<T> list, SalesPart<T> table, T row, Function<T, UUID> id) {
        replaceIn(list, row, id);
        save(id.apply(row), () -> table.save(row));
        recompute();
    }

    /** Deletes a row of a part; a step of the plan's history (undo puts it back). */
    <T> void remove(ObservableList<T> list, SalesPart<T> table, T row, Function<T, UUID> id) {
        removeRow(list, table, row, id);
        UUID rowId = id.apply(row);
        history.record("delete " + noun(table), rowId, forward -> {
            if (forward) {
                removeRow(list, table, row, id);
            } else {
                putRow(list, table, row, id);
            }
        }, forward -> runner.run(() -> {
            if (forward) {
                table.delete(rowId);
            } else {
                table.save(row);
            }
            return null;
        }, x -> { }, e -> errors.report("save the sales plan", e)));
    }

    /** What a table's rows are, in the Edit menu's words: "objective", "corrective action". */
    private static String noun(SalesPart<?> table) {
        return table.noun();
    }

    SalesPlanHistory history() {
        return history;
    }

    private <T> void removeRow(ObservableList<T> list, SalesPart<T> table, T row, Function<T, UUID> id) {
        UUID gone = id.apply(row);
        list.removeIf(r -> id.apply(r).equals(gone));
        pending.remove(gone);
        runner.run(() -> {
            table.delete(gone);
            return null;
        }, x -> { }, e -> errors.report("delete it", e));
        recompute();
    }

    private static <T> void replaceIn(ObservableList<T> list, T row, Function<T, UUID> id) {
        UUID wanted = id.apply(row);
        for (int i = 0; i < list.size(); i++) {
            if (id.apply(list.get(i)).equals(wanted)) {
                list.set(i, row);
                return;
            }
        }
        list.add(row);
    }

    /** Forms holding a valid draft: committed together when typing pauses, before the rows are written. */
    private final Map<Object, Runnable> held = new LinkedHashMap<>();

    void hold(Object form, Runnable commit) {
        held.put(form, commit);
        autosave.call(this::flushPending);
    }

    /** The form's text turned invalid: nothing of it is committed. */
    void release(Object form) {
        held.remove(form);
        if (held.isEmpty() && pending.isEmpty()) {
            autosave.cancel();
        }
    }

    private void save(UUID id, Runnable write) {
        pending.put(id, write);
        autosave.call(this::flushPending);
    }

    private void flushPending() {
        List<Runnable> commits = new ArrayList<>(held.values());
        held.clear();
        commits.forEach(Runnable::run);
        if (pending.isEmpty()) {
            return;
        }
        List<Runnable> writes = new ArrayList<>(pending.values());
        pending.clear();
        runner.run(() -> {
            writes.forEach(Runnable::run);
            return null;
        }, x -> { }, e -> {
            errors.report("save the sales plan", e);
            SalesPlan open = current.get();
            open(open == null ? null : salesPlans.stream().filter(s -> s.id().equals(open.id())).findFirst().orElse(null));
        });
    }

    /** Saves anything typed but not yet saved (before switching plans, on quit). */
    public void flush() {
        autosave.flush();
        flushPending();
    }

    /** Saves several actuals at once (a CSV import), all or none. */
    void addActuals(List<SalesActual> rows, Runnable done) {
        runner.run(() -> {
            service.saveActuals(rows);
            return null;
        }, x -> {
            actuals.addAll(rows);
            recompute();
            done.run();
        }, e -> errors.report("import the actuals", e));
    }

    /** One grid cell typed over: the measure's actuals in [from, to] become {@code replacement} (or none). */
    void replaceActuals(String measure, java.time.LocalDate from, java.time.LocalDate to, SalesActual replacement) {
        SalesPlan p = current.get();
        if (p == null) {
            return;
        }
        flush();
        actuals.removeIf(a -> a.measure().equals(measure) && !a.day().isBefore(from) && !a.day().isAfter(to));
        if (replacement != null) {
            actuals.add(replacement);
        }
        recompute();
        runner.run(() -> {
            service.replaceActuals(p.id(), measure, from, to, replacement);
            return null;
        }, x -> { }, e -> {
            errors.report("save the actual", e);
            open(p);
        });
    }

    void schedule(Consumer<Integer> done) {
        SalesPlan p = current.get();
        List<SalesActivity> all = List.copyOf(activities);
        if (p == null || all.isEmpty()) {
            return;
        }
        flush();
        runner.run(() -> service.schedule(p, all, locale), stored -> {
            stored.forEach((activity, item) -> scheduled.put(activity, item.id()));
            done.accept(stored.size());
        }, e -> errors.report("put the activities on the calendar", e));
    }

    void startNext(SalesPlan next, List<Objective> carried, List<CorrectiveAction> open) {
        flush();
        runner.run(() -> service.startNext(next, carried, open), started -> {
            salesPlans.add(started);
            open(started);
        }, e -> errors.report("start the next cycle", e));
    }

    // ---- figures

    private void recompute() {
        SalesPlan p = current.get();
        Plan owner = plan.get();
        if (p == null || owner == null) {
            figures.set(null);
            return;
        }
        figures.set(new SalesPlanFigures(p, List.copyOf(objectives), List.copyOf(activities), List.copyOf(people), List.copyOf(tools),
                campaigns, new SalesActuals(actuals), CurrencyCode.fractionDigits(owner.currency())));
    }

    public void openCalendarOnPeriod() {
        SalesPlan p = current.get();
        if (p != null) {
            openCalendar.accept(p.period());
        }
    }

    // ---- accessors

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

    boolean isScheduled(UUID activityId) {
        return scheduled.containsKey(activityId);
    }

    int scheduledCount() {
        return (int) activities.stream().filter(a -> scheduled.containsKey(a.id())).count();
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
