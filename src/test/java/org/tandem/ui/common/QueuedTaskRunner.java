package org.tandem.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Holds work until the test says so, in any order: how late answers are simulated. */
public final class QueuedTaskRunner implements TaskRunner {
    private final List<Runnable> queued = new ArrayList<>();

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        queued.add(() -> new SameThreadTaskRunner().run(work, onSuccess, onFailure));
    }

    public int waiting() {
        return queued.size();
    }

    public void runAt(int index) {
        queued.remove(index).run();
    }

    public void runAll() {
        while (!queued.isEmpty()) {
            runAt(0);
        }
    }
}
