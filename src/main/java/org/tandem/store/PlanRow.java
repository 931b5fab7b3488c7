package org.tandem.store;

import java.util.Arrays;

/**
 * One entity of a plan as its section describes it: the id and a value per field, in the section's field order.
 * Values are normalised (Long for whole numbers, Double for decimals, Boolean, ISO text for dates and times,
 * sorted lists for links) so two rows with the same content are {@link #sameAs} each other.
 */
public record PlanRow(String id, Object[] values) {

    public Object get(int index) {
        return values[index];
    }

    public boolean sameAs(PlanRow other) {
        return other != null && id.equals(other.id) && Arrays.equals(values, other.values);
    }

    /** A copy with one field changed. */
    public PlanRow with(int index, Object value) {
        Object[] copy = values.clone();
        copy[index] = value;
        return new PlanRow(id, copy);
    }
}
