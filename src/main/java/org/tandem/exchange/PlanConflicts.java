package org.tandem.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import org.tandem.store.PlanContent;
import org.tandem.store.PlanTables;
import org.tandem.store.PlanTables.Field;
import org.tandem.store.PlanTables.Section;

/** Reads the conflicts a merge left in a plan file (the git merge driver writes them) for the import to resolve. */
final class PlanConflicts {
    private PlanConflicts() {
    }

    static Conflict read(JsonNode node, String path, PlanContent content) {
        if (!node.isObject()) {
            throw new PlanFileProblem(path, "must be an object");
        }
        String sectionName = PlanValues.requiredText(node, "section", path);
        Section section = sectionName.equals("plan") ? PlanTables.PLAN : PlanTables.section(sectionName);
        if (section == null) {
            throw new PlanFileProblem(path + ".section", "unknown section \"" + PlanValues.shorten(sectionName) + "\"");
        }
        String id = PlanValues.uuid(PlanValues.requiredText(node, "id", path), path + ".id", true);
        JsonNode fieldNode = node.get("field");
        String label = node.hasNonNull("label") ? PlanValues.requiredText(node, "label", path) : "";
        if (fieldNode == null || fieldNode.isNull()) {
            if (section == PlanTables.PLAN) {
                throw new PlanFileProblem(path + ".field", "a conflict about the plan names its field");
            }
            return new Conflict(sectionName, id, null, label, side(section, node.get("base"), path + ".base"),
                    side(section, node.get("mine"), path + ".mine"), side(section, node.get("theirs"), path + ".theirs"));
        }
        Field field = section.field(PlanValues.requiredText(node, "field", path));
        if (field == null) {
            throw new PlanFileProblem(path + ".field", "not a field of " + sectionName);
        }
        boolean known = section == PlanTables.PLAN ? content.planId().equals(id) : content.rows(sectionName).containsKey(id);
        if (!known) {
            throw new PlanFileProblem(path + ".id", "the plan has no " + sectionName + " entry with this id");
        }
        return new Conflict(sectionName, id, field.name(), label, loose(field, node.get("base"), path + ".base"),
                loose(field, node.get("mine"), path + ".mine"), loose(field, node.get("theirs"), path + ".theirs"));
    }

    private static Object side(Section section, JsonNode node, String path) {
        return node == null || node.isNull() ? null : new PlanEntityCheck().entity(section, node, path);
    }

    /** A side's value; null stands for "none" even where the field is required, as a base may lack it. */
    private static Object loose(Field field, JsonNode node, String path) {
        return node == null || node.isNull() ? null : PlanValues.value(field, node, path);
    }
}
