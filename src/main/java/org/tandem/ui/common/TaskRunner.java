package org.tandem.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs store and file work away from the JavaFX thread and hands the result back to it. The app
 * uses {@link FxTaskRunner}; view-model tests use one that runs everything on the calling thread.
 */
public interface TaskRunner {

    <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);
}
