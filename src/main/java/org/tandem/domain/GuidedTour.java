package org.tandem.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The guided tour of a plan: research, competitors, the calendar, the six steps of the sales plan and the dashboard,
 * each stop saying what the part is for with the plan's own numbers (the same figures and explanations the screens
 * show), where it is, and which part of the screen to light up.
 */
public final class GuidedTour {
    /**
     * One stop.
     *
     * @param highlight the id of the part of the screen the stop is about (the first one showing)
     */
    public record Stop(String title, String text, Destination where, String highlight) {
    }

    private GuidedTour() {
    }

    public static List<Stop> stops(StatusInputs in, Locale locale) {
        SectionCounts counts = in.counts();
        List<Stop> stops = new ArrayList<>();
        stops.add(new Stop("Market research", String.format(locale, "Start from the market. This plan keeps %s and %s: who buys, what"
                        + " they need, how big the market is. Every note has its source and how sure it is.",
                plural(counts.notes(), "research note"), plural(counts.segments(), "segment")),
                Destination.section(Destination.Kind.RESEARCH), "noteList"));
        stops.add(new Stop("Competitors", String.format(locale, "Then who else serves them: %s, each with strengths, weaknesses and a"
                        + " threat level, compared on the criteria that matter to buyers and placed on a positioning map.",
                plural(counts.competitors(), "competitor")), Destination.section(Destination.Kind.COMPETITORS), "competitorList"));
        stops.add(new Stop("Campaign calendar", String.format(locale, "Marketing's hat: %s on the calendar, each with a channel, a budget"
                        + " and the leads it is expected to bring. Those leads feed the sales plan's funnel.",
                plural(counts.campaigns(), "campaign or calendar item")), Destination.calendar(in.today()), "calendarRoot"));
        SalesPlanContents chosen = in.chosen();
        if (chosen == null) {
            stops.add(new Stop("The sales plan", "Sales' hat: a sales plan takes six steps, from objectives to control. This plan has"
                    + " none yet: Sales plan > New sales plan starts one.", Destination.salesStep(null, 1, null), "salesPlanRoot"));
        } else {
            salesSteps(stops, in, chosen, locale);
        }
        stops.add(new Stop("Both hats on the dashboard", "The dashboard puts both together: what marketing has running and spends,"
                + " where sales stands against its targets, the funnel between them and the hours each hat takes. Every figure opens"
                + " where it comes from, and \"?\" explains it.", Destination.section(Destination.Kind.DASHBOARD), "hats"));
        return List.copyOf(stops);
    }

    private static void salesSteps(List<Stop> stops, StatusInputs in, SalesPlanContents chosen, Locale locale) {
        SalesPlanFigures figures = in.figures();
        SalesExplanations explain = new SalesExplanations(figures, locale);
        java.util.UUID id = chosen.plan().id();
        String name = "\"" + chosen.plan().name() + "\"";
        stops.add(new Stop("1. Objectives", String.format(locale, "Sales' hat: the sales plan %s starts from %s, each checked for being"
                        + " SMART. %s", name, plural(chosen.objectives().size(), "objective"), worked(explain.revenueTarget())),
                Destination.salesStep(id, 1, null), "objectiveTable"));
        stops.add(new Stop("2. Activities", String.format(locale, "%s turn the targets into work. The funnel says how many leads that"
                        + " takes: %s %s", capital(plural(chosen.activities().size(), "activity")), worked(explain.leadsNeeded()),
                worked(explain.leadGap())), Destination.salesStep(id, 2, null), "activityTable"));
        stops.add(new Stop("3. Resources", String.format(locale, "%s and the money: whether the hours fit the people and the budget fits"
                        + " the work. %s%s", capital(plural(chosen.people().size(), "person")), worked(explain.moneyNeeded()),
                figures.warnings().isEmpty() ? " Everything fits." : " " + figures.warnings().get(0)),
                Destination.salesStep(id, 3, null), "loadTable"));
        stops.add(new Stop("4. Implement", String.format(locale, "The activities go on the calendar beside marketing's campaigns, with"
                        + " %s to see that the plan is happening.", plural(chosen.milestones().size(), "milestone")),
                Destination.salesStep(id, 4, null), "milestoneTable"));
        stops.add(new Stop("5. Assess", String.format(locale, "What happened: %s entered or imported from a spreadsheet, set against"
                        + " each objective's target due so far.", plural(chosen.actuals().size(), "actual")),
                Destination.salesStep(id, 5, null), "stepHost"));
        stops.add(new Stop("6. Control", String.format(locale, "Where it is heading and what to do about it: %s %s",
                worked(explain.forecastRevenue()), plural(chosen.actions().size(), "corrective action") + " so far."),
                Destination.salesStep(id, 6, null), "varianceTable"));
    }

    /** An explanation in a sentence or two: "Leads needed: 100 (48,000 / (1,600 x 30 %) = 100)." */
    static String worked(Explanation e) {
        if (Figure.DASH.equals(e.result())) {
            return e.figure() + ": not known yet" + (e.note().isEmpty() ? "." : " (" + e.note() + ").");
        }
        String withNumbers = e.formula().stream().filter(line -> line.chars().anyMatch(Character::isDigit)).reduce((a, b) -> b).orElse("");
        // "48,000 = 48,000" (a single input) says nothing the result does not
        withNumbers = withNumbers.matches("[\\d\\s.,=%]*") ? "" : withNumbers;
        return e.figure() + ": " + e.result() + (withNumbers.isEmpty() ? "." : " (" + withNumbers.replaceFirst("^= ", "") + ").");
    }

    private static String plural(int n, String noun) {
        if (n == 1) {
            return "1 " + noun;
        }
        String many = noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun.equals("person") ? "people" : noun + "s";
        return n + " " + many;
    }

    private static String capital(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
