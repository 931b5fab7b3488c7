package org.tandem.domain;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/** The arithmetic of the campaign calendar: collisions, spend and leads by month and channel, cost per lead. */
public final class CampaignMath {
    private CampaignMath() {
    }

    /** Two campaigns that compete: same channel, same target segment, dates that meet. */
    public record Overlap(Campaign first, Campaign second) {
    }

    /**
     * Every pair of campaigns on the same channel aimed at the same segment whose dates overlap.
     * Cancelled campaigns and campaigns without a segment never collide. Sorted by start, so the
     * scan only compares campaigns that can still meet.
     */
    public static List<Overlap> overlaps(List<Campaign> campaigns) {
        List<Campaign> live = campaigns.stream()
                .filter(c -> c.status() != CampaignStatus.CANCELLED && c.segmentId() != null)
                .sorted(Comparator.comparing(Campaign::start)).toList();
        List<Overlap> found = new ArrayList<>();
        for (int i = 0; i < live.size(); i++) {
            Campaign a = live.get(i);
            for (int j = i + 1; j < live.size() && !live.get(j).start().isAfter(a.end()); j++) {
                Campaign b = live.get(j);
                if (a.channel().equalsIgnoreCase(b.channel()) && Objects.equals(a.segmentId(), b.segmentId())) {
                    found.add(new Overlap(a, b));
                }
            }
        }
        return found;
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
        Map<YearMonth, Totals> months = new TreeMap<>();
        for (Campaign c : campaigns) {
            if (c.status() == CampaignStatus.CANCELLED) {
                continue;
            }
            long days = c.days();
            Totals left = new Totals(c.plannedBudget(), c.actualSpend(), c.expectedLeads(), c.actualLeads());
            YearMonth month = YearMonth.from(c.start());
            YearMonth last = YearMonth.from(c.end());
            while (!month.isAfter(last)) {
                Totals share;
                if (month.equals(last)) {
                    share = left;
                } else {
                    java.time.LocalDate from = month.equals(YearMonth.from(c.start())) ? c.start() : month.atDay(1);
                    long inMonth = java.time.temporal.ChronoUnit.DAYS.between(from, month.atEndOfMonth()) + 1;
                    share = new Totals(part(c.plannedBudget(), inMonth, days), part(c.actualSpend(), inMonth, days),
                            (int) part(c.expectedLeads(), inMonth, days), (int) part(c.actualLeads(), inMonth, days));
                    left = new Totals(left.planned() - share.planned(), left.spent() - share.spent(),
                            left.expectedLeads() - share.expectedLeads(), left.actualLeads() - share.actualLeads());
                }
                months.merge(month, share, Totals::plus);
                month = month.plusMonths(1);
            }
        }
        return months;
    }

    /** Totals per channel (whole campaigns). */
    public static Map<String, Totals> byChannel(List<Campaign> campaigns) {
        Map<String, Totals> channels = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Campaign c : campaigns) {
            if (c.status() != CampaignStatus.CANCELLED) {
                channels.merge(c.channel(), new Totals(c.plannedBudget(), c.actualSpend(), c.expectedLeads(), c.actualLeads()),
                        Totals::plus);
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
