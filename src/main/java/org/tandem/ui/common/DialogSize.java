package org.tandem.ui.common;

import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * A dialog as wide as it asks, never wider than its window allows (a 1024x768 projector), centred on it. A dialog's
 * window otherwise takes its content's size from the first layout and ignores the pane's preferred size.
 */
public final class DialogSize {
    private DialogSize() {
    }

    /** @param width and {@code height} as at 100 %: they grow with the window's zoom, within the window */
    public static void fit(Dialog<?> dialog, Window owner, double width, double height) {
        double zoom = owner == null ? 1 : EmSizes.scale(owner.getScene());
        double wide = owner == null ? width : Math.min(width * zoom, Math.max(560, owner.getWidth() - 48));
        double high = owner == null ? height : Math.min(height * zoom, Math.max(420, owner.getHeight() - 60));
        dialog.getDialogPane().setPrefSize(wide, high);
        dialog.setOnShown(e -> {
            dialog.setWidth(wide);
            dialog.setHeight(high);
            if (owner != null) {
                dialog.setX(owner.getX() + (owner.getWidth() - wide) / 2);
                dialog.setY(owner.getY() + Math.max(0, (owner.getHeight() - high) / 2));
            }
        });
    }
}
