package org.tandem.ui.salesplan;

import org.tandem.service.SalesPlanService;
import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;
import org.tandem.domain.Plan;
import org.tandem.domain.SalesPeriod;
import org.tandem.store.CampaignRepository;
import org.tandem.store.Database;
import org.tandem.store.SalesPlanRepository;
import org.tandem.store.SegmentRepository;
import org.tandem.store.SettingsRepository;
import org.tandem.ui.common.Fxml;
import org.tandem.ui.common.ScreenContext;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/** Wires the sales plan wizard: one view model for the wizard, one per step, each step's view built when first shown. */
public final class SalesPlanScreen {
    private final ScreenContext context;
    private final Consumer<SalesPeriod> openCalendar;
    private final AssessStepController.CsvFiles files;
    private SalesPlanViewModel wizard;

    public SalesPlanScreen(ScreenContext context, Consumer<SalesPeriod> openCalendar, AssessStepController.CsvFiles files) {
        this.context = context;
        this.openCalendar = openCalendar;
        this.files = files;
    }

    public Parent build(ObservableValue<Plan> openPlan) {
        Database database = context.database();
        SalesPlanService service = new SalesPlanService(new SalesPlanRepository(database), new CampaignRepository(database),
                new SegmentRepository(database), new SettingsRepository(database));
        wizard = new SalesPlanViewModel(service, context.runner(), context.errors(), context.locale(), context.autosave().get(),
                openCalendar, java.time.Clock.systemDefaultZone(), context.histories());
        ObjectivesStepViewModel objectives = new ObjectivesStepViewModel(wizard);
        ActivitiesStepViewModel activities = new ActivitiesStepViewModel(wizard);
        ResourcesStepViewModel resources = new ResourcesStepViewModel(wizard);
        ImplementStepViewModel implement = new ImplementStepViewModel(wizard);
        AssessStepViewModel assess = new AssessStepViewModel(wizard);
        ControlStepViewModel control = new ControlStepViewModel(wizard);
        // only the step on screen follows every edit; the others catch up when shown (or warmed up before)
        List<StepViewModel> steps = List.of(objectives, activities, resources, implement, assess, control);
        IntConsumer show = step -> {
            for (int i = 0; i < steps.size(); i++) {
                steps.get(i).setShown(i + 1 == step);
            }
        };
        IntConsumer catchUp = step -> steps.get(step - 1).catchUp();
        Parent root = Fxml.load(SalesPlanController.class, "SalesPlanView.fxml", type -> new SalesPlanController(wizard, step -> switch (step) {
            case 1 -> Fxml.load(ObjectivesStepController.class, "ObjectivesStep.fxml", t -> new ObjectivesStepController(objectives)).root();
            case 2 -> Fxml.load(ActivitiesStepController.class, "ActivitiesStep.fxml", t -> new ActivitiesStepController(activities)).root();
            case 3 -> Fxml.load(ResourcesStepController.class, "ResourcesStep.fxml", t -> new ResourcesStepController(resources)).root();
            case 4 -> Fxml.load(ImplementStepController.class, "ImplementStep.fxml", t -> new ImplementStepController(implement)).root();
            case 5 -> Fxml.load(AssessStepController.class, "AssessStep.fxml", t -> new AssessStepController(assess, files)).root();
            default -> Fxml.load(ControlStepController.class, "ControlStep.fxml", t -> new ControlStepController(control)).root();
        }, catchUp)).root();
        wizard.stepProperty().addListener((o, was, now) -> show.accept(now.intValue()));
        show.accept(wizard.stepProperty().get());
        // built ahead by the shell, it reads the plan only once shown
        org.tandem.ui.common.FirstShown.follow(root, openPlan, wizard::showPlan);
        return root;
    }

    /** Opens a sales plan on a step with the row {@code item} selected (from the dashboard); call after {@link #build}. */
    public void reveal(java.util.UUID salesPlanId, int step, java.util.UUID item) {
        wizard.reveal(salesPlanId, step, item);
    }

    /** Reads the calendar's campaigns in the period again (they may have changed on the calendar). */
    public void refresh() {
        if (wizard != null) {
            wizard.refreshCampaigns();
        }
    }

    /** Saves anything typed (before quitting). */
    public void flush() {
        if (wizard != null) {
            wizard.flush();
        }
    }
}
