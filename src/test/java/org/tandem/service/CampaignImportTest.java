package org.tandem.service;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.domain.Campaign;
import org.tandem.domain.CampaignStatus;
import org.tandem.domain.Plan;
import org.tandem.exchange.CsvTable;
import org.tandem.exchange.PlanImport;
import org.tandem.exchange.SamplePlan;
import org.tandem.store.CampaignRepository;
import org.tandem.store.Database;
import org.tandem.store.OverlayRepository;
import org.tandem.store.SegmentRepository;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Campaigns from a spreadsheet's CSV or another calendar's .ics: a preview, channels matched, one transaction. */
class CampaignImportTest {
    @TempDir
    Path dir;
    Database db;
    Plan plan;
    CalendarService service;
    CampaignRepository campaigns;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("campaigns.db"));
        plan = new SamplePlan().addTo(new PlanImport(db));
        campaigns = new CampaignRepository(db);
        service = new CalendarService(campaigns, new SegmentRepository(db), new OverlayRepository(db), Clock.systemUTC(), db::changeMark);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aGermanSpreadsheetsCampaignsComeInWithTheirChannelsMatched() throws Exception {
        Path csv = dir.resolve("kampagnen.csv");
        Files.write(csv, ("Name;Start;Ende;Kanal;Budget;Status\r\n"
                + "Weihnachtsmarkt;01.12.2026;24.12.2026;events;1.500,00;planned\r\n"
                + "Podcast-Serie;15.01.2027;15.03.2027;Podcasts;800;idea\r\n"
                + ";01.02.2027;02.02.2027;Email;10;planned\r\n"
                + "Zu früh;31.02.2027;;Email;;\r\n").getBytes(CsvTable.WINDOWS_1252));
        int before = campaigns.all(plan.id()).size();
        CalendarService.CampaignsPreview preview = service.previewCampaigns(plan, csv);

        assertThat(preview.rows()).hasSize(4);
        assertThat(preview.campaigns()).extracting(Campaign::name).containsExactly("Weihnachtsmarkt", "Podcast-Serie");
        Campaign market = preview.campaigns().get(0);
        assertThat(market.channel()).as("the plan's spelling").isEqualTo("Events");
        assertThat(market.plannedBudget()).isEqualTo(150_000);
        assertThat(market.end()).isEqualTo(LocalDate.of(2026, 12, 24));
        assertThat(preview.campaigns().get(1).status()).isEqualTo(CampaignStatus.IDEA);
        assertThat(preview.newChannels()).extracting(c -> c.name()).containsExactly("Podcasts");
        assertThat(preview.rows().get(2).problem()).startsWith("Line 4:").contains("no name");
        assertThat(preview.rows().get(3).problem()).startsWith("Line 5:").contains("31.02.2027");
        assertThat(campaigns.all(plan.id())).hasSize(before);

        service.importCampaigns(plan.id(), preview);
        assertThat(campaigns.all(plan.id())).hasSize(before + 2);
        assertThat(campaigns.channels(plan.id())).extracting(c -> c.name()).contains("Podcasts");
    }

    @Test
    void aCalendarAppsEventsBecomeCampaignsAndAWeeklyRuleASeries() throws Exception {
        Path ics = dir.resolve("marketing.ics");
        Files.writeString(ics, String.join("\r\n", List.of("BEGIN:VCALENDAR", "VERSION:2.0",
                "BEGIN:VEVENT", "UID:a@x", "SUMMARY:Webinar series", "CATEGORIES:Content", "DTSTART;VALUE=DATE:20270105",
                "DTEND;VALUE=DATE:20270106", "RRULE:FREQ=WEEKLY;INTERVAL=2;UNTIL=20270330", "END:VEVENT",
                "BEGIN:VEVENT", "UID:b@x", "SUMMARY:Maybe a pop-up", "STATUS:TENTATIVE", "DTSTART:20270210T090000Z",
                "DTEND:20270212T170000Z", "DESCRIPTION:In the market hall", "END:VEVENT", "END:VCALENDAR", "")), StandardCharsets.UTF_8);
        CalendarService.CampaignsPreview preview = service.previewCampaigns(plan, ics);
        assertThat(preview.campaigns()).hasSize(2);
        Campaign webinars = preview.campaigns().get(0);
        assertThat(webinars.recurrence()).isNotNull();
        assertThat(webinars.recurrence().interval()).isEqualTo(2);
        assertThat(webinars.recurrence().until()).isEqualTo(LocalDate.of(2027, 3, 30));
        Campaign popUp = preview.campaigns().get(1);
        assertThat(popUp.status()).isEqualTo(CampaignStatus.IDEA);
        assertThat(popUp.end()).isEqualTo(LocalDate.of(2027, 2, 12));
        assertThat(popUp.notes()).isEqualTo("In the market hall");
        service.importCampaigns(plan.id(), preview);
        assertThat(campaigns.all(plan.id())).extracting(Campaign::name).contains("Webinar series", "Maybe a pop-up");
    }
}
