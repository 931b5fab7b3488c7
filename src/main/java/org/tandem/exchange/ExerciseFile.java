package org.tandem.exchange;

import org.tandem.domain.Exercise;
import org.tandem.store.PlanContent;
import org.tandem.store.PlanRow;
import org.tandem.store.PlanTables;
import org.tandem.store.PlanTables.Section;

import java.util.Map;
import java.util.UUID;

/**
 * Makes the plan an instructor hands out from one of theirs: new ids (a student's copy never merges into the
 * instructor's plan), the chosen parts emptied, the chosen figures blanked, the exercise's id and task on the plan,
 * and no tombstones (nothing was deleted as far as the students know).
 */
public final class ExerciseFile {
    private ExerciseFile() {
    }

    /** The exercise's plan; {@code exerciseId} is what the students' plans will carry. */
    public static PlanContent make(PlanContent plan, Exercise exercise, UUID exerciseId) {
        PlanContent copy = PlanCopy.withNewIds(plan, exercise.name());
        for (Exercise.Part part : exercise.emptied()) {
            part.sections().forEach(section -> copy.sections().get(section).clear());
        }
        for (Exercise.Blank blank : exercise.blanked()) {
            for (String path : blank.fields()) {
                String[] sectionAndField = path.split("\\.");
                Section section = PlanTables.section(sectionAndField[0]);
                int field = section.index(sectionAndField[1]);
                copy.sections().get(section.name()).replaceAll((id, row) -> row.with(field, null));
            }
        }
        unlinkSwot(copy);
        PlanRepair.repair(copy);
        PlanRow planRow = copy.plan().with(PlanTables.PLAN.index("exerciseId"), exerciseId.toString())
                .with(PlanTables.PLAN.index("exerciseTask"), exercise.task());
        return new PlanContent(planRow, copy.sections(), new java.util.TreeMap<>());
    }

    /** A SWOT item linked to a campaign or objective that is no longer there keeps its text, without the link. */
    private static void unlinkSwot(PlanContent content) {
        Section swot = PlanTables.section("swot");
        int kind = swot.index("linkKind");
        int link = swot.index("linkId");
        Map<String, String> sections = Map.of("campaign", "campaigns", "objective", "salesObjectives");
        content.sections().get("swot").replaceAll((id, row) -> {
            Object linkKind = row.get(kind);
            Object linkId = row.get(link);
            if (linkKind == null || linkId == null || content.rows(sections.get(linkKind)).containsKey(linkId)) {
                return row;
            }
            return row.with(kind, null).with(link, null);
        });
    }
}
