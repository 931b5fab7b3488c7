package org.tandem.ui.research;

import org.tandem.service.ResearchService;
import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;
import org.tandem.domain.Plan;
import org.tandem.store.Database;
import org.tandem.store.MarketSizingRepository;
import org.tandem.store.ResearchNoteRepository;
import org.tandem.store.SegmentRepository;
import org.tandem.ui.common.ControllerFactory;
import org.tandem.ui.common.Debouncer;
import org.tandem.ui.common.ErrorReporter;
import org.tandem.ui.common.FxDebouncer;
import org.tandem.ui.common.Fxml;
import org.tandem.ui.common.ScreenContext;
import org.tandem.ui.common.SystemUrlOpener;
import org.tandem.ui.common.TaskRunner;

import java.time.Clock;
import java.time.Year;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Wires the Market research screen (notes, segments, sizing), built ahead in a quiet moment after start or when first
 * chosen; it reads the open plan from its first showing on. Kept apart from the composition root so a start that never
 * comes to it never loads it.
 */
public final class ResearchScreen {
    private final ScreenContext context;
    private ResearchViewModel notes;

    public ResearchScreen(ScreenContext context) {
        this.context = context;
    }

    /** Opens a note (after {@link #build}). */
    public void reveal(UUID noteId) {
        if (notes != null) {
            notes.reveal(noteId);
        }
    }

    /** Builds the screen and keeps it on the open plan. */
    public Parent build(ObservableValue<Plan> openPlan) {
        Database database = context.database();
        TaskRunner runner = context.runner();
        ErrorReporter errors = context.errors();
        Locale locale = context.locale();
        Supplier<Debouncer> autosave = context.autosave();
        ResearchService service = new ResearchService(new ResearchNoteRepository(database), new SegmentRepository(database),
                new MarketSizingRepository(database));
        notes = new ResearchViewModel(service, runner, errors,
                new FxDebouncer(javafx.util.Duration.millis(150)), autosave.get(), Clock.systemUTC(), context.histories());
        SegmentsViewModel segments = new SegmentsViewModel(service, runner, errors, autosave.get(), Clock.systemUTC(), locale,
                context.histories());
        SizingViewModel sizing = new SizingViewModel(service, runner, errors, autosave.get(), locale, segments.segments(), Year::now,
                context.histories());
        ControllerFactory controllers = new ControllerFactory()
                .register(SegmentsController.class, () -> new SegmentsController(segments))
                .register(SizingController.class, () -> new SizingController(sizing));
        controllers.register(ResearchController.class, () -> new ResearchController(notes, new SystemUrlOpener(), runner, errors,
                () -> Fxml.load(SegmentsController.class, "SegmentsView.fxml", controllers).root(),
                () -> Fxml.load(SizingController.class, "SizingView.fxml", controllers).root()));
        Parent root = Fxml.load(ResearchController.class, "ResearchView.fxml", controllers).root();
        // built ahead by the shell, it reads the plan only once shown: reading the L plan's 50,000 notes at each opening
        // of a plan would slow every opening for a screen not on view
        org.tandem.ui.common.FirstShown.follow(root, openPlan, plan -> show(plan, notes, segments, sizing));
        return root;
    }

    private static void show(Plan plan, ResearchViewModel notes, SegmentsViewModel segments, SizingViewModel sizing) {
        notes.showPlan(plan);
        segments.showPlan(plan);
        sizing.showPlan(plan);
    }
}
