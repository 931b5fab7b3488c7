package org.tandem.app;

import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;
import org.tandem.domain.Destination;
import org.tandem.domain.Plan;
import org.tandem.domain.SalesPeriod;
import org.tandem.ui.calendar.CalendarController;
import org.tandem.ui.calendar.CalendarScreen;
import org.tandem.ui.common.ControllerFactory;
import org.tandem.ui.common.Fxml;
import org.tandem.ui.common.ScreenContext;
import org.tandem.ui.competitors.CompetitorsScreen;
import org.tandem.ui.dashboard.DashboardController;
import org.tandem.ui.research.ResearchScreen;
import org.tandem.ui.salesplan.AssessStepController;
import org.tandem.ui.salesplan.SalesPlanScreen;
import org.tandem.ui.shell.Section;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * Builds each section's screen the first time it is shown and sends the user from one screen to
 * something on another: a dashboard figure to its campaign, objective or step, a competitor's note.
 */
final class AppScreens {
    private final Supplier<ScreenContext> context;
    private final ObservableValue<Plan> openPlan;
    private final ObjectProperty<Section> section;
    private final Supplier<ControllerFactory> controllers;
    private final CalendarController.Files calendarFiles;
    private final AssessStepController.CsvFiles csvFiles;
    private ResearchScreen research;
    private CompetitorsScreen competitors;
    private CalendarScreen calendar;
    private SalesPlanScreen salesPlan;

    AppScreens(Supplier<ScreenContext> context, ObservableValue<Plan> openPlan, ObjectProperty<Section> section,
               Supplier<ControllerFactory> controllers, CalendarController.Files calendarFiles, AssessStepController.CsvFiles csvFiles) {
        this.context = context;
        this.openPlan = openPlan;
        this.section = section;
        this.controllers = controllers;
        this.calendarFiles = calendarFiles;
        this.csvFiles = csvFiles;
    }

    Parent build(Section wanted) {
        return switch (wanted) {
            case DASHBOARD -> Fxml.load(DashboardController.class, "Dashboard.fxml", controllers.get()).root();
            case RESEARCH -> {
                research = new ResearchScreen(context.get());
                yield research.build(openPlan);
            }
            case COMPETITORS -> {
                competitors = new CompetitorsScreen(context.get(), this::openNote);
                yield competitors.build(openPlan);
            }
            case CALENDAR -> {
                calendar = new CalendarScreen(context.get(), calendarFiles);
                yield calendar.build(openPlan);
            }
            case SALES_PLAN -> {
                salesPlan = new SalesPlanScreen(context.get(), this::openCalendarOn, csvFiles);
                yield salesPlan.build(openPlan);
            }
        };
    }

    /** The calendar and the sales plan change each other: each reads again when it comes back into view. */
    void shown(Section now) {
        if (now == Section.CALENDAR && calendar != null) {
            calendar.refresh();
        }
        if (now == Section.SALES_PLAN && salesPlan != null) {
            salesPlan.refresh();
        }
    }

    /** Shows where a dashboard figure comes from. */
    void open(Destination to) {
        switch (to.kind()) {
            case CAMPAIGN -> {
                section.set(Section.CALENDAR);
                calendar.revealCampaign(to.id(), to.day());
            }
            case CALENDAR -> {
                section.set(Section.CALENDAR);
                calendar.reveal(to.day());
            }
            case SALES_STEP -> {
                section.set(Section.SALES_PLAN);
                if (to.salesPlanId() != null) {
                    salesPlan.reveal(to.salesPlanId(), to.step(), to.id());
                }
            }
            case NOTE -> openNote(to.id());
            case COMPETITOR -> {
                section.set(Section.COMPETITORS);
                competitors.reveal(to.id());
            }
            case RESEARCH -> section.set(Section.RESEARCH);
            case COMPETITORS -> section.set(Section.COMPETITORS);
            case DASHBOARD -> section.set(Section.DASHBOARD);
        }
    }

    /** Sends the user to the campaign calendar on a sales plan's period (from the funnel calculator). */
    private void openCalendarOn(SalesPeriod period) {
        section.set(Section.CALENDAR);
        calendar.reveal(period.start());
    }

    /** Sends the user to a note in Market research (from a competitor's linked notes, a dashboard list). */
    private void openNote(UUID noteId) {
        section.set(Section.RESEARCH);
        research.reveal(noteId);
    }
}
