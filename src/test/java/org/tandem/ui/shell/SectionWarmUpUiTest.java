package org.tandem.ui.shell;

import javafx.scene.Node;
import org.junit.jupiter.api.Test;
import org.tandem.store.CampaignRepository;
import org.tandem.store.Database;
import org.tandem.store.PlanRepository;
import org.tandem.ui.AppUiTest;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.ui.AppDriver.waitUntil;

class SectionWarmUpUiTest extends AppUiTest {

    private int channelRows(UUID planId) throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + database());
             var q = c.prepareStatement("SELECT count(*) FROM channel WHERE plan_id = ?")) {
            q.setString(1, planId.toString());
            try (var rs = q.executeQuery()) {
                return rs.getInt(1);
            }
        }
    }

    private UUID planNamed(String name) {
        try (Database db = Database.open(database())) {
            return new PlanRepository(db).list().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow().id();
        }
    }

    /** The plan switcher, once every screen was built ahead on the plan the window opened (the sample). */
    private javafx.scene.control.ComboBox<org.tandem.domain.Plan> switcherOnceBuiltAhead() throws Exception {
        org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> stage.getScene().getRoot().getProperties().containsKey(SectionWarmUp.DONE));
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<org.tandem.domain.Plan> switcher = lookup("#planSwitcher").queryAs(javafx.scene.control.ComboBox.class);
        return switcher;
    }

    /** A new plan through the New plan dialog, opened. */
    private void newPlan(String name) throws Exception {
        interact(lookup("#newPlanButton").queryButton()::fire);
        waitUntil(() -> lookup("#planFormSave").tryQuery().isPresent());
        Node dialog = lookup("#planFormSave").query().getScene().getRoot();
        interact(() -> from(dialog).lookup("#nameField").queryTextInputControl().setText(name));
        interact(lookup("#planFormSave").queryButton()::fire);
        waitUntil(() -> stage.getTitle().equals("Tandem - " + name));
    }

    @Test
    void everyScreenButTheDashboardIsBuiltAheadWhileIdleAndWriteNothingUntilShownAndShowWithoutStyleWarnings() throws Exception {
        newPlan("Harbour Bikes");
        driver.quitWithShortcut(this);
        stage = driver.start(); // opens on the new plan, which has never shown its calendar

        UUID plan = planNamed("Harbour Bikes");
        org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> stage.getScene().getRoot().getProperties().containsKey(SectionWarmUp.DONE));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getRoot().getProperties().get(SectionWarmUp.BUILT)).isEqualTo(4);
        assertThat(lookup("#calendarRoot").tryQuery()).as("built aside, not shown").isEmpty();
        assertThat(lookup("#researchView").tryQuery()).as("built aside, not shown").isEmpty();
        assertThat(lookup("#competitorsView").tryQuery()).as("built aside, not shown").isEmpty();
        assertThat(lookup("#salesPlanRoot").tryQuery()).as("built aside, not shown").isEmpty();
        assertThat(channelRows(plan)).as("nothing written while built ahead").isZero();
        // a window on an empty plan rehearses the dashboard on the sample, aside: its figures built, styled and let go
        Node dashboard = lookup("#dashboard").query();
        assertThat((Integer) dashboard.getProperties().get(org.tandem.ui.dashboard.DashboardController.BUILT_AHEAD)).isGreaterThan(10);
        assertThat(lookup("#runningNow").tryQuery()).as("none of the sample's figures shown").isEmpty();
        assertThat(lookup("#firstStepList").tryQuery()).as("the empty plan's first steps still shown").isPresent();
        try (Database db = Database.open(database())) {
            assertThat(new PlanRepository(db).list()).as("no plan of the rehearsal in the user's database").hasSize(2);
        }
        java.util.List<String> styleWarnings = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Logger css = java.util.logging.Logger.getLogger("javafx.css");
        java.util.logging.Handler watch = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                styleWarnings.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        css.addHandler(watch);

        // as the benchmark walks: research and competitors first, then the screens built ahead
        push(javafx.scene.input.KeyCode.SHORTCUT, javafx.scene.input.KeyCode.DIGIT2);
        push(javafx.scene.input.KeyCode.SHORTCUT, javafx.scene.input.KeyCode.DIGIT3);
        push(javafx.scene.input.KeyCode.SHORTCUT, javafx.scene.input.KeyCode.DIGIT5);
        waitUntil(() -> lookup("#salesPlanRoot").tryQuery().isPresent());
        waitUntil(() -> lookup("#emptyState").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));

        push(javafx.scene.input.KeyCode.SHORTCUT, javafx.scene.input.KeyCode.DIGIT4);
        waitUntil(() -> lookup("#calendarRoot").tryQuery().isPresent());
        waitUntil(() -> {
            try {
                return channelRows(plan) == CampaignRepository.DEFAULT_CHANNELS.size();
            } catch (Exception e) {
                return false;
            }
        });
        css.removeHandler(watch);
        assertThat(styleWarnings).as("the screens built ahead show as styled in the window").isEmpty();
    }

    @Test
    void theCalendarReadsThePlanOpenedBeforeItsFirstShowingInAQuietMomentAndShowsItsCampaignsAtOnce() throws Exception {
        javafx.scene.Parent root = stage.getScene().getRoot();
        javafx.scene.control.ComboBox<org.tandem.domain.Plan> switcher = switcherOnceBuiltAhead();
        org.tandem.domain.Plan sample = switcher.getValue();
        newPlan("Harbour Bikes");
        UUID harbour = planNamed("Harbour Bikes");

        // the sample opened again before the calendar was ever shown: read in the next quiet moment
        interact(() -> switcher.setValue(sample));
        assertThat(root.getProperties().get(SectionWarmUp.READ_WAITING)).isEqualTo(true);
        org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> Boolean.FALSE.equals(root.getProperties().get(SectionWarmUp.READ_WAITING)));
        org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> !driver.runner().busy());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(channelRows(harbour)).as("the new plan, read ahead while it was open, has nothing written").isZero();

        int[] shownAtOnce = {-1};
        interact(() -> {
            @SuppressWarnings("unchecked")
            javafx.scene.control.ListView<Section> sidebar = lookup("#sidebar").queryAs(javafx.scene.control.ListView.class);
            sidebar.getSelectionModel().select(Section.CALENDAR);
            // in the same turn of the JavaFX thread: no read could have come back yet
            shownAtOnce[0] = lookup("#ownerFilter").queryAs(javafx.scene.control.ComboBox.class).getItems().size();
        });
        assertThat(shownAtOnce[0]).as("the owners of the sample's campaigns, read ahead, besides All owners").isGreaterThan(1);
    }

    @Test
    void researchAndCompetitorsBuiltAheadOnOnePlanShowThePlanOpenWhenFirstShownAndFollowItAfter() throws Exception {
        javafx.scene.control.ComboBox<org.tandem.domain.Plan> switcher = switcherOnceBuiltAhead();
        org.tandem.domain.Plan sample = switcher.getValue();
        // built ahead while the sample was open; another plan, with no notes, opened before research is first shown
        newPlan("Harbour Bikes");

        push(javafx.scene.input.KeyCode.SHORTCUT, javafx.scene.input.KeyCode.DIGIT2);
        waitUntil(() -> lookup("#researchView").tryQuery().isPresent());
        org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> !driver.runner().busy());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ListView<?> notes = lookup("#noteList").queryAs(javafx.scene.control.ListView.class);
        assertThat(notes.getItems()).as("the open plan's notes, not the sample's it was built beside").isEmpty();

        interact(() -> switcher.setValue(sample));
        waitUntil(() -> !notes.getItems().isEmpty());
        int stored;
        try (Database db = Database.open(database())) {
            stored = new org.tandem.store.ResearchNoteRepository(db).list(sample.id(), null, null, org.tandem.domain.NoteSort.values()[0]).size();
        }
        assertThat(notes.getItems()).as("shown once, it follows the plan opened").hasSize(stored);

        // competitors, built ahead beside the sample too, shows the plan open when first shown
        interact(() -> switcher.setValue(switcher.getItems().stream().filter(p -> p.name().equals("Harbour Bikes")).findFirst().orElseThrow()));
        push(javafx.scene.input.KeyCode.SHORTCUT, javafx.scene.input.KeyCode.DIGIT3);
        waitUntil(() -> lookup("#competitorsView").tryQuery().isPresent());
        org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> !driver.runner().busy());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ListView<?> competitors = lookup("#competitorList").queryAs(javafx.scene.control.ListView.class);
        int profiled;
        int harbourProfiles;
        try (Database db = Database.open(database())) {
            profiled = new org.tandem.store.CompetitorRepository(db).list(sample.id()).size();
            harbourProfiles = new org.tandem.store.CompetitorRepository(db).list(planNamed("Harbour Bikes")).size();
        }
        assertThat(harbourProfiles).as("the new plan has only its own business").isEqualTo(1).isNotEqualTo(profiled);
        assertThat(competitors.getItems()).as("the open plan's competitors, not the sample's").hasSize(harbourProfiles);
        interact(() -> switcher.setValue(sample));
        waitUntil(() -> competitors.getItems().size() == profiled);
    }
}
