package org.tandem.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs work and its callback at once on the caller's thread, so view-model tests are deterministic. */
public final class SameThreadTaskRunner implements TaskRunner {
    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Throwable failure) {
            onFailure.accept(failure);
            return;
        }
        onSuccess.accept(result);
    }
}
