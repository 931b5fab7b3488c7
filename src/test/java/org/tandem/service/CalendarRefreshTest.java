package org.tandem.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.domain.Campaign;
import org.tandem.domain.Plan;
import org.tandem.exchange.PlanImport;
import org.tandem.exchange.SamplePlan;
import org.tandem.store.CampaignRepository;
import org.tandem.store.Database;
import org.tandem.store.OverlayRepository;
import org.tandem.store.SegmentRepository;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The calendar coming back into view reads again only when something was written: here, or by another program. */
class CalendarRefreshTest {
    @TempDir
    Path dir;

    @Test
    void nothingIsReadWhenNothingChangedAndEverythingWhenAnythingDid() {
        Path file = dir.resolve("refresh.db");
        try (Database db = Database.open(file)) {
            Plan plan = new SamplePlan().addTo(new PlanImport(db));
            CampaignRepository campaigns = new CampaignRepository(db);
            CalendarService service = new CalendarService(campaigns, new SegmentRepository(db), new OverlayRepository(db),
                    Clock.systemUTC(), db::changeMark);

            CalendarService.Contents first = service.load(plan.id());
            assertThat(first.campaigns()).hasSize(20);
            assertThat(service.loadIfChanged(plan.id(), first.mark())).as("nothing written since").isEmpty();
            assertThat(service.loadIfChanged(plan.id(), first.mark())).as("reading wrote nothing either").isEmpty();

            Campaign c = first.campaigns().get(0);
            campaigns.apply(List.of(new Campaign(c.id(), c.planId(), "Renamed here", c.channel(), c.start(), c.end(), c.status(), c.owner(),
                    c.role(), c.plannedBudget(), c.actualSpend(), c.expectedLeads(), c.actualLeads(), c.segmentId(), c.notes(), c.link(),
                    c.recurrence(), c.createdAt(), c.updatedAt())), List.of());
            CalendarService.Contents second = service.loadIfChanged(plan.id(), first.mark()).orElseThrow();
            assertThat(second.campaigns()).extracting(Campaign::name).contains("Renamed here");

            // another program (the command line, another window) writes to the same file
            try (Database other = Database.open(file)) {
                other.write(conn -> conn.createStatement().executeUpdate("UPDATE campaign SET name = 'Renamed elsewhere' WHERE id = '"
                        + c.id() + "'"));
            }
            CalendarService.Contents third = service.loadIfChanged(plan.id(), second.mark()).orElseThrow();
            assertThat(third.campaigns()).extracting(Campaign::name).contains("Renamed elsewhere");
            assertThat(service.loadIfChanged(plan.id(), third.mark())).isEmpty();
            assertThat(service.loadIfChanged(plan.id(), null)).as("a forced read").isPresent();
        }
    }
}
