package org.tandem.ui.salesplan;

import javafx.collections.ObservableList;
import org.tandem.domain.Plan;
import org.tandem.domain.SalesPeriod;
import org.tandem.domain.SalesPlan;
import org.tandem.domain.DeletedSalesPlan;
import org.tandem.service.SalesPlanService;
import org.tandem.ui.common.Edit;
import org.tandem.ui.common.ErrorReporter;
import org.tandem.ui.common.PlanHistories;
import org.tandem.ui.common.TaskRunner;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * A plan's sales plans coming and going: a new one for the right period, a deleted one (asked
 * first by the view); each a step of the plan's history, so a delete can be taken back whole.
 */
final class SalesPlanLifecycle {
    private final SalesPlanViewModel wizard;
    private final SalesPlanService service;
    private final TaskRunner runner;
    private final ErrorReporter errors;
    private final PlanHistories histories;

    SalesPlanLifecycle(SalesPlanViewModel wizard, SalesPlanService service, TaskRunner runner, ErrorReporter errors,
                       PlanHistories histories) {
        this.wizard = wizard;
        this.service = service;
        this.runner = runner;
        this.errors = errors;
        this.histories = histories;
    }

    /** A new sales plan for the period, opened on step 1. */
    void create(SalesPeriod period) {
        Plan owner = wizard.plan();
        if (owner == null) {
            return;
        }
        SalesPlan fresh = SalesPlan.create(owner.id(), "Sales plan " + period.label(), period);
        runner.run(() -> service.save(fresh), saved -> added("add sales plan \"" + saved.name() + "\"", saved),
                e -> errors.report("create the sales plan", e));
    }

    /** The next cycle was started (with its carried objectives and actions). */
    void started(SalesPlan next) {
        added("start the next cycle, \"" + next.name() + "\"", next);
    }

    /** A new sales plan opens; undo deletes it, redo puts it back with what it held then. */
    private void added(String name, SalesPlan salesPlan) {
        shown(salesPlan);
        // kept on the store thread, so a redo right after the undo finds it (the store runs work in order)
        AtomicReference<DeletedSalesPlan> kept = new AtomicReference<>();
        histories.of(salesPlan.planId()).record(Edit.of(name,
                () -> runner.run(() -> kept.getAndSet(service.deleteKeeping(salesPlan.id())), x -> gone(salesPlan),
                        e -> errors.report("undo " + name, e)),
                () -> runner.run(() -> {
                    service.restore(kept.get());
                    return salesPlan;
                }, this::shown, e -> errors.report("redo " + name, e))));
    }

    /** The period a new sales plan gets: this quarter, or the one after the latest sales plan. */
    SalesPeriod suggestedPeriod(LocalDate today) {
        ObservableList<SalesPlan> all = wizard.salesPlans();
        SalesPeriod latest = all.stream().map(SalesPlan::period).max(Comparator.comparing(SalesPeriod::end)).orElse(null);
        SalesPeriod quarter = SalesPeriod.quarter(today.getYear(), (today.getMonthValue() + 2) / 3);
        return latest == null || latest.end().isBefore(quarter.start()) ? quarter : latest.next();
    }

    /** Deletes the open sales plan; undo puts it back with every row it held. */
    void deleteCurrent(Runnable forgetPending) {
        SalesPlan doomed = wizard.current();
        Plan owner = wizard.plan();
        if (doomed == null || owner == null) {
            return;
        }
        forgetPending.run();
        Consumer<SalesPlan> deleteAgain = x -> runner.run(() -> service.deleteKeeping(doomed.id()), kept -> gone(doomed),
                e -> errors.report("delete the sales plan", e));
        runner.run(() -> service.deleteKeeping(doomed.id()), kept -> {
            gone(doomed);
            histories.of(owner.id()).record(Edit.of("delete sales plan \"" + doomed.name() + "\"",
                    () -> runner.run(() -> {
                        service.restore(kept);
                        return kept.contents().plan();
                    }, this::shown, e -> errors.report("undo the delete", e)),
                    () -> deleteAgain.accept(doomed)));
        }, e -> errors.report("delete the sales plan", e));
    }

    private void shown(SalesPlan salesPlan) {
        if (wizard.plan() != null && wizard.plan().id().equals(salesPlan.planId())) {
            wizard.salesPlans().removeIf(s -> s.id().equals(salesPlan.id()));
            wizard.salesPlans().add(salesPlan);
            wizard.open(salesPlan);
        }
    }

    private void gone(SalesPlan salesPlan) {
        wizard.salesPlans().removeIf(s -> s.id().equals(salesPlan.id()));
        SalesPlan open = wizard.current();
        if (open == null || open.id().equals(salesPlan.id())) {
            wizard.open(wizard.salesPlans().isEmpty() ? null : wizard.salesPlans().get(0));
        }
    }
}
