package org.tandem.ui.common;

import javafx.application.Platform;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * One background thread for all database and file work, so writes never race each other and the
 * window never waits on SQLite. Results come back through {@link Platform#runLater}.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    public static final String THREAD_NAME = "tandem-store";

    private final ExecutorService executor = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, THREAD_NAME);
        thread.setDaemon(true);
        return thread;
    });

    private static final System.Logger LOG = System.getLogger("org.tandem");
    /** Work handed in, and work whose result has been handed back on the JavaFX thread. */
    private final AtomicLong submitted = new AtomicLong();
    private final AtomicLong answered = new AtomicLong();

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        if (executor.isShutdown()) {
            // quitting waits until the store is idle, so this is a bug: say so, and tell the caller
            LOG.log(System.Logger.Level.WARNING, "Store work handed in after the store closed; it was not run");
            Platform.runLater(() -> onFailure.accept(new IllegalStateException("Tandem had already closed its database")));
            return;
        }
        submitted.incrementAndGet();
        executor.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Throwable failure) {
                Platform.runLater(() -> answer(() -> onFailure.accept(failure)));
                return;
            }
            Platform.runLater(() -> answer(() -> onSuccess.accept(result)));
        });
    }

    private void answer(Runnable callback) {
        try {
            callback.run();
        } finally {
            answered.incrementAndGet();
        }
    }

    /**
     * Calls {@code then} on the JavaFX thread once every piece of work handed in so far has run and
     * its result been handled, including work that those results handed in (a save whose answer
     * reads the list again). Nothing waits meanwhile: the window stays responsive.
     */
    public void whenIdle(Runnable then) {
        run(() -> null, ignored -> Platform.runLater(() -> {
            if (answered.get() >= submitted.get()) {
                then.run();
            } else {
                whenIdle(then); // results handed in more work: wait for that too
            }
        }), failure -> then.run());
    }

    /** Whether work is queued or running, or its result not yet handled. */
    public boolean busy() {
        return answered.get() < submitted.get();
    }

    /** The store thread itself, for work whose result is awaited before the toolkit runs (start-up). */
    public ExecutorService executor() {
        return executor;
    }

    /**
     * Lets queued work finish, then stops the thread. Quitting calls this once the store is idle
     * ({@link #whenIdle}); nothing queued is ever dropped, however long it takes.
     */
    @Override
    public void close() {
        executor.shutdown();
        try {
            while (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.log(System.Logger.Level.INFO, "Waiting for the store to finish its work before closing");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.log(System.Logger.Level.WARNING, "Interrupted while the store was finishing its work", e);
        }
    }
}
