package org.tandem.ui.calendar;

import org.junit.jupiter.api.Test;
import org.tandem.domain.Campaign;
import org.tandem.domain.CampaignStatus;
import org.tandem.domain.Occurrence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class BusyRangeTest {
    private static Occurrence occurrence(String name, LocalDate start, LocalDate end) {
        Campaign c = new Campaign(UUID.randomUUID(), UUID.randomUUID(), name, "Email", start, end, CampaignStatus.PLANNED, "", "marketing",
                0, 0, 0, 0, null, "", "", null, null, null);
        return new Occurrence(c, start, end);
    }

    @Test
    void aBusyRangeKeepsTheFirstFewCampaignsOfEveryDayAndNoDayIsLeftEmpty() {
        LocalDate from = LocalDate.of(2027, 3, 1);
        LocalDate to = LocalDate.of(2027, 3, 31);
        List<Occurrence> all = new ArrayList<>();
        for (int day = 0; day < 31; day++) {
            for (int n = 0; n < 20; n++) {
                all.add(occurrence(String.format("c%02d-%02d", day, n), from.plusDays(day), from.plusDays(day + n % 3)));
            }
        }
        List<Occurrence> kept = CampaignEntries.busiest(all, from, to);
        // at most one kept campaign per free slot: the view's nodes stay bounded by the days shown
        assertThat(kept.size()).isLessThanOrEqualTo(CampaignEntries.PER_DAY * 31);
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            LocalDate day = d;
            long onDay = kept.stream().filter(o -> !o.start().isAfter(day) && !o.end().isBefore(day)).count();
            assertThat(onDay).as(day.toString()).isGreaterThanOrEqualTo(CampaignEntries.PER_DAY);
        }
        // the first campaigns by start and name are the ones kept
        assertThat(kept).extracting(o -> o.campaign().name()).contains("c00-00", "c00-04").doesNotContain("c00-19");
    }
}
