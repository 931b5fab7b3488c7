package org.tandem.ui.shell;

import org.tandem.service.PlanService;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tandem.domain.CurrencyCode;
import org.tandem.domain.InvalidInput;
import org.tandem.domain.Plan;
import org.tandem.domain.PlanDetails;
import org.tandem.domain.PlanName;
import org.tandem.ui.common.Edit;
import org.tandem.ui.common.ErrorReporter;
import org.tandem.ui.common.PlanHistories;
import org.tandem.ui.common.TaskRunner;

import java.time.Month;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;

/** The plan switcher: which plans exist, which one is open, and the commands on them. */
public final class PlanSwitcherViewModel {
    private static final Comparator<Plan> BY_NAME = Comparator.comparing(p -> PlanName.key(p.name()));

    private final PlanService service;
    private final TaskRunner runner;
    private final ErrorReporter errors;
    private final PlanHistories histories;
    private final Locale locale;
    private final ObservableList<Plan> plans = FXCollections.observableArrayList();
    private final ObservableList<Plan> readOnlyPlans = FXCollections.unmodifiableObservableList(plans);
    private final ReadOnlyObjectWrapper<Plan> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyObjectWrapper<Plan> undoableDelete = new ReadOnlyObjectWrapper<>(this, "undoableDelete");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");

    public PlanSwitcherViewModel(PlanService service, TaskRunner runner, ErrorReporter errors, Locale locale) {
        this(service, runner, errors, locale, new PlanHistories());
    }

    public PlanSwitcherViewModel(PlanService service, TaskRunner runner, ErrorReporter errors, Locale locale, PlanHistories histories) {
        this.histories = histories;
        this.service = service;
        this.runner = runner;
        this.errors = errors;
        this.locale = locale;
    }

    public ObservableList<Plan> plans() {
        return readOnlyPlans;
    }

    public ReadOnlyObjectProperty<Plan> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public Plan current() {
        return current.get();
    }

    /** The plan just deleted, while its Undo is on offer; null otherwise. */
    public ReadOnlyObjectProperty<Plan> undoableDeleteProperty() {
        return undoableDelete.getReadOnlyProperty();
    }

    /** A quiet line about the last thing done: "Plan created". */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Shows the plans loaded at start and opens the remembered one (or the first). */
    public void showPlans(List<Plan> loaded, Optional<UUID> remembered) {
        plans.setAll(loaded.stream().sorted(BY_NAME).toList());
        Plan toOpen = remembered.flatMap(this::byId).orElse(plans.isEmpty() ? null : plans.get(0));
        current.set(toOpen);
    }

    public void reload() {
        UUID open = current.get() == null ? null : current.get().id();
        runner.run(service::list, loaded -> showPlans(loaded, Optional.ofNullable(open)),
                e -> errors.report("load the plans", e));
    }

    /** Opens a plan and remembers it for the next start. */
    public void open(Plan plan) {
        if (plan == null || plan.equals(current.get())) {
            return;
        }
        current.set(plan);
        runner.run(() -> {
            service.rememberLastPlan(plan.id());
            return null;
        }, ignored -> { }, e -> errors.report("remember the open plan", e));
    }

    public PlanFormViewModel newPlanForm() {
        PlanDetails start = new PlanDetails("", "", CurrencyCode.defaultFor(locale), Month.JANUARY);
        return new PlanFormViewModel(PlanFormViewModel.Purpose.CREATE, start, name -> nameTaken(name, null));
    }

    public PlanFormViewModel editForm() {
        Plan plan = requireCurrent();
        return new PlanFormViewModel(PlanFormViewModel.Purpose.EDIT, plan.details(), name -> nameTaken(name, plan.id()));
    }

    public PlanFormViewModel duplicateForm() {
        Plan plan = requireCurrent();
        String name = PlanName.firstFree(plan.name() + " (copy)", n -> nameTaken(n, null));
        return new PlanFormViewModel(PlanFormViewModel.Purpose.DUPLICATE, plan.details().withName(name),
                n -> nameTaken(n, null));
    }

    /**
     * Saves the form as its purpose says and opens the result. The form stays open (onSaved not
     * called) when a rule is broken; the message then shows beside its field.
     */
    public void submit(PlanFormViewModel form, Runnable onSaved) {
        if (!form.checkAll() || form.savingProperty().get()) {
            return;
        }
        PlanDetails details = form.details();
        Plan plan = current.get();
        Callable<Plan> work = switch (form.purpose()) {
            case CREATE -> () -> service.create(details);
            case EDIT -> () -> service.update(plan.id(), details);
            case DUPLICATE -> () -> service.duplicate(plan.id(), details.name());
        };
        String done = switch (form.purpose()) {
            case CREATE -> "Plan created";
            case EDIT -> "Plan saved";
            case DUPLICATE -> "Plan duplicated";
        };
        form.setSaving(true);
        runner.run(work, saved -> {
            form.setSaving(false);
            if (form.purpose() == PlanFormViewModel.Purpose.EDIT) {
                PlanDetails before = plan.details();
                histories.of(saved.id()).record(Edit.of("edit the plan \"" + saved.name() + "\"",
                        () -> restore(saved.id(), before), () -> restore(saved.id(), details)));
            }
            put(saved);
            open(saved);
            announce(done);
            onSaved.run();
        }, e -> {
            form.setSaving(false);
            if (e instanceof InvalidInput invalid) {
                form.showProblem(invalid);
            } else {
                errors.report(form.purpose() == PlanFormViewModel.Purpose.CREATE ? "create the plan" : "save the plan", e);
            }
        });
    }

    /** Deletes the open plan (the view has asked for confirmation) and offers Undo. */
    public void deleteCurrent() {
        Plan plan = requireCurrent();
        runner.run(() -> {
            service.delete(plan.id());
            return plan;
        }, gone -> {
            int index = plans.indexOf(gone);
            plans.remove(gone);
            undoableDelete.set(gone);
            announce("Plan deleted");
            open(plans.isEmpty() ? null : plans.get(Math.min(Math.max(index, 0), plans.size() - 1)));
            if (plans.isEmpty()) {
                current.set(null);
            }
        }, e -> errors.report("delete the plan", e));
    }

    public void undoDelete() {
        Plan gone = undoableDelete.get();
        if (gone == null) {
            return;
        }
        undoableDelete.set(null);
        runner.run(() -> service.restore(gone.id()), restored -> {
            put(restored);
            open(restored);
            announce("Plan restored");
        }, e -> errors.report("undo the delete", e));
    }

    /** The Undo offer has timed out or been closed. */
    public void dismissUndo() {
        undoableDelete.set(null);
    }

    public void addSample() {
        runAndOpen(service::addSample, "add the sample plan", "Sample plan added");
    }

    private void runAndOpen(Callable<Plan> work, String action, String done) {
        runner.run(work, plan -> {
            put(plan);
            open(plan);
            announce(done);
        }, e -> errors.report(action, e));
    }

    /**
     * Shows a plan just written from a file or a kept version: the list is read again and the plan opened; if it
     * was open already, the screens read it again.
     */
    public void showWritten(UUID id) {
        runner.run(service::list, loaded -> {
            plans.setAll(loaded.stream().sorted(BY_NAME).toList());
            Plan written = byId(id).orElse(null);
            if (written != null && current.get() != null && current.get().id().equals(id)) {
                current.set(null);
            }
            if (written != null) {
                open(written);
            }
        }, e -> errors.report("load the plans", e));
    }

    /** Sets the notice so that the same text twice still counts as news for the view. */
    public void announce(String text) {
        notice.set("");
        notice.set(text);
    }

    boolean nameTaken(String name, UUID except) {
        String key = PlanName.key(name);
        return plans.stream().anyMatch(p -> !p.id().equals(except) && PlanName.key(p.name()).equals(key));
    }

    /** A plan's name, description, currency or first month as they were, from its history. */
    private void restore(UUID id, PlanDetails details) {
        runner.run(() -> service.update(id, details), this::put, e -> errors.report("undo the change to the plan", e));
    }

    private void put(Plan plan) {
        plans.removeIf(p -> p.id().equals(plan.id()));
        int at = 0;
        while (at < plans.size() && BY_NAME.compare(plans.get(at), plan) < 0) {
            at++;
        }
        plans.add(at, plan);
        if (current.get() != null && current.get().id().equals(plan.id())) {
            current.set(plan);
        }
    }

    private Optional<Plan> byId(UUID id) {
        return plans.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    private Plan requireCurrent() {
        Plan plan = current.get();
        if (plan == null) {
            throw new IllegalStateException("No plan is open");
        }
        return plan;
    }
}
