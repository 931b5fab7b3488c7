package org.tandem.app;

import javafx.beans.value.ObservableObjectValue;
import javafx.scene.Parent;
import javafx.scene.control.MenuBar;
import javafx.scene.layout.Pane;
import org.tandem.domain.Destination;
import org.tandem.domain.Plan;
import org.tandem.service.ClassReview;
import org.tandem.service.Classroom;
import org.tandem.service.DashboardService;
import org.tandem.service.PlanFiles;
import org.tandem.service.PlanService;
import org.tandem.store.Database;
import org.tandem.ui.classroom.ClassReviewViewModel;
import org.tandem.ui.classroom.ClassroomMenu;
import org.tandem.ui.classroom.ClassroomViewModel;
import org.tandem.ui.classroom.TourOverlay;
import org.tandem.ui.classroom.TourViewModel;
import org.tandem.ui.common.ErrorReporter;
import org.tandem.ui.common.TaskRunner;
import org.tandem.ui.planfiles.PlanFileActions;
import org.tandem.ui.planfiles.PlanFilesViewModel;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;

/** The composition root's part for classes: the Classroom menu, its services and the guided tour over the window. */
final class ClassroomSetup {
    /** What the classroom needs from the rest of the window. */
    record Needs(Database database, PlanService plans, PlanFiles files, PlanFilesViewModel fileCommands, TaskRunner runner,
                 ErrorReporter errors, Consumer<String> notice, ObservableObjectValue<Plan> current, PlanFileActions.Chooser chooser,
                 Consumer<Destination> open, Locale locale, Clock clock, String stylesheet) {
    }

    private ClassroomSetup() {
    }

    /** Adds the Classroom menu to the window's menu bar and the tour's layer over its root. */
    static void install(Parent root, Needs n) {
        ClassroomViewModel classroom = new ClassroomViewModel(new Classroom(n.database(), n.files(), n.clock(),
                "Tandem " + Version.current()), n.fileCommands(), n.runner(), n.errors(), n.notice(), n.current());
        ClassroomMenu menu = new ClassroomMenu(classroom, n.chooser(), () -> new ClassReviewViewModel(
                () -> ClassReview.open(n.clock(), n.locale()), n.runner(), n.errors(), n.notice(), n.locale(), n.clock()),
                n.locale(), n.stylesheet());
        TourViewModel tour = new TourViewModel(new DashboardService(n.database()), new TourViewModel.Places() {
            @Override
            public int stopOf(UUID planId) {
                return n.plans().tourStop(planId);
            }

            @Override
            public void remember(UUID planId, int stop) {
                n.plans().rememberTourStop(planId, stop);
            }
        }, n.runner(), n.errors(), n.locale(), n.clock(), n.open(), n.current());
        TourOverlay.install(tour, (Pane) root);
        menu.install((MenuBar) root.lookup("#menuBar"), root, tour::start);
    }
}
