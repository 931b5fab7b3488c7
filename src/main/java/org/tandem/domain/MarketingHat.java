package org.tandem.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The dashboard's marketing half: campaigns running now and starting soon, spend against planned
 * budget this month and this period, leads this month against expected, cost per lead by channel,
 * and overlaps ahead. Calendar items of sales activities are the sales half's.
 */
public record MarketingHat(List<StatusItem> running, List<StatusItem> startingSoon, StatusFigure spendThisMonth,
                           StatusFigure spendThisPeriod, StatusFigure leadsThisMonth, List<StatusFigure> costPerLead,
                           List<StatusItem> overlaps) {
    public static final int SOON_DAYS = 14;
    static final int LISTED = 8;

    public static MarketingHat of(StatusInputs in, Locale locale) {
        LocalDate today = in.today();
        List<Campaign> marketing = in.campaigns().stream().filter(c -> !"sales".equals(c.role())).toList();
        List<StatusItem> running = new ArrayList<>();
        List<StatusItem> soon = new ArrayList<>();
        for (Campaign c : marketing) {
            if (c.status() == CampaignStatus.CANCELLED) {
                continue;
            }
            for (Occurrence o : c.occurrences(today, today.plusDays(SOON_DAYS))) {
                if (!o.start().isAfter(today) && !o.end().isBefore(today)) {
                    running.add(item(o, "until " + o.end()));
                } else if (o.start().isAfter(today)) {
                    soon.add(item(o, "from " + o.start()));
                }
            }
        }
        running.sort(Comparator.comparing((StatusItem i) -> i.opens().day()).thenComparing(StatusItem::title));
        soon.sort(Comparator.comparing((StatusItem i) -> i.opens().day()).thenComparing(StatusItem::title));
        Money money = new Money(in.moneyDigits(), locale);
        YearMonth month = YearMonth.from(today);
        String monthName = month.getMonth().getDisplayName(TextStyle.FULL, locale) + " " + month.getYear();
        SalesPeriod period = in.period();
        // each campaign spread over its months once; the month, the period and the channels all add up these (a list,
        // not a map keyed by the campaign: hashing each campaign's every field cost more than the list's walks)
        List<CampaignMonths> perCampaign = new ArrayList<>(marketing.size());
        Map<YearMonth, CampaignMath.Totals> byMonth = new TreeMap<>();
        for (Campaign c : marketing) {
            Map<YearMonth, CampaignMath.Totals> months = CampaignMath.byMonth(List.of(c), today);
            perCampaign.add(new CampaignMonths(c, months));
            months.forEach((m, t) -> byMonth.merge(m, t, CampaignMath.Totals::plus));
        }
        CampaignMath.Totals thisMonth = byMonth.getOrDefault(month, CampaignMath.Totals.ZERO);
        CampaignMath.Totals inPeriod = sum(byMonth, period);
        return new MarketingHat(running, soon,
                spend("marketing.spendThisMonth", "Spend in " + monthName, thisMonth, money, monthName,
                        contributions(perCampaign, m -> m.equals(month), money), Destination.calendar(month.atDay(1))),
                spend("marketing.spendThisPeriod", "Spend in " + period.label(), inPeriod, money, period.label(),
                        contributions(perCampaign, m -> inPeriod(m, period), money), Destination.calendar(period.start())),
                leads(thisMonth, monthName, locale, month),
                costPerLead(perCampaign, period, money, locale), overlaps(marketing, today));
    }

    private static StatusItem item(Occurrence o, String when) {
        Campaign c = o.campaign();
        return new StatusItem(c.name(), (c.channel().isEmpty() ? "" : c.channel() + ", ") + when, Destination.campaign(c.id(), o.start()));
    }

    private static boolean inPeriod(YearMonth m, SalesPeriod period) {
        return !m.isBefore(YearMonth.from(period.start())) && !m.isAfter(YearMonth.from(period.end()));
    }

    private static CampaignMath.Totals sum(Map<YearMonth, CampaignMath.Totals> byMonth, SalesPeriod period) {
        CampaignMath.Totals total = CampaignMath.Totals.ZERO;
        for (Map.Entry<YearMonth, CampaignMath.Totals> e : byMonth.entrySet()) {
            if (inPeriod(e.getKey(), period)) {
                total = total.plus(e.getValue());
            }
        }
        return total;
    }

    /** A campaign's money and leads spread over its months. */
    private record CampaignMonths(Campaign campaign, Map<YearMonth, CampaignMath.Totals> months) {
    }

    /** A campaign's share of the months chosen. */
    private record Share(Campaign campaign, CampaignMath.Totals totals) {
    }

    /** The largest planned budgets first, then by name; equal in both, in the campaigns' order. */
    private static final Comparator<Share> LARGEST_FIRST = Comparator.comparingLong((Share s) -> -s.totals().planned())
            .thenComparing(s -> s.campaign().name());

    /**
     * Each campaign's share of the months chosen, the largest planned budgets first. Only the first {@link #LISTED} are
     * kept in order as the campaigns go by (the others are counted): sorting all of a big plan's thousands of shares
     * for eight of them was most of the dashboard's marketing arithmetic.
     */
    private static List<Explanation.Input> contributions(List<CampaignMonths> perCampaign,
                                                         java.util.function.Predicate<YearMonth> months, Money money) {
        List<Share> largest = new ArrayList<>(LISTED + 1);
        int counted = 0;
        for (CampaignMonths one : perCampaign) {
            CampaignMath.Totals share = CampaignMath.Totals.ZERO;
            for (Map.Entry<YearMonth, CampaignMath.Totals> e : one.months().entrySet()) {
                if (months.test(e.getKey())) {
                    share = share.plus(e.getValue());
                }
            }
            if (share.planned() != 0 || share.spent() != 0) {
                counted++;
                keepLargest(largest, new Share(one.campaign(), share));
            }
        }
        List<Explanation.Input> inputs = new ArrayList<>();
        for (Share e : largest) {
            inputs.add(new Explanation.Input(e.campaign().name(), money.text(e.totals().spent()) + " spent of "
                    + money.text(e.totals().planned()), "Campaign calendar: budget and actual spend"));
        }
        if (counted > LISTED) {
            inputs.add(new Explanation.Input((counted - LISTED) + " more campaigns", "", "Campaign calendar"));
        }
        return inputs;
    }

    /** Puts {@code share} in its place among the {@link #LISTED} largest so far (after those equal to it), if it is one. */
    private static void keepLargest(List<Share> largest, Share share) {
        if (largest.size() == LISTED && LARGEST_FIRST.compare(share, largest.get(LISTED - 1)) >= 0) {
            return;
        }
        int at = largest.size();
        while (at > 0 && LARGEST_FIRST.compare(share, largest.get(at - 1)) < 0) {
            at--;
        }
        largest.add(at, share);
        if (largest.size() > LISTED) {
            largest.remove(LISTED);
        }
    }

    private static StatusFigure spend(String key, String label, CampaignMath.Totals totals, Money money, String when,
                                      List<Explanation.Input> inputs, Destination opens) {
        String shown = money.text(totals.spent()) + " of " + money.text(totals.planned());
        Explanation why = new Explanation(label, shown, List.of(
                "spend = actual spend of the campaigns in " + when + ", spread over their days up to today",
                "planned = their planned budgets, spread over all their days",
                "= " + money.text(totals.spent()) + " spent of " + money.text(totals.planned()) + " planned"
                        + (totals.planned() == 0 ? "" : " (" + SalesText.percent((double) totals.spent() / totals.planned() * 100, money.locale()) + ")")),
                inputs, "A campaign over several months counts in each by its days; cancelled campaigns do not count.");
        return new StatusFigure(key, label, shown, Figure.of(money.major(totals.spent())), why, opens);
    }

    private static StatusFigure leads(CampaignMath.Totals totals, String monthName, Locale locale, YearMonth month) {
        String shown = SalesText.figure(totals.actualLeads(), locale) + " of " + SalesText.figure(totals.expectedLeads(), locale);
        Explanation why = new Explanation("Leads in " + monthName, shown, List.of(
                "leads = actual leads the campaigns recorded, spread over their days up to today",
                "expected = the campaigns' expected leads, spread over their days",
                "= " + shown + " expected"), List.of(new Explanation.Input("Actual leads", SalesText.figure(totals.actualLeads(), locale),
                "Campaign calendar: results"), new Explanation.Input("Expected leads", SalesText.figure(totals.expectedLeads(), locale),
                "Campaign calendar: goal")), "");
        return new StatusFigure("marketing.leadsThisMonth", "Leads in " + monthName, shown, Figure.of(totals.actualLeads()), why,
                Destination.calendar(month.atDay(1)));
    }

    /** Per channel over the period: actual spend per actual lead, or planned budget per expected lead while none came. */
    private static List<StatusFigure> costPerLead(List<CampaignMonths> perCampaign, SalesPeriod period, Money money, Locale locale) {
        // by each spelling first (a hash look-up per campaign), then the few spellings by name whatever their case: a
        // case-blind tree look-up per campaign was the most of this for a big plan's thousands of campaigns
        Map<String, ChannelTotals> spelt = new LinkedHashMap<>();
        for (CampaignMonths one : perCampaign) {
            Campaign c = one.campaign();
            String channel = c.channel().isEmpty() ? "(no channel)" : c.channel();
            ChannelTotals group = spelt.computeIfAbsent(channel, k -> new ChannelTotals(k, c));
            group.totals = group.totals.plus(sum(one.months(), period));
        }
        // the channel is named as its first campaign spells it and opens on that campaign
        Map<String, ChannelTotals> byChannel = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (ChannelTotals group : spelt.values()) {
            ChannelTotals same = byChannel.putIfAbsent(group.name, group);
            if (same != null) {
                same.totals = same.totals.plus(group.totals);
            }
        }
        List<StatusFigure> figures = new ArrayList<>();
        for (Map.Entry<String, ChannelTotals> e : byChannel.entrySet()) {
            CampaignMath.Totals t = e.getValue().totals;
            if (t.planned() == 0 && t.spent() == 0 && t.expectedLeads() == 0 && t.actualLeads() == 0) {
                continue;
            }
            boolean actual = t.actualLeads() > 0;
            long cost = actual ? t.spent() : t.planned();
            int leads = actual ? t.actualLeads() : t.expectedLeads();
            Figure value = leads == 0 ? Figure.none("no leads expected") : Figure.of(money.major(cost) / leads);
            String shown = value.known() ? money.text(Math.round((double) cost / leads)) + (actual ? "" : " planned") : Figure.DASH;
            Explanation why = new Explanation("Cost per lead, " + e.getKey(), shown, List.of(
                    actual ? "cost per lead = actual spend / actual leads in " + period.label()
                            : "cost per lead (planned) = planned budget / expected leads in " + period.label() + ", until leads are recorded",
                    "= " + money.text(cost) + " / " + SalesText.figure(leads, locale) + " = " + shown),
                    List.of(new Explanation.Input(actual ? "Actual spend" : "Planned budget", money.text(cost), "Campaign calendar, " + e.getKey()),
                            new Explanation.Input(actual ? "Actual leads" : "Expected leads", SalesText.figure(leads, locale),
                                    "Campaign calendar, " + e.getKey())), value.known() ? "" : "Cannot be worked out: no leads.");
            Campaign first = e.getValue().first;
            figures.add(new StatusFigure("marketing.costPerLead." + e.getKey(), e.getKey(), shown, value, why,
                    Destination.campaign(first.id(), first.start())));
        }
        return figures;
    }

    /** A channel's totals over the period, and the first of its campaigns. */
    private static final class ChannelTotals {
        private final String name;
        private final Campaign first;
        private CampaignMath.Totals totals = CampaignMath.Totals.ZERO;

        ChannelTotals(String name, Campaign first) {
            this.name = name;
            this.first = first;
        }
    }

    private static List<StatusItem> overlaps(List<Campaign> campaigns, LocalDate today) {
        LocalDate horizon = today.plusDays(StatusInputs.AHEAD_DAYS);
        List<StatusItem> found = new ArrayList<>();
        Set<Map.Entry<UUID, UUID>> seen = new HashSet<>();
        for (CampaignMath.Overlap o : CampaignMath.overlaps(campaigns)) {
            LocalDate end = o.firstOccurrence().end().isBefore(o.secondOccurrence().end()) ? o.firstOccurrence().end() : o.secondOccurrence().end();
            if (end.isBefore(today) || o.from().isAfter(horizon) || !seen.add(Map.entry(o.first().id(), o.second().id()))) {
                continue;
            }
            found.add(new StatusItem(o.first().name() + " and " + o.second().name(),
                    o.first().channel() + ", both running " + o.from() + " to " + end, Destination.campaign(o.first().id(), o.from())));
        }
        return found;
    }

    /** Money of the plan's currency, in minor units, as the calendar writes it. */
    record Money(int digits, Locale locale) {
        String text(long minor) {
            return NumberText.formatMoney(minor, locale, digits);
        }

        double major(long minor) {
            return minor / Math.pow(10, digits);
        }
    }
}
