package org.tandem.ui;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

class TmpDashboardShots extends AppUiTest {
    private void shoot(String name) throws Exception {
        AppDriver.waitUntil(() -> lookup("#fig-funnel-leadsNeeded").tryQuery().isPresent());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ScrollPane pane = lookup("#dashboard").queryAs(javafx.scene.control.ScrollPane.class);
        WritableImage[] image = new WritableImage[1];
        interact(() -> image[0] = pane.getContent().snapshot(null, null));
        int w = (int) image[0].getWidth();
        int h = (int) image[0].getHeight();
        int[] px = new int[w * h];
        image[0].getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), px, 0, w);
        org.tandem.exchange.PngFile.write(Path.of("/tmp/shots/dash-" + name + ".png"), w, h, px);
    }

    @Test
    void shots() throws Exception {
        for (int[] size : new int[][]{{1024, 768}, {1920, 1080}}) {
            interact(() -> { stage.setWidth(size[0]); stage.setHeight(size[1]); });
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            shoot("light-" + size[0]);
            interact(() -> org.tandem.ui.common.Theme.apply(true));
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            shoot("dark-" + size[0]);
            interact(() -> org.tandem.ui.common.Theme.apply(false));
        }
    }
}
