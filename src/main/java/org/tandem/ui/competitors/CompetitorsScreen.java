package org.tandem.ui.competitors;

import org.tandem.service.CompetitorService;
import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;
import org.tandem.domain.Plan;
import org.tandem.store.ComparisonRepository;
import org.tandem.store.CompetitorRepository;
import org.tandem.store.Database;
import org.tandem.store.SegmentRepository;
import org.tandem.store.SwotRepository;
import org.tandem.ui.common.Fxml;
import org.tandem.ui.common.LazyTab;
import org.tandem.ui.common.Navigator;
import org.tandem.ui.common.ScreenContext;

import java.time.Clock;

/** Wires the Competitors screen the first time it is shown. */
public final class CompetitorsScreen {
    private final ScreenContext context;
    private final Navigator navigator;

    public CompetitorsScreen(ScreenContext context, Navigator navigator) {
        this.context = context;
        this.navigator = navigator;
    }

    private ProfilesViewModel profiles;

    /** Selects a competitor's profile (from the dashboard's reviews due); call after {@link #build}. */
    public void reveal(java.util.UUID competitorId) {
        profiles.reveal(competitorId);
    }

    public Parent build(ObservableValue<Plan> openPlan) {
        Database database = context.database();
        CompetitorService service = new CompetitorService(new CompetitorRepository(database), new SegmentRepository(database), new ComparisonRepository(database), new SwotRepository(database));
        profiles = new ProfilesViewModel(service, context.runner(), context.errors(), context.autosave().get(),
                Clock.systemDefaultZone(), context.locale(), context.histories());
        MatrixViewModel matrix = new MatrixViewModel(service, context.runner(), context.errors(), context.locale(), context.histories());
        SwotViewModel swot = new SwotViewModel(service, context.runner(), context.errors(), Clock.systemUTC(), context.histories());
        MapViewModel map = new MapViewModel(service, context.runner(), context.errors(), context.histories());
        LazyTab matrixTab = new LazyTab(() -> {
            matrix.showPlan(openPlan.getValue());
            return Fxml.load(MatrixController.class, "MatrixView.fxml", type -> new MatrixController(matrix)).root();
        }, matrix::reload);
        LazyTab swotTab = LazyTab.of(() -> {
            swot.showPlan(openPlan.getValue());
            return Fxml.load(SwotController.class, "SwotView.fxml", type -> new SwotController(swot)).root();
        });
        javafx.beans.property.ObjectProperty<javafx.stage.Window> window = new javafx.beans.property.SimpleObjectProperty<>();
        LazyTab mapTab = new LazyTab(() -> {
            map.showPlan(openPlan.getValue());
            return Fxml.load(MapController.class, "MapView.fxml", type -> new MapController(map, context.runner(), context.errors(),
                    MapController.saveDialog(window))).root();
        }, map::reload);
        Parent root = Fxml.load(ProfilesController.class, "CompetitorsView.fxml",
                type -> new ProfilesController(profiles, matrixTab, swotTab, mapTab, navigator)).root();
        root.sceneProperty().addListener((o, was, scene) -> window.set(scene == null ? null : scene.getWindow()));
        // built ahead by the shell, it reads the plan only once shown (then follows it), as the research screen does
        // (the other tabs read the plan when first opened)
        org.tandem.ui.common.FirstShown.follow(root, openPlan, profiles::showPlan, now -> {
            profiles.showPlan(now);
            matrix.showPlan(now);
            swot.showPlan(now);
            map.showPlan(now);
        });
        return root;
    }
}
