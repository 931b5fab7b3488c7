package org.tandem.ui.salesplan;

import org.tandem.domain.Plan;
import org.tandem.domain.SalesPlan;
import org.tandem.ui.common.Edit;
import org.tandem.ui.common.PlanHistories;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The wizard's edits as steps of the plan's history: a row added, changed or deleted, the sales
 * plan's own fields changed. A step undone while another sales plan (or plan) is open changes only
 * the store; the open one is left as it is.
 */
final class SalesPlanHistory {
    private final PlanHistories histories;
    private final Supplier<Plan> plan;
    private final Supplier<SalesPlan> open;
    /** The field being typed in, set by a form just before it commits: its typing is one step per visit. */
    private Object typing;

    SalesPlanHistory(PlanHistories histories, Supplier<Plan> plan, Supplier<SalesPlan> open) {
        this.histories = histories;
        this.plan = plan;
        this.open = open;
    }

    /** What the next change comes from: typing in a form's field (null: a step of its own). */
    void typingIn(Object form, Object field) {
        typing = form == null ? null : List.of(form, field);
    }

    /** The user moved to another row or form: the next typing starts a new step. */
    void seal() {
        Plan shown = plan.get();
        if (shown != null) {
            histories.of(shown.id()).seal();
        }
    }

    /**
     * Records a change already made to the open sales plan.
     *
     * @param here  redoes or undoes it in the open sales plan (screen and store)
     * @param store the same in the store alone, for when another sales plan is open by then
     */
    void record(String name, UUID rowId, Change here, Change store) {
        Plan shown = plan.get();
        SalesPlan salesPlan = open.get();
        Object key = typing == null ? null : List.of(rowId, typing);
        typing = null;
        if (shown == null || salesPlan == null) {
            return;
        }
        UUID salesPlanId = salesPlan.id();
        histories.of(shown.id()).record(Edit.of(name, key,
                () -> (isOpen(salesPlanId) ? here : store).apply(false),
                () -> (isOpen(salesPlanId) ? here : store).apply(true)));
    }

    private boolean isOpen(UUID salesPlanId) {
        SalesPlan now = open.get();
        return now != null && now.id().equals(salesPlanId);
    }

    /** A change made again (true) or taken back (false). */
    @FunctionalInterface
    interface Change {
        void apply(boolean forward);
    }
}
