package org.tandem.app;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.tandem.service.WindowBounds;
import org.tandem.service.ShellSettings;

/** Where the main window opens: the remembered place, moved onto a screen that is there, or a comfortable centred size. */
final class WindowPlacement {
    private WindowPlacement() {
    }

    /**
     * Remembered bounds, moved and shrunk onto the screen they mostly fall on; otherwise a comfortable centred size.
     */
    static WindowBounds initialBounds(ShellSettings settings) {
        WindowBounds remembered = settings.bounds().orElse(null);
        if (remembered != null) {
            java.util.List<Screen> on = Screen.getScreensForRectangle(remembered.x(), remembered.y(),
                    remembered.width(), remembered.height());
            if (!on.isEmpty()) {
                Rectangle2D area = on.get(0).getVisualBounds();
                return remembered.within(area.getMinX(), area.getMinY(), area.getWidth(), area.getHeight());
            }
        }
        Rectangle2D visual = Screen.getPrimary().getVisualBounds();
        double width = Math.min(1280, visual.getWidth() * 0.92);
        double height = Math.min(820, visual.getHeight() * 0.92);
        return new WindowBounds(Double.NaN, Double.NaN, width, height, false);
    }

    static void place(Stage stage, WindowBounds bounds) {
        if (Double.isNaN(bounds.x())) {
            stage.centerOnScreen();
        } else {
            stage.setX(bounds.x());
            stage.setY(bounds.y());
            stage.setMaximized(bounds.maximized());
        }
    }
}
