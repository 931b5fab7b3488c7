package org.tandem.ui.salesplan;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tandem.domain.CorrectiveAction;
import org.tandem.domain.Milestone;
import org.tandem.domain.Objective;
import org.tandem.domain.SalesActivity;
import org.tandem.domain.SalesActual;
import org.tandem.domain.SalesPerson;
import org.tandem.domain.SalesPlanContents;
import org.tandem.domain.SalesTool;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The open sales plan's rows as the steps show and edit them, and which activities are on the calendar. */
final class SalesPlanParts {
    final ObservableList<Objective> objectives = FXCollections.observableArrayList();
    final ObservableList<SalesActivity> activities = FXCollections.observableArrayList();
    final ObservableList<SalesPerson> people = FXCollections.observableArrayList();
    final ObservableList<SalesTool> tools = FXCollections.observableArrayList();
    final ObservableList<Milestone> milestones = FXCollections.observableArrayList();
    final ObservableList<SalesActual> actuals = FXCollections.observableArrayList();
    final ObservableList<CorrectiveAction> actions = FXCollections.observableArrayList();
    /** An activity's calendar item, by activity. */
    final Map<UUID, UUID> scheduled = new LinkedHashMap<>();

    /** Shows a sales plan's rows, or none. */
    void fill(SalesPlanContents c) {
        scheduled.clear();
        if (c != null) {
            scheduled.putAll(c.scheduled());
        }
        objectives.setAll(c == null ? List.of() : c.objectives());
        activities.setAll(c == null ? List.of() : c.activities());
        people.setAll(c == null ? List.of() : c.people());
        tools.setAll(c == null ? List.of() : c.tools());
        milestones.setAll(c == null ? List.of() : c.milestones());
        actuals.setAll(c == null ? List.of() : c.actuals());
        actions.setAll(c == null ? List.of() : c.actions());
    }

    boolean isScheduled(UUID activityId) {
        return scheduled.containsKey(activityId);
    }

    int scheduledCount() {
        return (int) activities.stream().filter(a -> scheduled.containsKey(a.id())).count();
    }
}
