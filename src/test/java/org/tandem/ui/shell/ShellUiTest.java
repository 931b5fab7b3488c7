package org.tandem.ui.shell;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import org.junit.jupiter.api.Test;
import org.tandem.domain.Plan;
import org.tandem.store.Database;
import org.tandem.store.PlanRepository;
import org.tandem.ui.AppUiTest;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.ui.AppDriver.waitUntil;

class ShellUiTest extends AppUiTest {
    static final String SAMPLE = "Ember & Oak Coffee Roasters (sample)";

    private List<String> storedPlanNames() {
        // a second connection, as another process would open it
        try (Database db = Database.open(database())) {
            return new PlanRepository(db).list().stream().map(Plan::name).toList();
        }
    }

    private ComboBox<Plan> switcher() {
        return lookup("#planSwitcher").queryComboBox();
    }

    @Test
    void firstStartOpensTheSamplePlanOnTheDashboard() throws Exception {
        assertThat(stage.getTitle()).isEqualTo("Tandem - " + SAMPLE);
        assertThat(lookup("#planName").queryAs(Label.class).getText()).isEqualTo(SAMPLE);
        assertThat(lookup("#planDescription").queryAs(Label.class).getText()).contains("roaster");
        waitUntil(() -> lookup("#fig-funnel-leadsNeeded").tryQuery().isPresent());
        assertThat(stage.getIcons()).isNotEmpty();
    }

    @Test
    void sidebarReachesAllFiveScreensAndShortcutsToo() throws Exception {
        clickOn(Section.RESEARCH.title());
        waitUntil(() -> lookup("#researchView").tryQuery().map(n -> n.getScene() != null).orElse(false));
        clickOn(Section.COMPETITORS.title());
        waitUntil(() -> lookup("#competitorsView").tryQuery().map(n -> n.getScene() != null).orElse(false));
        clickOn(Section.CALENDAR.title());
        waitUntil(() -> lookup("#calendarRoot").tryQuery().map(n -> n.getScene() != null).orElse(false));
        clickOn(Section.SALES_PLAN.title());
        waitUntil(() -> lookup("#salesPlanRoot").tryQuery().map(n -> n.getScene() != null).orElse(false));
        clickOn("Dashboard");
        waitUntil(() -> lookup("#planName").tryQuery().isPresent());
        press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        waitUntil(() -> lookup("#calendarRoot").tryQuery().map(n -> n.getScene() != null).orElse(false));
        press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        waitUntil(() -> lookup("#planName").tryQuery().isPresent());
    }

    @Test
    void createRenameAndDeleteAPlanThroughTheWindow() throws Exception {
        // create with Ctrl+N; an existing name is refused inline first
        press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> lookup("#nameField").tryQuery().isPresent());
        clickOn("#nameField").write("ember & oak coffee roasters (SAMPLE)");
        waitUntil(() -> lookup("#nameError").queryAs(Label.class).getText().contains("already exists"));
        clickOn("#planFormSave");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#nameField").tryQuery()).as("dialog stays open").isPresent();
        interact(() -> lookup("#nameField").queryAs(TextField.class).clear());
        clickOn("#nameField").write("Harbour Bikes");
        clickOn("#planFormSave");
        waitUntil(() -> stage.getTitle().equals("Tandem - Harbour Bikes"));
        assertThat(lookup("#nameField").tryQuery()).as("dialog closed").isEmpty();
        assertThat(storedPlanNames()).containsExactly(SAMPLE, "Harbour Bikes");

        // rename with F2: the name is selected, so typing replaces it
        push(KeyCode.F2);
        waitUntil(() -> lookup("#nameField").tryQuery().isPresent());
        assertThat(lookup("#nameField").queryAs(TextField.class).getText()).isEqualTo("Harbour Bikes");
        clickOn("#nameField").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("Harbour Cycles");
        clickOn("#planFormSave");
        waitUntil(() -> stage.getTitle().equals("Tandem - Harbour Cycles"));
        assertThat(storedPlanNames()).containsExactly(SAMPLE, "Harbour Cycles");
        assertThat(lookup("#planName").queryAs(Label.class).getText()).isEqualTo("Harbour Cycles");

        // delete asks first, then offers Undo
        clickOn("#planActions").clickOn("Delete…");
        waitUntil(() -> lookup("#confirmDelete").tryQuery().isPresent());
        clickOn("Delete");
        waitUntil(() -> lookup("#undoBar").queryAs(HBox.class).isVisible());
        assertThat(lookup("#undoMessage").queryAs(Label.class).getText()).contains("Harbour Cycles");
        assertThat(stage.getTitle()).isEqualTo("Tandem - " + SAMPLE);
        assertThat(storedPlanNames()).containsExactly(SAMPLE);
        clickOn("#undoButton");
        waitUntil(() -> stage.getTitle().equals("Tandem - Harbour Cycles"));
        assertThat(lookup("#undoBar").queryAs(HBox.class).isVisible()).isFalse();
        assertThat(storedPlanNames()).containsExactly(SAMPLE, "Harbour Cycles");

        // delete for good: cancel first changes nothing
        clickOn("#planActions").clickOn("Delete…");
        waitUntil(() -> lookup("#confirmDelete").tryQuery().isPresent());
        clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(storedPlanNames()).contains("Harbour Cycles");
        clickOn("#planActions").clickOn("Delete…");
        waitUntil(() -> lookup("#confirmDelete").tryQuery().isPresent());
        clickOn("Delete");
        waitUntil(() -> lookup("#undoBar").queryAs(HBox.class).isVisible());
        clickOn("#dismissUndoButton");
        waitUntil(() -> !lookup("#undoBar").queryAs(HBox.class).isVisible());
        assertThat(switcher().getItems()).extracting(Plan::name).containsExactly(SAMPLE);
    }

    @Test
    void deletingEveryPlanShowsTheEmptyStateWhichOffersTheSample() throws Exception {
        clickOn("#planActions").clickOn("Delete…");
        waitUntil(() -> lookup("#confirmDelete").tryQuery().isPresent());
        clickOn("Delete");
        waitUntil(() -> lookup("#noPlanPane").query().isVisible());
        assertThat(stage.getTitle()).isEqualTo("Tandem");
        clickOn("#emptySampleButton");
        waitUntil(() -> stage.getTitle().startsWith("Tandem - Ember & Oak"));
        assertThat(lookup("#noPlanPane").query().isVisible()).isFalse();
    }

    @Test
    void planSwitcherOpensAnotherPlan() throws Exception {
        clickOn("#planActions").clickOn("New plan from sample");
        waitUntil(() -> stage.getTitle().equals("Tandem - " + SAMPLE + " (2)"));
        clickOn("#planSwitcher").clickOn(SAMPLE);
        waitUntil(() -> stage.getTitle().equals("Tandem - " + SAMPLE));
        assertThat(lookup("#planName").queryAs(Label.class).getText()).isEqualTo(SAMPLE);
    }

    @Test
    void planCreatedInOneRunIsThereAfterARestartWithThemeAndPlanRemembered() throws Exception {
        clickOn("#newPlanButton");
        waitUntil(() -> lookup("#nameField").tryQuery().isPresent());
        clickOn("#nameField").write("Persisted plan");
        clickOn("#planFormSave");
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> stage.getTitle().equals("Tandem - Persisted plan"));
        clickOn("#themeToggle");
        interact(() -> stage.setWidth(900));
        driver.quitWithShortcut(this);
        assertThat(stage.isShowing()).isFalse();

        stage = driver.start();
        assertThat(stage.getTitle()).as("last opened plan is reopened").isEqualTo("Tandem - Persisted plan");
        assertThat(switcher().getItems()).extracting(Plan::name).containsExactly(SAMPLE, "Persisted plan");
        assertThat(lookup("#themeToggle").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
        assertThat(stage.getWidth()).isEqualTo(900);
        interact(() -> lookup("#themeToggle").queryAs(javafx.scene.control.ToggleButton.class).setSelected(false));
    }

    @Test
    void helpMenuShowsShortcutsAndAbout() throws Exception {
        push(KeyCode.F1);
        waitUntil(() -> lookup("#shortcutList").tryQuery().isPresent());
        assertThat(lookup("Ctrl+5").tryQuery()).isPresent();
        clickOn("OK");
        clickOn("Help").clickOn("About Tandem");
        waitUntil(() -> lookup("#aboutText").tryQuery().isPresent());
        assertThat(lookup("#aboutText").queryAs(Label.class).getText()).contains("ui.db");
        clickOn("OK");
    }
}
