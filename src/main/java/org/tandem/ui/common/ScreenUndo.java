package org.tandem.ui.common;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.Parent;

/**
 * What a screen offers to Edit > Undo (Ctrl+Z) while it is shown: the text of the step ("Undo move
 * \"Spring sale\"", empty when there is none) and the undo itself. A screen puts it in its root's
 * properties; the shell finds it there.
 */
public record ScreenUndo(ObservableStringValue text, Runnable undo) {
    private static final String KEY = ScreenUndo.class.getName();

    public void attachTo(Parent root) {
        root.getProperties().put(KEY, this);
    }

    public static ScreenUndo of(Parent root) {
        return root.getProperties().get(KEY) instanceof ScreenUndo undo ? undo : null;
    }
}
