package org.tandem.ui.competitors;

import javafx.scene.Node;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.domain.SwotItem;
import org.tandem.domain.SwotQuadrant;
import org.tandem.store.Database;
import org.tandem.store.PlanRepository;
import org.tandem.store.SwotRepository;
import org.tandem.ui.AppUiTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.ui.AppDriver.waitUntil;

class SwotUiTest extends AppUiTest {
    static final String POINT = "Barista training day that cafes value";

    @BeforeEach
    void openSwot() throws Exception {
        clickOn("#nav-competitors");
        waitUntil(() -> lookup("#competitorsView").tryQuery().isPresent());
        clickOn("SWOT");
        waitUntil(() -> quadrant(SwotQuadrant.STRENGTHS).getItems().size() == 3);
    }

    @SuppressWarnings("unchecked")
    private ListView<SwotItem> quadrant(SwotQuadrant q) {
        return lookup("#swot-" + q.code()).queryAs(ListView.class);
    }

    private List<String> stored(SwotQuadrant q) {
        try (Database db = Database.open(database())) {
            return new SwotRepository(db).list(new PlanRepository(db).list().get(0).id()).stream()
                    .filter(i -> i.quadrant() == q).map(SwotItem::text).toList();
        }
    }

    @Test
    void dragAPointFromStrengthsToThreatsAndItStaysThereAfterARestart() throws Exception {
        Node point = from(quadrant(SwotQuadrant.STRENGTHS)).lookup(POINT).query();
        drag(point).dropTo(quadrant(SwotQuadrant.THREATS));
        waitUntil(() -> stored(SwotQuadrant.THREATS).contains(POINT));
        assertThat(quadrant(SwotQuadrant.STRENGTHS).getItems()).extracting(SwotItem::text).doesNotContain(POINT);

        driver.quitWithShortcut(this);
        stage = driver.start();
        openSwotAfterRestart();
        assertThat(quadrant(SwotQuadrant.THREATS).getItems()).extracting(SwotItem::text).contains(POINT);
    }

    /** Headless Monocle does not open context menus on a right-click, so the menu's item is fired as a click would. */
    @Test
    void moveToFromTheContextMenuWorksWithoutDragging() throws Exception {
        javafx.scene.control.ListCell<?> cell = (javafx.scene.control.ListCell<?>) lookup(".list-cell").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.ListCell<?> c && c.getItem() instanceof SwotItem item
                        && item.text().equals(POINT)).findFirst().orElseThrow();
        javafx.scene.control.Menu moveTo = (javafx.scene.control.Menu) cell.getContextMenu().getItems().get(0);
        assertThat(moveTo.getText()).isEqualTo("Move to");
        interact(() -> moveTo.getItems().stream().filter(i -> i.getText().equals("Opportunities")).findFirst().orElseThrow().fire());
        waitUntil(() -> stored(SwotQuadrant.OPPORTUNITIES).contains(POINT)
                && quadrant(SwotQuadrant.OPPORTUNITIES).getItems().stream().anyMatch(i -> i.text().equals(POINT)));
    }

    private void openSwotAfterRestart() throws Exception {
        clickOn("#nav-competitors");
        waitUntil(() -> lookup("#competitorsView").tryQuery().isPresent());
        clickOn("SWOT");
        waitUntil(() -> quadrant(SwotQuadrant.THREATS).getItems().size() == 4);
    }
}
