package org.tandem.ui.calendar;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WeekLanesTest {
    private static final LocalDate SUNDAY = LocalDate.of(2026, 11, 1);

    private static WeekLanes.Item item(String name, int fromDay, int toDay) {
        return new WeekLanes.Item(name, name, SUNDAY.plusDays(fromDay), SUNDAY.plusDays(toDay));
    }

    @Test
    void aCampaignAcrossTwoWeeksIsOneBarPerWeekAndSaysItContinues() {
        WeekLanes.Layout layout = WeekLanes.place(List.of(item("Gift guide", 5, 9)), SUNDAY, 6, 10);
        assertThat(layout.bars()).hasSize(2);
        WeekLanes.Bar first = layout.bars().get(0);
        WeekLanes.Bar second = layout.bars().get(1);
        assertThat(first.week()).isZero();
        assertThat(first.firstColumn()).isEqualTo(5);
        assertThat(first.lastColumn()).isEqualTo(6);
        assertThat(first.continuesAfter()).isTrue();
        assertThat(first.continuesBefore()).isFalse();
        assertThat(second.week()).isEqualTo(1);
        assertThat(second.firstColumn()).isZero();
        assertThat(second.lastColumn()).isEqualTo(2);
        assertThat(second.continuesBefore()).isTrue();
        assertThat(second.continuesAfter()).isFalse();
    }

    @Test
    void overlappingCampaignsTakeTheLowestFreeLaneAndTheLongerGoesFirst() {
        WeekLanes.Layout layout = WeekLanes.place(List.of(item("Short", 1, 1), item("Long", 1, 4), item("Later", 3, 3),
                item("After", 2, 2)), SUNDAY, 1, 10);
        assertThat(layout.bars()).extracting(b -> b.item().name() + "@" + b.lane())
                .containsExactly("Long@0", "Short@1", "After@1", "Later@1");
        assertThat(layout.count(0, 1)).isEqualTo(2);
        assertThat(layout.count(0, 3)).isEqualTo(2);
        assertThat(layout.count(0, 6)).isZero();
    }

    @Test
    void lanesBeyondTheLimitAreCountedButNotPlaced() {
        WeekLanes.Layout layout = WeekLanes.place(List.of(item("A", 0, 0), item("B", 0, 0), item("C", 0, 0)), SUNDAY, 1, 2);
        assertThat(layout.bars()).hasSize(2);
        assertThat(layout.count(0, 0)).isEqualTo(3);
    }

    @Test
    void campaignsOutsideTheShownWeeksAreLeftOutAndEdgesAreClipped() {
        WeekLanes.Layout layout = WeekLanes.place(List.of(item("Before", -10, -2), item("Edge", -3, 1), item("Beyond", 7, 9)),
                SUNDAY, 1, 10);
        assertThat(layout.bars()).singleElement().satisfies(b -> {
            assertThat(b.item().name()).isEqualTo("Edge");
            assertThat(b.firstColumn()).isZero();
            assertThat(b.continuesBefore()).isTrue();
        });
    }
}
