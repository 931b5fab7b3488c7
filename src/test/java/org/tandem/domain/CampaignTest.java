package org.tandem.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CampaignTest {
    private static final UUID PLAN = UUID.randomUUID();
    private static final UUID HOME = UUID.randomUUID();
    private static final UUID CAFES = UUID.randomUUID();

    private static Campaign campaign(String name, String channel, String start, String end, UUID segment, long budget, long spend,
                                     int expected, int actual, CampaignStatus status) {
        return new Campaign(UUID.randomUUID(), PLAN, name, channel, LocalDate.parse(start), LocalDate.parse(end), status, "Sam",
                "marketing", budget, spend, expected, actual, segment, "", "", null, null, null);
    }

    private static Campaign campaign(String name, String channel, String start, String end, UUID segment) {
        return campaign(name, channel, start, end, segment, 0, 0, 0, 0, CampaignStatus.PLANNED);
    }

    @Test
    void weeklyAndEveryNWeeksSeriesStepFromTheFirstDate() {
        LocalDate first = LocalDate.of(2026, 1, 5);
        assertThat(Recurrence.weekly(1, LocalDate.of(2026, 2, 2)).occurrences(first, first, LocalDate.of(2026, 12, 31)))
                .containsExactly(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 12), LocalDate.of(2026, 1, 19),
                        LocalDate.of(2026, 1, 26), LocalDate.of(2026, 2, 2));
        assertThat(Recurrence.weekly(2, LocalDate.of(2026, 3, 1)).occurrences(first, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)))
                .containsExactly(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 16));
    }

    @Test
    void monthlyOnThe31stFallsOnTheLastDayOfShortMonthsIncludingLeapFebruary() {
        LocalDate first = LocalDate.of(2027, 12, 31);
        List<LocalDate> dates = Recurrence.monthly(LocalDate.of(2028, 5, 31)).occurrences(first, first, LocalDate.of(2028, 12, 31));
        assertThat(dates).containsExactly(LocalDate.of(2027, 12, 31), LocalDate.of(2028, 1, 31), LocalDate.of(2028, 2, 29),
                LocalDate.of(2028, 3, 31), LocalDate.of(2028, 4, 30), LocalDate.of(2028, 5, 31));
        assertThat(Recurrence.monthly(LocalDate.of(2027, 3, 31)).occurrences(LocalDate.of(2027, 1, 31), LocalDate.of(2027, 2, 1),
                LocalDate.of(2027, 2, 28))).containsExactly(LocalDate.of(2027, 2, 28));
    }

    @Test
    void aViewAsksOnlyForItsRange() {
        LocalDate first = LocalDate.of(2026, 1, 1);
        Recurrence tenYears = Recurrence.monthly(LocalDate.of(2035, 12, 31));
        assertThat(tenYears.occurrences(first, LocalDate.of(2031, 6, 1), LocalDate.of(2031, 6, 30))).containsExactly(LocalDate.of(2031, 6, 1));
    }

    @Test
    void everyOtherMonthStaysOnItsOwnMonthsWhenAViewSkipsAhead() {
        Recurrence bimonthly = new Recurrence(Recurrence.Frequency.MONTHLY, 2, LocalDate.of(2027, 12, 31));
        assertThat(bimonthly.occurrences(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 9, 30)))
                .containsExactly(LocalDate.of(2026, 7, 15), LocalDate.of(2026, 9, 15));
    }

    @Test
    void badSeriesAndBadFiguresAreRefusedByField() {
        LocalDate start = LocalDate.of(2026, 1, 1);
        assertThat(Recurrence.weekly(1, null).problem(start)).hasValueSatisfying(p -> assertThat(p.getMessage()).contains("end date"));
        assertThat(Recurrence.monthly(LocalDate.of(2036, 1, 2)).problem(start)).hasValueSatisfying(p -> assertThat(p.getMessage()).contains("10 years"));
        assertThat(Recurrence.weekly(0, LocalDate.of(2026, 2, 1)).problem(start)).isPresent();
        Campaign bad = campaign(" ", "Email", "2026-03-10", "2026-03-01", null, -1, -1, -1, -1, CampaignStatus.PLANNED);
        assertThat(bad.problems()).extracting(InvalidInput::field)
                .containsExactly("name", "end", "plannedBudget", "actualSpend", "expectedLeads", "actualLeads");
        assertThatThrownBy(bad::requireValid).isInstanceOf(InvalidInput.class);
        assertThat(campaign("Launch", "Email", "2026-03-01", "2026-03-01", null).days()).isEqualTo(1);
    }

    @Test
    void overlapsNeedTheSameChannelTheSameSegmentAndMeetingDates() {
        Campaign spring = campaign("Spring sale", "Email", "2026-03-01", "2026-03-15", HOME);
        Campaign flash = campaign("Flash sale", "email", "2026-03-15", "2026-03-20", HOME);
        Campaign later = campaign("Summer", "Email", "2026-03-21", "2026-03-30", HOME);
        Campaign cafes = campaign("Cafe offer", "Email", "2026-03-05", "2026-03-06", CAFES);
        Campaign social = campaign("Instagram push", "Social", "2026-03-05", "2026-03-06", HOME);
        Campaign cancelled = campaign("Old idea", "Email", "2026-03-02", "2026-03-03", HOME, 0, 0, 0, 0, CampaignStatus.CANCELLED);
        List<CampaignMath.Overlap> found = CampaignMath.overlaps(List.of(later, flash, cafes, social, cancelled, spring));
        assertThat(found).singleElement().satisfies(o -> {
            assertThat(o.first().name()).isEqualTo("Spring sale");
            assertThat(o.second().name()).isEqualTo("Flash sale");
        });
    }

    @Test
    void aRunningCampaignsSpendSoFarBelongsToTheMonthsThatHaveBeen() {
        Campaign running = campaign("Gift guide", "Content", "2026-11-16", "2026-12-31", HOME, 46_000, 47_000, 46, 30,
                CampaignStatus.RUNNING);
        Map<YearMonth, CampaignMath.Totals> months = CampaignMath.byMonth(List.of(running), java.time.LocalDate.of(2026, 11, 29));
        assertThat(months.get(YearMonth.of(2026, 11)).spent()).isEqualTo(47_000);
        assertThat(months.get(YearMonth.of(2026, 11)).actualLeads()).isEqualTo(30);
        assertThat(months.get(YearMonth.of(2026, 12)).spent()).isZero();
        assertThat(months.get(YearMonth.of(2026, 12)).actualLeads()).isZero();
        // the plan still spreads over every day of the campaign
        assertThat(months.get(YearMonth.of(2026, 11)).planned()).isEqualTo(15_000);
        assertThat(months.get(YearMonth.of(2026, 12)).planned()).isEqualTo(31_000);
    }

    @Test
    void moneyAndLeadsSpreadOverMonthsByDaysAndAddUpExactly() {
        Campaign spanning = campaign("Autumn", "Paid advertising", "2026-09-21", "2026-10-20", HOME, 30_000, 10_001, 30, 7,
                CampaignStatus.DONE);
        Map<YearMonth, CampaignMath.Totals> months = CampaignMath.byMonth(List.of(spanning));
        assertThat(months.get(YearMonth.of(2026, 9)).planned()).isEqualTo(10_000);
        assertThat(months.get(YearMonth.of(2026, 10)).planned()).isEqualTo(20_000);
        assertThat(months.values().stream().mapToLong(CampaignMath.Totals::spent).sum()).isEqualTo(10_001);
        assertThat(months.values().stream().mapToInt(CampaignMath.Totals::actualLeads).sum()).isEqualTo(7);
    }

    @Test
    void costPerLeadIsEmptyWithoutLeadsAndChannelsAddUp() {
        Campaign done = campaign("Newsletter", "Email", "2026-01-01", "2026-01-31", HOME, 5_000, 4_000, 20, 16, CampaignStatus.DONE);
        Campaign noLeads = campaign("Billboard", "Branding", "2026-01-01", "2026-01-31", HOME, 20_000, 20_000, 10, 0, CampaignStatus.DONE);
        Campaign cancelled = campaign("Radio", "Branding", "2026-01-01", "2026-01-31", HOME, 99_000, 0, 0, 0, CampaignStatus.CANCELLED);
        Map<String, CampaignMath.Totals> channels = CampaignMath.byChannel(List.of(done, noLeads, cancelled));
        assertThat(channels.get("email").costPerLead()).hasValue(250);
        assertThat(channels.get("Branding").costPerLead()).isEmpty();
        assertThat(channels.get("Branding").planned()).isEqualTo(20_000);
        assertThat(CampaignMath.total(List.of(done, noLeads)).planned()).isEqualTo(25_000);
        assertThat(CampaignMath.remaining(30_000L, List.of(done, noLeads))).contains(5_000L);
        assertThat(CampaignMath.remaining(null, List.of(done))).isEmpty();
    }

    private static Campaign series(String name, String channel, String start, String end, UUID segment, Recurrence rule, long budget) {
        return new Campaign(UUID.randomUUID(), PLAN, name, channel, LocalDate.parse(start), LocalDate.parse(end), CampaignStatus.PLANNED,
                "Sam", "marketing", budget, 0, 2, 0, segment, "", "", rule, null, null);
    }

    @Test
    void aSeriesShowsEachOccurrenceThatMeetsTheRangeWithTheFirstOnesLength() {
        Campaign newsletter = series("Newsletter", "Email", "2026-01-30", "2026-02-01", HOME,
                Recurrence.monthly(LocalDate.of(2026, 6, 30)), 0);
        assertThat(newsletter.occurrences(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)))
                .extracting(Occurrence::start, Occurrence::end)
                // the February occurrence (28 Feb to 2 Mar) reaches into March, so March shows it too
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 2)),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 3, 30), LocalDate.of(2026, 4, 1)));
        assertThat(newsletter.occurrences()).hasSize(6);
        assertThat(newsletter.lastDay()).isEqualTo(LocalDate.of(2026, 7, 2));
    }

    @Test
    void skippedDatesLeaveTheSeriesAndMoveWithIt() {
        Recurrence weekly = Recurrence.weekly(1, LocalDate.of(2026, 1, 26)).skipping(LocalDate.of(2026, 1, 12));
        Campaign c = series("Tips", "Social", "2026-01-05", "2026-01-05", HOME, weekly, 0);
        assertThat(c.occurrences()).extracting(Occurrence::start)
                .containsExactly(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 19), LocalDate.of(2026, 1, 26));
        Campaign moved = c.withDates(LocalDate.of(2026, 1, 7), LocalDate.of(2026, 1, 7));
        assertThat(moved.recurrence().until()).isEqualTo(LocalDate.of(2026, 1, 28));
        assertThat(moved.occurrences()).extracting(Occurrence::start)
                .containsExactly(LocalDate.of(2026, 1, 7), LocalDate.of(2026, 1, 21), LocalDate.of(2026, 1, 28));
    }

    @Test
    void aSeriesCollidesWithAOneOffOnlyOnTheOccurrenceThatMeetsIt() {
        Campaign newsletter = series("Newsletter", "Email", "2026-01-01", "2026-01-02", HOME,
                Recurrence.monthly(LocalDate.of(2026, 12, 1)), 0);
        Campaign promo = campaign("Spring promo", "Email", "2026-04-02", "2026-04-10", HOME);
        List<CampaignMath.Overlap> found = CampaignMath.overlaps(List.of(promo, newsletter));
        assertThat(found).singleElement().satisfies(o -> {
            assertThat(o.firstOccurrence().start()).isEqualTo(LocalDate.of(2026, 4, 1));
            assertThat(o.second().name()).isEqualTo("Spring promo");
            assertThat(o.from()).isEqualTo(LocalDate.of(2026, 4, 2));
        });
        // a series never collides with itself, even when its occurrences touch
        Campaign daily = series("Daily", "Email", "2026-01-01", "2026-01-08", HOME, Recurrence.weekly(1, LocalDate.of(2026, 3, 1)), 0);
        assertThat(CampaignMath.overlaps(List.of(daily))).isEmpty();
    }

    @Test
    void overlapsInALargePlanAreExactlyThoseOfComparingEveryPairInStartOrder() {
        java.util.Random random = new java.util.Random(5);
        List<String> channels = List.of("Email", "email", "EMAIL", "Social", "Events", "Stra\u00dfe", "STRASSE");
        List<UUID> segments = List.of(HOME, UUID.randomUUID(), UUID.randomUUID());
        List<Campaign> campaigns = new java.util.ArrayList<>();
        for (int i = 0; i < 600; i++) {
            LocalDate start = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(200));
            String end = start.plusDays(random.nextInt(12)).toString();
            String channel = channels.get(random.nextInt(channels.size()));
            UUID segment = segments.get(random.nextInt(segments.size()));
            campaigns.add(i % 40 == 0
                    ? series("Series " + i, channel, start.toString(), start.toString(), segment,
                    Recurrence.weekly(1, start.plusDays(60)), 0)
                    : campaign("Campaign " + i, channel, start.toString(), end, segment));
        }
        List<Occurrence> live = campaigns.stream().flatMap(c -> c.occurrences().stream())
                .sorted(java.util.Comparator.comparing(Occurrence::start)).toList();
        List<String> expected = new java.util.ArrayList<>();
        for (int i = 0; i < live.size(); i++) {
            for (int j = i + 1; j < live.size(); j++) {
                Occurrence a = live.get(i);
                Occurrence b = live.get(j);
                if (!b.start().isAfter(a.end()) && !a.campaign().id().equals(b.campaign().id())
                        && a.campaign().channel().equalsIgnoreCase(b.campaign().channel())
                        && a.campaign().segmentId().equals(b.campaign().segmentId())) {
                    expected.add(a.key() + " / " + b.key());
                }
            }
        }

        List<String> found = CampaignMath.overlaps(campaigns).stream()
                .map(o -> o.firstOccurrence().key() + " / " + o.secondOccurrence().key()).toList();

        assertThat(expected).hasSizeGreaterThan(500);
        assertThat(found).containsExactlyElementsOf(expected);
    }

    @Test
    void salesActivitiesOnTheSameDayAreNotAnOverlap() {
        Campaign calls = new Campaign(UUID.randomUUID(), PLAN, "Cafe calls", "Sales", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 1),
                CampaignStatus.PLANNED, "Jo", "sales", 0, 0, 0, 0, HOME, "", "", null, null, null);
        Campaign tastings = calls.copy(UUID.randomUUID(), "Tastings");
        Campaign mailing = campaign("Mailing", "Sales", "2026-10-01", "2026-10-01", HOME);
        assertThat(CampaignMath.overlaps(List.of(calls, tastings))).isEmpty();
        assertThat(CampaignMath.overlaps(List.of(calls, tastings, mailing))).isEmpty();
    }

    @Test
    void seriesFiguresCountPerOccurrenceInMonthsAndChannels() {
        Campaign newsletter = series("Newsletter", "Email", "2026-01-15", "2026-01-15", HOME,
                Recurrence.monthly(LocalDate.of(2026, 3, 15)), 1_000);
        assertThat(CampaignMath.byChannel(List.of(newsletter)).get("Email").planned()).isEqualTo(3_000);
        assertThat(CampaignMath.byChannel(List.of(newsletter)).get("Email").expectedLeads()).isEqualTo(6);
        Map<YearMonth, CampaignMath.Totals> months = CampaignMath.byMonth(List.of(newsletter));
        assertThat(months).containsOnlyKeys(YearMonth.of(2026, 1), YearMonth.of(2026, 2), YearMonth.of(2026, 3));
        assertThat(months.get(YearMonth.of(2026, 2)).planned()).isEqualTo(1_000);
    }

    @Test
    void filterMatchesEveryPartAndTextIgnoringCase() {
        Campaign c = campaign("Autumn Roast promo", "Email", "2026-10-01", "2026-10-31", HOME);
        assertThat(CampaignFilter.ANY.matches(c)).isTrue();
        assertThat(CampaignFilter.ANY.isAny()).isTrue();
        assertThat(new CampaignFilter("email", null, null, null, null, "").matches(c)).isTrue();
        assertThat(new CampaignFilter("Social", null, null, null, null, "").matches(c)).isFalse();
        assertThat(new CampaignFilter(null, CampaignStatus.PLANNED, "marketing", "sam", HOME, " ROAST ").matches(c)).isTrue();
        assertThat(new CampaignFilter(null, CampaignStatus.DONE, null, null, null, "").matches(c)).isFalse();
        assertThat(new CampaignFilter(null, null, "sales", null, null, "").matches(c)).isFalse();
        assertThat(new CampaignFilter(null, null, null, null, CAFES, "").matches(c)).isFalse();
        assertThat(new CampaignFilter(null, null, null, null, null, "coffee").matches(c)).isFalse();
    }
}
