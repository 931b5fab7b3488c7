package org.tandem.domain;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/** The arithmetic of the campaign calendar: collisions, spend and leads by month and channel, cost per lead. */
public final class CampaignMath {
    private CampaignMath() {
    }

    /** Two occurrences that compete: same channel, same target segment, dates that meet. */
    public record Overlap(Occurrence firstOccurrence, Occurrence secondOccurrence) {
        public Campaign first() {
            return firstOccurrence.campaign();
        }

        public Campaign second() {
            return secondOccurrence.campaign();
        }

        /** The first day both run. */
        public java.time.LocalDate from() {
            return firstOccurrence.start().isAfter(secondOccurrence.start()) ? firstOccurrence.start() : secondOccurrence.start();
        }
    }

    /**
     * Every pair of occurrences on the same channel aimed at the same segment whose dates overlap;
     * series are expanded first, so a newsletter can collide with a one-off mailing. Cancelled
     * campaigns, campaigns without a segment and sales activities (several a day is their nature)
     * never collide. Sorted by start, so the scan only
     * compares occurrences that can still meet.
     */
    public static List<Overlap> overlaps(List<Campaign> campaigns) {
        List<Occurrence> live = campaigns.stream()
                .filter(c -> c.status() != CampaignStatus.CANCELLED && c.segmentId() != null && !"sales".equals(c.role()))
                .flatMap(c -> c.occurrences().stream())
                .sorted(Comparator.comparing(Occurrence::start)).toList();
        // only occurrences on one channel and segment can meet: scanning each such group alone, not the whole plan,
        // took the L plan's 20,000 campaigns from 3 million comparisons to a few thousand
        Map<String, List<Integer>> groups = new java.util.HashMap<>();
        for (int i = 0; i < live.size(); i++) {
            Campaign c = live.get(i).campaign();
            groups.computeIfAbsent(caseFolded(c.channel()) + '\n' + c.segmentId(), k -> new ArrayList<>()).add(i);
        }
        List<long[]> pairs = new ArrayList<>();
        for (List<Integer> group : groups.values()) {
            for (int x = 0; x < group.size(); x++) {
                Occurrence a = live.get(group.get(x));
                for (int y = x + 1; y < group.size() && !live.get(group.get(y)).start().isAfter(a.end()); y++) {
                    if (!a.campaign().id().equals(live.get(group.get(y)).campaign().id())) {
                        pairs.add(new long[]{group.get(x), group.get(y)});
                    }
                }
            }
        }
        // in the order of a scan of the whole plan by start: the first's start, then the second's
        pairs.sort(Comparator.<long[]>comparingLong(p -> p[0]).thenComparingLong(p -> p[1]));
        List<Overlap> found = new ArrayList<>(pairs.size());
        for (long[] p : pairs) {
            found.add(new Overlap(live.get((int) p[0]), live.get((int) p[1])));
        }
        return found;
    }

    /** The same for two channel names exactly when {@link String#equalsIgnoreCase} says they are equal. */
    static String caseFolded(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            folded.append(Character.toLowerCase(Character.toUpperCase(text.charAt(i))));
        }
        return folded.toString();
    }

    /** Planned and actual money and leads for one month or one channel. */
    public record Totals(long planned, long spent, int expectedLeads, int actualLeads) {
        static final Totals ZERO = new Totals(0, 0, 0, 0);

        Totals plus(Totals other) {
            return new Totals(Math.addExact(planned, other.planned), Math.addExact(spent, other.spent),
                    Math.addExact(expectedLeads, other.expectedLeads), Math.addExact(actualLeads, other.actualLeads));
        }

        /** Actual spend per actual lead, in minor units; empty when there were no leads (not infinite, not zero). */
        public OptionalLong costPerLead() {
            return actualLeads == 0 ? OptionalLong.empty() : OptionalLong.of(Math.round((double) spent / actualLeads));
        }
    }

    /**
     * Totals per month. A campaign's money and leads are spread over its months in proportion to
     * its days in each, with any rounding remainder on its last month, so the months add up to the
     * campaign exactly.
     */
    public static Map<YearMonth, Totals> byMonth(List<Campaign> campaigns) {
        return byMonth(campaigns, null);
    }

    /**
     * Totals per month, the actual spend and leads spread only over the days up to {@code today}: what a running
     * campaign has spent so far belongs to the months that have been, not to the ones still ahead (null: all days).
     */
    public static Map<YearMonth, Totals> byMonth(List<Campaign> campaigns, java.time.LocalDate today) {
        Map<YearMonth, Totals> months = new TreeMap<>();
        for (Campaign campaign : campaigns) {
            if (campaign.status() == CampaignStatus.CANCELLED) {
                continue;
            }
            for (Occurrence o : campaign.occurrences()) {
                java.time.LocalDate actualEnd = today == null || !o.end().isAfter(today) ? o.end()
                        : today.isBefore(o.start()) ? o.start() : today;
                Map<YearMonth, Long> planned = spread(campaign.plannedBudget(), o.start(), o.end());
                Map<YearMonth, Long> expected = spread(campaign.expectedLeads(), o.start(), o.end());
                // an occurrence still to start (a series' next issues) has no actuals yet
                boolean ahead = today != null && o.start().isAfter(today);
                Map<YearMonth, Long> spent = spread(ahead ? 0 : campaign.actualSpend(), o.start(), actualEnd);
                Map<YearMonth, Long> actual = spread(ahead ? 0 : campaign.actualLeads(), o.start(), actualEnd);
                for (YearMonth m = YearMonth.from(o.start()); !m.isAfter(YearMonth.from(o.end())); m = m.plusMonths(1)) {
                    months.merge(m, new Totals(planned.getOrDefault(m, 0L), spent.getOrDefault(m, 0L),
                            expected.getOrDefault(m, 0L).intValue(), actual.getOrDefault(m, 0L).intValue()), Totals::plus);
                }
            }
        }
        return months;
    }

    /** An amount over the months of [start, end] in proportion to their days, the remainder on the last month. */
    private static Map<YearMonth, Long> spread(long amount, java.time.LocalDate start, java.time.LocalDate end) {
        Map<YearMonth, Long> shares = new TreeMap<>();
        long days = java.time.temporal.ChronoUnit.DAYS.between(start, end) + 1;
        long left = amount;
        YearMonth last = YearMonth.from(end);
        for (YearMonth month = YearMonth.from(start); !month.isAfter(last); month = month.plusMonths(1)) {
            if (month.equals(last)) {
                shares.put(month, left);
            } else {
                java.time.LocalDate from = month.equals(YearMonth.from(start)) ? start : month.atDay(1);
                long inMonth = java.time.temporal.ChronoUnit.DAYS.between(from, month.atEndOfMonth()) + 1;
                long share = part(amount, inMonth, days);
                shares.put(month, share);
                left -= share;
            }
        }
        return shares;
    }

    /**
     * Totals per channel (whole campaigns). The figures of a series are per occurrence (each
     * newsletter issue has its own cost and leads), so a series counts once per occurrence.
     */
    public static Map<String, Totals> byChannel(List<Campaign> campaigns) {
        Map<String, Totals> channels = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Campaign c : campaigns) {
            if (c.status() != CampaignStatus.CANCELLED) {
                int times = c.recurrence() == null ? 1 : c.occurrences().size();
                channels.merge(c.channel(), new Totals(c.plannedBudget() * times, c.actualSpend() * times,
                        c.expectedLeads() * times, c.actualLeads() * times), Totals::plus);
            }
        }
        return channels;
    }

    public static Totals total(List<Campaign> campaigns) {
        return byChannel(campaigns).values().stream().reduce(Totals.ZERO, Totals::plus);
    }

    /** What is left of a marketing budget after the planned campaigns, or empty when no budget is set. */
    public static Optional<Long> remaining(Long marketingBudget, List<Campaign> campaigns) {
        return marketingBudget == null ? Optional.empty() : Optional.of(marketingBudget - total(campaigns).planned());
    }

    private static long part(long whole, long days, long of) {
        return whole * days / of;
    }
}
