package org.tandem.exchange;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import net.fortuna.ical4j.validate.ValidationException;
import org.tandem.domain.Campaign;
import org.tandem.domain.CampaignStatus;
import org.tandem.domain.CurrencyCode;
import org.tandem.domain.NumberText;
import org.tandem.domain.OverlayEvent;
import org.tandem.domain.Recurrence;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Campaigns to and from iCalendar (RFC 5545) through ical4j. Campaigns are all-day events: our
 * inclusive end date becomes the exclusive DTEND (last day + 1), the channel goes into CATEGORIES,
 * a series into RRULE with its skipped dates as EXDATE.
 */
public final class IcsFile {
    static final String PRODUCT = "-//Tandem//Marketing and sales planner//EN";
    static final String STATUS_PROPERTY = "X-TANDEM-STATUS";
    static final String ROLE_PROPERTY = "X-TANDEM-ROLE";
    /**
     * ical4j 4.0.0 warns on first use that optional alias files are missing (ical4j issues 703,
     * 712; fixed in 4.0.3, CalendarFX brings 4.0.0-rc5). Kept strongly so the level sticks.
     */
    private static final java.util.logging.Logger TIME_ZONE_LOG = java.util.logging.Logger.getLogger(
            "net.fortuna.ical4j.model.TimeZoneRegistryImpl");

    static {
        TIME_ZONE_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    /** An .ics file that could not be read; nothing of it was taken. */
    public static final class Unreadable extends Exception {
        private final int line;

        public Unreadable(int line, String message) {
            super(line > 0 ? "Line " + line + ": " + message : message);
            this.line = line;
        }

        /** The line of the file the problem is on, or 0 when the file as a whole is wrong. */
        public int line() {
            return line;
        }
    }

    private IcsFile() {
    }

    /**
     * The campaigns as an iCalendar file.
     *
     * @param segmentNames segment names by id, for the description
     */
    public static byte[] export(String calendarName, List<Campaign> campaigns, Map<UUID, String> segmentNames, String currency,
                                Locale locale, Instant now) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", calendarName));
        int digits = CurrencyCode.fractionDigits(currency);
        for (Campaign c : campaigns) {
            VEvent event = new VEvent(c.start(), c.end().plusDays(1), c.name());
            event.add(new Uid(c.id() + "@tandem"));
            event.replace(new DtStamp(now));
            if (!c.channel().isEmpty()) {
                // a TextList escapes a comma in the name: "Events, trade" stays one category
                event.add(new Categories(new net.fortuna.ical4j.model.TextList(List.of(c.channel()))));
            }
            event.add(switch (c.status()) {
                case IDEA -> ImmutableStatus.VEVENT_TENTATIVE;
                case CANCELLED -> ImmutableStatus.VEVENT_CANCELLED;
                default -> ImmutableStatus.VEVENT_CONFIRMED;
            });
            event.add(new XProperty(STATUS_PROPERTY, c.status().code()));
            event.add(new XProperty(ROLE_PROPERTY, c.role()));
            event.add(new Description(description(c, segmentNames, currency, digits, locale)));
            link(c.link()).ifPresent(uri -> event.add(new Url(uri)));
            if (c.recurrence() != null) {
                event.add(new RRule<>(rule(c.recurrence(), c.start())));
                if (!c.recurrence().skipped().isEmpty()) {
                    // VALUE=DATE said outright: parsers that assume DATE-TIME refuse a bare date list
                    event.add(new ExDate<>(new net.fortuna.ical4j.model.ParameterList(
                            List.of(net.fortuna.ical4j.model.parameter.Value.DATE)),
                            new DateList<>(c.recurrence().skipped().toArray(LocalDate[]::new))));
                }
            }
            calendar.add(event);
        }
        java.io.StringWriter unfolded = new java.io.StringWriter();
        try {
            // written unfolded, then folded by octets as RFC 5545 says (ical4j folds at 73 characters)
            new CalendarOutputter(false, Integer.MAX_VALUE).output(calendar, unfolded);
        } catch (IOException | ValidationException e) {
            throw new IllegalStateException("Could not write the calendar: " + e.getMessage(), e);
        }
        return fold(unfolded.toString()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * Content lines of at most 75 octets of UTF-8 (RFC 5545 3.1): a longer line goes on after CRLF and a space,
     * never splitting a character's bytes.
     */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length() + text.length() / 70 * 3);
        for (String line : text.split("\r\n", -1)) {
            if (out.length() > 0) {
                out.append("\r\n");
            }
            int octets = 0;
            int limit = 75;
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
                if (octets + size > limit) {
                    out.append("\r\n ");
                    octets = 1;
                    limit = 75;
                }
                out.appendCodePoint(cp);
                octets += size;
                i += Character.charCount(cp);
            }
        }
        return out.toString();
    }

    /**
     * RFC 5545 skips months without the start's day (BYMONTHDAY=31 has no February); our series
     * falls on the month's last day instead, which BYMONTHDAY=28..d with BYSETPOS=-1 says exactly.
     */
    static Recur<LocalDate> rule(Recurrence r, LocalDate start) {
        Recur.Builder<LocalDate> builder = new Recur.Builder<LocalDate>()
                .frequency(r.frequency() == Recurrence.Frequency.WEEKLY ? Frequency.WEEKLY : Frequency.MONTHLY)
                .until(r.until());
        if (r.interval() > 1) {
            builder.interval(r.interval());
        }
        if (r.frequency() == Recurrence.Frequency.MONTHLY && start.getDayOfMonth() > 28) {
            builder.monthDayList(IntStream.rangeClosed(28, start.getDayOfMonth()).boxed().toList())
                    .setPosList(List.of(-1));
        }
        return builder.build();
    }

    private static String description(Campaign c, Map<UUID, String> segmentNames, String currency, int digits, Locale locale) {
        List<String> lines = new ArrayList<>();
        if (!c.notes().isBlank()) {
            lines.add(c.notes().strip());
            lines.add("");
        }
        lines.add("Channel: " + (c.channel().isEmpty() ? "-" : c.channel()));
        lines.add("Status: " + c.status().label());
        lines.add("Role: " + c.role());
        if (!c.owner().isEmpty()) {
            lines.add("Owner: " + c.owner());
        }
        if (c.segmentId() != null && segmentNames.containsKey(c.segmentId())) {
            lines.add("Segment: " + segmentNames.get(c.segmentId()));
        }
        lines.add("Budget: " + NumberText.formatMoney(c.plannedBudget(), locale, digits) + " " + currency + " planned, "
                + NumberText.formatMoney(c.actualSpend(), locale, digits) + " " + currency + " spent");
        lines.add("Leads: " + c.expectedLeads() + " expected, " + c.actualLeads() + " actual");
        return String.join("\n", lines);
    }

    private static Optional<URI> link(String link) {
        if (link.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(link);
            return uri.getScheme() == null ? Optional.empty() : Optional.of(uri);
        } catch (URISyntaxException notALink) {
            return Optional.empty(); // a link that is not a URI stays in the campaign; the file just has no URL
        }
    }

    /**
     * The events of an .ics file (holidays, trade-show dates) for a read-only overlay. Timed events
     * are shown on their days; a series is expanded from {@code from} to {@code to}. Any parse
     * problem fails the whole file with its line number.
     */
    /** An overlay file's events in [from, to], in the system's time zone: {@link IcsOverlay} reads it. */
    public static List<OverlayEvent> read(String text, LocalDate from, LocalDate to) throws Unreadable {
        return IcsOverlay.read(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), from, to, ZoneId.systemDefault()).events();
    }

    static String plain(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.length() > 160 ? message.substring(0, 160) + "..." : message;
    }
}
