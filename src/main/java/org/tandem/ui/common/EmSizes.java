package org.tandem.ui.common;

import javafx.beans.property.DoubleProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Widths a view gives in pixels (a combo box 210 wide, a form's label column at least 130) grow with the window's
 * zoom (View > Zoom in), as the theme's own sizes do in em: at 150 % a 210 px box is 315 px, so its text still fits.
 * The zoom is read from the font size on the window's root, so dialogs and other windows follow their own root.
 */
public final class EmSizes {
    /** AtlantaFX's root font size: what the views' pixel widths were laid out for. */
    public static final double BASE_FONT = 14;
    private static final Pattern FONT_SIZE = Pattern.compile("-fx-font-size:\\s*([0-9.]+)px");
    private static final String KEY = "tandem.emSizes";

    private EmSizes() {
    }

    /** The zoom of a window: its root's font size against the theme's. */
    public static double scale(Scene scene) {
        if (scene == null || scene.getRoot() == null || scene.getRoot().getStyle() == null) {
            return 1;
        }
        Matcher m = FONT_SIZE.matcher(scene.getRoot().getStyle());
        return m.find() ? Double.parseDouble(m.group(1)) / BASE_FONT : 1;
    }

    /** Makes the region's pixel widths (and a grid's column widths) follow the zoom; a region without any is left alone. */
    static void install(Region region) {
        List<Runnable> scalers = new ArrayList<>();
        scaler(region, region.minWidthProperty(), region.prefWidthProperty(), region.maxWidthProperty(), scalers);
        if (region instanceof GridPane grid) {
            for (ColumnConstraints c : grid.getColumnConstraints()) {
                scaler(grid, c.minWidthProperty(), c.prefWidthProperty(), c.maxWidthProperty(), scalers);
            }
        }
        if (scalers.isEmpty() || region.getProperties().containsKey(KEY)) {
            return;
        }
        Runnable apply = () -> scalers.forEach(Runnable::run);
        ChangeListener<String> rootStyle = (o, was, now) -> apply.run();
        // held by the region, so a screen that is let go does not stay alive through the window's root
        region.getProperties().put(KEY, rootStyle);
        WeakChangeListener<String> weak = new WeakChangeListener<>(rootStyle);
        region.sceneProperty().addListener((o, was, scene) -> {
            if (was != null && was.getRoot() != null) {
                was.getRoot().styleProperty().removeListener(weak);
            }
            if (scene != null && scene.getRoot() != null) {
                Parent root = scene.getRoot();
                root.styleProperty().addListener(weak);
            }
            apply.run();
        });
        if (region.getScene() != null) {
            region.getScene().getRoot().styleProperty().addListener(weak);
            apply.run();
        }
    }

    /** Adds what scales the widths given in pixels among {@code widths}; a width the code binds (a sidebar) is the code's. */
    private static void scaler(Region owner, DoubleProperty min, DoubleProperty pref, DoubleProperty max, List<Runnable> scalers) {
        for (DoubleProperty width : new DoubleProperty[]{min, pref, max}) {
            double base = width.get();
            if (fixed(base)) {
                scalers.add(() -> {
                    if (!width.isBound()) {
                        width.set(base * scale(owner.getScene()));
                    }
                });
            }
        }
    }

    /** A width given in pixels, not one of the layout's own markers (computed, pref size, unbounded). */
    private static boolean fixed(double width) {
        return width > 0 && width < Double.MAX_VALUE;
    }
}
