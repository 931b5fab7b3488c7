package org.tandem.ui.calendar;

import org.tandem.domain.Campaign;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One undoable change to the calendar, as the campaigns before and after it (a move, a resize, a
 * delete, a series split). Undoing it is the same change the other way round.
 */
record CalendarEdit(String description, List<Campaign> before, List<Campaign> after) {

    CalendarEdit reversed() {
        return new CalendarEdit(description, after, before);
    }

    /** Campaigns that exist before but not after: the store deletes them. */
    List<UUID> removed() {
        Set<UUID> kept = after.stream().map(Campaign::id).collect(Collectors.toSet());
        return before.stream().map(Campaign::id).filter(id -> !kept.contains(id)).toList();
    }
}
