package org.tandem.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The two-hats balance for a stretch of days (this week, this month): per person, the hours of
 * marketing work and of sales work their activities plan, against the hours they have for each hat
 * (someone in both roles gives half to each). Only days inside the sales plan's period count.
 */
public record TimeSplit(String window, LocalDate from, LocalDate to, List<Row> rows) {

    /** One person's hours in the window, and the figure that explains them. */
    public record Row(String person, double marketing, double marketingAvailable, double sales, double salesAvailable,
                      StatusFigure figure) {
        public boolean over() {
            return marketing > marketingAvailable + 1e-9 || sales > salesAvailable + 1e-9;
        }
    }

    public static TimeSplit week(SalesPlanFigures figures, LocalDate today, Locale locale) {
        LocalDate monday = today.with(DayOfWeek.MONDAY);
        return of("This week", "week", monday, monday.plusDays(6), figures, locale);
    }

    public static TimeSplit month(SalesPlanFigures figures, LocalDate today, Locale locale) {
        return of("This month", "month", today.withDayOfMonth(1), today.withDayOfMonth(today.lengthOfMonth()), figures, locale);
    }

    static TimeSplit of(String window, String key, LocalDate from, LocalDate to, SalesPlanFigures figures, Locale locale) {
        SalesPeriod period = figures.plan().period();
        LocalDate a = from.isBefore(period.start()) ? period.start() : from;
        LocalDate b = to.isAfter(period.end()) ? period.end() : to;
        double weeks = b.isBefore(a) ? 0 : (ChronoUnit.DAYS.between(a, b) + 1) / 7.0;
        Map<String, SalesPerson> people = new LinkedHashMap<>();
        figures.people().forEach(p -> people.putIfAbsent(p.name().toLowerCase(Locale.ROOT), p));
        Map<String, List<SalesActivity>> work = new LinkedHashMap<>();
        people.keySet().forEach(k -> work.put(k, new ArrayList<>()));
        for (SalesActivity act : figures.activities()) {
            String k = people.containsKey(act.owner().toLowerCase(Locale.ROOT)) ? act.owner().toLowerCase(Locale.ROOT) : "";
            work.computeIfAbsent(k, x -> new ArrayList<>()).add(act);
        }
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, List<SalesActivity>> e : work.entrySet()) {
            SalesPerson p = people.get(e.getKey());
            String name = p == null ? "(no owner)" : p.name();
            double m = 0;
            double s = 0;
            List<Explanation.Input> inputs = new ArrayList<>();
            for (SalesActivity act : e.getValue()) {
                double hours = act.demand(period).hours() * weeks;
                if (act.type().role() == Capacity.Role.MARKETING) {
                    m += hours;
                } else {
                    s += hours;
                }
                inputs.add(new Explanation.Input(act.title() + " (" + (act.type().role() == Capacity.Role.MARKETING ? "marketing" : "sales") + ")",
                        num(hours, locale) + " h", SalesExplanations.ACTIVITIES));
            }
            double week = p == null ? 0 : p.hoursPerWeek();
            double mShare = p == null ? 0 : p.role() == Capacity.Role.MARKETING ? 1 : p.role() == Capacity.Role.BOTH ? 0.5 : 0;
            double mAvail = week * mShare * weeks;
            double sAvail = week * (p == null ? 0 : 1 - mShare) * weeks;
            inputs.add(new Explanation.Input(name + "'s hours a week", num(week, locale) + " h"
                    + (p == null ? "" : " (" + p.role().name().toLowerCase(Locale.ROOT) + ")"), SalesExplanations.RESOURCES));
            String shown = "marketing " + num(m, locale) + " of " + num(mAvail, locale) + " h, sales " + num(s, locale) + " of "
                    + num(sAvail, locale) + " h";
            Explanation why = new Explanation(name + ", " + window.toLowerCase(Locale.ROOT), shown, List.of(
                    "hours planned = each activity's hours a week x " + num(weeks, locale) + " weeks of the period in " + from + " to " + to,
                    "hours available = hours a week x the share for the hat (all, half in both roles, none) x " + num(weeks, locale) + " weeks",
                    "marketing = " + num(m, locale) + " of " + num(mAvail, locale) + " h; sales = " + num(s, locale) + " of " + num(sAvail, locale) + " h"),
                    inputs, "Campaign and content work is marketing's; every other activity is selling.");
            rows.add(new Row(name, m, mAvail, s, sAvail, new StatusFigure("time." + key + "." + name,
                    name + ", " + window.toLowerCase(Locale.ROOT), shown, Figure.of(m + s), why,
                    Destination.salesStep(figures.plan().id(), 3, p == null ? null : p.id()))));
        }
        return new TimeSplit(window, from, to, rows);
    }

    private static String num(double v, Locale locale) {
        return NumberText.formatNumber(v, locale, 1);
    }
}
