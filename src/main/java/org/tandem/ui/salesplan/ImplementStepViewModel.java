package org.tandem.ui.salesplan;

import org.tandem.domain.Campaign;
import java.util.concurrent.atomic.AtomicReference;
import java.util.UUID;
import java.util.Map;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.tandem.domain.InvalidInput;
import org.tandem.domain.Milestone;
import org.tandem.domain.SalesActivity;
import org.tandem.domain.SalesPlan;

import java.time.LocalDate;

/** Step 4: the activities put on the campaign calendar, and a checklist of milestones. */
public final class ImplementStepViewModel extends StepViewModel {
    private final MilestoneForm milestone;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    public ImplementStepViewModel(SalesPlanViewModel wizard) {
        super(wizard);
        this.milestone = new MilestoneForm();
        wizard.parts.activities.addListener((ListChangeListener<SalesActivity>) c -> refresh());
        wizard.currentProperty().addListener((o, was, now) -> refresh());
        wizard.parts.milestones.addListener((ListChangeListener<Milestone>) c -> {
            if (milestone.shown() != null && wizard.parts.milestones.stream().noneMatch(x -> x.id().equals(milestone.shown().id()))) {
                milestone.show(null);
            }
        });
        refresh();
    }

    @Override
    protected void refreshStep() {
        refresh();
    }


    /** Puts every activity on the calendar; a second time updates the same items. */
    public void schedule() {
        SalesPlan p = wizard.current();
        List<SalesActivity> all = List.copyOf(wizard.parts.activities);
        if (p == null || all.isEmpty()) {
            return;
        }
        wizard.flush();
        List<UUID> ids = all.stream().map(SalesActivity::id).toList();
        // what the calendar held before, read on the store thread just ahead of the scheduling (it runs work in order)
        AtomicReference<Map<UUID, Campaign>> before =
                new AtomicReference<>();
        wizard.runner().run(() -> {
            before.set(wizard.service().scheduledItems(ids));
            return wizard.service().schedule(p, all, wizard.locale());
        }, stored -> {
            scheduled(stored);
            int count = stored.size();
            status.set(status.get() + " Just scheduled " + count + (count == 1 ? " activity." : " activities."));
            wizard.history().record("put " + count + (count == 1 ? " activity" : " activities") + " on the calendar", p.id(),
                    forward -> reschedule(p, all, ids, forward, before.get()), forward -> reschedule(p, all, ids, forward, before.get()));
        }, e -> wizard.errors().report("put the activities on the calendar", e));
    }

    /** A scheduling made again or taken back; the calendar reads its campaigns again when it is next shown. */
    private void reschedule(SalesPlan p, List<SalesActivity> all, List<UUID> ids, boolean forward,
                            Map<UUID, Campaign> before) {
        wizard.runner().run(() -> {
            if (forward) {
                return wizard.service().schedule(p, all, wizard.locale());
            }
            wizard.service().unschedule(ids, before);
            return before;
        }, items -> {
            if (wizard.current() != null && wizard.current().id().equals(p.id())) {
                ids.forEach(wizard.parts.scheduled::remove);
                scheduled(items);
            }
        }, e -> wizard.errors().report("put the activities on the calendar", e));
    }

    private void scheduled(Map<UUID, Campaign> items) {
        items.forEach((activity, item) -> wizard.parts.scheduled.put(activity, item.id()));
        refresh();
    }

    public boolean isScheduled(SalesActivity activity) {
        return wizard.parts.isScheduled(activity.id());
    }

    private void refresh() {
        int total = wizard.parts.activities.size();
        int on = wizard.parts.scheduledCount();
        status.set(total == 0 ? "No activities yet: add them in step 2."
                : on + " of " + total + " activities on the calendar (sales colour, repeating by their cadence in the period).");
    }

    public Milestone addMilestone() {
        SalesPlan p = wizard.current();
        if (p == null) {
            return null;
        }
        Milestone fresh = new Milestone(UUID.randomUUID(), p.id(), "", p.period().start(), false);
        wizard.put(wizard.parts.milestones, wizard.service().milestones(), fresh, Milestone::id);
        milestone.show(fresh);
        return fresh;
    }

    public void removeMilestone() {
        if (milestone.shown() != null) {
            wizard.remove(wizard.parts.milestones, wizard.service().milestones(), milestone.shown(), Milestone::id);
            milestone.show(null);
        }
    }

    /** Ticks a milestone done or not from the checklist. */
    public void setDone(Milestone m, boolean done) {
        Milestone changed = new Milestone(m.id(), m.salesPlanId(), m.name(), m.due(), done);
        wizard.put(wizard.parts.milestones, wizard.service().milestones(), changed, Milestone::id);
        if (milestone.shown() != null && milestone.shown().id().equals(m.id())) {
            milestone.show(changed);
        }
    }

    public ObservableList<SalesActivity> activities() {
        return wizard.parts.activities;
    }

    public ObservableList<Milestone> milestones() {
        return wizard.parts.milestones;
    }

    public MilestoneForm milestone() {
        return milestone;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public final class MilestoneForm extends PartForm<Milestone> {
        private final StringProperty name = new SimpleStringProperty(this, "name", "");
        private final ObjectProperty<LocalDate> due = new SimpleObjectProperty<>(this, "due");
        private final BooleanProperty done = new SimpleBooleanProperty(this, "done");

        MilestoneForm() {
            super(wizard, List.of("name", "due"), m -> wizard.put(wizard.parts.milestones, wizard.service().milestones(), m,
                    Milestone::id));
            watch(name, due, done);
        }

        @Override
        protected void fill(Milestone m) {
            name.set(m.name());
            due.set(m.due());
            done.set(m.done());
        }

        @Override
        protected Milestone draft(Milestone base, List<InvalidInput> problems) {
            return new Milestone(base.id(), base.salesPlanId(), name.get(), due.get(), done.get());
        }

        public StringProperty nameProperty() {
            return name;
        }

        public ObjectProperty<LocalDate> dueProperty() {
            return due;
        }

        public BooleanProperty doneProperty() {
            return done;
        }
    }
}
