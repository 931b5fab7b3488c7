package org.tandem.ui.calendar;

import org.tandem.domain.Campaign;
import org.tandem.domain.CampaignStatus;
import org.tandem.domain.Occurrence;
import org.tandem.domain.Plan;
import org.tandem.service.CalendarService;
import org.tandem.ui.common.Edit;
import org.tandem.ui.common.ErrorReporter;
import org.tandem.ui.common.PlanHistories;
import org.tandem.ui.common.TaskRunner;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The calendar's edits (create, move, resize, duplicate, delete, the side panel's changes): each
 * applied at once on screen and in the store in one transaction, and recorded as a step of the
 * plan's history. An undo that comes while another plan is shown changes only the store.
 */
final class CalendarEdits {
    private final CalendarViewModel calendar;
    private final CalendarService service;
    private final TaskRunner runner;
    private final ErrorReporter errors;
    private final PlanHistories histories;

    CalendarEdits(CalendarViewModel calendar, CalendarService service, TaskRunner runner, ErrorReporter errors, PlanHistories histories) {
        this.calendar = calendar;
        this.service = service;
        this.runner = runner;
        this.errors = errors;
        this.histories = histories;
    }


    /** A new campaign over [start, end] (double-click a day, drag across days, or New campaign). */
    void create(LocalDate start, LocalDate end) {
        Plan shown = calendar.shownPlan();
        if (shown == null) {
            return;
        }
        LocalDate first = start.isAfter(end) ? end : start;
        LocalDate last = start.isAfter(end) ? start : end;
        String channel = calendar.filters().channelProperty().get() != null ? calendar.filters().channelProperty().get()
                : calendar.channels().isEmpty() ? "Other" : calendar.channels().get(0).name();
        Campaign created = new Campaign(UUID.randomUUID(), shown.id(), "New campaign", channel, first, last,
                calendar.filters().statusProperty().get() == null ? CampaignStatus.PLANNED : calendar.filters().statusProperty().get(), calendar.filters().ownerProperty().get() == null ? "" : calendar.filters().ownerProperty().get(),
                calendar.filters().roleProperty().get(), 0, 0, 0, 0, calendar.filters().segmentProperty().get() == null ? null : calendar.filters().segmentProperty().get().id(), "", "", null, null, null);
        commit(new CalendarEdit("create \"" + created.name() + "\"", List.of(), List.of(created)), true);
        calendar.selectOccurrence(new Occurrence(created, first, last));
    }

    /** The occurrence was dragged (moved) or one of its edges was (resized). */
    void move(Occurrence occurrence, LocalDate newStart, LocalDate newEnd) {
        if (newEnd.isBefore(newStart) || (newStart.equals(occurrence.start()) && newEnd.equals(occurrence.end()))) {
            calendar.redraw(); // put the view back
            return;
        }
        boolean resized = newEnd.toEpochDay() - newStart.toEpochDay() != occurrence.end().toEpochDay() - occurrence.start().toEpochDay();
        String verb = resized ? "change the dates of" : "move";
        String action = verb + " \"" + occurrence.campaign().name() + "\"";
        Campaign campaign = occurrence.campaign();
        Optional<CalendarViewModel.Scope> scope = occurrence.ofSeries() ? calendar.seriesQuestion().ask(verb, occurrence) : Optional.of(CalendarViewModel.Scope.SERIES);
        if (scope.isEmpty()) {
            calendar.redraw();
            return;
        }
        if (scope.get() == CalendarViewModel.Scope.SERIES) {
            long shift = occurrence.daysTo(newStart);
            LocalDate start = campaign.start().plusDays(shift);
            Campaign moved = campaign.withDates(start, start.plusDays(newEnd.toEpochDay() - newStart.toEpochDay()));
            if (!checked(moved)) {
                return;
            }
            commit(new CalendarEdit(action, List.of(campaign), List.of(moved)), true);
            calendar.selectOccurrence(new Occurrence(moved, newStart, newEnd));
        } else {
            Campaign alone = campaign.copy(UUID.randomUUID(), campaign.name()).withRecurrence(null).withDates(newStart, newEnd);
            Campaign rest = campaign.withRecurrence(campaign.recurrence().skipping(occurrence.start()));
            commit(new CalendarEdit(action, List.of(campaign), List.of(rest, alone)), true);
            calendar.selectOccurrence(new Occurrence(alone, newStart, newEnd));
        }
    }

    /** Ctrl+D: a copy of the campaign (or series) under a new name, selected for editing. */
    void duplicate(Occurrence occurrence) {
        Campaign campaign = calendar.campaignsById().get(occurrence.campaign().id());
        if (campaign == null) {
            return;
        }
        Campaign copy = campaign.copy(UUID.randomUUID(), copyName(campaign.name()));
        if (!checked(copy)) {
            return;
        }
        commit(new CalendarEdit("duplicate \"" + campaign.name() + "\"", List.of(), List.of(copy)), true);
        calendar.selectOccurrence(new Occurrence(copy, copy.start(), copy.end()));
    }

    void delete(Occurrence occurrence) {
        Campaign campaign = calendar.campaignsById().get(occurrence.campaign().id());
        if (campaign == null) {
            return;
        }
        String verb = "delete";
        String action = verb + " \"" + campaign.name() + "\"";
        Optional<CalendarViewModel.Scope> scope = occurrence.ofSeries() ? calendar.seriesQuestion().ask(verb, occurrence) : Optional.of(CalendarViewModel.Scope.SERIES);
        if (scope.isEmpty()) {
            calendar.redraw();
            return;
        }
        if (scope.get() == CalendarViewModel.Scope.SERIES) {
            commit(new CalendarEdit(action, List.of(campaign), List.of()), true);
        } else {
            Campaign rest = campaign.withRecurrence(campaign.recurrence().skipping(occurrence.start()));
            commit(new CalendarEdit(action + " on " + CalendarText.day(occurrence.start(), calendar.locale()), List.of(campaign), List.of(rest)),
                    true);
        }
        calendar.selectOccurrence(null);
    }

    /**
     * The side panel's edit of an occurrence. Editing one occurrence of a series takes it out of
     * the series as a campaign of its own; the returned occurrence is what the panel edits next.
     */
    /**
     * @param field the side panel's field typed in: typing in one field of one campaign is one step of the history
     */
    Occurrence edit(Occurrence occurrence, Campaign changed, CalendarViewModel.Scope scope, Object field) {
        Campaign campaign = calendar.campaignsById().get(occurrence.campaign().id());
        if (campaign == null) {
            return occurrence;
        }
        Occurrence now;
        if (occurrence.ofSeries() && scope == CalendarViewModel.Scope.OCCURRENCE) {
            Campaign alone = changed.copy(UUID.randomUUID(), changed.name()).withRecurrence(null);
            Campaign rest = campaign.withRecurrence(campaign.recurrence().skipping(occurrence.start()));
            commit(new CalendarEdit("change one \"" + campaign.name() + "\"", List.of(campaign), List.of(rest, alone)), true);
            now = new Occurrence(alone, alone.start(), alone.end());
        } else {
            commit(new CalendarEdit("edit \"" + campaign.name() + "\"", List.of(campaign), List.of(changed)),
                    field == null ? null : List.of(campaign.id(), field));
            LocalDate start = occurrence.ofSeries() && changed.recurrence() != null ? occurrence.start() : changed.start();
            now = changed.recurrence() == null ? new Occurrence(changed, changed.start(), changed.end())
                    : new Occurrence(changed, start, start.plusDays(changed.days() - 1));
        }
        calendar.selectOccurrence(now);
        return now;
    }

    /** The user left a field of the side panel: its typing so far is one step. */
    void endTyping() {
        Plan shown = calendar.shownPlan();
        if (shown != null) {
            histories.of(shown.id()).seal();
        }
    }

    /** Undoes the last step of the shown plan's history (the toolbar's Undo, as Edit > Undo). */
    void undo() {
        Plan shown = calendar.shownPlan();
        if (shown != null) {
            histories.of(shown.id()).undo();
        }
    }

    private boolean checked(Campaign campaign) {
        if (!campaign.problems().isEmpty()) {
            calendar.say(campaign.problems().get(0).getMessage());
            calendar.redraw();
            return false;
        }
        return true;
    }

    /** Applies an edit and records it in the plan's history as one step. */
    private void commit(CalendarEdit edit, boolean undoable) {
        commit(edit, undoable ? NEW_STEP : null);
    }

    /** A merge key that no other edit has: the edit is a step of its own. */
    private static final Object NEW_STEP = new Object();

    private void commit(CalendarEdit edit, Object mergeKey) {
        apply(edit);
        Plan shown = calendar.shownPlan();
        if (mergeKey == null || shown == null) {
            return;
        }
        histories.of(shown.id()).record(Edit.of(edit.description(), mergeKey == NEW_STEP ? null : mergeKey, () -> {
            apply(edit.reversed());
            calendar.say("Undone: " + edit.description() + ".");
        }, () -> {
            apply(edit);
            calendar.say("Redone: " + edit.description() + ".");
        }));
    }

    /**
     * Applies an edit here at once (the view already shows it) and in the store, in one transaction.
     * An undo may come while another plan is shown: then only the store changes.
     */
    private void apply(CalendarEdit edit) {
        Plan shown = calendar.shownPlan();
        boolean here = shown != null && java.util.stream.Stream.concat(edit.before().stream(), edit.after().stream())
                .allMatch(c -> c.planId().equals(shown.id()));
        if (here) {
            for (UUID gone : edit.removed()) {
                calendar.campaignsById().remove(gone);
            }
            for (Campaign c : edit.after()) {
                calendar.campaignsById().put(c.id(), c);
            }
            calendar.recompute();
            Occurrence was = calendar.selectedProperty().get();
            if (was != null) {
                Occurrence now = calendar.refreshed(was);
                if (now == null || !now.campaign().equals(was.campaign())) {
                    calendar.selectOccurrence(now);
                }
            }
        }
        runner.run(() -> {
            service.apply(edit.after(), edit.removed());
            return null;
        }, ignored -> { }, e -> {
            errors.report(edit.description(), e);
            calendar.reload();
        });
    }

    private String copyName(String name) {
        String candidate = name + " (copy)";
        for (int n = 2; containsName(candidate); n++) {
            candidate = name + " (copy " + n + ")";
        }
        return candidate.length() > Campaign.MAX_NAME_LENGTH ? candidate.substring(0, Campaign.MAX_NAME_LENGTH) : candidate;
    }

    private boolean containsName(String name) {
        return calendar.campaignsById().values().stream().anyMatch(c -> c.name().equalsIgnoreCase(name));
    }
}
