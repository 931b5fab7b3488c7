package org.tandem.ui.research;

import org.tandem.service.ResearchService;
import org.tandem.domain.NoteSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.domain.Aspect;
import org.tandem.domain.Plan;
import org.tandem.domain.ResearchNote;
import org.tandem.exchange.PlanImport;
import org.tandem.exchange.SamplePlan;
import org.tandem.store.MarketSizingRepository;
import org.tandem.store.ResearchNoteRepository;
import org.tandem.store.SegmentRepository;
import org.tandem.ui.StoreFixture;
import org.tandem.ui.common.ImmediateDebouncer;
import org.tandem.ui.common.QueuedTaskRunner;
import org.tandem.ui.common.RecordingErrorReporter;
import org.tandem.ui.common.SameThreadTaskRunner;
import org.tandem.ui.common.TaskRunner;

import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

class ResearchViewModelTest {
    @TempDir
    Path dir;
    StoreFixture store;
    ResearchNoteRepository notes;
    RecordingErrorReporter errors = new RecordingErrorReporter();
    Plan plan;

    @BeforeEach
    void open() {
        store = new StoreFixture(dir.resolve("research-vm.db"));
        notes = new ResearchNoteRepository(store.db);
        plan = new SamplePlan().addTo(new PlanImport(store.db));
    }

    org.tandem.ui.common.PlanHistories histories = new org.tandem.ui.common.PlanHistories();

    @AfterEach
    void close() {
        store.close();
    }

    private ResearchViewModel viewModel(TaskRunner runner) {
        ResearchService service = new ResearchService(notes, new SegmentRepository(store.db), new MarketSizingRepository(store.db));
        return new ResearchViewModel(service, runner, errors, new ImmediateDebouncer(), new ImmediateDebouncer(), Clock.systemUTC(),
                histories);
    }

    private NoteSummary byTitle(ResearchViewModel vm, String title) {
        return vm.notes().stream().filter(n -> n.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void showsEveryNoteWithCountsPerAspectAndFiltersByAspectAndTag() {
        ResearchViewModel vm = viewModel(new SameThreadTaskRunner());
        vm.showPlan(plan);
        assertThat(vm.notes()).hasSize(20);
        assertThat(vm.notes().get(0).pinned()).as("pinned first").isTrue();
        assertThat(vm.countsProperty().get()).containsEntry(Aspect.TARGET_AUDIENCE, 5);
        vm.aspectProperty().set(Aspect.COMPETITIVE_ANALYSIS);
        assertThat(vm.notes()).hasSize(5).allSatisfy(n -> assertThat(n.aspect()).isEqualTo(Aspect.COMPETITIVE_ANALYSIS));
        vm.tagProperty().set("wholesale");
        assertThat(vm.notes()).extracting(NoteSummary::title).contains("Northern Grind Co.").doesNotContain("Supermarket premium ranges");
        assertThat(vm.tags()).contains("wholesale", "persona");
    }

    @Test
    void searchFindsAsYouTypeAndSaysWhenNothingMatches() {
        ResearchViewModel vm = viewModel(new SameThreadTaskRunner());
        vm.showPlan(plan);
        vm.searchProperty().set("baris");
        assertThat(vm.notes()).extracting(NoteSummary::title).contains("What baristas ask us at trade shows");
        assertThat(vm.searchWords()).containsExactly("baris");
        vm.searchProperty().set("\"((zzqx AND -*");
        assertThat(vm.notes()).isEmpty();
        assertThat(vm.emptyMessageProperty().get()).startsWith("No note matches");
        assertThat(errors.messages).isEmpty();
        vm.searchProperty().set("");
        assertThat(vm.notes()).hasSize(20);
    }

    @Test
    void aStaleSearchAnswerIsDropped() {
        QueuedTaskRunner runner = new QueuedTaskRunner();
        ResearchViewModel vm = viewModel(runner);
        vm.showPlan(plan);
        runner.runAll();
        vm.searchProperty().set("compostable");
        vm.searchProperty().set("gift");
        assertThat(runner.waiting()).isEqualTo(2);
        runner.runAt(1); // the newer question is answered first
        runner.runAt(0); // then the older one arrives late
        assertThat(vm.notes()).extracting(NoteSummary::title).contains("Gift buyers in November and December")
                .doesNotContain("Packaging: compostable bags");
    }

    @Test
    void newNoteStartsFromItsAspectsTemplateAndIsSelected() {
        ResearchViewModel vm = viewModel(new SameThreadTaskRunner());
        vm.showPlan(plan);
        vm.aspectProperty().set(Aspect.MARKET_SIZE);
        vm.newNote(Aspect.TARGET_AUDIENCE);
        assertThat(vm.aspectProperty().get()).isEqualTo(Aspect.TARGET_AUDIENCE);
        assertThat(vm.selectedProperty().get().title()).isEqualTo("New target audience note");
        assertThat(vm.editor().bodyProperty().get()).contains("Who they are", "What stops them");
        assertThat(vm.countsProperty().get()).containsEntry(Aspect.TARGET_AUDIENCE, 6);
    }

    @Test
    void editsAreSavedAndAnEmptyTitleKeepsTheLastSavedVersion() {
        ResearchViewModel vm = viewModel(new SameThreadTaskRunner());
        vm.showPlan(plan);
        vm.selectedProperty().set(byTitle(vm, "Decaf demand is growing"));
        NoteEditorViewModel editor = vm.editor();
        assertThat(editor.editingProperty().get()).isTrue();
        editor.bodyProperty().set("Line one\n\nLine three");
        editor.tagsProperty().set("decaf, Range, decaf");
        assertThat(editor.statusProperty().get()).isEqualTo(NoteEditorViewModel.SAVED);
        ResearchNote stored = notes.find(vm.selectedProperty().get().id()).orElseThrow();
        assertThat(stored.body()).isEqualTo("Line one\n\nLine three");
        assertThat(stored.tags()).containsExactly("decaf", "Range");

        editor.titleProperty().set("   ");
        assertThat(editor.titleErrorProperty().get()).isEqualTo("Give the note a title.");
        assertThat(editor.statusProperty().get()).startsWith("Not saved");
        assertThat(notes.find(stored.id()).orElseThrow().title()).isEqualTo("Decaf demand is growing");
        editor.titleProperty().set("Decaf is growing");
        assertThat(editor.titleErrorProperty().get()).isEmpty();
        assertThat(notes.find(stored.id()).orElseThrow().title()).isEqualTo("Decaf is growing");
        assertThat(vm.selectedProperty().get().title()).as("list follows the edit").isEqualTo("Decaf is growing");
    }

    @Test
    void noteEditsAndDeletesAreUndoneAndRedoneThroughThePlansHistory() {
        ResearchViewModel vm = viewModel(new SameThreadTaskRunner());
        vm.showPlan(plan);
        NoteSummary decaf = byTitle(vm, "Decaf demand is growing");
        vm.selectedProperty().set(decaf);
        ResearchNote before = notes.find(decaf.id()).orElseThrow();
        NoteEditorViewModel editor = vm.editor();
        org.tandem.ui.common.Typing.type(editor.titleProperty(), "Decaf doubles");
        var history = histories.of(plan.id());
        assertThat(history.undoNameProperty().get()).isEqualTo("edit note \"Decaf doubles\"");
        history.undo();
        assertThat(notes.find(decaf.id()).orElseThrow().title()).isEqualTo(before.title());
        assertThat(editor.titleProperty().get()).isEqualTo(before.title());
        assertThat(history.canUndo()).as("one step for the whole title").isFalse();
        history.redo();
        assertThat(notes.find(decaf.id()).orElseThrow().title()).isEqualTo("Decaf doubles");

        vm.deleteSelected();
        assertThat(notes.find(decaf.id())).isEmpty();
        history.undo();
        assertThat(notes.find(decaf.id())).isPresent();
        history.redo();
        assertThat(notes.find(decaf.id())).isEmpty();
        assertThat(vm.notes()).hasSize(19);
    }

    @Test
    void deleteOffersUndoWhichPutsTheNoteBack() {
        ResearchViewModel vm = viewModel(new SameThreadTaskRunner());
        vm.showPlan(plan);
        NoteSummary decaf = byTitle(vm, "Decaf demand is growing");
        vm.selectedProperty().set(decaf);
        vm.deleteSelected();
        assertThat(vm.notes()).hasSize(19);
        assertThat(vm.undoableDeleteProperty().get().title()).isEqualTo("Decaf demand is growing");
        assertThat(notes.find(decaf.id())).isEmpty();
        vm.undoDelete();
        assertThat(vm.notes()).hasSize(20);
        assertThat(vm.selectedProperty().get().id()).isEqualTo(decaf.id());
        assertThat(notes.search(plan.id(), "swiss water", null, null, 5)).hasSize(1);
    }

    @Test
    void droppedTextFilesBecomeNotesAndOtherFilesAreNamed() throws Exception {
        ResearchViewModel vm = viewModel(new SameThreadTaskRunner());
        vm.showPlan(plan);
        vm.aspectProperty().set(Aspect.TARGET_AUDIENCE);
        java.nio.file.Path md = java.nio.file.Files.writeString(dir.resolve("interview.md"), "# Interview with a cafe owner\nShe wants training.\n");
        java.nio.file.Path txt = java.nio.file.Files.writeString(dir.resolve("churn_reasons.txt"), "Too much coffee\nPrice\n");
        java.nio.file.Path pdf = java.nio.file.Files.write(dir.resolve("report.pdf"), new byte[]{37, 80, 68, 70});
        java.nio.file.Path latin1 = java.nio.file.Files.write(dir.resolve("old.txt"), new byte[]{(byte) 0xE9, (byte) 0xFF, 0x41});
        vm.addFiles(java.util.List.of(md, txt, pdf, latin1));
        assertThat(vm.notes()).extracting(NoteSummary::title).contains("Interview with a cafe owner", "churn reasons");
        assertThat(vm.countsProperty().get()).containsEntry(Aspect.TARGET_AUDIENCE, 7);
        assertThat(vm.fileMessageProperty().get()).startsWith("Added 2 notes to Target audience.")
                .contains("report.pdf", "old.txt (not UTF-8 text)");
        assertThat(vm.addingFilesProperty().get()).isFalse();
        assertThat(notes.search(plan.id(), "training", Aspect.TARGET_AUDIENCE, null, 10)).extracting(NoteSummary::title)
                .contains("Interview with a cafe owner");

        // the drop is one step of the plan's history
        histories.of(plan.id()).undo();
        assertThat(vm.countsProperty().get()).containsEntry(Aspect.TARGET_AUDIENCE, 5);
        histories.of(plan.id()).redo();
        assertThat(vm.countsProperty().get()).containsEntry(Aspect.TARGET_AUDIENCE, 7);
    }

    @Test
    void droppingOnlyOtherFilesAddsNothing() throws Exception {
        ResearchViewModel vm = viewModel(new SameThreadTaskRunner());
        vm.showPlan(plan);
        java.nio.file.Path doc = java.nio.file.Files.writeString(dir.resolve("plan.docx"), "x");
        vm.addFiles(java.util.List.of(doc));
        assertThat(vm.notes()).hasSize(20);
        assertThat(vm.fileMessageProperty().get()).isEqualTo("Not added: plan.docx (only .txt and .md files become notes).");
    }
}
