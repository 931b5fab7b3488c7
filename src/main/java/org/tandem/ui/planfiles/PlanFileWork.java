package org.tandem.ui.planfiles;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.tandem.domain.CancelledWork;
import org.tandem.domain.Progress;
import org.tandem.ui.common.ErrorReporter;
import org.tandem.ui.common.TaskRunner;

import java.util.function.Consumer;

/**
 * Export, import, merge and restore of a big plan run in the background, one at a time, with their progress in
 * the window and a Cancel that stops them before anything is committed.
 */
public final class PlanFileWork {
    /** Work that reports its progress and asks whether it was cancelled. */
    @FunctionalInterface
    public interface Job<T> {
        T run(Progress progress) throws Exception;
    }

    private final TaskRunner runner;
    private final ErrorReporter errors;
    private final Consumer<String> notice;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private volatile boolean cancelled;

    public PlanFileWork(TaskRunner runner, ErrorReporter errors, Consumer<String> notice) {
        this.runner = runner;
        this.errors = errors;
        this.notice = notice;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** 0 to 1, or -1 while the size of the work is not known yet. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** Runs {@code job} unless other work is running; {@code done} gets its result on the JavaFX thread. */
    public <T> void run(String what, Job<T> job, Consumer<? super T> done, String action) {
        if (busy.get()) {
            notice.accept("Wait for \"" + text.get() + "\" to finish, or cancel it");
            return;
        }
        cancelled = false;
        busy.set(true);
        progress.set(-1);
        text.set(what);
        Progress reporting = new Progress() {
            private long shownPercent = -1;

            @Override
            public void done(long done, long total) {
                long percent = total <= 0 ? -1 : done * 100 / total;
                if (percent != shownPercent) {
                    shownPercent = percent;
                    Platform.runLater(() -> progress.set(percent < 0 ? -1 : percent / 100.0));
                }
            }

            @Override
            public boolean cancelled() {
                return cancelled;
            }
        };
        runner.run(() -> job.run(reporting), result -> {
            busy.set(false);
            done.accept(result);
        }, e -> {
            busy.set(false);
            if (e instanceof CancelledWork || e.getCause() instanceof CancelledWork) {
                notice.accept("Cancelled: nothing was written");
            } else {
                errors.report(action, e);
            }
        });
    }

    public void cancel() {
        if (busy.get()) {
            cancelled = true;
            text.set("Cancelling…");
        }
    }
}
