package org.tandem.ui.common;

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
     * Builds the next part not built yet, styling it through {@code inPlace}: that runs the work given with the screen in
     * the window where it will be shown, unseen, styled and laid out, so a part styled there has the ancestors (and
     * their style classes and sizes) it will have when shown.
     *
     * @return whether parts are left for later pauses
     */
    boolean buildNext(Consumer<Runnable> inPlace);
}
