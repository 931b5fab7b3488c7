package org.tandem.ui.salesplan;

import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.tandem.ui.AppUiTest;
import org.tandem.ui.shell.Section;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.ui.AppDriver.waitUntil;

/** Explain this number in the wizard: each computed figure's "?" shows its formula with the plan's numbers. */
class SalesPlanExplainUiTest extends AppUiTest {

    private List<String> explanationLines() throws Exception {
        waitUntil(() -> lookup("#explainPopOver").tryQuery().isPresent());
        List<String> lines = lookup("#explainPopOver .label").queryAllAs(Label.class).stream().map(Label::getText).toList();
        interact(() -> javafx.stage.Window.getWindows().stream().filter(w -> w instanceof javafx.stage.PopupWindow).toList()
                .forEach(javafx.stage.Window::hide));
        waitUntil(() -> lookup("#explainPopOver").tryQuery().isEmpty());
        return lines;
    }

    @Test
    void theFunnelTheCapacityAndTheVarianceExplainThemselves() throws Exception {
        clickOn(Section.SALES_PLAN.title());
        waitUntil(() -> lookup("#explain-leadsNeeded").tryQuery().map(n -> n.getScene() != null && n.isVisible()).orElse(false));
        clickOn(inView("#explain-leadsNeeded"));
        assertThat(explanationLines()).contains("Leads needed: 100", "= 48,000 / (1,600 x 30 %) = 100", "Conversion rate", "30 %");

        clickOn(inView("#step3"));
        waitUntil(() -> lookup("#explain-load").tryQuery().map(n -> n.getScene() != null && n.isVisible()).orElse(false));
        clickOn(inView("#explain-load"));
        assertThat(explanationLines()).anyMatch(l -> l.startsWith("Hours a week for Jo")).anyMatch(l -> l.startsWith("used = "));

        clickOn(inView("#step6"));
        waitUntil(() -> lookup("#explain-variance").tryQuery().map(n -> n.getScene() != null && n.isVisible()).orElse(false));
        clickOn(inView("#explain-variance"));
        assertThat(explanationLines()).anyMatch(l -> l.contains("target x days gone / days in period = 48,000 x"))
                .anyMatch(l -> l.endsWith(": At risk"));
    }
}
