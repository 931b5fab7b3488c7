package org.tandem.ui.calendar;

import org.tandem.domain.Occurrence;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where each campaign's bar goes on a calendar of whole weeks: one bar per week it touches, from its first to its last
 * day in that week, in the lowest lane free on all those days (earlier and longer campaigns first, so a campaign keeps
 * its lane across the days of a week). Plain arithmetic, tested without a screen.
 */
final class WeekLanes {
    /** Something with days on the calendar: a campaign's occurrence, or an imported calendar's event. */
    record Item(Object source, String name, LocalDate start, LocalDate end) {
        static Item of(Occurrence o) {
            return new Item(o, o.campaign().name(), o.start(), o.end());
        }

        static Item of(org.tandem.domain.OverlayEvent e) {
            return new Item(e, e.title(), e.start(), e.end());
        }

        Occurrence occurrence() {
            return source instanceof Occurrence o ? o : null;
        }
    }

    /** One week's piece of an item: columns 0..6 of week row {@code week}. */
    record Bar(Item item, int week, int firstColumn, int lastColumn, int lane, boolean continuesBefore,
               boolean continuesAfter) {
    }

    /** The bars, and how many campaigns fall on each day (row-major: week * 7 + column). */
    record Layout(List<Bar> bars, int[] perDay) {
        int count(int week, int column) {
            return perDay[week * 7 + column];
        }
    }

    private WeekLanes() {
    }

    /** @param maxLanes lanes beyond this are never shown: their items only count towards "+N more" */
    static Layout place(List<Item> items, LocalDate firstDay, int weeks, int maxLanes) {
        List<Item> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(Item::start)
                .thenComparing(Comparator.comparing(Item::end).reversed())
                .thenComparing(Item::name));
        int[] perDay = new int[weeks * 7];
        List<Bar> bars = new ArrayList<>();
        List<List<boolean[]>> lanesByWeek = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            lanesByWeek.add(new ArrayList<>());
        }
        LocalDate lastDay = firstDay.plusDays(weeks * 7L - 1);
        for (Item o : sorted) {
            if (o.end().isBefore(firstDay) || o.start().isAfter(lastDay)) {
                continue;
            }
            long from = Math.max(0, ChronoUnit.DAYS.between(firstDay, o.start()));
            long to = Math.min(weeks * 7L - 1, ChronoUnit.DAYS.between(firstDay, o.end()));
            for (long d = from; d <= to; d++) {
                perDay[(int) d]++;
            }
            for (int week = (int) (from / 7); week <= to / 7; week++) {
                int first = (int) Math.max(from - week * 7L, 0);
                int last = (int) Math.min(to - week * 7L, 6);
                int lane = freeLane(lanesByWeek.get(week), first, last);
                if (lane >= maxLanes) {
                    continue;
                }
                bars.add(new Bar(o, week, first, last, lane, week * 7L + first > ChronoUnit.DAYS.between(firstDay, o.start()),
                        week * 7L + last < ChronoUnit.DAYS.between(firstDay, o.end())));
            }
        }
        return new Layout(bars, perDay);
    }

    /** The lowest lane free from column {@code first} to {@code last}, taken for them. */
    private static int freeLane(List<boolean[]> lanes, int first, int last) {
        for (int lane = 0; ; lane++) {
            if (lane == lanes.size()) {
                lanes.add(new boolean[7]);
            }
            boolean[] taken = lanes.get(lane);
            boolean free = true;
            for (int c = first; c <= last && free; c++) {
                free = !taken[c];
            }
            if (free) {
                for (int c = first; c <= last; c++) {
                    taken[c] = true;
                }
                return lane;
            }
        }
    }
}
