package org.tandem.ui.planfiles;

import org.tandem.service.PlanVersion;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.tandem.domain.Campaign;
import org.tandem.domain.Plan;
import org.tandem.domain.Progress;
import org.tandem.exchange.PlanChanges.SectionChange;
import org.tandem.exchange.PlanFileParser;
import org.tandem.exchange.PlanFileUpgrade;
import org.tandem.service.ImportPreview;
import org.tandem.service.PlanFiles;
import org.tandem.store.CampaignRepository;
import org.tandem.store.Database;
import org.tandem.store.PlanRepository;
import org.tandem.ui.AppDriver;
import org.tandem.ui.AppUiTest;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** File > Export, Import with its preview, and History, driven in the real window as a user does. */
class PlanFilesUiTest extends AppUiTest {
    static final String FESTIVAL = "Northern Coffee Festival stand";

    static PlanFiles files(Database db) {
        return new PlanFiles(db, new PlanFileParser(new PlanFileUpgrade()), Clock.systemUTC(), "Tandem test");
    }

    private <T> T onStore(java.util.function.Function<Database, T> work) {
        try (Database db = Database.open(database())) {
            return work.apply(db);
        }
    }

    private UUID planId() {
        return onStore(db -> new PlanRepository(db).list().get(0).id());
    }

    private void exportWithShortcut(Path file) throws Exception {
        driver.planFiles(file, null);
        push(KeyCode.SHORTCUT, KeyCode.E);
        AppDriver.waitUntil(() -> Files.exists(file) && !lookup("#planFileStatus").query().isVisible());
    }

    @Test
    void ctrlEExportsTheOpenPlanToAFileThatReadsBackWhole() throws Exception {
        Path file = dir.resolve("ember.tandem.json");
        exportWithShortcut(file);

        var document = new PlanFileParser(new PlanFileUpgrade()).read(() -> Files.newInputStream(file), Files.size(file), Progress.NONE);
        assertThat(document.content().rows("campaigns")).hasSize(20);
        assertThat(document.content().planName()).isEqualTo("Ember & Oak Coffee Roasters (sample)");
        assertThat(lookup(".status-bar").queryAs(org.controlsfx.control.StatusBar.class).getText()).contains("Exported");
    }

    @Test
    void mergingAFileWithAConflictLetsTheUserTakeTheirValueAndCtrlZUndoesTheMerge() throws Exception {
        UUID plan = planId();
        Path r1 = dir.resolve("r1.tandem.json");
        exportWithShortcut(r1);
        // Bob imports the file, renames the festival stand and sends his file back
        Path r2 = dir.resolve("r2.tandem.json");
        try (Database bob = Database.open(dir.resolve("bob.db"))) {
            PlanFiles bobs = files(bob);
            bobs.apply(bobs.preview(r1, Progress.NONE), ImportPreview.Mode.NEW, Set.of(), Progress.NONE);
            Campaign c = new CampaignRepository(bob).all(plan).stream().filter(x -> x.name().equals(FESTIVAL)).findFirst().orElseThrow();
            new CampaignRepository(bob).save(renamed(c, "Festival stand (Bob)"));
            bobs.export(plan, r2, Progress.NONE);
        }
        // meanwhile Alice renamed it too
        UUID festival = onStore(db -> {
            Campaign c = new CampaignRepository(db).all(plan).stream().filter(x -> x.name().equals(FESTIVAL)).findFirst().orElseThrow();
            new CampaignRepository(db).save(renamed(c, "Festival stand (Alice)"));
            return c.id();
        });

        driver.planFiles(null, r2);
        push(KeyCode.SHORTCUT, KeyCode.O);
        AppDriver.waitUntil(() -> lookup("#importPreview").tryQuery().isPresent());
        assertThat(lookup("#modeMERGE").queryAs(javafx.scene.control.RadioButton.class).isSelected()).isTrue();
        @SuppressWarnings("unchecked")
        TableView<ImportPreviewViewModel.ConflictChoice> conflicts = lookup("#conflictsTable").queryAs(TableView.class);
        assertThat(conflicts.getItems()).singleElement().satisfies(c -> {
            assertThat(c.conflict().mine()).isEqualTo("Festival stand (Alice)");
            assertThat(c.conflict().theirs()).isEqualTo("Festival stand (Bob)");
        });
        clickOn(from(conflicts).lookup(".check-box").<javafx.scene.Node>query());
        assertThat(conflicts.getItems().get(0).theirs().get()).isTrue();
        clickOn("#importConfirm");
        AppDriver.waitUntil(() -> "Festival stand (Bob)".equals(onStore(db -> new CampaignRepository(db).find(festival).orElseThrow().name())));
        AppDriver.waitUntil(() -> lookup("#importPreview").tryQuery().isEmpty());

        push(KeyCode.SHORTCUT, KeyCode.Z);
        AppDriver.waitUntil(() -> "Festival stand (Alice)".equals(onStore(db -> new CampaignRepository(db).find(festival).orElseThrow().name())));
        push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.Z);
        AppDriver.waitUntil(() -> "Festival stand (Bob)".equals(onStore(db -> new CampaignRepository(db).find(festival).orElseThrow().name())));
    }

    @Test
    void aFileOfAPlanNotHereImportsAsANewPlanAndOpens() throws Exception {
        Path file = dir.resolve("other.tandem.json");
        try (Database other = Database.open(dir.resolve("other.db"))) {
            Plan plan = new PlanRepository(other).create(new org.tandem.domain.PlanDetails("Pottery studio 2027", "", "GBP",
                    java.time.Month.JANUARY));
            files(other).export(plan.id(), file, Progress.NONE);
        }
        driver.planFiles(null, file);
        push(KeyCode.SHORTCUT, KeyCode.O);
        AppDriver.waitUntil(() -> lookup("#importPreview").tryQuery().isPresent());
        assertThat(lookup("#modeBox").query().isVisible()).isFalse();
        assertThat(lookup(".preview-summary").queryAs(Label.class).getText()).isEqualTo("A new plan with 0 items");
        clickOn("#importConfirm");
        AppDriver.waitUntil(() -> onStore(db -> new PlanRepository(db).list()).stream().anyMatch(p -> p.name().equals("Pottery studio 2027")));
        AppDriver.waitUntil(() -> stage.getTitle().contains("Pottery studio 2027"));
    }

    @Test
    void historyKeepsANamedVersionShowsWhatChangedAndRestoresIt() throws Exception {
        UUID plan = planId();
        push(KeyCode.SHORTCUT, KeyCode.H);
        AppDriver.waitUntil(() -> lookup("#historyDialog").tryQuery().isPresent());
        clickOn("#versionName").write("Before the class");
        clickOn("#keepVersion");
        @SuppressWarnings("unchecked")
        ListView<PlanVersion> versions = lookup("#versionList").queryAs(ListView.class);
        AppDriver.waitUntil(() -> versions.getItems().size() == 1);

        UUID gone = onStore(db -> {
            Campaign c = new CampaignRepository(db).all(plan).get(0);
            new CampaignRepository(db).delete(c.id());
            return c.id();
        });
        interact(() -> versions.getSelectionModel().clearSelection());
        clickOn(from(versions).lookup(".list-cell").<javafx.scene.Node>query());
        @SuppressWarnings("unchecked")
        TableView<SectionChange> changes = lookup("#historyDialog .table-view").queryAs(TableView.class);
        AppDriver.waitUntil(() -> changes.getItems().size() == 1);
        assertThat(changes.getItems().get(0).removed()).isEqualTo(1);

        clickOn("#restoreOver");
        AppDriver.waitUntil(() -> onStore(db -> new CampaignRepository(db).find(gone)).isPresent());
        assertThat(onStore(db -> files(db).history(plan)).stream().map(PlanVersion::kind)).contains("before-restore", "named");
    }

    @Test
    void exportCsvAsksForTheTableThenWritesIt() throws Exception {
        Path file = dir.resolve("segments.csv");
        driver.planFiles(file, null);
        clickOn("File").clickOn("Export CSV…");
        AppDriver.waitUntil(() -> lookup("#csvDialog").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<org.tandem.exchange.PlanCsv.Table> tables = lookup("#csvTable").queryAs(javafx.scene.control.ComboBox.class);
        clickOn(tables);
        String segments = org.tandem.exchange.PlanCsv.Table.SEGMENTS.title();
        clickOn(lookup(".combo-box-popup .list-cell").match((javafx.scene.control.ListCell<?> c) -> segments.equals(c.getText()))
                .<javafx.scene.Node>query());
        assertThat(tables.getValue()).isEqualTo(org.tandem.exchange.PlanCsv.Table.SEGMENTS);
        clickOn("#csvNext");
        AppDriver.waitUntil(() -> Files.exists(file) && !lookup("#planFileStatus").query().isVisible());
        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).startsWith("Name,Description,Buyers");
        assertThat(lines.stream().filter(l -> !l.isBlank()).count()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void fileReportWritesAPdfOfThePlan() throws Exception {
        Path file = dir.resolve("report.pdf");
        driver.planFiles(file, null);
        clickOn("File").clickOn("Report…");
        AppDriver.waitUntil(() -> lookup("#reportDialog").tryQuery().isPresent());
        clickOn("#reportRESEARCH");
        clickOn("#reportChannel").write("Events");
        clickOn("#reportNext");
        AppDriver.waitUntil(() -> Files.exists(file) && !lookup("#planFileStatus").query().isVisible());
        try (var document = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("Ember & Oak Coffee Roasters (sample)", "Northern Coffee Festival stand", "Competitors")
                    .doesNotContain("Market research page", "Monthly roast newsletter");
        }
    }

    @Test
    void onlyJsonFilesAreTakenFromADrop() {
        assertThat(PlanFileActions.planFile(List.of(new File("notes.txt"), new File("team.tandem.json"))))
                .contains(Path.of("team.tandem.json"));
        assertThat(PlanFileActions.planFile(List.of(new File("photo.png")))).isEmpty();
        assertThat(stage.getScene().getRoot().getOnDragDropped()).isNotNull();
    }

    static Campaign renamed(Campaign c, String name) {
        return new Campaign(c.id(), c.planId(), name, c.channel(), c.start(), c.end(), c.status(), c.owner(), c.role(),
                c.plannedBudget(), c.actualSpend(), c.expectedLeads(), c.actualLeads(), c.segmentId(), c.notes(), c.link(),
                c.recurrence(), c.createdAt(), c.updatedAt());
    }
}
