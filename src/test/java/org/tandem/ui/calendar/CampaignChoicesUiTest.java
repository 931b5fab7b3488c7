package org.tandem.ui.calendar;

import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.tandem.domain.Campaign;
import org.tandem.store.CampaignRepository;
import org.tandem.store.Database;
import org.tandem.store.PlanRepository;
import org.tandem.ui.AppUiTest;


import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.ui.AppDriver.waitUntil;

/** Code that fills the side panel's choices (after a plan switch, a section round trip) never writes. */
class CampaignChoicesUiTest extends AppUiTest {
    static final String SAMPLE = "Ember & Oak Coffee Roasters (sample)";

    private Campaign stored(String name) {
        try (Database db = Database.open(database())) {
            var plan = new PlanRepository(db).list().stream().filter(p -> p.name().equals(SAMPLE)).findFirst().orElseThrow();
            return new CampaignRepository(db).all(plan.id()).stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
        }
    }

    private void shortcut(KeyCode digit) {
        press(KeyCode.CONTROL, digit).release(digit, KeyCode.CONTROL);
    }

    @Test
    void aCampaignKeepsItsChannelAndSegmentAfterAPlanSwitchAndSectionRoundTrips() throws Exception {
        Campaign before = stored("Gift guide content");
        assertThat(before.channel()).isEqualTo("Content");
        assertThat(before.segmentId()).isNotNull();

        shortcut(KeyCode.N);
        waitUntil(() -> lookup("#nameField").tryQuery().isPresent());
        clickOn("#nameField").write("Second plan");
        clickOn("#planFormSave");
        waitUntil(() -> stage.getTitle().equals("Tandem - Second plan"));
        clickOn("#planSwitcher").clickOn(SAMPLE);
        waitUntil(() -> stage.getTitle().equals("Tandem - " + SAMPLE));

        shortcut(KeyCode.DIGIT4);
        waitUntil(() -> lookup("#calendarFx").tryQuery().isPresent());
        // the agenda lists every campaign; a click there selects it as a click on the calendar does
        selectInAgenda("Gift guide content");

        shortcut(KeyCode.DIGIT5);
        waitUntil(() -> lookup("#salesPlanRoot").tryQuery().map(n -> n.getScene() != null).orElse(false));
        shortcut(KeyCode.DIGIT4);
        waitUntil(() -> lookup("#calendarRoot").tryQuery().map(n -> n.getScene() != null).orElse(false));
        shortcut(KeyCode.DIGIT1);
        waitUntil(() -> lookup("#planName").tryQuery().isPresent());
        shortcut(KeyCode.DIGIT4);
        waitUntil(() -> lookup("#calendarRoot").tryQuery().map(n -> n.getScene() != null).orElse(false));
        // and the side panel still shows them (the channels' reload left the channel box blank)
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> channel = lookup("#campaignChannel").queryAs(javafx.scene.control.ComboBox.class);
        waitUntil(() -> "Content".equals(channel.getValue()));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(channel.getValue()).isEqualTo("Content");

        driver.quitWithShortcut(this);
        Campaign after = stored("Gift guide content");
        assertThat(after.channel()).isEqualTo("Content");
        assertThat(after.segmentId()).isEqualTo(before.segmentId());
        assertThat(after).isEqualTo(before);
    }

    @Test
    void onAProjectorTheSidePanelComesBackWithTheCampaignsChoicesAndWritesNothing() throws Exception {
        Campaign before = stored("Monthly roast newsletter");
        interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(768);
        });
        shortcut(KeyCode.DIGIT4);
        waitUntil(() -> lookup("#calendarFx").tryQuery().isPresent());
        assertThat(lookup("#campaignPanel").tryQuery()).as("the empty panel stepped aside").isEmpty();
        selectInAgenda("Monthly roast newsletter");
        assertThat(lookup("#campaignPanel").tryQuery()).as("the panel is back").isPresent();
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> channel = lookup("#campaignChannel").queryAs(javafx.scene.control.ComboBox.class);
        waitUntil(() -> "Email".equals(channel.getValue()) || before.channel().equals(channel.getValue()));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#undoButton").match(n -> n.getScene() != null).queryButton().isDisabled())
                .as("no edit recorded").isTrue();
        driver.quitWithShortcut(this);
        assertThat(stored("Monthly roast newsletter")).isEqualTo(before);
    }

    @Test
    void turningThePagesWithACampaignSelectedWritesNothing() throws Exception {
        Campaign before = stored("Monthly roast newsletter");
        shortcut(KeyCode.DIGIT4);
        waitUntil(() -> lookup("#calendarFx").tryQuery().isPresent());
        selectInAgenda("Monthly roast newsletter");
        clickOn("Calendar");
        for (String page : java.util.List.of("Week", "Year", "Month")) {
            javafx.scene.Node button = lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.ToggleButton b
                    && page.equals(b.getText())).query();
            clickOn(button);
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        }
        clickOn("Budget and leads");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> channel = lookup("#campaignChannel").queryAs(javafx.scene.control.ComboBox.class);
        assertThat(channel.getValue()).isEqualTo(before.channel());
        driver.quitWithShortcut(this);
        assertThat(stored("Monthly roast newsletter")).isEqualTo(before);
    }

    @Test
    void everyWrongFieldOfTheSidePanelSaysSoAtOnceAndNoFieldMoves() throws Exception {
        Campaign before = stored("Gift guide content");
        shortcut(KeyCode.DIGIT4);
        waitUntil(() -> lookup("#calendarFx").tryQuery().isPresent());
        selectInAgenda("Gift guide content");

        javafx.scene.Node actual = lookup("#campaignActual").query();
        double actualY = actual.localToScene(0, 0).getY();
        for (String[] typed : new String[][]{{"#campaignBudget", "-100"}, {"#campaignExpected", "lots"}}) {
            javafx.scene.control.TextField field = lookup(typed[0]).queryAs(javafx.scene.control.TextField.class);
            interact(() -> field.getParent().requestFocus());
            clickOn(field).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
            write(typed[1]);
        }
        javafx.scene.control.Label budgetError = lookup("#plannedBudgetError").queryAs(javafx.scene.control.Label.class);
        javafx.scene.control.Label leadsError = lookup("#expectedLeadsError").queryAs(javafx.scene.control.Label.class);
        waitUntil(() -> !budgetError.getText().isEmpty() && !leadsError.getText().isEmpty());
        assertThat(budgetError.isVisible()).isTrue();
        assertThat(leadsError.isVisible()).isTrue();
        assertThat(budgetError.getText()).isEqualTo("A budget cannot be negative.");
        assertThat(leadsError.getText()).contains("not a number");
        assertThat(lookup("#campaignBudget").query().getPseudoClassStates()).extracting(Object::toString).contains("danger");
        assertThat(actual.localToScene(0, 0).getY()).as("fields below keep their place").isEqualTo(actualY);

        driver.quitWithShortcut(this);
        assertThat(stored("Gift guide content")).isEqualTo(before);
    }
}
