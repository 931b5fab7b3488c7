package org.tandem.domain;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One student's plan in a class review: how much of the exercise is done and the figures an instructor checks
 * first, worked out by the same arithmetic as the wizard and the dashboard.
 *
 * @param file the student's file name
 * @param planName the plan's name in the file
 * @param partsAsked the parts the exercise handed out empty (every part when the exercise is not known)
 * @param partsDone those of them the student filled in
 * @param smartObjectives the objectives with nothing missing in the SMART check
 * @param warnings the capacity and budget warnings of the sales plan
 * @param changes what changed from the exercise's starting file, in words ("" when it is not known)
 * @param changed how many entities were added, changed or removed since the starting file (-1 when not known)
 */
public record StudentWork(String file, String planName, String salesPlan, Set<Exercise.Part> partsAsked,
                          Set<Exercise.Part> partsDone, int objectives, int smartObjectives, int activities, Figure leadGap,
                          List<String> warnings, Figure forecast, Figure target, String changes, int changed) {

    public StudentWork {
        partsAsked = Set.copyOf(partsAsked);
        partsDone = Set.copyOf(partsDone);
        warnings = List.copyOf(warnings);
    }

    /** The row for a student's plan with the sales plan the review looks at (null when the plan has none). */
    public static StudentWork of(String file, String planName, Set<Exercise.Part> asked, Set<Exercise.Part> filled,
                                 SalesPlanContents chosen, SalesPlanFigures figures, Locale locale, String changes, int changed) {
        Set<Exercise.Part> done = new java.util.HashSet<>(filled);
        done.retainAll(asked);
        if (chosen == null || figures == null) {
            Figure none = Figure.none("no sales plan");
            return new StudentWork(file, planName, "", asked, done, 0, 0, 0, none, List.of(), none, none, changes, changed);
        }
        int smart = (int) chosen.objectives().stream().filter(o -> o.missing(chosen.plan().period()).isEmpty()).count();
        SalesExplanations explain = new SalesExplanations(figures, locale);
        return new StudentWork(file, planName, chosen.plan().name(), asked, done, chosen.objectives().size(), smart,
                chosen.activities().size(), figures.leadGap(), figures.warnings(), explain.forecastTotal(), figures.revenueTarget(),
                changes, changed);
    }

    /** The student, as the file is named: "ana" for ana.tandem.json. */
    public String student() {
        return file.replaceFirst("(?i)(\\.tandem)?\\.json$", "");
    }

    /** "3 of 4". */
    public String partsText() {
        return partsDone.size() + " of " + partsAsked.size();
    }

    /** "3 (2 SMART)". */
    public String objectivesText() {
        return objectives + " (" + smartObjectives + " SMART)";
    }

    /** The forecast against the target: "40,000 of 48,000 (83 %)", or why it is not known. */
    public String forecastText(Locale locale) {
        if (!forecast.known() || !target.known()) {
            return forecast.known() ? String.format(locale, "%,.0f (no target)", forecast.value()) : forecast.reason();
        }
        if (target.value() <= 0) {
            return String.format(locale, "%,.0f of %,.0f", forecast.value(), target.value());
        }
        return String.format(locale, "%,.0f of %,.0f (%.0f %%)", forecast.value(), target.value(), 100 * forecast.value() / target.value());
    }

    /** The forecast as a share of the target (for sorting), or -1 when it is not known. */
    public double forecastShare() {
        return forecast.known() && target.known() && target.value() > 0 ? forecast.value() / target.value() : -1;
    }

    /** The lead gap in words: "120 short" (leads), "none", or why it is not known. */
    public String leadGapText(Locale locale) {
        if (!leadGap.known()) {
            return leadGap.reason();
        }
        return leadGap.value() > 0 ? String.format(locale, "%,.0f short", leadGap.value()) : "none";
    }
}
