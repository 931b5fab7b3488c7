package org.tandem.ui.shell;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.tandem.ui.AppUiTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.ui.AppDriver.waitUntil;

/** View > Present and Zoom: the window's text grows and shrinks from the keyboard, and the size survives a restart. */
class PresentUiTest extends AppUiTest {

    private double fontSize() {
        return lookup("#currencyLabel").queryAs(Label.class).getFont().getSize();
    }

    private void keys(KeyCode... codes) {
        press(codes).release(codes);
    }

    @Test
    void zoomChangesTheRenderedTextAndIsRememberedAndF11Presents() throws Exception {
        waitUntil(() -> lookup("#currencyLabel").tryQuery().isPresent());
        assertThat(fontSize()).isEqualTo(14.0);
        keys(KeyCode.CONTROL, KeyCode.EQUALS);
        keys(KeyCode.CONTROL, KeyCode.EQUALS);
        waitUntil(() -> Math.abs(fontSize() - 16.8) < 0.01);
        // a dialog opened now is zoomed like the window
        keys(KeyCode.CONTROL, KeyCode.N);
        waitUntil(() -> lookup("#planDialog").tryQuery().isPresent());
        assertThat(lookup("#planDialog .label").queryAs(Label.class).getFont().getSize()).isCloseTo(16.8, org.assertj.core.data.Offset.offset(0.01));
        keys(KeyCode.ESCAPE);
        waitUntil(() -> lookup("#planDialog").tryQuery().isEmpty());
        keys(KeyCode.CONTROL, KeyCode.MINUS);
        waitUntil(() -> Math.abs(fontSize() - 15.4) < 0.01);

        driver.quitWithShortcut(this);
        stage = driver.start();
        waitUntil(() -> lookup("#currencyLabel").tryQuery().map(n -> Math.abs(fontSize() - 15.4) < 0.01).orElse(false));

        for (int i = 0; i < 20; i++) {
            keys(KeyCode.CONTROL, KeyCode.EQUALS);
        }
        waitUntil(() -> Math.abs(fontSize() - 28.0) < 0.01); // 200 % at most
        keys(KeyCode.CONTROL, KeyCode.DIGIT0);
        waitUntil(() -> fontSize() == 14.0);

        keys(KeyCode.F11);
        waitUntil(() -> stage.isFullScreen());
        keys(KeyCode.F11);
        waitUntil(() -> !stage.isFullScreen());
    }

    private javafx.scene.paint.Paint descriptionColour() {
        return lookup("#planDescription").queryAs(Label.class).getTextFill();
    }

    @Test
    void highContrastTurnsTheThemesTextBlackOnWhiteAndIsRemembered() throws Exception {
        waitUntil(() -> lookup("#planDescription").tryQuery().isPresent());
        assertThat(descriptionColour()).isNotEqualTo(javafx.scene.paint.Color.BLACK);
        clickOn("View");
        clickOn("High contrast");
        waitUntil(() -> javafx.scene.paint.Color.BLACK.equals(descriptionColour()));
        driver.quitWithShortcut(this);
        stage = driver.start();
        waitUntil(() -> lookup("#planDescription").tryQuery().map(n -> javafx.scene.paint.Color.BLACK.equals(descriptionColour()))
                .orElse(false));
    }
}
