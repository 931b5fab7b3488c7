package org.tandem.exchange;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import org.junit.jupiter.api.Test;
import org.tandem.domain.Campaign;
import org.tandem.domain.CampaignStatus;
import org.tandem.domain.Occurrence;
import org.tandem.domain.OverlayEvent;
import org.tandem.domain.Recurrence;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IcsFileTest {
    private static final UUID PLAN = UUID.randomUUID();
    private static final UUID HOME = UUID.randomUUID();
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private static Campaign campaign(String name, String start, String end, CampaignStatus status, Recurrence rule) {
        return new Campaign(UUID.randomUUID(), PLAN, name, "Email", LocalDate.parse(start), LocalDate.parse(end), status, "Priya",
                "marketing", 125_050, 99_900, 40, 12, HOME, "Two mailings, one reminder.", "https://example.org/autumn", rule,
                null, null);
    }

    private static Calendar parse(byte[] bytes) throws Exception {
        return new CalendarBuilder().build(new ByteArrayInputStream(bytes));
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }

    @Test
    void everyFieldOfACampaignSurvivesTheRoundTripThroughTheLibrary() throws Exception {
        Campaign autumn = campaign("Autumn bundle", "2026-10-01", "2026-10-31", CampaignStatus.RUNNING, null);
        byte[] bytes = IcsFile.export("Roastery", List.of(autumn), Map.of(HOME, "Home brewers"), "GBP", Locale.UK, NOW);
        String text = new String(bytes, StandardCharsets.UTF_8);
        // all-day dates, and the exclusive end the standard wants: 31 October is the last day, so DTEND is 1 November
        assertThat(text).contains("DTSTART;VALUE=DATE:20261001").contains("DTEND;VALUE=DATE:20261101");

        Calendar calendar = parse(bytes);
        assertThat(calendar.getProperty(Property.PRODID).map(Property::getValue)).contains(IcsFile.PRODUCT);
        VEvent event = (VEvent) calendar.getComponents(VEvent.VEVENT).get(0);
        assertThat(event.getStartDate().orElseThrow().getDate()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(event.getEndDate().orElseThrow().getDate()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(value(event, Property.SUMMARY)).isEqualTo("Autumn bundle");
        assertThat(value(event, Property.UID)).isEqualTo(autumn.id() + "@tandem");
        assertThat(((Categories) event.getProperty(Property.CATEGORIES).orElseThrow()).getCategories()).containsExactly("Email");
        assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(value(event, IcsFile.STATUS_PROPERTY)).isEqualTo("running");
        assertThat(value(event, IcsFile.ROLE_PROPERTY)).isEqualTo("marketing");
        assertThat(value(event, Property.URL)).isEqualTo("https://example.org/autumn");
        assertThat(value(event, Property.DTSTAMP)).isEqualTo("20261123T100000Z");
        assertThat(value(event, Property.DESCRIPTION)).isEqualTo("""
                Two mailings, one reminder.

                Channel: Email
                Status: Running
                Role: marketing
                Owner: Priya
                Segment: Home brewers
                Budget: 1,250.50 GBP planned, 999 GBP spent
                Leads: 40 expected, 12 actual""");
        assertThat(event.getProperty(Property.RRULE)).isEmpty();
    }

    @Test
    void statusMapsToTheStandardValues() throws Exception {
        byte[] bytes = IcsFile.export("Roastery", List.of(campaign("Idea", "2026-01-01", "2026-01-01", CampaignStatus.IDEA, null),
                campaign("Dropped", "2026-01-02", "2026-01-02", CampaignStatus.CANCELLED, null)), Map.of(), "GBP", Locale.UK, NOW);
        assertThat(parse(bytes).getComponents(VEvent.VEVENT)).extracting(e -> value((VEvent) e, Property.STATUS))
                .containsExactly("TENTATIVE", "CANCELLED");
    }

    @Test
    void aSeriesBecomesARuleThatTheLibraryExpandsToOurOccurrences() throws Exception {
        Recurrence monthly = Recurrence.monthly(LocalDate.of(2028, 6, 30)).skipping(LocalDate.of(2028, 1, 31));
        Campaign newsletter = campaign("Newsletter", "2027-10-31", "2027-10-31", CampaignStatus.PLANNED, monthly);
        Recurrence fortnightly = Recurrence.weekly(2, LocalDate.of(2027, 3, 1));
        Campaign tips = campaign("Brewing tips", "2027-01-04", "2027-01-05", CampaignStatus.PLANNED, fortnightly);
        byte[] bytes = IcsFile.export("Roastery", List.of(newsletter, tips), Map.of(), "GBP", Locale.UK, NOW);
        List<VEvent> events = parse(bytes).getComponents(VEvent.VEVENT);

        VEvent first = (VEvent) events.get(0);
        assertThat(value(first, Property.RRULE)).contains("FREQ=MONTHLY").contains("BYSETPOS=-1").contains("UNTIL=20280630");
        assertThat(value(first, Property.EXDATE)).isEqualTo("20280131");
        Period<LocalDate> range = new Period<>(LocalDate.of(2027, 1, 1), LocalDate.of(2029, 1, 1));
        assertThat(first.<LocalDate>calculateRecurrenceSet(range)).extracting(p -> LocalDate.from(p.getStart())).containsExactlyElementsOf(
                newsletter.occurrences().stream().map(Occurrence::start).toList());
        // 30 November, 31 December, 29 February (2028 is a leap year), no 31 January: the library agrees
        assertThat(newsletter.occurrences()).extracting(Occurrence::start).contains(LocalDate.of(2027, 11, 30),
                LocalDate.of(2028, 2, 29)).doesNotContain(LocalDate.of(2028, 1, 31));

        VEvent second = (VEvent) events.get(1);
        assertThat(value(second, Property.RRULE)).contains("FREQ=WEEKLY").contains("INTERVAL=2");
        assertThat(second.<LocalDate>calculateRecurrenceSet(range)).extracting(p -> LocalDate.from(p.getStart()))
                .containsExactlyElementsOf(tips.occurrences().stream().map(Occurrence::start).toList());
    }

    @Test
    void skippedDatesSayTheyAreDatesAChannelWithACommaStaysOneCategoryAndLinesFoldAt75Octets() throws Exception {
        Recurrence weekly = Recurrence.weekly(1, LocalDate.of(2027, 3, 1)).skipping(LocalDate.of(2027, 1, 11));
        Campaign tips = campaign("Brewing tips", "2027-01-04", "2027-01-04", CampaignStatus.PLANNED, weekly);
        Campaign fair = new Campaign(UUID.randomUUID(), PLAN, "Café fair – ☕ stand " + "é".repeat(60), "Events, trade",
                LocalDate.parse("2027-05-01"), LocalDate.parse("2027-05-02"), CampaignStatus.PLANNED, "", "marketing", 0, 0, 0, 0, null,
                "", "", null, null, null);
        byte[] bytes = IcsFile.export("Roastery", List.of(tips, fair), Map.of(), "GBP", Locale.UK, NOW);
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);

        assertThat(text).contains("EXDATE;VALUE=DATE:20270111\r\n");
        assertThat(text).contains("CATEGORIES:Events\\, trade\r\n");
        for (String line : text.split("\r\n")) {
            assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(text).contains("\r\n ");
        List<VEvent> events = parse(bytes).getComponents(VEvent.VEVENT);
        VEvent read = (VEvent) events.get(1);
        assertThat(value(read, Property.SUMMARY)).isEqualTo(fair.name());
        assertThat(((net.fortuna.ical4j.model.property.Categories) read.getProperty(Property.CATEGORIES).orElseThrow())
                .getCategories()).containsExactly("Events, trade");
    }

    @Test
    void foldingNeverSplitsACharacter() {
        String folded = IcsFile.fold("SUMMARY:" + "€".repeat(40));
        for (String line : folded.split("\r\n")) {
            assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(folded.replace("\r\n ", "")).isEqualTo("SUMMARY:" + "€".repeat(40));
    }

    @Test
    void anOverlayFileGivesItsEventsWithInclusiveEndsAndExpandsRepeats() throws Exception {
        String ics = """
                BEGIN:VCALENDAR\r
                VERSION:2.0\r
                PRODID:-//Example//Holidays//EN\r
                BEGIN:VEVENT\r
                UID:xmas@example\r
                DTSTAMP:20260101T000000Z\r
                DTSTART;VALUE=DATE:20261225\r
                DTEND;VALUE=DATE:20261227\r
                SUMMARY:Christmas\r
                END:VEVENT\r
                BEGIN:VEVENT\r
                UID:fair@example\r
                DTSTAMP:20260101T000000Z\r
                DTSTART:20261110T090000Z\r
                DTEND:20261112T170000Z\r
                SUMMARY:Coffee trade fair\r
                END:VEVENT\r
                BEGIN:VEVENT\r
                UID:market@example\r
                DTSTAMP:20260101T000000Z\r
                DTSTART;VALUE=DATE:20261107\r
                RRULE:FREQ=WEEKLY;COUNT=3\r
                SUMMARY:Farmers market\r
                END:VEVENT\r
                END:VCALENDAR\r
                """;
        List<OverlayEvent> events = IcsFile.read(ics, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 31));
        assertThat(events).extracting(OverlayEvent::title, OverlayEvent::start, OverlayEvent::end)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Christmas", LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26)),
                        org.assertj.core.groups.Tuple.tuple("Coffee trade fair", LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 12)),
                        org.assertj.core.groups.Tuple.tuple("Farmers market", LocalDate.of(2026, 11, 7), LocalDate.of(2026, 11, 7)),
                        org.assertj.core.groups.Tuple.tuple("Farmers market", LocalDate.of(2026, 11, 14), LocalDate.of(2026, 11, 14)),
                        org.assertj.core.groups.Tuple.tuple("Farmers market", LocalDate.of(2026, 11, 21), LocalDate.of(2026, 11, 21)));
    }

    @Test
    void aBrokenFileNamesTheLineAndGivesNothing() {
        String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:Christmas\r\nDTSTART;VALUE=DATE:20261325\r\n"
                + "END:VEVENT\r\nEND:VCALENDAR\r\n";
        assertThatThrownBy(() -> IcsFile.read(ics, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                .isInstanceOf(IcsFile.Unreadable.class)
                .satisfies(e -> assertThat(((IcsFile.Unreadable) e).line()).isEqualTo(5))
                .hasMessageStartingWith("Line 5: ");
        assertThatThrownBy(() -> IcsFile.read("just some words", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                .isInstanceOf(IcsFile.Unreadable.class);
    }
}
