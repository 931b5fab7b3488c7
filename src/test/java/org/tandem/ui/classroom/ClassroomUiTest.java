package org.tandem.ui.classroom;

import org.tandem.service.PlanVersion;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.tandem.domain.StudentWork;
import org.tandem.service.ClassFolder;
import org.tandem.store.CampaignRepository;
import org.tandem.store.Database;
import org.tandem.store.PlanRepository;
import org.tandem.store.SalesPlanRepository;
import org.tandem.ui.AppDriver;
import org.tandem.ui.AppUiTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The Classroom menu driven in the real window: reset, checkpoints, exercise files and a class review. */
class ClassroomUiTest extends AppUiTest {
    private <T> T onStore(java.util.function.Function<Database, T> work) {
        try (Database db = Database.open(database())) {
            return work.apply(db);
        }
    }

    private UUID samplePlan() {
        return onStore(db -> new PlanRepository(db).list().get(0).id());
    }

    private int campaigns(UUID plan) {
        return onStore(db -> new CampaignRepository(db).all(plan).size());
    }

    private int objectives(UUID plan) {
        return onStore(db -> {
            SalesPlanRepository sales = new SalesPlanRepository(db);
            return sales.list(plan).stream().mapToInt(p -> sales.parts().objectives.list(p.id()).size()).sum();
        });
    }

    private void menu(String item) {
        clickOn("#classroomMenu");
        clickOn(item);
    }

    @Test
    void resetSampleAsksFirstThenPutsTheEditedSampleBackAndCtrlZBringsTheEditsBack() throws Exception {
        UUID plan = samplePlan();
        int shipped = campaigns(plan);
        onStore(db -> {
            CampaignRepository repository = new CampaignRepository(db);
            repository.all(plan).forEach(c -> repository.delete(c.id()));
            return null;
        });

        menu("Reset sample…");
        AppDriver.waitUntil(() -> lookup("#resetSampleDialog").tryQuery().isPresent());
        clickOn("#resetSampleConfirm");
        AppDriver.waitUntil(() -> campaigns(plan) == shipped);
        assertThat(shipped).isPositive();

        push(KeyCode.SHORTCUT, KeyCode.Z);
        AppDriver.waitUntil(() -> campaigns(plan) == 0);
    }

    @Test
    void aCheckpointNamedDuringTheClassIsReturnedTo() throws Exception {
        UUID plan = samplePlan();
        int before = objectives(plan);
        push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.K);
        AppDriver.waitUntil(() -> lookup("#checkpointName").tryQuery().isPresent());
        clickOn("#checkpointSave");
        assertThat(lookup("#checkpointDialog").tryQuery()).isPresent();
        clickOn("#checkpointName").write("After step 2");
        clickOn("#checkpointSave");
        AppDriver.waitUntil(() -> lookup("#checkpointDialog").tryQuery().isEmpty());
        onStore(db -> {
            SalesPlanRepository sales = new SalesPlanRepository(db);
            sales.list(plan).forEach(p -> sales.parts().objectives.list(p.id()).forEach(o -> sales.parts().objectives.delete(o.id())));
            return null;
        });
        assertThat(objectives(plan)).isZero();

        menu("Return to checkpoint…");
        AppDriver.waitUntil(() -> lookup("#checkpointList").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ListView<org.tandem.service.PlanVersion> list = lookup("#checkpointList").queryAs(ListView.class);
        assertThat(list.getItems()).extracting(org.tandem.service.PlanVersion::title).containsExactly("After step 2");
        clickOn("#returnToCheckpointConfirm");
        AppDriver.waitUntil(() -> objectives(plan) == before);
    }

    @Test
    void anExerciseFileImportsWithTheChosenSectionsEmptyAndShowsItsTask() throws Exception {
        Path handout = dir.resolve("week3.tandem.json");
        menu("Export exercise…");
        AppDriver.waitUntil(() -> lookup("#exerciseDialog").tryQuery().isPresent());
        assertThat(lookup("#exerciseNext").query().isDisabled()).isTrue();
        clickOn("#exerciseTask").write("Write three SMART objectives and research your segment.");
        clickOn("#empty-RESEARCH");
        driver.planFiles(handout, null);
        clickOn("#exerciseNext");
        AppDriver.waitUntil(() -> Files.exists(handout) && !lookup("#planFileStatus").query().isVisible());

        driver.planFiles(null, handout);
        push(KeyCode.SHORTCUT, KeyCode.O);
        AppDriver.waitUntil(() -> lookup("#importPreview").tryQuery().isPresent());
        clickOn("#importConfirm");
        AppDriver.waitUntil(() -> lookup("#exerciseTaskText").tryQuery().isPresent());
        assertThat(lookup("#exerciseTaskText").queryAs(TextArea.class).getText())
                .isEqualTo("Write three SMART objectives and research your segment.");

        UUID student = onStore(db -> new PlanRepository(db).list().stream().filter(p -> p.name().endsWith("- exercise"))
                .findFirst().orElseThrow().id());
        assertThat(objectives(student)).isZero();
        assertThat(onStore(db -> (Integer) new PlanRepository(db).counts(student).notes()).intValue()).isZero();
        assertThat(campaigns(student)).isEqualTo(campaigns(samplePlan())).isPositive();
    }

    @Test
    void aClassReviewOfFiveStudentFilesShowsEachStudentsFiguresAndListsTheDamagedOne() throws Exception {
        Path folder = ClassFolder.generate(dir.resolve("class"), dir.resolve("work"));
        Path csv = dir.resolve("review.csv");
        driver.planFiles(csv, folder);
        menu("Class review…");
        AppDriver.waitUntil(() -> lookup("#reviewTable").tryQuery().isPresent()
                && lookup("#reviewTable").queryAs(TableView.class).getItems().size() == 4);
        @SuppressWarnings("unchecked")
        TableView<StudentWork> table = lookup("#reviewTable").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(StudentWork::file)
                .containsExactly("ana.tandem.json", "ben.tandem.json", "cleo.tandem.json", "dev.tandem.json");
        assertThat(cell(table, "ana.tandem.json", "Objectives (SMART)")).isEqualTo("2 (1 SMART)");
        assertThat(cell(table, "dev.tandem.json", "Objectives (SMART)")).isEqualTo("3 (0 SMART)");
        assertThat(cell(table, "ana.tandem.json", "Parts done")).isEqualTo("1 of 1");
        assertThat(cell(table, "cleo.tandem.json", "Parts done")).isEqualTo("0 of 1");
        assertThat(cell(table, "cleo.tandem.json", "Changed from the exercise")).isEqualTo("nothing");
        assertThat(cell(table, "ana.tandem.json", "Forecast against target")).contains("of 48,000");
        assertThat(cell(table, "ben.tandem.json", "Lead gap")).isEqualTo("no average deal size yet");
        @SuppressWarnings("unchecked")
        ListView<String> skipped = lookup("#reviewSkipped").queryAs(ListView.class);
        assertThat(skipped.getItems()).singleElement().asString().startsWith("eve.tandem.json: not valid JSON").contains("cut short");
        assertThat(lookup("#reviewTask").queryAs(javafx.scene.control.Label.class).getText()).contains(ClassFolder.TASK);

        // sort by objectives: cleo (none) first; then only those who need a look; then a name
        clickOn("Objectives (SMART)");
        assertThat(table.getItems().get(0).file()).isEqualTo("cleo.tandem.json");
        clickOn("#reviewFilter").write("ben");
        assertThat(table.getItems()).extracting(StudentWork::file).containsExactly("ben.tandem.json");
        doubleClickOn("#reviewFilter").eraseText(3);
        AppDriver.waitUntil(() -> table.getItems().size() == 4);

        clickOn("#reviewCsv");
        AppDriver.waitUntil(() -> Files.exists(csv));
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).startsWith("Student,Plan,Parts done,Objectives (SMART)");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("ana,").contains("2 (1 SMART)"));

        Path report = dir.resolve("review.html");
        driver.planFiles(report, folder);
        clickOn("#reviewReport");
        AppDriver.waitUntil(() -> Files.exists(report));
        assertThat(Files.readString(report)).contains("eve.tandem.json").contains("3 (0 SMART)").contains(ClassFolder.TASK);

        // two students side by side, read-only
        interact(() -> {
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().select(table.getItems().stream().filter(s -> s.file().startsWith("ana")).findFirst().orElseThrow());
            table.getSelectionModel().select(table.getItems().stream().filter(s -> s.file().startsWith("dev")).findFirst().orElseThrow());
        });
        clickOn("#reviewSideBySide");
        AppDriver.waitUntil(() -> lookup("#outline-ana-tandem-json").tryQuery().isPresent()
                && lookup("#outline-dev-tandem-json").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TreeView<String> ana = lookup("#outline-ana-tandem-json").queryAs(TreeView.class);
        assertThat(ana.getRoot().getChildren()).anySatisfy(s -> assertThat(s.getValue()).isEqualTo("Objectives (2)"));
        assertThat(ana.isEditable()).isFalse();
        interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w != stage).forEach(w -> ((Stage) w).close()));
    }

    /** A cell's text as the table shows it. */
    private static String cell(TableView<StudentWork> table, String student, String column) throws Exception {
        AppDriver.waitUntil(() -> AppDriver.onFx(() -> found(table, student, column)).isPresent());
        return AppDriver.onFx(() -> found(table, student, column)).orElseThrow();
    }

    private static java.util.Optional<String> found(TableView<StudentWork> table, String student, String column) {
        StudentWork row = table.getItems().stream().filter(s -> s.file().equals(student)).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        var c = (javafx.scene.control.TableColumn<StudentWork, StudentWork>) table.getColumns().stream()
                .filter(x -> x.getText().equals(column)).findFirst().orElseThrow();
        int index = table.getItems().indexOf(row);
        return table.lookupAll(".table-cell").stream().map(n -> (javafx.scene.control.TableCell<?, ?>) n)
                .filter(x -> x.getTableColumn() == c && x.getIndex() == index && x.getText() != null)
                .map(javafx.scene.control.TableCell::getText).findFirst();
    }
}
