package org.tandem.exchange;

/**
 * A change both sides made differently since their common base: the same field set to two values, or an
 * entity deleted on one side and edited on the other ({@code field} null; a side's value is then its whole
 * entity, a {@link org.tandem.store.PlanRow}, or null where it was deleted). The plan as merged holds
 * {@code mine}; choosing {@code theirs} puts their value in.
 */
public record Conflict(String section, String id, String field, String label, Object base, Object mine, Object theirs) {

    public boolean wholeEntity() {
        return field == null;
    }

    /** Where it is, in the plan file's terms: {@code campaigns/<id>.name}. */
    public String key() {
        return section + "/" + id + (field == null ? "" : "." + field);
    }
}
