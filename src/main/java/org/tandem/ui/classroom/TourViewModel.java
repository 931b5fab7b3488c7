package org.tandem.ui.classroom;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableObjectValue;
import org.tandem.domain.Destination;
import org.tandem.domain.GuidedTour;
import org.tandem.domain.Plan;
import org.tandem.service.DashboardService;
import org.tandem.ui.common.ErrorReporter;
import org.tandem.ui.common.TaskRunner;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The guided tour of the open plan: its stops worked out from the plan's own figures, Next and Back, Leave (the
 * stop is remembered, so the tour resumes there) and Finish. Each stop opens its part of the window.
 */
public final class TourViewModel {
    /** Where each plan's tour was left, kept between runs. */
    public interface Places {
        int stopOf(UUID planId);

        void remember(UUID planId, int stop);
    }

    private final DashboardService service;
    private final Places places;
    private final TaskRunner runner;
    private final ErrorReporter errors;
    private final Locale locale;
    private final Clock clock;
    private final Consumer<Destination> open;
    private final ObservableObjectValue<Plan> current;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyObjectWrapper<GuidedTour.Stop> stop = new ReadOnlyObjectWrapper<>();
    private List<GuidedTour.Stop> stops = List.of();

    public TourViewModel(DashboardService service, Places places, TaskRunner runner, ErrorReporter errors, Locale locale,
                         Clock clock, Consumer<Destination> open, ObservableObjectValue<Plan> current) {
        this.service = service;
        this.places = places;
        this.runner = runner;
        this.errors = errors;
        this.locale = locale;
        this.clock = clock;
        this.open = open;
        this.current = current;
        // another plan's tour is another tour: leaving keeps this one's place
        current.addListener((o, was, now) -> leave());
    }

    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    /** The stop shown, 0-based. */
    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<GuidedTour.Stop> stopProperty() {
        return stop.getReadOnlyProperty();
    }

    public int size() {
        return stops.size();
    }

    public boolean last() {
        return index.get() == stops.size() - 1;
    }

    /** Starts the tour of the open plan, at the stop it was left at if it was. */
    public void start() {
        Plan plan = current.get();
        if (plan == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        runner.run(() -> Map.entry(service.read(plan.id(), null, today).map(in -> GuidedTour.stops(in, locale)).orElse(List.of()),
                places.stopOf(plan.id())), found -> {
            if (found.getKey().isEmpty() || !plan.equals(current.get())) {
                return;
            }
            stops = found.getKey();
            active.set(true);
            show(Math.min(found.getValue(), stops.size() - 1));
        }, e -> errors.report("start the guided tour", e));
    }

    public void next() {
        if (!active.get()) {
            return;
        }
        if (last()) {
            finish();
        } else {
            show(index.get() + 1);
        }
    }

    public void back() {
        if (active.get() && index.get() > 0) {
            show(index.get() - 1);
        }
    }

    /** From the first stop again. */
    public void restart() {
        if (active.get()) {
            show(0);
        }
    }

    /** Leaves the tour; starting it again resumes at this stop. */
    public void leave() {
        if (active.get()) {
            Plan plan = current.get();
            if (plan != null) {
                remember(plan.id(), index.get());
            }
            active.set(false);
            stop.set(null);
        }
    }

    /** Ends the tour at its last stop; the next one starts from the beginning. */
    public void finish() {
        Plan plan = current.get();
        if (plan != null) {
            remember(plan.id(), 0);
        }
        active.set(false);
        stop.set(null);
    }

    private void remember(UUID planId, int stop) {
        runner.run(() -> {
            places.remember(planId, stop);
            return null;
        }, done -> { }, e -> errors.report("remember where the tour was left", e));
    }

    private void show(int at) {
        index.set(at);
        GuidedTour.Stop now = stops.get(at);
        open.accept(now.where());
        stop.set(now);
    }
}
