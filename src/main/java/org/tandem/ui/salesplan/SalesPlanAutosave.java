package org.tandem.ui.salesplan;

import org.tandem.ui.common.Debouncer;
import org.tandem.ui.common.ErrorReporter;
import org.tandem.ui.common.TaskRunner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * When the wizard writes: forms hold a valid draft until typing pauses (a text that turns invalid
 * drops it), then commit together; the rows they changed are written once, in one go on the store
 * thread, whichever rows were edited in between. A failed write reopens the sales plan as stored.
 */
final class SalesPlanAutosave {
    private final Debouncer pause;
    private final TaskRunner runner;
    private final ErrorReporter errors;
    private final Runnable reopen;
    /** Forms holding a valid draft: committed together when typing pauses, before the rows are written. */
    private final Map<Object, Runnable> held = new LinkedHashMap<>();
    /** Rows waiting to be written, by id: several rows edited in a row are all saved. */
    private final Map<UUID, Runnable> pending = new LinkedHashMap<>();

    SalesPlanAutosave(Debouncer pause, TaskRunner runner, ErrorReporter errors, Runnable reopen) {
        this.pause = pause;
        this.runner = runner;
        this.errors = errors;
        this.reopen = reopen;
    }

    void hold(Object form, Runnable commit) {
        held.put(form, commit);
        pause.call(this::write);
    }

    /** The form's text turned invalid: nothing of it is committed. */
    void release(Object form) {
        held.remove(form);
        if (held.isEmpty() && pending.isEmpty()) {
            pause.cancel();
        }
    }

    /** A row to write shortly (a newer write of the same row replaces it). */
    void save(UUID id, Runnable write) {
        pending.put(id, write);
        pause.call(this::write);
    }

    /** A row deleted meanwhile is not written. */
    void forget(UUID id) {
        pending.remove(id);
    }

    void forgetAll() {
        pending.clear();
    }

    /** Commits what forms hold and writes every waiting row now (before switching plans, on quit). */
    void flush() {
        pause.flush();
        write();
    }

    private void write() {
        List<Runnable> commits = new ArrayList<>(held.values());
        held.clear();
        commits.forEach(Runnable::run);
        if (pending.isEmpty()) {
            return;
        }
        List<Runnable> writes = new ArrayList<>(pending.values());
        pending.clear();
        runner.run(() -> {
            writes.forEach(Runnable::run);
            return null;
        }, x -> { }, e -> {
            errors.report("save the sales plan", e);
            reopen.run();
        });
    }
}
