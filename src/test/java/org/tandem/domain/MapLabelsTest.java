package org.tandem.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MapLabelsTest {
    private static boolean overlap(MapLabels.Place a, MapLabels.Bubble sa, MapLabels.Place b, MapLabels.Bubble sb) {
        return a.x() < b.x() + sb.labelWidth() && b.x() < a.x() + sa.labelWidth()
                && a.y() < b.y() + sb.labelHeight() && b.y() < a.y() + sa.labelHeight();
    }

    @Test
    void twoBubblesSideBySideGetNamesThatDoNotCoverEachOther() {
        List<MapLabels.Bubble> bubbles = List.of(
                new MapLabels.Bubble(100, 100, 10, 70, 16),
                new MapLabels.Bubble(130, 100, 10, 60, 16));
        List<MapLabels.Place> places = MapLabels.place(bubbles, 0, 0, 400, 300);
        assertThat(overlap(places.get(0), bubbles.get(0), places.get(1), bubbles.get(1))).isFalse();
        // the first name does not sit on the second bubble either
        MapLabels.Place first = places.get(0);
        assertThat(first.x() + 70 <= 120 || first.y() + 16 <= 90 || first.y() >= 110).isTrue();
    }

    @Test
    void sixNamesAtOneSpotNearThePlotsCornerCoverNoneOfOneAnother() {
        // competitors of one price level and score, near the bottom-left corner, as the report's map had them
        List<MapLabels.Bubble> bubbles = java.util.stream.IntStream.range(0, 6).mapToObj(i -> new MapLabels.Bubble(40, 270, 6, 60, 13)).toList();
        List<MapLabels.Place> places = MapLabels.place(bubbles, 0, 0, 400, 300);

        for (int i = 0; i < places.size(); i++) {
            for (int j = i + 1; j < places.size(); j++) {
                assertThat(overlap(places.get(i), bubbles.get(i), places.get(j), bubbles.get(j))).as("names %d and %d", i, j).isFalse();
            }
            assertThat(places.get(i).x()).isBetween(0.0, 340.0);
            assertThat(places.get(i).y()).isBetween(0.0, 287.0);
        }
    }

    @Test
    void theRightMostNameStaysInsideThePlot() {
        List<MapLabels.Bubble> bubbles = List.of(new MapLabels.Bubble(390, 150, 8, 120, 16));
        MapLabels.Place place = MapLabels.place(bubbles, 0, 0, 400, 300).get(0);
        assertThat(place.x() + 120).isLessThanOrEqualTo(400);
        assertThat(place.x()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void aLoneBubbleHasItsNameToTheRight() {
        MapLabels.Place place = MapLabels.place(List.of(new MapLabels.Bubble(100, 100, 10, 50, 16)), 0, 0, 400, 300).get(0);
        assertThat(place.x()).isEqualTo(114);
        assertThat(place.y()).isEqualTo(92);
    }

    @Test
    void aNameAtTheRightEdgeMovesAsideRatherThanCoverItsOwnBubble() {
        MapLabels.Bubble edge = new MapLabels.Bubble(380, 150, 17, 84, 16);
        MapLabels.Place place = MapLabels.place(List.of(edge), 0, 0, 400, 300).get(0);
        boolean coversBubble = place.x() < 397 && 363 < place.x() + 84 && place.y() < 167 && 133 < place.y() + 16;
        assertThat(coversBubble).isFalse();
    }
}
