package org.tandem.ui.calendar;

import org.tandem.domain.Campaign;
import org.tandem.service.CalendarService;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * What every view of the calendar needs from a plan's campaigns, worked out once per data change: the campaigns by
 * start date, their collisions, the owners to filter by. Plain work on a list: a read of the campaigns does it off
 * the JavaFX thread (on the L plan's 20,000 campaigns, the sort and the collisions held that thread a tenth of a
 * second as the calendar came into view).
 */
record CalendarIndex(List<Campaign> byDate, CalendarOverlaps overlaps, List<String> owners) {
    static final Comparator<Campaign> BY_DATE = Comparator.comparing(Campaign::start).thenComparing(Campaign::name,
            String.CASE_INSENSITIVE_ORDER);

    static final CalendarIndex EMPTY = of(List.of());

    /** A read of the calendar with its index worked out beside it, on the thread that read it. */
    record Read(CalendarService.Contents contents, CalendarIndex index) {
        static Read of(CalendarService.Contents contents) {
            return new Read(contents, CalendarIndex.of(contents.campaigns()));
        }
    }

    static CalendarIndex of(Collection<Campaign> campaigns) {
        TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        campaigns.stream().map(Campaign::owner).filter(o -> !o.isBlank()).forEach(names::add);
        return new CalendarIndex(campaigns.stream().sorted(BY_DATE).toList(), new CalendarOverlaps(campaigns), List.copyOf(names));
    }
}
