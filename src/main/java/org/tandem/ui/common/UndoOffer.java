package org.tandem.ui.common;

import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableObjectValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.util.Duration;

import java.util.function.Function;

/** The bar that offers Undo after a delete: shown while something is undoable, gone after a few seconds. */
public final class UndoOffer {
    private UndoOffer() {
    }

    /**
     * @param undoable what can be undone now, or null
     * @param describe the bar's message for it
     * @return the timer, so a caller can stop it early
     */
    public static <T> PauseTransition bind(Region bar, Label message, Button undo, ObservableObjectValue<T> undoable,
                                           Function<T, String> describe, Runnable undoIt, Runnable dismiss, Duration shownFor) {
        PauseTransition timer = new PauseTransition(shownFor);
        var offered = javafx.beans.binding.Bindings.isNotNull(undoable);
        bar.visibleProperty().bind(offered);
        bar.managedProperty().bind(offered);
        undo.setOnAction(e -> undoIt.run());
        timer.setOnFinished(e -> dismiss.run());
        undoable.addListener((o, was, now) -> {
            if (now == null) {
                timer.stop();
            } else {
                message.setText(describe.apply(now));
                timer.playFromStart();
            }
        });
        return timer;
    }
}
