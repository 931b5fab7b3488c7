package org.tandem.store;

import org.tandem.domain.OverlayCalendar;
import org.tandem.domain.Channel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.domain.Campaign;
import org.tandem.domain.CampaignStatus;
import org.tandem.domain.InvalidInput;
import org.tandem.domain.Plan;
import org.tandem.domain.PlanDetails;
import org.tandem.domain.Recurrence;
import org.tandem.domain.Segment;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CampaignStoreTest {
    @TempDir
    Path dir;
    Database db;
    PlanRepository plans;
    CampaignRepository campaigns;
    Plan plan;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("campaigns.db"));
        plans = new PlanRepository(db);
        campaigns = new CampaignRepository(db);
        plan = plans.create(new PlanDetails("Roaster", "", "GBP", Month.APRIL));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Campaign campaign(String name, String start, String end, Recurrence recurrence, UUID segment) {
        return new Campaign(UUID.randomUUID(), plan.id(), name, "Email", LocalDate.parse(start), LocalDate.parse(end),
                CampaignStatus.PLANNED, "Sam", "marketing", 12_000, 0, 40, 0, segment, "Notes", "https://example.org", recurrence, null, null);
    }

    @Test
    void savedCampaignKeepsEveryFieldIncludingItsSeries() {
        Campaign saved = campaigns.save(campaign("Newsletter", "2026-01-05", "2026-01-05",
                Recurrence.monthly(LocalDate.of(2026, 12, 31)), null));
        assertThat(campaigns.find(saved.id())).contains(saved);
        assertThat(saved.recurrence()).isEqualTo(Recurrence.monthly(LocalDate.of(2026, 12, 31)));
        assertThat(saved.plannedBudget()).isEqualTo(12_000);
        assertThat(plans.counts(plan.id()).campaigns()).isEqualTo(1);
    }

    @Test
    void aRangeGetsWhatMeetsItAndSeriesStillRunning() {
        campaigns.save(campaign("Spring sale", "2026-03-01", "2026-03-15", null, null));
        campaigns.save(campaign("Summer", "2026-07-01", "2026-07-31", null, null));
        campaigns.save(campaign("Newsletter", "2026-01-05", "2026-01-05", Recurrence.monthly(LocalDate.of(2026, 12, 31)), null));
        campaigns.save(campaign("Old series", "2025-01-05", "2025-01-05", Recurrence.weekly(1, LocalDate.of(2025, 6, 30)), null));
        assertThat(campaigns.between(plan.id(), LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 31)))
                .extracting(Campaign::name).containsExactly("Newsletter", "Spring sale");
        assertThat(campaigns.between(plan.id(), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31)))
                .extracting(Campaign::name).containsExactly("Newsletter");
    }

    @Test
    void badRowsAreRefusedByTheRulesAndTheDatabase() {
        assertThatThrownBy(() -> campaigns.save(campaign("Backwards", "2026-03-10", "2026-03-01", null, null)))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> campaigns.save(campaign("Forever", "2026-01-01", "2026-01-01",
                Recurrence.weekly(1, LocalDate.of(2040, 1, 1)), null))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> db.write(c -> Rows.update(c, "INSERT INTO campaign (id, plan_id, name, start_date, end_date, created_at,"
                + " updated_at) VALUES (?, ?, 'X', '2026-03-10', '2026-03-01', 'x', 'x')", UUID.randomUUID(), plan.id())))
                .isInstanceOf(StoreException.class);
        assertThatThrownBy(() -> db.write(c -> Rows.update(c, "INSERT INTO campaign (id, plan_id, name, start_date, end_date, planned_minor,"
                + " created_at, updated_at) VALUES (?, ?, 'X', '2026-03-01', '2026-03-02', -5, 'x', 'x')", UUID.randomUUID(), plan.id())))
                .isInstanceOf(StoreException.class);
        assertThat(campaigns.all(plan.id())).isEmpty();
    }

    @Test
    void aNewPlanGetsTheDefaultChannelsWhichCanBeRecoloured() {
        List<Channel> channels = campaigns.channels(plan.id());
        assertThat(channels).extracting(Channel::name).startsWith("Content", "Paid advertising").contains("Other");
        Channel email = channels.stream().filter(c -> c.name().equals("Email")).findFirst().orElseThrow();
        campaigns.saveChannel(plan.id(), new Channel(email.id(), "Email", "#112233"));
        assertThat(campaigns.channels(plan.id())).filteredOn(c -> c.name().equals("Email")).extracting(Channel::colour)
                .containsExactly("#112233");
        assertThatThrownBy(() -> campaigns.saveChannel(plan.id(), new Channel(email.id(), "Email", "red")))
                .isInstanceOf(StoreException.class);
    }

    @Test
    void duplicatingAPlanCopiesCampaignsChannelsAndSegmentLinks() {
        Segment home = new SegmentRepository(db).save(new Segment(UUID.randomUUID(), plan.id(), "Home", "", 1, 1, 0, 3, true, "", null, null));
        campaigns.channels(plan.id());
        Campaign original = campaigns.save(campaign("Newsletter", "2026-01-05", "2026-01-05",
                Recurrence.monthly(LocalDate.of(2026, 12, 31)), home.id()));
        Plan copy = plans.duplicate(plan.id(), "Roaster (copy)");
        List<Campaign> copied = campaigns.all(copy.id());
        assertThat(copied).singleElement().satisfies(c -> {
            assertThat(c.id()).isNotEqualTo(original.id());
            assertThat(c.recurrence()).isEqualTo(original.recurrence());
            assertThat(c.segmentId()).isNotNull().isNotEqualTo(home.id());
        });
        assertThat(campaigns.channels(copy.id())).hasSize(CampaignRepository.DEFAULT_CHANNELS.size());
        assertThat(plans.counts(copy.id()).campaigns()).isEqualTo(1);
    }

    @Test
    void skippedOccurrencesAreKeptWithTheSeries() {
        Recurrence rule = Recurrence.weekly(2, LocalDate.of(2026, 6, 1)).skipping(LocalDate.of(2026, 2, 2)).skipping(LocalDate.of(2026, 1, 19));
        Campaign saved = campaigns.save(campaign("Tips", "2026-01-05", "2026-01-05", rule, null));
        assertThat(campaigns.find(saved.id()).orElseThrow().recurrence().skipped())
                .containsExactly(LocalDate.of(2026, 1, 19), LocalDate.of(2026, 2, 2));
    }

    @Test
    void anEditSavesAndDeletesTogetherOrNotAtAll() {
        Campaign series = campaigns.save(campaign("Newsletter", "2026-01-05", "2026-01-05", Recurrence.monthly(LocalDate.of(2026, 6, 5)), null));
        Campaign gone = campaigns.save(campaign("Old", "2026-02-01", "2026-02-02", null, null));
        Campaign detached = campaign("Newsletter (March)", "2026-03-09", "2026-03-09", null, null);
        campaigns.apply(List.of(series.withRecurrence(series.recurrence().skipping(LocalDate.of(2026, 3, 5))), detached), List.of(gone.id()));
        assertThat(campaigns.all(plan.id())).extracting(Campaign::name).containsExactly("Newsletter", "Newsletter (March)");

        Campaign broken = new Campaign(UUID.randomUUID(), UUID.randomUUID(), "No such plan", "Email", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 1), CampaignStatus.PLANNED, "", "marketing", 0, 0, 0, 0, null, "", "", null, null, null);
        assertThatThrownBy(() -> campaigns.apply(List.of(broken), List.of(series.id()))).isInstanceOf(RuntimeException.class);
        assertThat(campaigns.all(plan.id())).extracting(Campaign::name).containsExactly("Newsletter", "Newsletter (March)");
    }

    @Test
    void anImportedOverlayKeepsItsEventsCanBeHiddenAndIsCopiedWithThePlan() {
        OverlayRepository overlays = new OverlayRepository(db);
        OverlayCalendar holidays = overlays.add(plan.id(), "UK holidays", List.of(
                new org.tandem.domain.OverlayEvent("xmas", "Christmas Day", LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 25)),
                new org.tandem.domain.OverlayEvent("easter", "Easter Monday", LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 6))));
        assertThat(overlays.events(plan.id(), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)))
                .extracting(org.tandem.domain.OverlayEvent::title).containsExactly("Christmas Day");
        overlays.setShown(holidays.id(), false);
        assertThat(overlays.list(plan.id())).singleElement().satisfies(o -> assertThat(o.shown()).isFalse());
        assertThat(overlays.events(plan.id(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))).isEmpty();
        overlays.setShown(holidays.id(), true);
        Plan copy = plans.duplicate(plan.id(), "Copy");
        assertThat(overlays.events(copy.id(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))).hasSize(2);
        overlays.remove(holidays.id());
        assertThat(overlays.list(plan.id())).isEmpty();
        assertThat(overlays.events(copy.id(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))).hasSize(2);
    }
}
