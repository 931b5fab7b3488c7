package org.tandem.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard's marketing half worked out from campaigns: what it lists, in which order, and what it leaves out. */
class MarketingHatTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final UUID PLAN = UUID.randomUUID();
    private static final UUID HOME = UUID.randomUUID();
    private static final UUID CAFES = UUID.randomUUID();

    private static Campaign campaign(String name, String channel, String start, String end, UUID segment, long budget, long spend,
                                     int expected, int actual, Recurrence recurrence) {
        return new Campaign(UUID.randomUUID(), PLAN, name, channel, LocalDate.parse(start), LocalDate.parse(end), CampaignStatus.PLANNED,
                "Sam", "marketing", budget, spend, expected, actual, segment, "", "", recurrence, null, null);
    }

    private static MarketingHat hat(List<Campaign> campaigns) {
        Plan plan = new Plan(PLAN, "Roastery", "", "GBP", Month.JANUARY, null, null);
        StatusInputs in = new StatusInputs(plan, TODAY, SectionCounts.NONE, campaigns, List.of(), null, List.of(), List.of(), 0,
                List.of(), List.of());
        return MarketingHat.of(in, Locale.UK);
    }

    @Test
    void spendListsTheEightLargestBudgetsOfTheMonthNameBreakingTiesAndCountsTheRest() {
        List<Campaign> campaigns = new ArrayList<>();
        // eleven campaigns wholly in November: budgets 100..1,100 with two ties on 900
        for (int i = 1; i <= 9; i++) {
            campaigns.add(campaign("Campaign " + (char) ('A' + i), "email", "2026-11-02", "2026-11-20", HOME, i * 10_000L, 0, 0, 0, null));
        }
        campaigns.add(campaign("Another nine", "email", "2026-11-03", "2026-11-21", HOME, 90_000, 0, 0, 0, null));
        campaigns.add(campaign("Biggest", "email", "2026-11-04", "2026-11-22", CAFES, 110_000, 5_000, 0, 0, null));
        // nothing planned or spent: not a contribution
        campaigns.add(campaign("Free post", "social", "2026-11-05", "2026-11-06", HOME, 0, 0, 0, 0, null));

        MarketingHat hat = hat(campaigns);

        assertThat(hat.spendThisMonth().explanation().inputs()).extracting(Explanation.Input::name).containsExactly(
                "Biggest", "Another nine", "Campaign J", "Campaign I", "Campaign H", "Campaign G", "Campaign F", "Campaign E",
                "3 more campaigns");
        assertThat(hat.spendThisMonth().explanation().inputs().get(0).value()).isEqualTo("50 spent of 1,100");
        assertThat(hat.spendThisMonth().shown()).isEqualTo("50 of 6,500");
    }

    @Test
    void aMonthsShareOfALongCampaignIsByItsDaysAndTheMonthsAddUpToTheCampaign() {
        // 30 days: 10 in October (1,000 of 3,000), 20 in November (the remainder, 2,000)
        Campaign autumn = campaign("Autumn blend", "print", "2026-10-22", "2026-11-20", HOME, 300_000, 0, 30, 0, null);

        MarketingHat hat = hat(List.of(autumn));

        assertThat(hat.spendThisMonth().shown()).isEqualTo("0 of 2,000");
        assertThat(hat.spendThisPeriod().explanation().inputs()).singleElement()
                .satisfies(input -> assertThat(input.value()).isEqualTo("0 spent of 3,000"));
        assertThat(hat.leadsThisMonth().shown()).isEqualTo("0 of 20");
    }

    @Test
    void anOverlapOfASeriesWithACampaignIsListedOnceAndPastOrFarOverlapsAreNot() {
        Campaign sale = campaign("Winter sale", "email", "2026-11-25", "2026-12-20", HOME, 0, 0, 0, 0, null);
        // weekly issues on Tuesdays: three fall inside the sale, one pair listed (the sale began first)
        Campaign letter = campaign("Newsletter", "Email", "2026-11-03", "2026-11-03", HOME, 0, 0, 0, 0,
                Recurrence.weekly(1, LocalDate.of(2027, 1, 26)));
        // another segment: no overlap
        Campaign cafes = campaign("Cafe push", "email", "2026-11-25", "2026-12-20", CAFES, 0, 0, 0, 0, null);
        Campaign past = campaign("October flyer", "print", "2026-10-01", "2026-10-20", HOME, 0, 0, 0, 0, null);
        Campaign pastToo = campaign("October poster", "print", "2026-10-10", "2026-10-25", HOME, 0, 0, 0, 0, null);
        Campaign far = campaign("Spring show", "events", "2027-04-01", "2027-04-10", HOME, 0, 0, 0, 0, null);
        Campaign farToo = campaign("Spring fair", "events", "2027-04-05", "2027-04-12", HOME, 0, 0, 0, 0, null);

        MarketingHat hat = hat(List.of(letter, sale, cafes, past, pastToo, far, farToo));

        assertThat(hat.overlaps()).extracting(StatusItem::title).containsExactly("Winter sale and Newsletter");
        assertThat(hat.overlaps().get(0).detail()).isEqualTo("email, both running 2026-12-01 to 2026-12-01");
    }

    @Test
    void costPerLeadIsPerChannelWhateverItsCaseActualOnceLeadsCameElsePlanned() {
        Campaign mail = campaign("Mail one", "email", "2026-11-02", "2026-11-10", HOME, 40_000, 30_000, 10, 6, null);
        Campaign mailToo = campaign("Mail two", "Email", "2026-11-12", "2026-11-20", HOME, 20_000, 10_000, 10, 2, null);
        Campaign radio = campaign("Radio spot", "radio", "2026-12-01", "2026-12-20", HOME, 100_000, 0, 40, 0, null);

        MarketingHat hat = hat(List.of(mail, mailToo, radio));

        assertThat(hat.costPerLead()).extracting(StatusFigure::label, StatusFigure::shown)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("email", "50"),
                        org.assertj.core.groups.Tuple.tuple("radio", "25 planned"));
    }
}
