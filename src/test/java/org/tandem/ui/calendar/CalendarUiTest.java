package org.tandem.ui.calendar;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.domain.Campaign;
import org.tandem.domain.Occurrence;
import org.tandem.store.CampaignRepository;
import org.tandem.store.Database;
import org.tandem.store.PlanRepository;
import org.tandem.ui.AppUiTest;
import org.testfx.util.WaitForAsyncUtils;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.ui.AppDriver.waitUntil;

class CalendarUiTest extends AppUiTest {
    /** A month the sample plan leaves empty. */
    static final LocalDate JUNE_2030 = LocalDate.of(2030, 6, 1);

    @BeforeEach
    void openCalendar() throws Exception {
        openAt(JUNE_2030);
    }

    private void openAt(LocalDate date) throws Exception {
        clickOn("#nav-calendar");
        waitUntil(() -> lookup("#calendarFx").tryQuery().isPresent());
        interact(() -> entries().view().setDate(date));
        waitUntil(() -> month().firstDay().equals(month().firstDayFor(date)));
    }

    private CampaignEntries entries() {
        return (CampaignEntries) lookup("#calendarRoot").query().getProperties().get(CampaignEntries.class);
    }

    private CampaignGrid month() {
        return entries().shownGrid();
    }

    /** A point on screen inside the month page's cell for {@code day}, at its lower right, below its campaigns. */
    private Point2D pointOf(LocalDate day) {
        javafx.geometry.Bounds cell = month().cellBounds(day);
        assertThat(cell).as("a cell for " + day).isNotNull();
        return month().localToScreen(cell.getMaxX() - 20, cell.getMaxY() - 6);
    }

    /** A campaign's bar on the shown page. */
    private Optional<javafx.scene.control.Label> entryView(String title) {
        return lookup(n -> n instanceof javafx.scene.control.Label bar && bar.getStyleClass().contains("grid-bar") && bar.isVisible()
                && bar.getText().endsWith(title)).tryQuery().map(n -> (javafx.scene.control.Label) n);
    }

    private static Occurrence shownBy(Node bar) {
        return CampaignGrid.occurrenceOf(bar);
    }

    private List<Campaign> stored(String name) {
        try (Database db = Database.open(database())) {
            return new CampaignRepository(db).all(new PlanRepository(db).list().get(0).id()).stream()
                    .filter(c -> c.name().equals(name)).toList();
        }
    }

    @Test
    void aCampaignMadeAfterVisitingTheYearAndAnotherSectionShowsInTheMonthAtOnce() throws Exception {
        interact(() -> entries().view().showYearPage());
        WaitForAsyncUtils.waitForFxEvents();
        push(KeyCode.SHORTCUT, KeyCode.DIGIT5);
        waitUntil(() -> lookup("#salesPlanRoot").tryQuery().isPresent());
        push(KeyCode.SHORTCUT, KeyCode.DIGIT4);
        interact(() -> entries().view().showMonthPage());
        WaitForAsyncUtils.waitForFxEvents();
        LocalDate day = JUNE_2030.withDayOfMonth(19);
        doubleClickOn(pointOf(day), MouseButton.PRIMARY);
        waitUntil(() -> stored("New campaign").size() == 1);
        waitUntil(() -> entryView("New campaign").isPresent());

        // and a changed end date is drawn again at once
        DatePicker end = lookup("#campaignEnd").queryAs(DatePicker.class);
        interact(() -> end.setValue(day.plusDays(3)));
        waitUntil(() -> stored("New campaign").get(0).end().equals(day.plusDays(3)));
        waitUntil(() -> entryView("New campaign").map(v -> shownBy(v).end().equals(day.plusDays(3))).orElse(false));
    }

    @Test
    void createMoveResizeUndoAndFindTheCampaignMovedAfterARestart() throws Exception {
        LocalDate day = JUNE_2030.withDayOfMonth(12);
        doubleClickOn(pointOf(day), MouseButton.PRIMARY);
        waitUntil(() -> stored("New campaign").size() == 1);
        TextField name = lookup("#campaignName").queryAs(TextField.class);
        clickOn(name);
        interact(name::selectAll);
        write("Summer launch");
        waitUntil(() -> stored("Summer launch").size() == 1 && entryView("Summer launch").isPresent());
        assertThat(stored("Summer launch").get(0).start()).isEqualTo(day);

        // move: drag the entry a week down
        Node entry = entryView("Summer launch").orElseThrow();
        drag(entry, MouseButton.PRIMARY).dropTo(pointOf(day.plusDays(7)));
        waitUntil(() -> stored("Summer launch").get(0).start().equals(day.plusDays(7)));
        assertThat(stored("Summer launch").get(0).end()).isEqualTo(day.plusDays(7));

        // resize: drag its right end two days further
        waitUntil(() -> entryView("Summer launch").isPresent());
        javafx.scene.control.Label moved = entryView("Summer launch").orElseThrow();
        Point2D rightEnd = moved.localToScreen(moved.getWidth() - 2, moved.getHeight() / 2);
        drag(rightEnd, MouseButton.PRIMARY).dropTo(pointOf(day.plusDays(9)));
        waitUntil(() -> stored("Summer launch").get(0).end().equals(day.plusDays(9)));
        assertThat(stored("Summer launch").get(0).start()).isEqualTo(day.plusDays(7));

        // Ctrl+Z undoes the resize, not the move (a click on the calendar first: in a text field Ctrl+Z undoes typing)
        waitUntil(() -> entryView("Summer launch").isPresent());
        clickOn(entryView("Summer launch").orElseThrow());
        push(KeyCode.SHORTCUT, KeyCode.Z);
        waitUntil(() -> stored("Summer launch").get(0).end().equals(day.plusDays(7)));
        assertThat(stored("Summer launch").get(0).start()).isEqualTo(day.plusDays(7));
        // Ctrl+Shift+Z redoes it, Ctrl+Z takes it back again, and so does Ctrl+Y redo
        push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.Z);
        waitUntil(() -> stored("Summer launch").get(0).end().equals(day.plusDays(9)));
        push(KeyCode.SHORTCUT, KeyCode.Z);
        waitUntil(() -> stored("Summer launch").get(0).end().equals(day.plusDays(7)));
        push(KeyCode.SHORTCUT, KeyCode.Y);
        waitUntil(() -> stored("Summer launch").get(0).end().equals(day.plusDays(9)));
        push(KeyCode.SHORTCUT, KeyCode.Z);
        waitUntil(() -> stored("Summer launch").get(0).end().equals(day.plusDays(7)));

        driver.quitWithShortcut(this);
        stage = driver.start();
        openAt(JUNE_2030);
        waitUntil(() -> entryView("Summer launch").isPresent());
        assertThat(stored("Summer launch")).singleElement().satisfies(c -> {
            assertThat(c.start()).isEqualTo(day.plusDays(7));
            assertThat(c.end()).isEqualTo(day.plusDays(7));
        });
    }

    @Test
    void dragAcrossEmptyDaysCreatesACampaignOverThem() throws Exception {
        LocalDate from = JUNE_2030.withDayOfMonth(3);
        drag(pointOf(from), MouseButton.PRIMARY).dropTo(pointOf(from.plusDays(3)));
        waitUntil(() -> stored("New campaign").size() == 1);
        assertThat(stored("New campaign").get(0).start()).isEqualTo(from);
        assertThat(stored("New campaign").get(0).end()).isEqualTo(from.plusDays(3));
        assertThat(lookup("#campaignName").queryAs(TextField.class).getText()).isEqualTo("New campaign");
    }

    @Test
    @SuppressWarnings("unchecked")
    void filteringByChannelShowsOnlyThatChannelInTheAgendaAndTheCalendar() throws Exception {
        ComboBox<String> channels = lookup("#channelFilter").queryAs(ComboBox.class);
        clickOn(channels);
        waitUntil(channels::isShowing);
        clickOn(lookup(".combo-box-popup .list-cell").match((javafx.scene.control.ListCell<?> c) -> "Social".equals(c.getText()))
                .queryAs(javafx.scene.control.ListCell.class));
        waitUntil(() -> "Social".equals(channels.getValue()));
        clickOn("Agenda");
        TableView<Campaign> agenda = lookup("#agendaTable").queryAs(TableView.class);
        waitUntil(() -> !agenda.getItems().isEmpty());
        assertThat(agenda.getItems()).allSatisfy(c -> assertThat(c.channel()).isEqualTo("Social"));
        long social;
        try (Database db = Database.open(database())) {
            social = new CampaignRepository(db).all(new PlanRepository(db).list().get(0).id()).stream()
                    .filter(c -> c.channel().equals("Social")).count();
        }
        assertThat(agenda.getItems()).hasSize((int) social);

        clickOn("#textFilter").write("zzz-no-such-campaign");
        waitUntil(agenda.getItems()::isEmpty);
        clickOn("Clear");
        waitUntil(() -> agenda.getItems().size() > social);
    }

    @Test
    void theSamplesOctoberCollisionIsMarkedInTheWeekViewAndListedInTheSidePanel() throws Exception {
        interact(() -> {
            entries().view().showWeekPage();
            entries().view().setDate(LocalDate.of(2026, 10, 21));
        });
        waitUntil(() -> clashes().size() >= 2);
        assertThat(clashes()).extracting(javafx.scene.control.Label::getText)
                .contains("\u26A0 Autumn subscriber bundle", "\u26A0 Halloween roast promo");
        clickOn(clashes().stream().filter(v -> v.getText().contains("Halloween")).findFirst().orElseThrow());
        waitUntil(() -> lookup("#overlapList").queryListView().getItems().size() == 1);
        assertThat(lookup("#overlapList").queryListView().getItems().get(0).toString()).startsWith("Autumn subscriber bundle (");
        assertThat(lookup("#campaignName").queryAs(TextField.class).getText()).isEqualTo("Halloween roast promo");
    }

    @Test
    @SuppressWarnings("unchecked")
    void comingBackToTheCalendarShowsWhatWasTypedJustBeforeLeavingAndWhatAnotherProgramWrote() throws Exception {
        selectInAgenda("Halloween roast promo");
        clickOn("#campaignName").press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.A)
                .release(javafx.scene.input.KeyCode.A, javafx.scene.input.KeyCode.CONTROL).write("Halloween roast special");
        // away and back before the typing pause has saved it
        push(javafx.scene.input.KeyCode.SHORTCUT, javafx.scene.input.KeyCode.DIGIT1);
        push(javafx.scene.input.KeyCode.SHORTCUT, javafx.scene.input.KeyCode.DIGIT4);
        TableView<org.tandem.domain.Campaign> agenda = lookup("#agendaTable").queryAs(TableView.class);
        waitUntil(() -> agenda.getItems().stream().anyMatch(c -> c.name().equals("Halloween roast special")));

        // the command line renames another campaign while the window is open
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + database());
             var rename = c.prepareStatement("UPDATE campaign SET name = 'Gift guide (renamed)' WHERE name = 'Gift guide content'")) {
            assertThat(rename.executeUpdate()).isEqualTo(1);
        }
        push(javafx.scene.input.KeyCode.SHORTCUT, javafx.scene.input.KeyCode.DIGIT1);
        push(javafx.scene.input.KeyCode.SHORTCUT, javafx.scene.input.KeyCode.DIGIT4);
        waitUntil(() -> agenda.getItems().stream().anyMatch(c -> c.name().equals("Gift guide (renamed)")));
        assertThat(agenda.getItems()).extracting(org.tandem.domain.Campaign::name).contains("Halloween roast special");

        driver.quitWithShortcut(this);
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + database());
             var names = c.prepareStatement("SELECT count(*) FROM campaign WHERE name IN ('Halloween roast special', 'Gift guide (renamed)')");
             var rs = names.executeQuery()) {
            assertThat(rs.getInt(1)).isEqualTo(2);
        }
        stage = driver.start();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theBudgetTabShowsTwelveMonthsAndFollowsTheFilters() throws Exception {
        clickOn("Budget and leads");
        TableView<BudgetViewModel.Row> months = lookup("#monthTable").queryAs(TableView.class);
        TableView<BudgetViewModel.Row> channels = lookup("#channelTable").queryAs(TableView.class);
        waitUntil(() -> months.getItems().size() == 12 && !channels.getItems().isEmpty());
        int allChannels = channels.getItems().size();
        assertThat(lookup("#totalsLabel").queryLabeled().getText()).startsWith("Year ");
        ComboBox<String> channel = lookup("#channelFilter").queryAs(ComboBox.class);
        interact(() -> channel.setValue("Email"));
        waitUntil(() -> channels.getItems().size() == 1);
        assertThat(channels.getItems().get(0).label()).isEqualTo("Email");
        assertThat(allChannels).isGreaterThan(1);
    }

    private List<javafx.scene.control.Label> clashes() {
        return lookup(".campaign-overlap").queryAll().stream().filter(Node::isVisible)
                .map(n -> (javafx.scene.control.Label) n).toList();
    }
}
