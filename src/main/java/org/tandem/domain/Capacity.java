package org.tandem.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Hours the activities need per week against the hours people have, per person and per role, and
 * money needed (activities plus the period's campaigns) against the budget. Over-allocation is a
 * warning with what to cut or move, never a block.
 */
public final class Capacity {
    private Capacity() {
    }

    /** Who does the work: marketing, sales or both. */
    public enum Role { MARKETING, SALES, BOTH }

    public record Person(String name, Role role, double hoursPerWeek) {
    }

    /** An activity's demand: its owner, units per week and hours per unit. */
    public record Demand(String activity, String owner, double unitsPerWeek, double hoursPerUnit) {
        public double hours() {
            return unitsPerWeek * hoursPerUnit;
        }
    }

    /** Needed against available for a person or a role. */
    public record Load(String who, double needed, double available) {
        public boolean over() {
            return needed > available + 1e-9;
        }

        public Figure used() {
            return available <= 0 ? Figure.none(who + " has no hours") : Figure.of(needed / available * 100);
        }
    }

    /** Per person, in the order of {@code people}; work owned by nobody listed shows as "(no owner)". */
    public static List<Load> perPerson(List<Demand> demands, List<Person> people) {
        Map<String, double[]> byName = new LinkedHashMap<>();
        for (Person p : people) {
            byName.put(key(p.name()), new double[]{0, p.hoursPerWeek()});
        }
        Map<String, String> names = new LinkedHashMap<>();
        people.forEach(p -> names.put(key(p.name()), p.name()));
        for (Demand d : demands) {
            String k = names.containsKey(key(d.owner())) ? key(d.owner()) : "";
            names.putIfAbsent(k, "(no owner)");
            byName.computeIfAbsent(k, x -> new double[]{0, 0})[0] += d.hours();
        }
        List<Load> loads = new ArrayList<>();
        byName.forEach((k, v) -> loads.add(new Load(names.get(k), v[0], v[1])));
        return loads;
    }

    /** Per role: a person in both roles counts half their hours to each. */
    public static Map<Role, Load> perRole(List<Demand> demands, List<Person> people, Map<String, Role> activityRoles) {
        double[] needed = new double[2];
        double[] available = new double[2];
        for (Person p : people) {
            switch (p.role()) {
                case MARKETING -> available[0] += p.hoursPerWeek();
                case SALES -> available[1] += p.hoursPerWeek();
                case BOTH -> {
                    available[0] += p.hoursPerWeek() / 2;
                    available[1] += p.hoursPerWeek() / 2;
                }
            }
        }
        for (Demand d : demands) {
            needed[activityRoles.getOrDefault(d.activity(), Role.SALES) == Role.MARKETING ? 0 : 1] += d.hours();
        }
        Map<Role, Load> roles = new LinkedHashMap<>();
        roles.put(Role.MARKETING, new Load("Marketing", needed[0], available[0]));
        roles.put(Role.SALES, new Load("Sales", needed[1], available[1]));
        return roles;
    }

    /** What to do about an over-allocated load, in words. */
    public static String advice(Load load) {
        if (!load.over()) {
            return "";
        }
        return String.format(Locale.ROOT, "%s needs %.1f h a week but has %.1f h: cut %.1f h of activities, move some to"
                + " another person, or lower the objective.", load.who(), load.needed(), load.available(), load.needed() - load.available());
    }

    /** Money left of the budget after activities and campaigns; unknown when no budget is set. */
    public static Figure moneyLeft(Double budget, double activitiesCost, double campaignsCost) {
        return budget == null ? Figure.none("no budget set for the period") : Figure.of(budget - activitiesCost - campaignsCost);
    }

    private static String key(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }
}
