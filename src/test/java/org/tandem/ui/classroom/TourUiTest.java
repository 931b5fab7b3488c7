package org.tandem.ui.classroom;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Shape;
import org.junit.jupiter.api.Test;
import org.tandem.ui.AppDriver;
import org.tandem.ui.AppUiTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Classroom > Guided tour on the sample, driven from the keyboard and the card's buttons. */
class TourUiTest extends AppUiTest {
    static final List<String> STOPS = List.of("Market research", "Competitors", "Campaign calendar", "1. Objectives", "2. Activities",
            "3. Resources", "4. Implement", "5. Assess", "6. Control", "Both hats on the dashboard");

    private String title() {
        return lookup("#tourTitle").tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    private void waitForStop(String title) throws Exception {
        AppDriver.waitUntil(() -> title.equals(title()));
    }

    /** Whether the part of the screen with the id is lit: its middle is a hole in the dimming, a corner of the window is not. */
    private boolean lit(String id) {
        Shape dim = lookup("#tourDim").queryAs(Shape.class);
        Node part = lookup("#" + id).match(Node::isVisible).query();
        Bounds b = part.localToScene(part.getBoundsInLocal());
        Point2D middle = dim.sceneToLocal(b.getCenterX(), b.getCenterY());
        Point2D corner = dim.sceneToLocal(2, stage.getScene().getHeight() - 2);
        return !dim.contains(middle) && dim.contains(corner);
    }

    @Test
    void theTourGoesFromResearchToItsLastStopAndBackLightingEachPartAndResumesWhereItWasLeft() throws Exception {
        push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.G);
        waitForStop("Market research");
        assertThat(lookup("#tourCounter").queryAs(Label.class).getText()).isEqualTo("Stop 1 of 10");
        assertThat(lookup("#tourText").queryAs(Label.class).getText()).contains("20 research notes");
        AppDriver.waitUntil(() -> lit("noteList"));
        assertThat(lookup("#tourBack").queryAs(Button.class).isDisabled()).isTrue();

        for (int i = 1; i < STOPS.size(); i++) {
            clickOn("#tourNext");
            waitForStop(STOPS.get(i));
        }
        assertThat(lookup("#tourNext").queryAs(Button.class).getText()).isEqualTo("Finish");
        AppDriver.waitUntil(() -> lit("hats"));
        for (int i = STOPS.size() - 2; i >= 0; i--) {
            clickOn("#tourBack");
            waitForStop(STOPS.get(i));
            if (STOPS.get(i).equals("1. Objectives")) {
                AppDriver.waitUntil(() -> lit("objectiveTable"));
                assertThat(lookup("#tourText").queryAs(Label.class).getText()).contains("Revenue target: 48,000");
            }
        }

        // Enter is Next; Esc leaves; the tour comes back at the stop it was left at
        push(KeyCode.ENTER);
        waitForStop("Competitors");
        push(KeyCode.ENTER);
        waitForStop("Campaign calendar");
        push(KeyCode.ESCAPE);
        AppDriver.waitUntil(() -> lookup("#tourLayer").tryQuery().isEmpty());
        // the next day, the class goes on where it stopped
        driver.quitWithShortcut(this);
        stage = driver.start();
        push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.G);
        waitForStop("Campaign calendar");
        clickOn("#tourRestart");
        waitForStop("Market research");
        clickOn("#tourLeave");
        AppDriver.waitUntil(() -> lookup("#tourLayer").tryQuery().isEmpty());
    }
}
