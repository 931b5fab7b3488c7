package org.tandem.ui.shell;

import javafx.animation.PauseTransition;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.util.Duration;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Builds heavy sections ahead, one at a time, once the user has left the window alone for a moment after start-up:
 * the campaign calendar took most of a second to build the first time it was chosen, which is where a newcomer and
 * a room full of students feel it. A screen built ahead reads no plan data until it is first shown (nothing is
 * written either). Any input puts the next build off again, so it never lands in the middle of typing or a drag.
 */
public final class SectionWarmUp {
    static final Duration IDLE = Duration.millis(1500);
    /** The scene root's property holding the sections built ahead so far (the benchmark waits for it). */
    public static final String BUILT = "tandem.sectionsBuiltAhead";

    private final PauseTransition idle = new PauseTransition(IDLE);
    private final Deque<Section> waiting;
    private final java.util.function.Function<Section, javafx.scene.Parent> build;

    private final Scene scene;

    private SectionWarmUp(Scene scene, List<Section> sections, java.util.function.Function<Section, javafx.scene.Parent> build) {
        this.scene = scene;
        this.waiting = new ArrayDeque<>(sections);
        this.build = build;
    }

    static void install(Scene scene, List<Section> sections, java.util.function.Function<Section, javafx.scene.Parent> build) {
        SectionWarmUp warmUp = new SectionWarmUp(scene, sections, build);
        scene.addEventFilter(InputEvent.ANY, e -> {
            if (!warmUp.waiting.isEmpty()) {
                warmUp.idle.playFromStart();
            }
        });
        warmUp.idle.setOnFinished(e -> warmUp.next());
        // a closed window (quitting, or a test's app stopped) builds nothing more
        scene.windowProperty().addListener((o, was, window) -> warmUp.watch(window));
        if (scene.getWindow() != null) {
            warmUp.watch(scene.getWindow());
        }
        warmUp.idle.play();
    }

    /**
     * Controls make their skins when first styled in a scene: a screen built but never styled still cost most of its
     * first showing. So it is styled and laid out once in a scene of its own, the window's size, then let go.
     */
    private void prepare(javafx.scene.Parent screen) {
        if (screen.getScene() != null) {
            return; // shown meanwhile
        }
        javafx.scene.layout.StackPane holder = new javafx.scene.layout.StackPane(screen);
        Scene aside = new Scene(holder, Math.max(1, scene.getWidth()), Math.max(1, scene.getHeight()));
        aside.getStylesheets().setAll(scene.getStylesheets());
        holder.applyCss();
        holder.layout();
        holder.getChildren().clear();
    }

    private void watch(javafx.stage.Window window) {
        if (window == null) {
            stop();
        } else {
            window.showingProperty().addListener((o, was, showing) -> {
                if (!showing) {
                    stop();
                }
            });
        }
    }

    private void stop() {
        waiting.clear();
        idle.stop();
    }

    private void next() {
        if (scene.getWindow() == null || !scene.getWindow().isShowing()) {
            stop();
            return;
        }
        Section section = waiting.poll();
        if (section != null) {
            prepare(build.apply(section));
            scene.getRoot().getProperties().merge(BUILT, 1, (a, b) -> (Integer) a + 1);
        }
        if (!waiting.isEmpty()) {
            idle.playFromStart();
        }
    }
}
