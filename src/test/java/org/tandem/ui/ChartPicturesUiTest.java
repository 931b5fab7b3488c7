package org.tandem.ui;

import javafx.scene.chart.Chart;
import javafx.scene.image.Image;
import org.junit.jupiter.api.Test;
import org.tandem.ui.shell.Section;

import java.io.DataInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.ui.AppDriver.waitUntil;

/** Charts to slides: any chart's context menu copies it as an image and saves it as a PNG, both at twice its size. */
class ChartPicturesUiTest extends AppUiTest {

    private static int[] pngSize(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file); DataInputStream data = new DataInputStream(in)) {
            data.skipBytes(16); // signature (8), IHDR length and type (8)
            return new int[]{data.readInt(), data.readInt()};
        }
    }

    /** A right click's context-menu request at the chart's centre (Monocle's robot does not make one from the click). */
    private void openContextMenu(Chart chart) {
        interact(() -> {
            var centre = chart.localToScreen(chart.getWidth() / 2, chart.getHeight() / 2);
            var local = new javafx.geometry.Point2D(chart.getWidth() / 2, chart.getHeight() / 2);
            javafx.event.Event.fireEvent(chart, new javafx.scene.input.ContextMenuEvent(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    local.getX(), local.getY(), centre.getX(), centre.getY(), false, new javafx.scene.input.PickResult(chart, local.getX(), local.getY())));
        });
    }

    @Test
    void theBudgetChartIsCopiedAndSavedAtTwiceItsSize() throws Exception {
        driver.planFiles(dir.resolve("unused.tandem.json"), null);
        clickOn(Section.CALENDAR.title());
        waitUntil(() -> lookup("#calendarRoot").tryQuery().map(n -> n.getScene() != null).orElse(false));
        clickOn("Budget and leads");
        waitUntil(() -> lookup("#spendChart").tryQuery().map(n -> n.getScene() != null && n.isVisible()).orElse(false));
        Chart chart = lookup("#spendChart").queryAs(Chart.class);

        openContextMenu(chart);
        clickOn("Copy as image");
        Image[] copied = new Image[1];
        waitUntil(() -> {
            interact(() -> copied[0] = javafx.scene.input.Clipboard.getSystemClipboard().getImage());
            return copied[0] != null;
        });
        assertThat(copied[0].getWidth()).isEqualTo(Math.ceil(chart.getWidth() * 2), org.assertj.core.data.Offset.offset(2.0));
        assertThat(chart.getStyleClass()).doesNotContain("print");

        openContextMenu(chart);
        clickOn("Save as PNG…");
        Path file = dir.resolve(org.tandem.ui.common.ChartPictures.fileName(chart));
        waitUntil(() -> Files.exists(file));
        waitUntil(() -> {
            try {
                return pngSize(file)[0] > 0;
            } catch (Exception notYet) {
                return false;
            }
        });
        int[] size = pngSize(file);
        assertThat((double) size[0]).isCloseTo(chart.getWidth() * 2, org.assertj.core.data.Offset.offset(2.0));
        assertThat((double) size[1]).isCloseTo(chart.getHeight() * 2, org.assertj.core.data.Offset.offset(2.0));
    }
}
