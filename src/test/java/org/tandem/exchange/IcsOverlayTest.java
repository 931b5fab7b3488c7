package org.tandem.exchange;

import org.junit.jupiter.api.Test;
import org.tandem.domain.OverlayEvent;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Calendars as Google and Outlook write them, read as overlays on the days their events cover. */
class IcsOverlayTest {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    static final LocalDate TO = LocalDate.of(2026, 12, 31);

    static IcsOverlay.Read read(String ics) throws Exception {
        return IcsOverlay.read(ics.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8), FROM, TO, LONDON);
    }

    static List<LocalDate> days(IcsOverlay.Read read, String title) {
        return read.events().stream().filter(e -> e.title().equals(title)).map(OverlayEvent::start).toList();
    }

    static final String GOOGLE = """
            BEGIN:VCALENDAR
            PRODID:-//Google Inc//Google Calendar 70.9054//EN
            VERSION:2.0
            BEGIN:VTIMEZONE
            TZID:Europe/London
            BEGIN:STANDARD
            TZOFFSETFROM:+0100
            TZOFFSETTO:+0000
            DTSTART:19701025T020000
            RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
            END:STANDARD
            BEGIN:DAYLIGHT
            TZOFFSETFROM:+0000
            TZOFFSETTO:+0100
            DTSTART:19700329T010000
            RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
            END:DAYLIGHT
            END:VTIMEZONE
            BEGIN:VEVENT
            DTSTART;TZID=Europe/London:20260105T093000
            DTEND;TZID=Europe/London:20260105T100000
            RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=6
            EXDATE;TZID=Europe/London:20260119T093000
            UID:standup@google.com
            SUMMARY:Team stand-up
            END:VEVENT
            BEGIN:VEVENT
            DTSTART;TZID=Europe/London:20260127T140000
            DTEND;TZID=Europe/London:20260127T143000
            RECURRENCE-ID;TZID=Europe/London:20260126T093000
            UID:standup@google.com
            SUMMARY:Team stand-up (moved)
            END:VEVENT
            BEGIN:VEVENT
            DTSTART;TZID=Europe/London:20260202T093000
            RECURRENCE-ID;TZID=Europe/London:20260202T093000
            STATUS:CANCELLED
            UID:standup@google.com
            SUMMARY:Team stand-up
            END:VEVENT
            BEGIN:VEVENT
            DTSTART:20260310T230000Z
            DTEND:20260311T010000Z
            UID:late@google.com
            SUMMARY:Late launch call
            END:VEVENT
            BEGIN:VEVENT
            DTSTART;VALUE=DATE:20260401
            DTEND;VALUE=DATE:20260404
            RRULE:FREQ=YEARLY
            UID:fair@google.com
            SUMMARY:Trade fair
            END:VEVENT
            END:VCALENDAR
            """;

    @Test
    void googleCalendarsRepeatingTimedEventsWithOverridesAndCancellationsLandOnTheirDays() throws Exception {
        IcsOverlay.Read read = read(GOOGLE);
        assertThat(days(read, "Team stand-up")).containsExactly(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 12),
                LocalDate.of(2026, 2, 9));
        assertThat(days(read, "Team stand-up (moved)")).containsExactly(LocalDate.of(2026, 1, 27));
        // 23:00 to 01:00 UTC on 10 March, winter time in London: the event covers the 10th and the 11th
        OverlayEvent late = read.events().stream().filter(e -> e.title().equals("Late launch call")).findFirst().orElseThrow();
        assertThat(late.start()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(late.end()).isEqualTo(LocalDate.of(2026, 3, 11));
        OverlayEvent fair = read.events().stream().filter(e -> e.title().equals("Trade fair")).findFirst().orElseThrow(() -> new AssertionError(read.notes()));
        assertThat(fair.start()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(fair.end()).isEqualTo(LocalDate.of(2026, 4, 3));
        assertThat(read.notes()).isEmpty();
    }

    @Test
    void outlookWindowsZoneNamesAndAnUnknownZoneAreRead() throws Exception {
        String outlook = """
                BEGIN:VCALENDAR
                PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
                VERSION:2.0
                BEGIN:VEVENT
                DTSTART;TZID="W. Europe Standard Time":20260302T230000
                DTEND;TZID="W. Europe Standard Time":20260302T233000
                RRULE:FREQ=MONTHLY;BYMONTHDAY=2;UNTIL=20260602T220000Z
                UID:040000008200E00074C5B7101A82E008
                SUMMARY:Monthly review
                END:VEVENT
                BEGIN:VEVENT
                DTSTART;TZID=Mars/Olympus_Mons:20260505T100000
                DTEND;TZID=Mars/Olympus_Mons:20260505T110000
                UID:mars@example
                SUMMARY:Odd zone
                END:VEVENT
                END:VCALENDAR
                """;
        IcsOverlay.Read read = read(outlook);
        // 23:00 in Berlin is 22:00 in London all year: the same day
        assertThat(days(read, "Monthly review")).containsExactly(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 2),
                LocalDate.of(2026, 5, 2), LocalDate.of(2026, 6, 2));
        assertThat(days(read, "Odd zone")).containsExactly(LocalDate.of(2026, 5, 5));
        assertThat(read.notes()).singleElement().asString().contains("\"Mars/Olympus_Mons\" is unknown");
    }

    @Test
    void aRuleEveryMinuteIsCutToItsCapQuicklyAndSaysSo() throws Exception {
        String minutely = """
                BEGIN:VCALENDAR
                VERSION:2.0
                BEGIN:VEVENT
                DTSTART:20260101T000000Z
                DTEND:20260101T000100Z
                RRULE:FREQ=MINUTELY
                UID:tick@example
                SUMMARY:Tick
                END:VEVENT
                END:VCALENDAR
                """;
        long started = System.nanoTime();
        IcsOverlay.Read read = read(minutely);
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(5_000);
        assertThat(read.events()).hasSize(IcsOverlay.PER_EVENT);
        assertThat(read.notes()).singleElement().asString().contains("\"Tick\" repeats minutely: only its first 2000 times");
    }

    @Test
    void aWindows1252FileReads() throws Exception {
        String text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260601\r\nUID:f@x\r\n"
                + "SUMMARY:Fête de la musique\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        IcsOverlay.Read read = IcsOverlay.read(text.getBytes(CsvTable.WINDOWS_1252), FROM, TO, LONDON);
        assertThat(read.events()).singleElement().satisfies(e -> assertThat(e.title()).isEqualTo("Fête de la musique"));
    }
}
