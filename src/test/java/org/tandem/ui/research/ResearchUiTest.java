package org.tandem.ui.research;

import org.tandem.domain.NoteSort;
import org.tandem.domain.NoteSummary;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.domain.Aspect;
import org.tandem.domain.Plan;
import org.tandem.domain.ResearchNote;
import org.tandem.store.Database;
import org.tandem.store.PlanRepository;
import org.tandem.store.ResearchNoteRepository;
import org.tandem.ui.AppUiTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.ui.AppDriver.waitUntil;

class ResearchUiTest extends AppUiTest {
    @BeforeEach
    void start() throws Exception {
        openResearch();
    }

    private void openResearch() throws Exception {
        clickOn("#nav-research");
        waitUntil(() -> lookup("#researchView").tryQuery().isPresent() && noteList().getItems().size() == 20);
    }

    @SuppressWarnings("unchecked")
    private ListView<NoteSummary> noteList() {
        return lookup("#noteList").queryAs(ListView.class);
    }

    private List<String> listedTitles() {
        return noteList().getItems().stream().map(NoteSummary::title).toList();
    }

    private List<ResearchNote> storedNotes() {
        try (Database db = Database.open(database())) {
            Plan plan = new PlanRepository(db).list().get(0);
            ResearchNoteRepository notes = new ResearchNoteRepository(db);
            return notes.list(plan.id(), null, null, NoteSort.TITLE).stream()
                    .map(s -> notes.find(s.id()).orElseThrow()).toList();
        }
    }

    /** Scrolls the list to the note, as a user would, and clicks it. */
    private void selectNote(String title) throws Exception {
        NoteSummary item = noteList().getItems().stream().filter(n -> n.title().equals(title)).findFirst().orElseThrow();
        interact(() -> noteList().scrollTo(item));
        clickOn(from(noteList()).lookup(title).<javafx.scene.Node>query());
        waitUntil(() -> lookup("#titleField").queryAs(TextField.class).getText().equals(title));
    }

    @Test
    void aDateTypedByHandIsReadInIsoOrRefusedAtTheFieldWithoutATrace() throws Exception {
        List<Throwable> uncaught = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> uncaught.add(e));
        try {
            String title = storedNotes().stream().filter(n -> n.evidenceDate() != null).findFirst().orElseThrow().title();
            selectNote(title);
            java.time.LocalDate was = storedNotes().stream().filter(n -> n.title().equals(title)).findFirst().orElseThrow().evidenceDate();
            javafx.scene.control.DatePicker picker = lookup("#evidencePicker").queryAs(javafx.scene.control.DatePicker.class);
            assertThat(picker.getEditor().getText()).isEqualTo(was.toString());
            clickOn(picker.getEditor()).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
            write("45/13/2026").push(KeyCode.ENTER);
            waitUntil(() -> !org.tandem.ui.common.DateFields.problemOf(picker).get().isEmpty());
            assertThat(org.tandem.ui.common.DateFields.problemOf(picker).get()).startsWith("\"45/13/2026\" is not a date: type it as")
                    .endsWith("or 2026-11-23.");
            assertThat(picker.getEditor().getText()).as("the stored date is shown again").isEqualTo(was.toString());
            assertThat(picker.getValue()).isEqualTo(was);

            clickOn(picker.getEditor()).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
            write("2026-11-23").push(KeyCode.ENTER);
            waitUntil(() -> storedNotes().stream().anyMatch(n -> n.title().equals(title)
                    && java.time.LocalDate.of(2026, 11, 23).equals(n.evidenceDate())));
            assertThat(org.tandem.ui.common.DateFields.problemOf(picker).get()).isEmpty();
            assertThat(uncaught).isEmpty();
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
    }

    @Test
    void createANoteInEachAspectAndSearchFindsIt() throws Exception {
        for (Aspect aspect : Aspect.values()) {
            clickOn("#newNoteButton").clickOn("#new-" + aspect.code());
            String defaultTitle = "New " + aspect.label().toLowerCase() + " note";
            waitUntil(() -> lookup("#titleField").queryAs(TextField.class).getText().equals(defaultTitle));
            assertThat(lookup("#bodyArea").queryAs(TextArea.class).getText()).isEqualTo(aspect.template());
            assertThat(lookup("#aspectBox").queryComboBox().getValue()).isEqualTo(aspect);
            TextField title = lookup("#titleField").queryAs(TextField.class);
            clickOn(title).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
            write("Zebra " + aspect.code() + " finding");
            waitUntil(() -> lookup("#saveStatus").queryAs(Label.class).getText().equals(NoteEditorViewModel.SAVED)
                    && listedTitles().contains("Zebra " + aspect.code() + " finding"));
        }
        assertThat(storedNotes()).extracting(ResearchNote::title).contains("Zebra target-audience finding", "Zebra market-size finding");
        assertThat(lookup("#aspect-all").queryAs(ToggleButton.class).getText()).isEqualTo("All  24");

        clickOn("#aspect-all");
        clickOn("#searchField").write("zebr");
        waitUntil(() -> listedTitles().size() == 4);
        assertThat(listedTitles()).allSatisfy(t -> assertThat(t).startsWith("Zebra"));
        assertThat(lookup(".search-match").queryAll()).extracting(n -> ((Text) n).getText()).contains("Zebra");
    }

    @Test
    void hostileSearchTextShowsAMessageNotAnError() throws Exception {
        clickOn("#searchField").write("\"((qqzz AND -*");
        // the list empties first; its skin puts the placeholder in at the next layout pass
        waitUntil(() -> noteList().getItems().isEmpty() && lookup("#noteListEmpty").tryQuery().isPresent());
        assertThat(lookup("#noteListEmpty").queryAs(Label.class).getText()).startsWith("No note matches");
        push(KeyCode.CONTROL, KeyCode.A);
        push(KeyCode.BACK_SPACE);
        waitUntil(() -> noteList().getItems().size() == 20);
    }

    @Test
    void editPersistsAfterRestart() throws Exception {
        selectNote("Decaf demand is growing");
        clickOn("#bodyArea").press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL);
        write("\nSwiss Water supplier: ask for samples.");
        waitUntil(() -> lookup("#saveStatus").queryAs(Label.class).getText().equals(NoteEditorViewModel.SAVED)
                && storedNotes().stream().anyMatch(n -> n.body().endsWith("ask for samples.")));
        // an empty title is refused inline, the saved title stays
        clickOn("#titleField").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).push(KeyCode.BACK_SPACE);
        waitUntil(() -> lookup("#titleError").queryAs(Label.class).getText().equals("Give the note a title."));
        assertThat(storedNotes()).extracting(ResearchNote::title).contains("Decaf demand is growing");
        write("Decaf is growing fast");
        waitUntil(() -> storedNotes().stream().anyMatch(n -> n.title().equals("Decaf is growing fast")));

        driver.quitWithShortcut(this);
        stage = driver.start();
        openResearch();
        selectNote("Decaf is growing fast");
        assertThat(lookup("#bodyArea").queryAs(TextArea.class).getText()).endsWith("\nSwiss Water supplier: ask for samples.");
    }

    @Test
    void anEditTypedJustBeforeQuittingIsNotLost() throws Exception {
        selectNote("Why subscribers cancel");
        clickOn("#bodyArea").press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL);
        write("Last words");
        driver.quitWithShortcut(this);
        assertThat(storedNotes()).filteredOn(n -> n.title().equals("Why subscribers cancel")).singleElement()
                .satisfies(n -> assertThat(n.body()).endsWith("Last words"));
    }

    @Test
    void deleteThenUndoBringsTheNoteBack() throws Exception {
        selectNote("Packaging: compostable bags");
        clickOn("#deleteNoteButton");
        waitUntil(() -> lookup("#noteUndoBar").queryAs(HBox.class).isVisible() && noteList().getItems().size() == 19);
        assertThat(storedNotes()).extracting(ResearchNote::title).doesNotContain("Packaging: compostable bags");
        clickOn("#noteUndoButton");
        waitUntil(() -> noteList().getItems().size() == 20);
        assertThat(storedNotes()).extracting(ResearchNote::title).contains("Packaging: compostable bags");
        assertThat(lookup("#titleField").queryAs(TextField.class).getText()).isEqualTo("Packaging: compostable bags");
    }

    @Test
    void aspectAndTagFiltersNarrowTheList() throws Exception {
        clickOn("#aspect-competitive-analysis");
        waitUntil(() -> noteList().getItems().size() == 5);
        // the tag filter is searchable: typing narrows its choices
        clickOn("#tagFilter");
        write("compet");
        ListView<?> tagChoices = lookup(".combo-box-popup .list-view").queryAs(ListView.class);
        waitUntil(() -> tagChoices.getItems().size() < 5 && tagChoices.getItems().contains("competitor"));
        clickOn(from(tagChoices).lookup("competitor").<javafx.scene.Node>query());
        waitUntil(() -> noteList().getItems().size() == 4);
        assertThat(listedTitles()).doesNotContain("Where we can win").contains("Northern Grind Co.", "Dale Street Roastery (local)");
    }
}
