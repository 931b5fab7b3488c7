package org.tandem.ui.salesplan;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.domain.Campaign;
import org.tandem.domain.Measure;
import org.tandem.domain.SalesPlan;
import org.tandem.store.CampaignRepository;
import org.tandem.store.Database;
import org.tandem.store.PlanRepository;
import org.tandem.store.SalesPlanRepository;
import org.tandem.ui.AppUiTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.ui.AppDriver.waitUntil;

class SalesPlanUiTest extends AppUiTest {

    @BeforeEach
    void openSalesPlan() throws Exception {
        clickOn("#nav-sales_plan");
        waitUntil(() -> comboValue() != null);
    }

    private String comboValue() {
        return lookup("#salesPlanChoice").tryQuery()
                .map(n -> ((ComboBox<SalesPlan>) n).getValue()).map(SalesPlan::name).orElse(null);
    }

    /** A node of the sales plan screen (other screens have fields with the same ids). */
    private <T extends Node> T inPlan(String query) {
        Node root = lookup("#salesPlanRoot").query();
        return from(root).lookup(query).query();
    }

    /** Scrolls the step so the node shows, as a user would before clicking it. */
    private <T extends Node> T shown(T node) {
        interact(() -> {
            javafx.scene.control.ScrollPane scroll = inPlan("#stepScroll");
            Node content = scroll.getContent();
            Node up = node;
            while (up != null && up != content) {
                up = up.getParent();
            }
            if (up == null) {
                return; // not in the step (the step bar, Back and Next)
            }
            double y = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
            double room = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(room <= 0 ? 0 : Math.max(0, Math.min(1, (y - 40) / room)));
        });
        return node;
    }

    private void click(String query) {
        clickOn(shown((Node) inPlan(query)));
    }

    private void type(String field, String text) {
        TextField f = shown(inPlan(field));
        clickOn(f);
        interact(f::selectAll);
        write(text);
        push(javafx.scene.input.KeyCode.TAB); // leaving the field commits it, as a user's next click does
    }

    private int step() {
        for (int i = 1; i <= 6; i++) {
            if (((ToggleButton) inPlan("#step" + i)).isSelected()) {
                return i;
            }
        }
        return 0;
    }

    private List<SalesPlan> stored() {
        try (Database db = Database.open(database())) {
            return new SalesPlanRepository(db).list(new PlanRepository(db).list().get(0).id());
        }
    }

    private List<Campaign> calendar() {
        try (Database db = Database.open(database())) {
            return new CampaignRepository(db).all(new PlanRepository(db).list().get(0).id());
        }
    }

    @Test
    void theSampleSalesPlanOpensWithItsFunnelAndAnObjectiveAtRisk() throws Exception {
        assertThat(comboValue()).isEqualTo("Wholesale Q4 2026");
        assertThat(step()).isEqualTo(1);
        Label gap = inPlan("#leadGapLabel");
        assertThat(gap.getText()).endsWith("leads still to find");
        assertThat(((Label) inPlan("#dealsNeededLabel")).getText()).isEqualTo("30");
        // an objective picked in the table shows in the form, its segment by name
        TableView<?> objectives = inPlan("#objectiveTable");
        clickOn(shown(from(objectives).lookup(".table-row-cell").<Node>query()));
        ComboBox<?> segment = inPlan("#segmentChoice");
        // the combo's own cell (the one that shows its value) reads the name
        waitUntil(() -> from(segment).lookup(".list-cell").queryAll().stream()
                .anyMatch(c -> "Independent cafes in Yorkshire".equals(((javafx.scene.control.ListCell<?>) c).getText())));
        assertThat(((TextField) inPlan("#targetField")).getText()).isEqualTo("48,000");
        click("#step6");
        waitUntil(() -> step() == 6);
        assertThat(comboValue()).isEqualTo("Wholesale Q4 2026");
        waitUntil(() -> step() == 6);
        TableView<ControlStepViewModel.VarianceRow> variance = inPlan("#varianceTable");
        waitUntil(() -> !variance.getItems().isEmpty());
        assertThat(variance.getItems()).extracting(ControlStepViewModel.VarianceRow::status).containsExactly("At risk", "On track", "On track");
        // the at-risk row is marked for the stylesheet's colour
        waitUntil(() -> from(variance).lookup(".table-row-cell").queryAll().stream()
                .anyMatch(r -> ((javafx.scene.control.TableRow<?>) r).getIndex() == 0
                        && r.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("at-risk"))));
        assertThat(((TableView<?>) inPlan("#actionTable")).getItems()).hasSize(1);
    }

    @Test
    void walkAllSixStepsScheduleOnTheCalendarEnterAnActualAndComeBackToTheSameStep() throws Exception {
        click("#newSalesPlan");
        waitUntil(() -> "Sales plan Q1 2027".equals(comboValue()));
        assertThat(((Button) inPlan("#nextButton")).isDisabled()).isFalse();
        assertThat(((ToggleButton) inPlan("#step2")).isDisabled()).isTrue();

        // 1 Objectives: one revenue objective and the funnel
        click("#addObjective");
        type("#targetField", "30000");
        type("#baselineField", "25000");
        type("#ownerField", "Ana");
        type("#dealSizeField", "1500");
        type("#conversionField", "25");
        waitUntil(() -> ((Label) inPlan("#leadsNeededLabel")).getText().equals("80"));
        type("#targetField", "-1");
        waitUntil(() -> ((Label) inPlan("#targetError")).getText().equals("The target cannot be negative."));
        type("#targetField", "30000");
        waitUntil(() -> ((Label) inPlan("#targetError")).getText().isEmpty());
        click("#nextButton");
        waitUntil(() -> step() == 2);

        // 2 Activities: 30 prospecting calls a week
        click("#addActivity");
        type("#volumeField", "30");
        type("#ownerField", "Ana");
        type("#hoursField", "0.5");
        waitUntil(() -> !((Button) inPlan("#nextButton")).isDisabled() && ((Label) inPlan("#messageLabel")).getText().isEmpty());
        click("#nextButton");
        waitUntil(() -> step() == 3);

        // 3 Resources: Ana with 10 hours, over-allocated by the calls: a warning, not a block
        click("#addPerson");
        type("#personName", "Ana");
        type("#hoursField", "10");
        waitUntil(() -> lookup(n -> n instanceof Label l && l.getText().startsWith("Ana needs 15.0 h a week")).tryQuery().isPresent());
        click("#nextButton");
        waitUntil(() -> step() == 4);

        // 4 Implement: on the calendar, in the sales role (the calendar, open before, reads them when shown again)
        clickOn("#nav-calendar");
        waitUntil(() -> lookup("#calendarRoot").tryQuery().map(n -> n.getScene() != null).orElse(false));
        clickOn("#nav-sales_plan");
        waitUntil(() -> step() == 4);
        click("#scheduleButton");
        waitUntil(() -> ((Label) inPlan("#statusLabel")).getText().startsWith("1 of 1 activities on the calendar"));
        assertThat(calendar()).filteredOn(c -> c.role().equals("sales") && c.name().equals("Prospecting (30 a week)")).singleElement()
                .satisfies(c -> assertThat(c.owner()).isEqualTo("Ana"));
        click("#scheduleButton");
        waitUntil(() -> ((Label) inPlan("#statusLabel")).getText().contains("Just scheduled"));
        assertThat(calendar()).filteredOn(c -> c.name().equals("Prospecting (30 a week)")).hasSize(1);
        clickOn("#nav-calendar");
        clickOn("Agenda");
        TableView<Campaign> agenda = lookup("#agendaTable").queryAs(TableView.class);
        waitUntil(() -> agenda.getItems().stream().anyMatch(c -> c.name().equals("Prospecting (30 a week)")));
        clickOn("#nav-sales_plan");
        waitUntil(() -> step() == 4);
        click("#nextButton");
        waitUntil(() -> step() == 5);

        // 5 Assess: an actual of revenue
        ComboBox<Measure> measure = inPlan("#measureChoice");
        interact(() -> measure.setValue(Measure.find("revenue").orElseThrow()));
        type("#valueField", "lots");
        push(KeyCode.ENTER);
        waitUntil(() -> ((Label) inPlan("#valueError")).getText().equals("\"lots\" is not a number."));
        type("#valueField", "5000");
        push(KeyCode.ENTER);
        TableView<AssessStepViewModel.GridRow> grid = inPlan("#gridTable");
        waitUntil(() -> grid.getItems().get(0).cell("revenue").equals("5,000"));
        // and one typed into the grid: the second week's revenue cell
        shown(grid);
        java.util.function.Predicate<Node> revenueOfWeekTwo = n -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && c.getTableColumn() != null && "grid-revenue".equals(c.getTableColumn().getId()) && c.getIndex() == 1;
        Node cell = from(grid).lookup(revenueOfWeekTwo).query();
        doubleClickOn(cell);
        write("2500");
        push(KeyCode.ENTER);
        waitUntil(() -> grid.getItems().get(1).cell("revenue").equals("2,500"));
        click("#nextButton");
        waitUntil(() -> step() == 6);

        // 6 Control: the variance and a status
        TableView<ControlStepViewModel.VarianceRow> variance = inPlan("#varianceTable");
        waitUntil(() -> variance.getItems().size() == 1);
        assertThat(variance.getItems().get(0).actual()).isEqualTo("7,500");
        assertThat(variance.getItems().get(0).status()).isIn("On track", "At risk", "Off track");

        driver.quitWithShortcut(this);
        stage = driver.start();
        clickOn("#nav-sales_plan");
        waitUntil(() -> comboValue() != null);
        assertThat(stored()).extracting(SalesPlan::name).contains("Sales plan Q1 2027");
        ComboBox<SalesPlan> choice = inPlan("#salesPlanChoice");
        SalesPlan walked = stored().stream().filter(s -> s.name().equals("Sales plan Q1 2027")).findFirst().orElseThrow();
        interact(() -> choice.setValue(walked));
        waitUntil(() -> step() == 6);
        TableView<ControlStepViewModel.VarianceRow> again = inPlan("#varianceTable");
        waitUntil(() -> again.getItems().size() == 1 && again.getItems().get(0).actual().equals("7,500"));
        assertThat(again.getItems().get(0).name()).isEqualTo("Revenue 30,000");
    }

    @Test
    void theAssessChartsAreDrawnWhenTheAppReopensOnTheAssessStep() throws Exception {
        click("#step5");
        waitUntil(() -> step() == 5);
        driver.quitWithShortcut(this);
        stage = driver.start();
        openSalesPlan();
        waitUntil(() -> step() == 5);
        javafx.scene.chart.LineChart<?, ?> chart = inPlan("#objectiveChart");
        javafx.scene.chart.BarChart<?, ?> volumes = inPlan("#volumeChart");
        waitUntil(() -> !chart.getData().isEmpty() && !chart.getData().get(0).getData().isEmpty());
        assertThat(volumes.getData()).isNotEmpty();
    }

    @Test
    void aCsvFileIsPreviewedWithItsBadRowNamedAndOnlyTheGoodRowsImportedThenTheSalesPlanIsDeleted() throws Exception {
        java.nio.file.Path csv = dir.resolve("actuals.csv");
        java.nio.file.Files.writeString(csv, "date,measure,value\n2026-12-06,revenue,4100\n2026-12-06,leads,lots\n2026-12-06,Demos held,5\n");
        driver.quitWithShortcut(this);
        driver.csvFile(csv);
        stage = driver.start();
        openSalesPlan();
        click("#step5");
        waitUntil(() -> step() == 5);
        SalesPlan q4 = stored().get(0);
        int before = actualsOf(q4).size();

        click("#importCsv");
        TableView<org.tandem.domain.ActualsCsv.Row> preview = inPlan("#previewTable");
        waitUntil(() -> preview.getItems().size() == 3);
        assertThat(((Label) inPlan("#previewLabel")).getText()).contains("2 ready", "1 with problems");
        assertThat(preview.getItems().get(1).problem()).isEqualTo("Line 3: \"lots\" is not a number with a decimal point (1,250.50).");
        assertThat(actualsOf(q4)).hasSize(before);
        click("#importGood");
        waitUntil(() -> !((Node) inPlan("#previewBox")).isVisible());
        waitUntil(() -> actualsOf(q4).size() == before + 2);
        TableView<AssessStepViewModel.GridRow> grid = inPlan("#gridTable");
        assertThat(grid.getItems()).filteredOn(r -> r.label().equals("Week to 6 Dec 2026")).singleElement()
                .satisfies(r -> assertThat(r.cell("revenue")).isEqualTo("4,100"));

        click("#deleteSalesPlan");
        clickOn("OK");
        waitUntil(() -> stored().isEmpty());
        waitUntil(() -> ((Node) inPlan("#emptyState")).isVisible());
        assertThat(calendar()).noneMatch(c -> c.role().equals("sales"));
    }

    private List<org.tandem.domain.SalesActual> actualsOf(SalesPlan salesPlan) {
        try (Database db = Database.open(database())) {
            return new SalesPlanRepository(db).parts().actuals.list(salesPlan.id());
        }
    }
}
