package org.tandem.ui.common;

import javafx.application.Platform;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
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

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        if (executor.isShutdown()) {
            // only reads can arrive now: pending edits are flushed before the store thread closes
            LOG.log(System.Logger.Level.INFO, "Tandem is closing; work submitted after the store closed was not run");
            return;
        }
        executor.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Throwable failure) {
                Platform.runLater(() -> onFailure.accept(failure));
                return;
            }
            Platform.runLater(() -> onSuccess.accept(result));
        });
    }

    /** The store thread itself, for work whose result is awaited before the toolkit runs (start-up). */
    public ExecutorService executor() {
        return executor;
    }

    /** Lets queued work (such as the last settings write) finish, then stops the thread. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            executor.shutdownNow();
        }
    }
}
