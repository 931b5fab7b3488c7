package org.tandem.ui.competitors;

import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Scale;

/**
 * The positioning map as a picture for print and slides: twice the size on screen, on white or on nothing
 * (transparent), drawn in print colours (dark text and lines) whichever theme is on screen.
 */
final class MapPicture {
    static final String PRINT = "print";

    /** Its size and ARGB pixels, row by row. */
    record Pixels(int width, int height, int[] argb) {
    }

    private MapPicture() {
    }

    /** Taken on the JavaFX thread. */
    static Pixels of(Node map, boolean transparent) {
        map.getStyleClass().add(PRINT);
        try {
            map.applyCss();
            SnapshotParameters params = new SnapshotParameters();
            params.setTransform(new Scale(2, 2));
            params.setFill(transparent ? Color.TRANSPARENT : Color.WHITE);
            WritableImage image = map.snapshot(params, null);
            int width = (int) image.getWidth();
            int height = (int) image.getHeight();
            int[] pixels = new int[width * height];
            image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
            return new Pixels(width, height, pixels);
        } finally {
            map.getStyleClass().remove(PRINT);
            map.applyCss();
        }
    }
}
