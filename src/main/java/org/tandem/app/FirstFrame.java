package org.tandem.app;

import javafx.animation.AnimationTimer;

import java.time.Duration;
import java.time.Instant;

/**
 * Measures start-up the same way for Tandem and for a bare window: from the process's start to the
 * second animation pulse after the window is shown. The first pulse lays out and renders the
 * scene; the second begins only after that frame went out, so the figure includes the first frame.
 */
final class FirstFrame {
    private FirstFrame() {
    }

    static void afterFirstFrame(Runnable then) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    then.run();
                }
            }
        }.start();
    }

    static long millisSinceProcessStart() {
        Instant start = ProcessHandle.current().info().startInstant().orElseThrow();
        return Duration.between(start, Instant.now()).toMillis();
    }
}
