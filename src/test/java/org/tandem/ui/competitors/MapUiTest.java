package org.tandem.ui.competitors;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.domain.Comparison;
import org.tandem.domain.Competitor;
import org.tandem.store.ComparisonRepository;
import org.tandem.store.CompetitorRepository;
import org.tandem.store.Database;
import org.tandem.store.PlanRepository;
import org.tandem.ui.AppUiTest;

import java.util.Map;
import java.util.UUID;

import static org.tandem.ui.AppDriver.waitUntil;

class MapUiTest extends AppUiTest {
    @BeforeEach
    void openMap() throws Exception {
        clickOn("#nav-competitors");
        waitUntil(() -> lookup("#competitorsView").tryQuery().isPresent());
        clickOn("Positioning map");
        waitUntil(() -> lookup("#positioningMap").tryQuery().isPresent() && lookup(".map-bubble").queryAll().size() == 6);
    }

    @Test
    void draggingABubbleDownChangesTheVerticalScore() throws Exception {
        UUID grind;
        UUID freshness;
        try (Database db = Database.open(database())) {
            UUID plan = new PlanRepository(db).list().get(0).id();
            grind = new CompetitorRepository(db).list(plan).stream().filter(c -> c.name().equals("Northern Grind Co.")).findFirst()
                    .map(Competitor::id).orElseThrow();
            freshness = new ComparisonRepository(db).criteria(plan).stream().filter(c -> c.name().equals("Freshness"))
                    .map(Comparison.Criterion::id).findFirst().orElseThrow();
        }
        Node bubble = lookup("#bubble-" + grind).query();
        PositioningMap map = lookup("#positioningMap").queryAs(PositioningMap.class);
        Point2D start = bubble.localToScreen(0, 0);
        Point2D target = map.toScreen(8.0, 1.0);
        drag(start, MouseButton.PRIMARY).dropTo(new Point2D(start.getX(), target.getY()));
        UUID row = grind;
        UUID column = freshness;
        waitUntil(() -> {
            try (Database db = Database.open(database())) {
                Map<UUID, Integer> scores = new ComparisonRepository(db).scores(new PlanRepository(db).list().get(0).id()).get(row);
                return scores.get(column) == 1;
            }
        });
        waitUntil(() -> lookup("#mapUndoBar").query().isVisible());
    }
}
