package org.tandem.ui.research;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.domain.MarketSizing;
import org.tandem.store.Database;
import org.tandem.store.MarketSizingRepository;
import org.tandem.store.PlanRepository;
import org.tandem.ui.AppUiTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.ui.AppDriver.waitUntil;

class SizingUiTest extends AppUiTest {
    @BeforeEach
    void openSizing() throws Exception {
        clickOn("#nav-research");
        waitUntil(() -> lookup("#researchView").tryQuery().isPresent());
        clickOn("Market sizing");
        waitUntil(() -> lookup("#figuresLabel").queryAs(Label.class).getText().contains("TAM 1,100,000,000"));
    }

    private MarketSizing stored() {
        try (Database db = Database.open(database())) {
            return new MarketSizingRepository(db).find(new PlanRepository(db).list().get(0).id());
        }
    }

    @Test
    void bottomUpSizingComesFromTheSegmentsAndIsKept() throws Exception {
        clickOn("#bottomUpChoice");
        clickOn("#shareField").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("1");
        waitUntil(() -> lookup("#figuresLabel").queryAs(Label.class).getText().contains("SOM 952,800")
                && stored().method() == MarketSizing.Method.BOTTOM_UP && stored().sharePercent() == 1.0);
    }

    @Test
    void somAboveSamGetsAMessageAndIsNotSaved() throws Exception {
        clickOn("#somField").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("200,000,000");
        waitUntil(() -> lookup("#somError").queryAs(Label.class).getText().contains("cannot be above SAM"));
        assertThat(stored().som()).isEqualTo(480_000_00L);
        assertThat(lookup("#somField").queryAs(TextField.class).getPseudoClassStates().toString()).contains("danger");
    }
}
