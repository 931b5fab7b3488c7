package org.tandem.ui.common;

import javafx.scene.Parent;

import java.util.function.Consumer;

/**
 * Parts of a screen that can be built while the user leaves the window alone, before the screen is first shown:
 * the shell's warm-up asks for one part per idle pause. A screen offers them under {@link #KEY} in its root's
 * properties. Building a part reads no plan data and writes nothing.
 */
@FunctionalInterface
public interface BuiltAhead {
    String KEY = "tandem.partsBuiltAhead";

    /**
     * Builds the next part not built yet and hands it to {@code styleOffScreen}, which styles and lays it out unseen.
     *
     * @return whether parts are left for later pauses
     */
    boolean buildNext(Consumer<Parent> styleOffScreen);
}
