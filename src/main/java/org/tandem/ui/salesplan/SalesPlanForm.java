package org.tandem.ui.salesplan;

import org.tandem.domain.InvalidInput;
import org.tandem.domain.SalesPlan;

import java.util.List;

/**
 * Some of the open sales plan's own fields (its period and strategy, its budgets, its thresholds),
 * edited on a step. Drafts start from the plan as it is now, so that forms on different steps do
 * not undo each other; a form refills when another sales plan opens.
 */
abstract class SalesPlanForm extends PartForm<SalesPlan> {
    private final SalesPlanViewModel wizard;

    SalesPlanForm(SalesPlanViewModel wizard, List<String> fields) {
        super(wizard, fields, changed -> wizard.updatePlan(now -> changed));
        this.wizard = wizard;
        wizard.currentProperty().addListener((o, was, now) -> {
            if (now == null || shown() == null || !now.id().equals(shown().id())) {
                show(now);
            }
        });
    }

    @Override
    protected final SalesPlan draft(SalesPlan base, List<InvalidInput> problems) {
        SalesPlan now = wizard.current();
        if (now == null) {
            return null;
        }
        SalesPlan draft = withFields(now, problems);
        if (draft != null && problems.isEmpty()) {
            problems.addAll(draft.problems());
        }
        return draft;
    }

    /** The plan {@code now} with this form's fields. */
    protected abstract SalesPlan withFields(SalesPlan now, List<InvalidInput> problems);

    protected SalesPlanViewModel wizard() {
        return wizard;
    }
}
