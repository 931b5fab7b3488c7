package org.tandem.ui.shell;

import org.tandem.ui.common.MenuCommand;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

/**
 * View > Present (F11, full screen for a projector) and View > Zoom in, Zoom out, Actual size
 * (Ctrl+Plus, Ctrl+Minus, Ctrl+0): the window's text from 80 to 200 %, remembered between runs.
 * The zoom sets the root's font size; the theme sizes everything else in em, so it all follows.
 * View > High contrast pushes the theme's own colours to black on white (white on black in the dark theme).
 */
final class PresentMode {
    /** Style class on the window's root that switches the theme's colours to full contrast (see tandem.css). */
    static final String HIGH_CONTRAST = "high-contrast";
    /** AtlantaFX's root font size, 100 %. */
    static final double BASE_FONT = 14;

    private PresentMode() {
    }

    static void install(Menu viewMenu, Parent root, ShellViewModel viewModel) {
        CheckMenuItem present = new CheckMenuItem("Present (full screen)");
        present.setId("presentItem");
        present.setAccelerator(KeyCombination.valueOf("F11"));
        MenuItem in = MenuCommand.item("zoomInItem", "Zoom in", "Shortcut+Plus", () -> viewModel.zoom(1));
        MenuItem out = MenuCommand.item("zoomOutItem", "Zoom out", "Shortcut+Minus", () -> viewModel.zoom(-1));
        MenuItem actual = MenuCommand.item("actualSizeItem", "Actual size", "Shortcut+0", () -> viewModel.zoom(0));
        CheckMenuItem contrast = new CheckMenuItem("High contrast");
        contrast.setId("highContrastItem");
        contrast.selectedProperty().bindBidirectional(viewModel.highContrastProperty());
        viewMenu.getItems().addAll(new SeparatorMenuItem(), present, in, out, actual, contrast);
        root.getStyleClass().remove(HIGH_CONTRAST);
        if (viewModel.highContrastProperty().get()) {
            root.getStyleClass().add(HIGH_CONTRAST);
        }
        viewModel.highContrastProperty().addListener((o, was, on) -> {
            root.getStyleClass().remove(HIGH_CONTRAST);
            if (on) {
                root.getStyleClass().add(HIGH_CONTRAST);
            }
        });
        apply(root, viewModel.zoomProperty().get());
        viewModel.zoomProperty().addListener((o, was, now) -> apply(root, now.intValue()));
        root.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                // "+" is Shift+= on most keyboards, and the number pad has its own keys
                scene.getAccelerators().put(KeyCombination.valueOf("Shortcut+Equals"), () -> viewModel.zoom(1));
                scene.getAccelerators().put(KeyCombination.valueOf("Shortcut+Add"), () -> viewModel.zoom(1));
                scene.getAccelerators().put(KeyCombination.valueOf("Shortcut+Subtract"), () -> viewModel.zoom(-1));
                scene.getAccelerators().put(KeyCombination.valueOf("Shortcut+Numpad0"), () -> viewModel.zoom(0));
                followWindow(scene, present);
            }
        });
    }

    private static void followWindow(Scene scene, CheckMenuItem present) {
        scene.windowProperty().addListener((o, was, window) -> {
            if (window instanceof Stage stage) {
                stage.setFullScreenExitHint("Press F11 or Esc to leave the presentation");
                present.setSelected(stage.isFullScreen());
                stage.fullScreenProperty().addListener((x, off, on) -> present.setSelected(on));
                present.setOnAction(e -> stage.setFullScreen(present.isSelected()));
            }
        });
    }

    /** The root's font size for a zoom; nothing set at 100 %, so the theme's own size stands. */
    static void apply(Parent root, int percent) {
        root.setStyle(percent == 100 ? "" : String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", BASE_FONT * percent / 100));
    }
}
