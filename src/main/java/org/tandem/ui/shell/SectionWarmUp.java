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
 * a room full of students feel it; the sales plan's wizard with its steps took 0.3-0.5 s on the M plan. Building a
 * screen ahead reads no plan data and writes nothing; after the sections come the
 * parts they offer ({@link org.tandem.ui.common.BuiltAhead}: the wizard's steps), one per short pause. A section
 * built ahead may read the open plan ahead too ({@link org.tandem.ui.common.ReadAhead}: the calendar), after a quiet
 * moment following start-up or the opening of another plan. Any input puts the next build or read off again, so it
 * never lands in the middle of typing or a drag.
 */
public final class SectionWarmUp {
    static final Duration IDLE = Duration.millis(1500);
    /** Between builds while the user still leaves the window alone: each holds the JavaFX thread for 0.05-0.2 s. */
    static final Duration NEXT = Duration.millis(400);
    /** The scene root's property holding the sections built ahead so far (the benchmark waits for it). */
    public static final String BUILT = "tandem.sectionsBuiltAhead";
    /** The scene root's property set once everything is built ahead. */
    public static final String DONE = "tandem.allBuiltAhead";
    /** The scene root's property that is true while a section built ahead waits for a quiet moment to read the open plan. */
    public static final String READ_WAITING = "tandem.readAheadWaiting";

    private final PauseTransition idle = new PauseTransition(IDLE);
    private final Deque<Section> waiting;
    /** Further parts of the sections built so far (a wizard's steps), one per pause after the sections. */
    private final Deque<java.util.Map.Entry<javafx.scene.Parent, org.tandem.ui.common.BuiltAhead>> parts = new ArrayDeque<>();
    private final java.util.function.Function<Section, javafx.scene.Parent> build;
    /** The screens whose parts were offered for building ahead. */
    private final java.util.Set<javafx.scene.Parent> offered = new java.util.HashSet<>();
    /** The sections built so far that read the open plan ahead of their first showing. */
    private final List<org.tandem.ui.common.ReadAhead> readers = new java.util.ArrayList<>();

    private final Scene scene;
    private final javafx.scene.layout.Pane host;

    private SectionWarmUp(javafx.scene.layout.Pane host, List<Section> sections,
                          java.util.function.Function<Section, javafx.scene.Parent> build) {
        this.host = host;
        this.scene = host.getScene();
        this.waiting = new ArrayDeque<>(sections);
        this.build = build;
    }

    /** Builds {@code sections} ahead, each styled unseen in {@code host} (which shows them), once its scene is idle. */
    static void install(javafx.scene.layout.Pane host, List<Section> sections,
                        java.util.function.Function<Section, javafx.scene.Parent> build) {
        Scene scene = host.getScene();
        SectionWarmUp warmUp = new SectionWarmUp(host, sections, build);
        scene.addEventFilter(InputEvent.ANY, e -> {
            if (warmUp.hasWork()) {
                warmUp.idle.setDuration(IDLE);
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
     * first showing. So it is styled and laid out once, unseen, in the very place it will be shown, {@code then} run
     * (a part of it styled in its own place), and taken out.
     * (Styled in a scene of its own, JavaFX kept style values that failed to convert when it came into the window:
     * "String cannot be cast to Paint" warnings, each logged with its stack, on the first showing.)
     */
    private void prepare(javafx.scene.Parent screen, Runnable then) {
        if (screen.getParent() != null) {
            return; // shown meanwhile
        }
        screen.setVisible(false);
        screen.setManaged(false);
        host.getChildren().add(screen);
        try {
            screen.applyCss();
            screen.resize(host.getWidth() - host.snappedLeftInset() - host.snappedRightInset(),
                    host.getHeight() - host.snappedTopInset() - host.snappedBottomInset());
            screen.layout();
            then.run();
        } finally {
            // whatever happened, the host shows only what the user chose, and the screen can be shown later
            host.getChildren().remove(screen);
            screen.setManaged(true);
            screen.setVisible(true);
        }
    }

    /** The screen shown (the one the window opened on, built before any warm-up) offers its parts too. */
    private void offerShown() {
        for (javafx.scene.Node child : host.getChildren()) {
            if (child instanceof javafx.scene.Parent screen) {
                offer(screen);
            }
        }
    }

    private void offer(javafx.scene.Parent screen) {
        if (offered.add(screen) && screen.getProperties().get(org.tandem.ui.common.BuiltAhead.KEY) instanceof org.tandem.ui.common.BuiltAhead more) {
            parts.add(java.util.Map.entry(screen, more));
        }
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

    private boolean hasWork() {
        return !waiting.isEmpty() || !parts.isEmpty() || readWanted();
    }

    private boolean readWanted() {
        return readers.stream().anyMatch(org.tandem.ui.common.ReadAhead::wanted);
    }

    /** Another plan opened: a section built ahead wants to read it once the user leaves the window alone. */
    private void readWantedNow() {
        if (scene.getWindow() != null && scene.getWindow().isShowing()) {
            scene.getRoot().getProperties().put(READ_WAITING, true);
            idle.setDuration(IDLE);
            idle.playFromStart();
        }
    }

    private void stop() {
        waiting.clear();
        parts.clear();
        readers.clear();
        idle.stop();
        scene.getRoot().getProperties().remove(READ_WAITING);
    }

    private void next() {
        if (scene.getWindow() == null || !scene.getWindow().isShowing()) {
            stop();
            return;
        }
        offerShown();
        Section section = waiting.poll();
        if (section != null) {
            javafx.scene.Parent screen = build.apply(section);
            prepare(screen, () -> { });
            offer(screen);
            if (screen.getProperties().get(org.tandem.ui.common.ReadAhead.KEY) instanceof org.tandem.ui.common.ReadAhead reader) {
                readers.add(reader);
                reader.whenWanted(this::readWantedNow);
            }
            scene.getRoot().getProperties().merge(BUILT, 1, (a, b) -> (Integer) a + 1);
        } else if (!parts.isEmpty()) {
            java.util.Map.Entry<javafx.scene.Parent, org.tandem.ui.common.BuiltAhead> part = parts.peek();
            if (!part.getValue().buildNext(work -> prepare(part.getKey(), work))) {
                parts.poll();
            }
        } else {
            readers.stream().filter(org.tandem.ui.common.ReadAhead::wanted).findFirst().ifPresent(org.tandem.ui.common.ReadAhead::read);
        }
        scene.getRoot().getProperties().put(READ_WAITING, readWanted());
        if (hasWork()) {
            idle.setDuration(NEXT);
            idle.playFromStart();
        }
        if (waiting.isEmpty() && parts.isEmpty()) {
            scene.getRoot().getProperties().put(DONE, true);
        }
    }
}
