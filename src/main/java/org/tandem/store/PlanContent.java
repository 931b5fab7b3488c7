package org.tandem.store;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything in one plan, section by section, as {@link PlanTables} describes it: the plan's own fields, each
 * section's entities by id (sorted, so every walk is in a stable order) and the tombstones of deleted ones.
 */
public record PlanContent(PlanRow plan, Map<String, SortedMap<String, PlanRow>> sections,
                          SortedMap<String, PlanTombstone> tombstones) implements PlanParts {

    public static PlanContent empty(PlanRow plan) {
        Map<String, SortedMap<String, PlanRow>> sections = new LinkedHashMap<>();
        PlanTables.SECTIONS.forEach(s -> sections.put(s.name(), new SortedRows<>()));
        return new PlanContent(plan, sections, new TreeMap<>());
    }

    @Override
    public void eachRow(String section, RowWork work) throws IOException {
        for (PlanRow row : rows(section).values()) {
            work.accept(row);
        }
    }

    public SortedMap<String, PlanRow> rows(String section) {
        SortedMap<String, PlanRow> rows = sections.get(section);
        return rows == null ? Collections.emptySortedMap() : rows;
    }

    @Override
    public String planId() {
        return plan.id();
    }

    public String planName() {
        return (String) plan.get(PlanTables.PLAN.index("name"));
    }

    @Override
    public int size() {
        return sections.values().stream().mapToInt(Map::size).sum();
    }
}
