package org.tandem.ui.competitors;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tandem.ui.common.Theme;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The positioning map's picture: twice the size, print colours on white or on nothing, even in the dark theme. */
class MapPictureUiTest extends FxRobot {
    PositioningMap map;

    void show(boolean dark) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            Theme.apply(dark);
            map = new PositioningMap();
            StackPane root = new StackPane(map);
            Scene scene = new Scene(root, 500, 400);
            scene.getStylesheets().add(getClass().getResource("/org/tandem/ui/tandem.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
            map.show(List.of(new MapViewModel.Point(UUID.randomUUID(), "Dale Street Roastery", false, 3, 4, 10),
                            new MapViewModel.Point(UUID.randomUUID(), "Ember & Oak", true, 7, 8, 5)),
                    new MapViewModel.Frame(0, 10, 5, 0, 10, 5), "Price level", "Quality");
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void lightAgain() throws Exception {
        FxToolkit.setupFixture(() -> Theme.apply(false));
    }

    private static int alpha(int argb) {
        return argb >>> 24;
    }

    private static int brightness(int argb) {
        return ((argb >> 16 & 0xFF) + (argb >> 8 & 0xFF) + (argb & 0xFF)) / 3;
    }

    @Test
    void onWhiteAtTwiceTheSizeInPrintColoursInTheDarkTheme() throws Exception {
        show(true);
        org.tandem.ui.common.ChartPictures.Pixels[] picture = new org.tandem.ui.common.ChartPictures.Pixels[1];
        interact(() -> picture[0] = org.tandem.ui.common.ChartPictures.of(map, false));
        // twice the map's size (its strokes reach a pixel or two beyond its edge)
        assertThat(picture[0].width()).isBetween((int) Math.round(map.getWidth() * 2), (int) Math.round(map.getWidth() * 2) + 10);
        assertThat(picture[0].height()).isBetween((int) Math.round(map.getHeight() * 2), (int) Math.round(map.getHeight() * 2) + 10);
        int[] px = picture[0].argb();
        assertThat(alpha(px[0])).isEqualTo(255);
        assertThat(brightness(px[0])).as("a light background, not the dark theme's").isGreaterThan(220);
        long bright = java.util.Arrays.stream(px).filter(p -> brightness(p) > 200).count();
        assertThat(bright).as("the map's area in print colours, not the dark theme's").isGreaterThan(px.length * 6L / 10);
        long dark = java.util.Arrays.stream(px).filter(p -> brightness(p) < 90).count();
        assertThat(dark).as("dark text and lines to print").isPositive();
        assertThat(map.getStyleClass()).doesNotContain(org.tandem.ui.common.ChartPictures.PRINT);
    }

    @Test
    void onNothingWhenTransparent() throws Exception {
        show(false);
        org.tandem.ui.common.ChartPictures.Pixels[] picture = new org.tandem.ui.common.ChartPictures.Pixels[1];
        interact(() -> picture[0] = org.tandem.ui.common.ChartPictures.of(map, true));
        assertThat(java.util.Arrays.stream(picture[0].argb()).filter(p -> alpha(p) == 0).count()).isPositive();
    }
}
