package org.tandem.service;

import java.util.UUID;

/**
 * One kind of a sales plan's rows (objectives, activities, people...), as the wizard edits them:
 * saved or deleted one row at a time. Speaks domain types; the table behind it stays in the store.
 */
public interface SalesPart<T> {

    void save(T row);

    void delete(UUID id);

    /** What a row is, in the Edit menu's words: "objective", "corrective action". */
    String noun();
}
