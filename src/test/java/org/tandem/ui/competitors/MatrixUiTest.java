package org.tandem.ui.competitors;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.domain.Comparison;
import org.tandem.store.ComparisonRepository;
import org.tandem.store.Database;
import org.tandem.store.PlanRepository;
import org.tandem.ui.AppDriver;
import org.tandem.ui.AppUiTest;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.ui.AppDriver.waitUntil;

class MatrixUiTest extends AppUiTest {
    @BeforeEach
    void openMatrix() throws Exception {
        clickOn("#nav-competitors");
        waitUntil(() -> lookup("#competitorsView").tryQuery().isPresent());
        clickOn("Comparison");
        waitUntil(() -> matrix().getItems().size() == 6);
    }

    @SuppressWarnings("unchecked")
    private TableView<MatrixViewModel.Row> matrix() {
        return lookup("#matrixTable").queryAs(TableView.class);
    }

    private MatrixViewModel.Row row(String name) {
        return matrix().getItems().stream().filter(r -> r.competitor().name().equals(name)).findFirst().orElseThrow();
    }

    private Map<UUID, Map<UUID, Integer>> storedScores() {
        try (Database db = Database.open(database())) {
            return new ComparisonRepository(db).scores(new PlanRepository(db).list().get(0).id());
        }
    }

    private List<Comparison.Criterion> storedCriteria() {
        try (Database db = Database.open(database())) {
            return new ComparisonRepository(db).criteria(new PlanRepository(db).list().get(0).id());
        }
    }

    /** Double-clicks the cell of a profile's row under a criterion and types a score. */
    private void typeScore(String profile, Comparison.Criterion criterion, String score) throws Exception {
        int rowIndex = matrix().getItems().indexOf(row(profile));
        Node cell = AppDriver.onFx(() -> lookup(".table-row-cell").queryAll().stream()
                .filter(r -> ((javafx.scene.control.TableRow<?>) r).getIndex() == rowIndex).findFirst().orElseThrow()
                .lookupAll(".score-cell").stream()
                .filter(c -> ((javafx.scene.control.TableCell<?, ?>) c).getTableColumn().getId().equals("score-" + criterion.id()))
                .findFirst().orElseThrow());
        doubleClickOn(cell);
        press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write(score).push(KeyCode.ENTER);
    }

    @Test
    void scoringAProfileMovesItUpTheRankingAndIsStored() throws Exception {
        int before = row("Moorland Coffee Co.").rank();
        UUID moorland = row("Moorland Coffee Co.").competitor().id();
        for (Comparison.Criterion criterion : storedCriteria()) {
            typeScore("Moorland Coffee Co.", criterion, "5");
        }
        waitUntil(() -> row("Moorland Coffee Co.").rank() == 1);
        assertThat(before).isGreaterThan(1);
        waitUntil(() -> storedScores().get(moorland).values().stream().allMatch(s -> s == 5));
    }

    @Test
    void aScoreOutsideOneToFiveIsRefusedWithAMessage() throws Exception {
        Comparison.Criterion price = storedCriteria().get(0);
        UUID grind = row("Northern Grind Co.").competitor().id();
        typeScore("Northern Grind Co.", price, "9");
        waitUntil(() -> lookup("#matrixMessage").queryAs(Label.class).getText().contains("from 1 to 5"));
        assertThat(storedScores().get(grind)).containsEntry(price.id(), 5);
        assertThat(row("Northern Grind Co.").scores()).containsEntry(price.id(), 5);
    }

    @Test
    void aRowMovesUpAndKeepsItsPlaceAfterARestart() throws Exception {
        int at = matrix().getItems().indexOf(row("Moorland Coffee Co."));
        clickOn("Moorland Coffee Co.");
        clickOn("#rowUp");
        waitUntil(() -> matrix().getItems().indexOf(row("Moorland Coffee Co.")) == at - 1);
        driver.quitWithShortcut(this);
        stage = driver.start();
        openMatrix();
        assertThat(matrix().getItems().indexOf(row("Moorland Coffee Co."))).isEqualTo(at - 1);
    }

    @Test
    void aNewCriterionBecomesAColumn() throws Exception {
        clickOn("#criterionAdd").write("Sustainability").push(KeyCode.ENTER);
        waitUntil(() -> storedCriteria().stream().anyMatch(c -> c.name().equals("Sustainability"))
                && matrix().getColumns().size() == 1 + 6 + 2);
    }
}
