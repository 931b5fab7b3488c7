package org.tandem.ui.research;

import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.domain.Segment;
import org.tandem.store.Database;
import org.tandem.store.PlanRepository;
import org.tandem.store.SegmentRepository;
import org.tandem.ui.AppUiTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.ui.AppDriver.waitUntil;

class SegmentsUiTest extends AppUiTest {
    @BeforeEach
    void openSegments() throws Exception {
        clickOn("#nav-research");
        waitUntil(() -> lookup("#researchView").tryQuery().isPresent());
        clickOn("Segments");
        waitUntil(() -> segmentTable().getItems().size() == 4);
    }

    @SuppressWarnings("unchecked")
    private TableView<Segment> segmentTable() {
        return lookup("#segmentTable").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private List<String> chartBars() {
        BarChart<Number, String> chart = lookup("#valueChart").queryAs(BarChart.class);
        return chart.getData().isEmpty() ? List.of()
                : chart.getData().get(0).getData().stream().map(XYChart.Data::getYValue).toList();
    }

    private List<Segment> stored() {
        try (Database db = Database.open(database())) {
            return new SegmentRepository(db).list(new PlanRepository(db).list().get(0).id());
        }
    }

    private void replaceText(String field, String text) {
        clickOn(field).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        if (text.isEmpty()) {
            push(KeyCode.BACK_SPACE);
        } else {
            write(text);
        }
    }

    @Test
    void addASegmentAndSeeTheChartUpdate() throws Exception {
        assertThat(chartBars()).hasSize(4);
        clickOn("#addSegmentButton");
        waitUntil(() -> segmentTable().getItems().size() == 5
                && lookup("#segmentName").queryAs(TextField.class).getText().equals("New segment"));
        replaceText("#segmentName", "Hotels in Leeds");
        replaceText("#segmentBuyers", "300");
        replaceText("#segmentSpend", "4,800");
        waitUntil(() -> chartBars().contains("Hotels in Leeds")
                && stored().stream().anyMatch(s -> s.name().equals("Hotels in Leeds") && s.value() == 300L * 4800_00));
        assertThat(lookup("#segmentValue").queryAs(Label.class).getText()).isEqualTo("1,440,000 GBP a year");
    }

    @Test
    void aNegativeNumberIsRefusedAtTheFieldAndTheStoredValueKept() throws Exception {
        clickOn("Gift buyers");
        waitUntil(() -> lookup("#segmentName").queryAs(TextField.class).getText().equals("Gift buyers"));
        replaceText("#segmentBuyers", "-10");
        waitUntil(() -> lookup("#segmentBuyersError").queryAs(Label.class).getText().equals("The number of buyers cannot be negative."));
        assertThat(stored()).filteredOn(s -> s.name().equals("Gift buyers")).singleElement()
                .satisfies(s -> assertThat(s.buyers()).isEqualTo(120000));
    }

    @Test
    void deletingAUsedSegmentSaysWhereThenUndoRestoresIt() throws Exception {
        clickOn("Home subscribers");
        waitUntil(() -> lookup("#segmentName").queryAs(TextField.class).getText().equals("Home subscribers"));
        clickOn("#deleteSegmentButton");
        waitUntil(() -> lookup("#confirmSegmentDelete").tryQuery().isPresent());
        assertThat(lookup(".dialog-pane .content").queryAs(Label.class).getText()).contains("research notes");
        clickOn("Delete");
        waitUntil(() -> segmentTable().getItems().size() == 3 && lookup("#segmentUndoBar").queryAs(HBox.class).isVisible());
        assertThat(stored()).extracting(Segment::name).doesNotContain("Home subscribers");
        clickOn("#segmentUndoButton");
        waitUntil(() -> segmentTable().getItems().size() == 4);
        assertThat(stored()).extracting(Segment::name).contains("Home subscribers");
    }
}
