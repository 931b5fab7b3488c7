package org.tandem.ui.dashboard;

import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.tandem.domain.PlanStatus;
import org.tandem.domain.Scenario;
import org.tandem.domain.StatusFigure;
import org.tandem.service.DashboardService;
import org.tandem.store.Database;
import org.tandem.store.PlanRepository;
import org.tandem.store.SalesPlanRepository;
import org.tandem.ui.AppDriver;
import org.tandem.ui.AppUiTest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.ui.AppDriver.waitUntil;

class DashboardUiTest extends AppUiTest {

    private String text(String id) {
        Node node = lookup(id).query();
        return node instanceof Hyperlink link ? link.getText() : ((Label) node).getText();
    }

    /** The figures as {@code tandem status} works them out, on a connection of its own, for the same day. */
    private PlanStatus statusFromTheStore() {
        try (Database db = Database.open(database())) {
            var plan = new PlanRepository(db).list().get(0);
            return PlanStatus.of(new DashboardService(db).read(plan.id(), null, AppDriver.TODAY).orElseThrow(), Locale.UK);
        }
    }

    @Test
    void everyFigureOnScreenIsTheOneTheStatusCommandPrints() throws Exception {
        waitUntil(() -> lookup("#fig-funnel-leadsNeeded").tryQuery().isPresent());
        PlanStatus status = statusFromTheStore();
        assertThat(status.figures()).hasSizeGreaterThan(15);
        for (StatusFigure f : status.figures()) {
            if (f.key().startsWith("time.")) {
                continue; // the time split shows each hat's hours in its own cell; its figure is the explanation's
            }
            assertThat(text("#fig-" + DashboardParts.id(f.key()))).as(f.key()).isEqualTo(f.shown());
        }
        assertThat(text("#fig-funnel-leadsNeeded")).isEqualTo("100");
        assertThat(text("#standing-word-1")).isEqualTo("At risk");
        assertThat(lookup("#runningNow-0").queryAs(Hyperlink.class).getText()).isEqualTo("Christmas gift boxes");
    }

    @Test
    void explainThisNumberShowsTheFormulaWithThePlansNumbers() throws Exception {
        waitUntil(() -> lookup("#why-funnel-leadsNeeded").tryQuery().isPresent());
        clickOn(inView("#why-funnel-leadsNeeded"));
        waitUntil(() -> lookup("#explainPopOver").tryQuery().isPresent());
        List<String> lines = lookup("#explainPopOver .formula").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertThat(lines).contains("= 48,000 / (1,600 x 30 %) = 100");
        List<String> inputs = lookup("#explanationInputs .label").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertThat(inputs).contains("Average deal size", "1,600", "Conversion rate", "30 %", "Revenue target", "48,000");
    }

    @Test
    void clickingAFigureOpensWhereItComesFrom() throws Exception {
        waitUntil(() -> lookup("#fig-sales-objective-1").tryQuery().isPresent());
        clickOn(inView("#fig-sales-objective-1"));
        waitUntil(() -> lookup("#salesPlanRoot").tryQuery().map(n -> n.getScene() != null).orElse(false));
        waitUntil(() -> lookup("#onTrackField").tryQuery().map(n -> n.getScene() != null && n.isVisible()).orElse(false));
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableView<org.tandem.ui.salesplan.ControlStepViewModel.VarianceRow> variance =
                lookup("#varianceTable").queryAs(javafx.scene.control.TableView.class);
        waitUntil(() -> variance.getSelectionModel().getSelectedItem() != null
                && variance.getSelectionModel().getSelectedItem().objective().metric() == org.tandem.domain.SalesMetric.REVENUE);
        clickOn("Dashboard");
        waitUntil(() -> lookup("#runningNow-0").tryQuery().map(n -> n.getScene() != null).orElse(false));
        clickOn(inView("#runningNow-0"));
        waitUntil(() -> lookup("#calendarRoot").tryQuery().map(n -> n.getScene() != null).orElse(false));
        waitUntil(() -> lookup("#campaignName").tryQuery().map(n -> "Christmas gift boxes".equals(((TextField) n).getText())).orElse(false));
    }

    @Test
    void aScenarioEditRecomputesEveryColumnAndIsKeptAndUndone() throws Exception {
        waitUntil(() -> lookup("#scenario-name-1").tryQuery().isPresent());
        // Cautious: 25 % of 1,400 a deal needs ceil(ceil(48,000 / 1,400) / 25 %) = 140 leads
        assertThat(text("#scenario-1-Leads-needed")).isEqualTo("140");
        TextField conversion = (TextField) inView("#scenario-1-CONVERSION");
        clickOn(conversion).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("20").press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitUntil(() -> text("#scenario-1-Leads-needed").equals("175"));
        assertThat(text("#scenario-1-Deals-needed")).isEqualTo("35");
        waitUntil(() -> storedConversion("Cautious").equals(Optional.of(0.2)));

        clickOn(inView("#scenario-1-CONVERSION")).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("2x").press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitUntil(() -> !lookup("#scenarioProblems").queryAs(Label.class).getText().isEmpty());
        assertThat(lookup("#scenarioProblems").queryAs(Label.class).getText()).contains("\"2x\" is not a number");
        assertThat(text("#scenario-1-Leads-needed")).isEqualTo("175");
        assertThat(storedConversion("Cautious")).contains(0.2);

        // away from the field (its "2x" is not kept) to the Chosen box, then undo the 20 %
        clickOn(inView("#scenario-name-2")).press(KeyCode.TAB).release(KeyCode.TAB);
        press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> storedConversion("Cautious").equals(Optional.of(0.25)));
        waitUntil(() -> conversion.getText().equals("25 %") && text("#scenario-1-Leads-needed").equals("140"));
        assertThat(lookup("#scenarioProblems").queryAs(Label.class).getText()).isEmpty();
    }

    @Test
    void bothHalvesLinkToMarketingAndSalesSideBySide() throws Exception {
        waitUntil(() -> lookup("#salesCompare").tryQuery().isPresent());
        clickOn(inView("#salesCompare"));
        waitUntil(() -> lookup("#comparisonTable").tryQuery().isPresent());
        List<String> cells = lookup("#comparisonTable .label").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertThat(cells).contains("Focus", "Time horizon", "Kind of interaction", "Typical activities", "Metrics", "The hand-over",
                "Marketing", "Sales");
    }

    @Test
    void aScenarioValueTypedJustBeforeQuittingIsSaved() throws Exception {
        waitUntil(() -> lookup("#scenario-3-CONVERSION").tryQuery().isPresent());
        clickOn(inView("#scenario-3-CONVERSION")).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("40");
        driver.quitWithShortcut(this);
        assertThat(storedConversion("Bold")).contains(0.4);
    }

    private Optional<Double> storedConversion(String name) {
        try (Database db = Database.open(database())) {
            SalesPlanRepository sales = new SalesPlanRepository(db);
            var plan = new PlanRepository(db).list().get(0);
            return sales.parts().scenarios.list(sales.list(plan.id()).get(0).id()).stream().filter(s -> s.name().equals(name))
                    .findFirst().map(Scenario::conversionRate);
        }
    }
}
