package org.tandem.ui.fit;

import javafx.scene.Node;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/** The colour a node is drawn on: the nearest painted background behind it, see-through ones blended down. */
final class Backdrop {
    private Backdrop() {
    }

    static Color behind(Node node) {
        java.util.List<Color> layers = new java.util.ArrayList<>();
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            Color fill = n instanceof Region region ? topFill(region.getBackground()) : null;
            if (fill != null) {
                layers.add(fill);
                if (fill.getOpacity() >= 0.999) {
                    break;
                }
            }
            if (n.getParent() == null && n.getScene() != null && n.getScene().getFill() instanceof Color sceneFill && sceneFill.getOpacity() > 0) {
                layers.add(sceneFill);
            }
        }
        if (layers.isEmpty()) {
            return null;
        }
        Color result = layers.get(layers.size() - 1);
        if (result.getOpacity() < 0.999) {
            result = over(result, Color.WHITE, 1);
        }
        for (int i = layers.size() - 2; i >= 0; i--) {
            result = over(layers.get(i), result, 1);
        }
        return result;
    }

    /** The fill drawn last (on top) that paints a colour, or null when the region paints nothing. */
    private static Color topFill(Background background) {
        if (background == null) {
            return null;
        }
        Color found = null;
        for (BackgroundFill fill : background.getFills()) {
            if (fill.getFill() instanceof Color color && color.getOpacity() > 0.01) {
                found = color;
            }
        }
        return found;
    }

    /** A colour at an opacity drawn over an opaque one. */
    static Color over(Color fg, Color bg, double opacity) {
        double a = fg.getOpacity() * opacity;
        return Color.color(fg.getRed() * a + bg.getRed() * (1 - a), fg.getGreen() * a + bg.getGreen() * (1 - a),
                fg.getBlue() * a + bg.getBlue() * (1 - a));
    }
}
