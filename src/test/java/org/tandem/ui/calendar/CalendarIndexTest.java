package org.tandem.ui.calendar;

import org.junit.jupiter.api.Test;
import org.tandem.domain.Campaign;
import org.tandem.domain.CampaignStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What every calendar view takes from the campaigns, worked out once per read or edit. */
class CalendarIndexTest {
    private static final UUID PLAN = UUID.randomUUID();
    private static final UUID SEGMENT = UUID.randomUUID();
    private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");

    private static Campaign campaign(String name, String owner, String channel, LocalDate start, int days) {
        return new Campaign(UUID.randomUUID(), PLAN, name, channel, start, start.plusDays(days), CampaignStatus.PLANNED, owner, "",
                100, 0, 1, 0, SEGMENT, "", "", null, NOW, NOW);
    }

    @Test
    void campaignsComeByStartThenByNameWhateverTheirCase() {
        LocalDate day = LocalDate.of(2026, 12, 1);
        CalendarIndex index = CalendarIndex.of(List.of(campaign("zebra", "", "Email", day, 0), campaign("Apple", "", "Email", day.plusDays(3), 0),
                campaign("banana", "", "Social", day, 0)));

        assertThat(index.byDate()).extracting(Campaign::name).containsExactly("banana", "zebra", "Apple");
    }

    @Test
    void ownersAreListedOnceEachAlphabeticallyWithoutBlanks() {
        LocalDate day = LocalDate.of(2026, 12, 1);
        CalendarIndex index = CalendarIndex.of(List.of(campaign("a", "sam", "Email", day, 0), campaign("b", "Alex", "Email", day, 0),
                campaign("c", "  ", "Email", day, 0), campaign("d", "Sam", "Email", day, 0)));

        assertThat(index.owners()).containsExactly("Alex", "sam");
    }

    @Test
    void collisionsOnAChannelAndSegmentAreFound() {
        LocalDate day = LocalDate.of(2026, 12, 1);
        Campaign first = campaign("Winter email", "", "Email", day, 5);
        Campaign second = campaign("Gift email", "", "Email", day.plusDays(2), 5);
        Campaign elsewhere = campaign("Gift post", "", "Social", day, 5);
        CalendarIndex index = CalendarIndex.of(List.of(first, second, elsewhere));

        assertThat(index.overlaps().count()).isEqualTo(1);
        assertThat(index.overlaps().overlapping(first.occurrences(day, day.plusDays(10)).get(0))).isTrue();
        assertThat(index.overlaps().overlapping(elsewhere.occurrences(day, day.plusDays(10)).get(0))).isFalse();
        assertThat(CalendarIndex.EMPTY.byDate()).isEmpty();
    }
}
