package org.tandem.app;

import javafx.animation.AnimationTimer;

import java.lang.management.ManagementFactory;

/**
 * Measures start-up the same way for Tandem and for a bare window: from the JVM's start to the
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

    /**
     * Milliseconds since the JVM started, as the JVM itself recorded it. (ProcessHandle's start
     * instant is derived from the boot time and was seen almost a second off in containers.)
     */
    static long millisSinceJvmStart() {
        long now = System.currentTimeMillis();
        return now - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
