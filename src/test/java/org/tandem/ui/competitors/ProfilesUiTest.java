package org.tandem.ui.competitors;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.domain.Competitor;
import org.tandem.store.CompetitorRepository;
import org.tandem.store.Database;
import org.tandem.store.PlanRepository;
import org.tandem.ui.AppUiTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.ui.AppDriver.waitUntil;

class ProfilesUiTest extends AppUiTest {
    @BeforeEach
    void openCompetitors() throws Exception {
        clickOn("#nav-competitors");
        waitUntil(() -> competitorList().getItems().size() >= 6);
    }

    @SuppressWarnings("unchecked")
    private ListView<ProfilesViewModel.Row> competitorList() {
        return lookup("#competitorList").queryAs(ListView.class);
    }

    private List<Competitor> stored() {
        try (Database db = Database.open(database())) {
            return new CompetitorRepository(db).list(new PlanRepository(db).list().get(0).id());
        }
    }

    private Competitor stored(String name) {
        return stored().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void addACompetitorWithStrengthsAndWeaknessesAndFindItAfterARestart() throws Exception {
        clickOn("#addCompetitorButton");
        waitUntil(() -> lookup("#competitorName").queryAs(TextField.class).getText().equals("New competitor"));
        clickOn("#competitorName").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("Roast Rebels");
        clickOn("#strengthsAdd").write("Cheap").push(KeyCode.ENTER).write("Fast delivery").push(KeyCode.ENTER);
        clickOn("#weaknessesAdd").write("Stale beans").push(KeyCode.ENTER);
        // reorder: the second strength moves up
        clickOn("Fast delivery");
        clickOn("#strengthsUp");
        waitUntil(() -> stored().stream().anyMatch(c -> c.name().equals("Roast Rebels")
                && c.strengths().equals(List.of("Fast delivery", "Cheap")) && c.weaknesses().equals(List.of("Stale beans"))));

        driver.quitWithShortcut(this);
        stage = driver.start();
        openCompetitors();
        ProfilesViewModel.Row rebels = competitorList().getItems().stream()
                .filter(r -> r.competitor().name().equals("Roast Rebels")).findFirst().orElseThrow();
        interact(() -> competitorList().scrollTo(rebels));
        clickOn("Roast Rebels");
        waitUntil(() -> lookup("#competitorName").queryAs(TextField.class).getText().equals("Roast Rebels"));
        assertThat(lookup("#strengthsList").queryListView().getItems()).containsExactly("Fast delivery", "Cheap");
    }

    @Test
    void aShareOverAHundredIsRefusedAtTheFieldAndSharesOverTheMarketWarn() throws Exception {
        clickOn("Moorland Coffee Co.");
        waitUntil(() -> lookup("#competitorName").queryAs(TextField.class).getText().equals("Moorland Coffee Co."));
        clickOn("#competitorShare").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("150");
        waitUntil(() -> lookup("#competitorShareError").queryAs(Label.class).getText().contains("0 to 100"));
        assertThat(stored("Moorland Coffee Co.").sharePercent()).isEqualTo(0.8);
        press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("60");
        waitUntil(() -> lookup("#sharesWarning").queryAs(Label.class).isVisible());
        assertThat(lookup("#sharesWarning").queryAs(Label.class).getText()).contains("more than the whole market");
        waitUntil(() -> stored("Moorland Coffee Co.").sharePercent() == 60.0);
    }

    @Test
    void aLinkedResearchNoteOpensInMarketResearch() throws Exception {
        clickOn("Northern Grind Co.");
        waitUntil(() -> lookup(".hyperlink").queryAll().size() == 2);
        javafx.scene.control.ScrollPane form = lookup("#profileForm").queryAs(javafx.scene.control.ScrollPane.class);
        interact(() -> form.setVvalue(1.0));
        javafx.scene.control.Hyperlink link = lookup(".hyperlink").queryAll().stream().map(n -> (javafx.scene.control.Hyperlink) n)
                .filter(h -> h.getText().equals("Where we can win")).findFirst().orElseThrow();
        clickOn(link);
        waitUntil(() -> lookup("#researchView").tryQuery().map(n -> n.getScene() != null).orElse(false)
                && lookup("#titleField").tryQuery().map(n -> ((TextField) n).getText().equals("Where we can win")).orElse(false));
    }

    @Test
    void deleteOffersUndoAndOurBusinessCannotBeDeleted() throws Exception {
        clickOn("Ember & Oak Coffee Roasters");
        waitUntil(() -> lookup("#competitorName").queryAs(TextField.class).getText().equals("Ember & Oak Coffee Roasters"));
        assertThat(lookup("#deleteCompetitorButton").queryButton().isDisabled()).isTrue();
        clickOn("Moorland Coffee Co.");
        waitUntil(() -> !lookup("#deleteCompetitorButton").queryButton().isDisabled()
                && lookup("#competitorName").queryAs(TextField.class).getText().equals("Moorland Coffee Co."));
        clickOn("#deleteCompetitorButton");
        waitUntil(() -> competitorList().getItems().size() == 5 && lookup("#competitorUndoBar").queryAs(HBox.class).isVisible());
        clickOn("#competitorUndoButton");
        waitUntil(() -> competitorList().getItems().size() == 6);
        assertThat(stored("Moorland Coffee Co.").strengths()).containsExactly("Beautiful packaging", "Strong gift trade");
    }
}
