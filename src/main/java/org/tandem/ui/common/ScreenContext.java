package org.tandem.ui.common;

import org.tandem.store.Database;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * What every screen is built with: the store, the store thread, the error reporter, the user's
 * locale, debouncers for saving while typing (the app flushes them on quit), and every plan's undo
 * history (an edit is recorded in the history of the plan it changes).
 */
public record ScreenContext(Database database, TaskRunner runner, ErrorReporter errors, Locale locale,
                            Supplier<Debouncer> autosave, PlanHistories histories) {
}
