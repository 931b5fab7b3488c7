package org.tandem.ui.calendar;

import org.tandem.service.CalendarService;
import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;
import org.tandem.domain.Plan;
import org.tandem.store.CampaignRepository;
import org.tandem.store.Database;
import org.tandem.store.OverlayRepository;
import org.tandem.store.SegmentRepository;
import org.tandem.ui.common.FirstShown;
import org.tandem.ui.common.Fxml;
import org.tandem.ui.common.LazyTab;
import org.tandem.ui.common.ReadAhead;
import org.tandem.ui.common.ScreenContext;

import java.time.Clock;

/**
 * Wires the campaign calendar (a CalendarFX view costs about half a second to build, so the shell builds it ahead) and
 * has it read the open plan ahead of its first showing, in a quiet moment.
 */
public final class CalendarScreen {
    private final ScreenContext context;
    private final CalendarController.Files files;

    public CalendarScreen(ScreenContext context, CalendarController.Files files) {
        this.context = context;
        this.files = files;
    }

    private CalendarViewModel calendar;

    /** Reads the campaigns again if anything was written since (another screen may have put some on the calendar). */
    public void refresh() {
        calendar.refresh();
    }

    /** Shows the month of {@code day}; call after {@link #build}. */
    public void reveal(java.time.LocalDate day) {
        calendar.reveal(day);
    }

    /**
     * Shows the month of {@code day} with the campaign selected: at once when it is loaded, else when the calendar has
     * read the plan again (coming into view reloads it); call after {@link #build}.
     */
    public void revealCampaign(java.util.UUID campaignId, java.time.LocalDate day) {
        calendar.reveal(day);
        if (!selectIn(campaignId, day)) {
            calendar.agenda().addListener(new javafx.collections.ListChangeListener<>() {
                @Override
                public void onChanged(Change<? extends org.tandem.domain.Campaign> c) {
                    if (selectIn(campaignId, day)) {
                        calendar.agenda().removeListener(this);
                    }
                }
            });
        }
    }

    private boolean selectIn(java.util.UUID campaignId, java.time.LocalDate day) {
        for (org.tandem.domain.Campaign c : calendar.agenda()) {
            if (c.id().equals(campaignId)) {
                var on = c.occurrences(day, day);
                calendar.select(on.isEmpty() ? new org.tandem.domain.Occurrence(c, c.start(), c.end()) : on.get(0));
                return true;
            }
        }
        return false;
    }

    public Parent build(ObservableValue<Plan> openPlan) {
        Database database = context.database();
        Clock clock = Clock.systemDefaultZone();
        CalendarService service = new CalendarService(new CampaignRepository(database), new SegmentRepository(database),
                new OverlayRepository(database), clock, database::changeMark);
        calendar = new CalendarViewModel(service, context.runner(), context.errors(), context.locale(), context.histories());
        CampaignEditorViewModel editor = new CampaignEditorViewModel(calendar, context.autosave().get());
        org.tandem.store.SalesPlanRepository salesPlans = new org.tandem.store.SalesPlanRepository(database);
        BudgetViewModel budget = new BudgetViewModel(calendar, clock, (planId, then) -> context.runner().run(
                () -> salesPlans.list(planId), then, e -> context.errors().report("read the sales plans' budgets", e)));
        LazyTab budgetTab = LazyTab.of(() -> Fxml.load(BudgetController.class, "BudgetView.fxml",
                type -> new BudgetController(budget)).root());
        Parent root = Fxml.load(CalendarController.class, "CalendarView.fxml",
                type -> type == CampaignPanelController.class ? new CampaignPanelController(calendar, editor)
                        : new CalendarController(calendar, editor, budgetTab, budget::setShown, files)).root();
        ReadPlanAhead ahead = new ReadPlanAhead(openPlan);
        root.getProperties().put(ReadAhead.KEY, ahead);
        FirstShown.then(root, () -> {
            ahead.following = true;
            if (!java.util.Objects.equals(calendar.planProperty().get(), openPlan.getValue())) {
                calendar.showPlan(openPlan.getValue());
            }
            openPlan.addListener((o, was, now) -> calendar.showPlan(now));
        });
        return root;
    }

    /** Before its first showing, the calendar reads the open plan in a quiet moment; shown once, it follows the plan itself. */
    private final class ReadPlanAhead implements ReadAhead {
        private final ObservableValue<Plan> openPlan;
        private boolean following;
        private Runnable wanted = () -> { };

        ReadPlanAhead(ObservableValue<Plan> openPlan) {
            this.openPlan = openPlan;
            openPlan.addListener((o, was, now) -> {
                if (wanted()) {
                    wanted.run();
                }
            });
        }

        @Override
        public boolean wanted() {
            return !following && openPlan.getValue() != null && !openPlan.getValue().equals(calendar.planProperty().get());
        }

        @Override
        public void read() {
            if (wanted()) {
                calendar.readAhead(openPlan.getValue());
            }
        }

        @Override
        public void whenWanted(Runnable then) {
            this.wanted = then;
        }
    }
}
