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
import javafx.stage.Window;
import javafx.collections.ListChangeListener;
import java.util.List;

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
    static final double BASE_FONT = org.tandem.ui.common.EmSizes.BASE_FONT;

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
        followOtherWindows(root, viewModel);
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
        java.util.function.Consumer<Window> follow = window -> {
            if (window instanceof Stage stage) {
                stage.setFullScreenExitHint("Press F11 or Esc to leave the presentation");
                present.setSelected(stage.isFullScreen());
                stage.fullScreenProperty().addListener((x, off, on) -> present.setSelected(on));
                present.setOnAction(e -> stage.setFullScreen(present.isSelected()));
            }
        };
        // the window's first frame is a sketch in this scene: the scene is in its window before this root is
        follow.accept(scene.getWindow());
        scene.windowProperty().addListener((o, was, window) -> follow.accept(window));
    }

    /**
     * Dialogs, pop-overs, menus and the class review's windows are scenes of their own: each takes the main window's
     * zoom and contrast as it opens, and follows them while it is open.
     */
    private static void followOtherWindows(Parent main, ShellViewModel viewModel) {
        Runnable all = () -> List.copyOf(Window.getWindows()).forEach(w -> dress(w, main, viewModel));
        ListChangeListener<Window> opened = c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(w -> dress(w, main, viewModel));
            }
        };
        Window.getWindows().addListener(opened);
        viewModel.zoomProperty().addListener((o, was, now) -> all.run());
        viewModel.highContrastProperty().addListener((o, was, now) -> all.run());
        // the list of windows outlives this window: let go of it once the window has gone
        main.sceneProperty().addListener((o, was, now) -> {
            if (now == null) {
                Window.getWindows().removeListener(opened);
            }
        });
    }

    private static void dress(Window window, Parent main, ShellViewModel viewModel) {
        Scene scene = window.getScene();
        if (scene == null || scene.getRoot() == null || scene.getRoot() == main || !ownedBy(window, main)) {
            return;
        }
        Parent root = scene.getRoot();
        String style = root.getStyle();
        // a window's own inline style is left alone; an empty one, or a zoom set here before, takes the zoom
        if (style == null || style.isEmpty() || style.startsWith("-fx-font-size:")) {
            apply(root, viewModel.zoomProperty().get());
        }
        root.getStyleClass().remove(HIGH_CONTRAST);
        if (viewModel.highContrastProperty().get()) {
            root.getStyleClass().add(HIGH_CONTRAST);
        }
    }

    /** Whether the window is opened from the main window (a dialog, a menu, a pop-over, a window of its own). */
    private static boolean ownedBy(Window window, Parent main) {
        Window mainWindow = main.getScene() == null ? null : main.getScene().getWindow();
        for (Window w = window; w != null && mainWindow != null; ) {
            if (w == mainWindow) {
                return true;
            }
            w = w instanceof Stage stage ? stage.getOwner() : w instanceof javafx.stage.PopupWindow popup ? popup.getOwnerWindow() : null;
        }
        return false;
    }

    /** The root's font size for a zoom; nothing set at 100 %, so the theme's own size stands. */
    static void apply(Parent root, int percent) {
        root.setStyle(percent == 100 ? "" : String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", BASE_FONT * percent / 100));
    }
}
