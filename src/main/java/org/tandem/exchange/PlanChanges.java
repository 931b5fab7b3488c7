package org.tandem.exchange;

import org.tandem.store.PlanContent;
import org.tandem.store.PlanRow;
import org.tandem.store.PlanTables;
import org.tandem.store.PlanTables.Section;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/** What going from one version of a plan to another adds, changes and removes, section by section. */
public final class PlanChanges {
    private static final int EXAMPLES = 3;

    /** One section's changes, with a few of the entities by name ("+ Spring webinar", "~ Podcast", "- Flyer"). */
    public record SectionChange(String section, String title, int added, int changed, int removed, List<String> examples) {
        public boolean any() {
            return added + changed + removed > 0;
        }
    }

    private PlanChanges() {
    }

    /** Every section with a change; {@code before} null for a plan that is new. */
    public static List<SectionChange> between(PlanContent before, PlanContent after) {
        List<SectionChange> out = new ArrayList<>();
        if (before != null && !before.plan().sameAs(after.plan()) && !samePlanBut(before.plan(), after.plan())) {
            out.add(new SectionChange("plan", "Plan details", 0, 1, 0, List.of("~ " + after.planName())));
        }
        for (Section section : PlanTables.SECTIONS) {
            SortedMap<String, PlanRow> was = before == null ? Collections.emptySortedMap() : before.rows(section.name());
            SortedMap<String, PlanRow> now = after.rows(section.name());
            SectionChange change = section(section, was, now);
            if (change.any()) {
                out.add(change);
            }
        }
        return out;
    }

    /**
     * One section's changes. Both versions' rows are in id order, so they are walked side by side, one comparison of
     * ids a step (looking each id up in the other version was 7 % of a profile of the L plan's merge preview); the
     * examples are the first added or changed entities, then the first removed.
     */
    private static SectionChange section(Section section, SortedMap<String, PlanRow> was, SortedMap<String, PlanRow> now) {
        int added = 0;
        int changed = 0;
        int removed = 0;
        List<String> examples = new ArrayList<>();
        List<String> removals = new ArrayList<>();
        Iterator<Map.Entry<String, PlanRow>> before = was.entrySet().iterator();
        Iterator<Map.Entry<String, PlanRow>> after = now.entrySet().iterator();
        Map.Entry<String, PlanRow> b = next(before);
        Map.Entry<String, PlanRow> a = next(after);
        while (a != null || b != null) {
            int order = b == null ? 1 : a == null ? -1 : b.getKey().compareTo(a.getKey());
            if (order < 0) {
                removed++;
                example(removals, "- ", section, b.getValue());
                b = next(before);
            } else if (order > 0) {
                added++;
                example(examples, "+ ", section, a.getValue());
                a = next(after);
            } else {
                if (!b.getValue().sameAs(a.getValue())) {
                    changed++;
                    example(examples, "~ ", section, a.getValue());
                }
                b = next(before);
                a = next(after);
            }
        }
        removals.forEach(r -> {
            if (examples.size() < EXAMPLES) {
                examples.add(r);
            }
        });
        return new SectionChange(section.name(), title(section.name()), added, changed, removed, List.copyOf(examples));
    }

    private static Map.Entry<String, PlanRow> next(Iterator<Map.Entry<String, PlanRow>> rows) {
        return rows.hasNext() ? rows.next() : null;
    }

    /** A plan whose only difference is its update time has not changed for a person. */
    private static boolean samePlanBut(PlanRow a, PlanRow b) {
        int i = PlanTables.PLAN.index(PlanTables.UPDATED_AT);
        return a.with(i, null).sameAs(b.with(i, null));
    }

    private static void example(List<String> examples, String sign, Section section, PlanRow row) {
        if (examples.size() < EXAMPLES) {
            // an entity with nothing to call it by (the market sizing) is named by its section, not its id
            String label = PlanMerge.label(section, row).equals(row.id()) ? title(section.name()) : PlanMerge.label(section, row);
            examples.add(sign + (label.length() > 60 ? label.substring(0, 59) + "…" : label));
        }
    }

    /** A section's name as the screens call it. */
    public static String title(String section) {
        return switch (section) {
            case "plan" -> "Plan details";
            case "marketSizing" -> "Market sizing";
            case "segments" -> "Segments";
            case "channels" -> "Channels";
            case "competitors" -> "Competitors";
            case "criteria" -> "Comparison criteria";
            case "researchNotes" -> "Research notes";
            case "campaigns" -> "Campaigns";
            case "swot" -> "SWOT";
            case "overlays" -> "Overlay calendars";
            case "salesPlans" -> "Sales plans";
            case "salesObjectives" -> "Objectives";
            case "salesActivities" -> "Activities";
            case "salesPeople" -> "People";
            case "salesTools" -> "Tools";
            case "salesMilestones" -> "Milestones";
            case "salesActuals" -> "Actuals";
            case "correctiveActions" -> "Corrective actions";
            case "salesScenarios" -> "Sales scenarios";
            default -> section;
        };
    }
}
