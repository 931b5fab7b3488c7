package org.tandem.ui.common;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * Runs a screen's start (reading the open plan, following it) when the screen is first shown in the window: a
 * screen the shell builds ahead is styled there unseen (invisible, then taken out again) and reads nothing yet, unless
 * it offers a {@link ReadAhead} (then it reads in a quiet moment, writing nothing).
 */
public final class FirstShown {
    private FirstShown() {
    }

    public static void then(Parent screen, Runnable start) {
        if (shown(screen, screen.getScene())) {
            start.run();
            return;
        }
        screen.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> o, Scene was, Scene now) {
                if (shown(screen, now)) {
                    screen.sceneProperty().removeListener(this);
                    start.run();
                }
            }
        });
    }

    /**
     * From the screen's first showing on, shows {@code value} as it is then ({@code atFirst}) and each value it takes
     * after ({@code onChange}): a screen built ahead reads nothing until the user comes to it.
     */
    public static <T> void follow(Parent screen, ObservableValue<T> value, java.util.function.Consumer<T> atFirst,
                                  java.util.function.Consumer<T> onChange) {
        then(screen, () -> {
            atFirst.accept(value.getValue());
            value.addListener((o, was, now) -> onChange.accept(now));
        });
    }

    /** As {@link #follow(Parent, ObservableValue, java.util.function.Consumer, java.util.function.Consumer)}, one way for both. */
    public static <T> void follow(Parent screen, ObservableValue<T> value, java.util.function.Consumer<T> show) {
        follow(screen, value, show, show);
    }

    private static boolean shown(Parent screen, Scene scene) {
        return scene != null && scene.getWindow() != null && screen.isVisible();
    }
}
