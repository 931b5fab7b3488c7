package org.tandem.exchange;

import org.tandem.store.PlanContent;
import org.tandem.store.PlanRow;
import org.tandem.store.PlanTables;
import org.tandem.store.PlanTables.Field;
import org.tandem.store.PlanTables.Kind;
import org.tandem.store.PlanTables.Section;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** A plan with new ids everywhere, references following them: "keep both" and "restore as a new plan". */
public final class PlanCopy {
    private PlanCopy() {
    }

    public static PlanContent withNewIds(PlanContent content, String name) {
        return withNewIds(content, name, UUID.randomUUID().toString());
    }

    /** New ids for everything in the plan but the plan itself, which takes {@code planId} (Reset sample). */
    @SuppressWarnings("unchecked")
    public static PlanContent withNewIds(PlanContent content, String name, String planId) {
        Map<String, String> ids = new HashMap<>();
        ids.put(content.planId(), planId);
        for (Section section : PlanTables.SECTIONS) {
            for (String id : content.rows(section.name()).keySet()) {
                ids.computeIfAbsent(id, k -> UUID.randomUUID().toString());
            }
        }
        PlanRow plan = new PlanRow(planId, content.plan().values().clone()).with(PlanTables.PLAN.index("name"), name);
        PlanContent out = PlanContent.empty(plan);
        for (Section section : PlanTables.SECTIONS) {
            for (PlanRow row : content.rows(section.name()).values()) {
                Object[] values = row.values().clone();
                for (int i = 0; i < values.length; i++) {
                    Field f = section.fields().get(i);
                    Object v = values[i];
                    if (v == null) {
                        continue;
                    }
                    if (f.kind() == Kind.REF) {
                        values[i] = ids.getOrDefault((String) v, (String) v);
                    } else if (f.kind() == Kind.LINKS) {
                        values[i] = ((List<String>) v).stream().map(id -> ids.getOrDefault(id, id)).sorted().toList();
                    } else if (f.kind() == Kind.SCORES) {
                        TreeMap<String, Long> scores = new TreeMap<>();
                        ((Map<String, Long>) v).forEach((k, s) -> scores.put(ids.getOrDefault(k, k), s));
                        values[i] = scores;
                    }
                }
                String id = ids.get(row.id());
                out.sections().get(section.name()).put(id, new PlanRow(id, values));
            }
        }
        return out;
    }
}
