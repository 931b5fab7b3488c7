package org.tandem.ui.common;

import javafx.scene.Parent;
import javafx.scene.control.Tab;

import java.util.function.Supplier;

/** A tab whose content is built the first time it is chosen (start-up and first show stay fast). */
public record LazyTab(Supplier<Parent> view, Runnable whenShown) {

    public static LazyTab of(Supplier<Parent> view) {
        return new LazyTab(view, () -> { });
    }

    /** Builds the content on first selection and runs {@code whenShown} on every selection. */
    public void attachTo(Tab tab) {
        tab.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                if (tab.getContent() == null) {
                    tab.setContent(view.get());
                }
                whenShown.run();
            }
        });
    }
}
