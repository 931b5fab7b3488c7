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
import java.util.HashMap;
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
    private final DashboardService service;
    private final TaskRunner runner;
    private final ErrorReporter errors;
    private final Locale locale;
    private final Clock clock;
    private final Consumer<Destination> open;
    private final ObservableObjectValue<Plan> current;
    private final Map<UUID, Integer> leftAt = new HashMap<>();
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyObjectWrapper<GuidedTour.Stop> stop = new ReadOnlyObjectWrapper<>();
    private List<GuidedTour.Stop> stops = List.of();

    public TourViewModel(DashboardService service, TaskRunner runner, ErrorReporter errors, Locale locale, Clock clock,
                         Consumer<Destination> open, ObservableObjectValue<Plan> current) {
        this.service = service;
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
        runner.run(() -> service.read(plan.id(), null, today).map(in -> GuidedTour.stops(in, locale)).orElse(List.of()), found -> {
            if (found.isEmpty() || !plan.equals(current.get())) {
                return;
            }
            stops = found;
            active.set(true);
            show(Math.min(leftAt.getOrDefault(plan.id(), 0), found.size() - 1));
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
                leftAt.put(plan.id(), index.get());
            }
            active.set(false);
            stop.set(null);
        }
    }

    /** Ends the tour at its last stop; the next one starts from the beginning. */
    public void finish() {
        Plan plan = current.get();
        if (plan != null) {
            leftAt.remove(plan.id());
        }
        active.set(false);
        stop.set(null);
    }

    private void show(int at) {
        index.set(at);
        GuidedTour.Stop now = stops.get(at);
        open.accept(now.where());
        stop.set(now);
    }
}
