package org.tandem.exchange;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.RRule;
import org.tandem.domain.OverlayEvent;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Another calendar app's .ics file as a read-only overlay: all-day and timed events on the days they cover in the
 * plan's time zone, repeating ones expanded only inside a window (a cap per event and per file, and a note saying
 * so), a RECURRENCE-ID override replacing its occurrence, cancelled occurrences gone, Windows time zone names
 * understood and unknown ones read as the plan's zone, any encoding read.
 */
public final class IcsOverlay {
    public static final int PER_EVENT = 2_000;
    public static final int PER_FILE = 50_000;
    /** Windows' names for the zones calendars from Outlook most often carry, to their IANA names. */
    private static final Map<String, String> WINDOWS_ZONES = Map.ofEntries(
            Map.entry("W. Europe Standard Time", "Europe/Berlin"), Map.entry("Romance Standard Time", "Europe/Paris"),
            Map.entry("Central Europe Standard Time", "Europe/Budapest"), Map.entry("Central European Standard Time", "Europe/Warsaw"),
            Map.entry("GMT Standard Time", "Europe/London"), Map.entry("Greenwich Standard Time", "Atlantic/Reykjavik"),
            Map.entry("E. Europe Standard Time", "Europe/Chisinau"), Map.entry("FLE Standard Time", "Europe/Kiev"),
            Map.entry("Eastern Standard Time", "America/New_York"), Map.entry("Central Standard Time", "America/Chicago"),
            Map.entry("Mountain Standard Time", "America/Denver"), Map.entry("Pacific Standard Time", "America/Los_Angeles"),
            Map.entry("Tokyo Standard Time", "Asia/Tokyo"), Map.entry("China Standard Time", "Asia/Shanghai"),
            Map.entry("India Standard Time", "Asia/Kolkata"), Map.entry("AUS Eastern Standard Time", "Australia/Sydney"),
            Map.entry("UTC", "Etc/UTC"), Map.entry("Coordinated Universal Time", "Etc/UTC"));
    private static final Pattern TZID = Pattern.compile("TZID=(\"[^\"]*\"|[^;:]*)");

    /** The events to show and, when something was left out or read in a way worth knowing, a note for each. */
    public record Read(List<OverlayEvent> events, List<String> notes) {
    }

    private IcsOverlay() {
    }

    public static Read read(byte[] bytes, LocalDate from, LocalDate to, ZoneId zone) throws IcsFile.Unreadable {
        Charset charset = CsvTable.encodingOf(bytes);
        String text = new String(bytes, charset);
        List<String> notes = new ArrayList<>();
        text = knownZones(text.startsWith("\uFEFF") ? text.substring(1) : text, zone, notes);
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new StringReader(text));
        } catch (ParserException e) {
            throw new IcsFile.Unreadable(e.getLineNo(), IcsFile.plain(e));
        } catch (IOException | RuntimeException e) {
            throw new IcsFile.Unreadable(0, "This is not an iCalendar file (" + IcsFile.plain(e) + ").");
        }
        Map<String, List<VEvent>> overrides = new HashMap<>();
        List<VEvent> masters = new ArrayList<>();
        for (var component : calendar.getComponents(VEvent.VEVENT)) {
            VEvent event = (VEvent) component;
            if (event.getProperty(Property.RECURRENCE_ID).isPresent()) {
                overrides.computeIfAbsent(uid(event), k -> new ArrayList<>()).add(event);
            } else {
                masters.add(event);
            }
        }
        List<OverlayEvent> events = new ArrayList<>();
        for (VEvent master : masters) {
            if (events.size() >= PER_FILE) {
                notes.add("Only the first " + PER_FILE + " events in the window were taken.");
                break;
            }
            try {
                add(master, overrides.getOrDefault(uid(master), List.of()), from, to, zone, events, notes);
            } catch (RuntimeException e) {
                notes.add("\"" + title(master) + "\" was left out: its dates cannot be read (" + IcsFile.plain(e) + ").");
            }
        }
        return new Read(events.size() > PER_FILE ? List.copyOf(events.subList(0, PER_FILE)) : List.copyOf(events), List.copyOf(notes));
    }

    /** TZIDs Java does not know: Windows names mapped, anything else read as the plan's zone, with a note. */
    private static String knownZones(String text, ZoneId zone, List<String> notes) {
        Set<String> unknown = new HashSet<>();
        Matcher m = TZID.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String raw = m.group(1);
            String id = raw.startsWith("\"") ? raw.substring(1, raw.length() - 1) : raw;
            String known = WINDOWS_ZONES.getOrDefault(id, id);
            if (!ZoneId.getAvailableZoneIds().contains(known)) {
                unknown.add(id);
                known = zone.getId();
            }
            m.appendReplacement(out, Matcher.quoteReplacement("TZID=" + known));
        }
        m.appendTail(out);
        unknown.forEach(id -> notes.add("The time zone \"" + id + "\" is unknown; its times were read as " + zone.getId() + "."));
        return out.toString();
    }

    private static void add(VEvent master, List<VEvent> overrides, LocalDate from, LocalDate to, ZoneId zone,
                            List<OverlayEvent> into, List<String> notes) {
        Optional<Temporal> start = master.getStartDate().map(d -> (Temporal) d.getDate());
        if (start.isEmpty()) {
            return;
        }
        String uid = uid(master);
        String title = title(master);
        Temporal end = master.getEndDate(false).map(d -> (Temporal) d.getDate()).orElse(null);
        Optional<RRule<Temporal>> rule = master.getProperty(Property.RRULE);
        if (rule.isEmpty()) {
            if (!cancelled(master)) {
                span(uid, title, start.get(), end, zone, from, to).ifPresent(into::add);
            }
            return;
        }
        Map<String, VEvent> byInstance = new LinkedHashMap<>();
        overrides.forEach(o -> o.getProperty(Property.RECURRENCE_ID).ifPresent(r -> byInstance.put(key(((net.fortuna.ical4j.model.property.RecurrenceId<?>) r).getDate(), zone), o)));
        Set<String> excluded = new HashSet<>();
        for (Object p : master.getProperties(Property.EXDATE)) {
            for (Object d : ((ExDate<?>) p).getDates()) {
                excluded.add(key((Temporal) d, zone));
            }
        }
        Recur<Temporal> recur = rule.get().getRecur();
        Temporal seed = start.get();
        Temporal windowStart = like(seed, from.minusDays(1), zone);
        Temporal windowEnd = like(seed, to.plusDays(1), zone);
        List<Temporal> dates = recur.getDates(seed, windowStart, windowEnd, PER_EVENT + 1);
        if (dates.size() > PER_EVENT) {
            notes.add("\"" + title + "\" repeats " + recur.getFrequency().name().toLowerCase(java.util.Locale.ROOT)
                    + ": only its first " + PER_EVENT + " times between " + from + " and " + to + " were taken.");
            dates = dates.subList(0, PER_EVENT);
        }
        long length = end == null ? 0 : seconds(seed, end);
        for (Temporal occurrence : dates) {
            String k = key(occurrence, zone);
            if (excluded.contains(k)) {
                continue;
            }
            VEvent override = byInstance.remove(k);
            if (override != null) {
                if (!cancelled(override)) {
                    Temporal s = override.getStartDate().map(d -> (Temporal) d.getDate()).orElse(occurrence);
                    Temporal e = override.getEndDate(false).map(d -> (Temporal) d.getDate()).orElse(null);
                    span(uid + "@" + k, override.getSummary().map(x -> x.getValue()).orElse(title), s, e, zone, from, to)
                            .ifPresent(into::add);
                }
                continue;
            }
            Temporal occurrenceEnd = end == null ? null : occurrence instanceof LocalDate d ? d.plusDays(length / 86_400)
                    : occurrence.plus(length, ChronoUnit.SECONDS);
            span(uid + "@" + k, title, occurrence, occurrenceEnd, zone, from, to).ifPresent(into::add);
        }
        // an override moved out of the rule's dates still happens
        for (Map.Entry<String, VEvent> moved : byInstance.entrySet()) {
            VEvent o = moved.getValue();
            if (!cancelled(o)) {
                o.getStartDate().ifPresent(s -> span(uid + "@" + moved.getKey(), o.getSummary().map(x -> x.getValue()).orElse(title),
                        (Temporal) s.getDate(), o.getEndDate(false).map(d -> (Temporal) d.getDate()).orElse(null), zone, from, to)
                        .ifPresent(into::add));
            }
        }
    }

    /** The days an event covers in the plan's zone: an all-day DTEND is exclusive, a timed end at midnight too. */
    private static Optional<OverlayEvent> span(String uid, String title, Temporal start, Temporal end, ZoneId zone,
                                               LocalDate from, LocalDate to) {
        LocalDate first = day(start, zone);
        LocalDate last;
        if (end == null) {
            last = first;
        } else if (end instanceof LocalDate d) {
            last = d.minusDays(1);
        } else {
            last = day(end.minus(1, ChronoUnit.NANOS), zone);
        }
        if (last.isBefore(first)) {
            last = first;
        }
        if (last.isBefore(from) || first.isAfter(to)) {
            return Optional.empty();
        }
        return Optional.of(new OverlayEvent(uid, title, first, last));
    }

    static LocalDate day(Temporal t, ZoneId zone) {
        if (t instanceof LocalDate d) {
            return d;
        }
        if (t instanceof LocalDateTime dt) {
            return dt.toLocalDate();
        }
        if (t instanceof ZonedDateTime z) {
            return z.withZoneSameInstant(zone).toLocalDate();
        }
        if (t instanceof OffsetDateTime o) {
            return o.atZoneSameInstant(zone).toLocalDate();
        }
        if (t instanceof Instant i) {
            return i.atZone(zone).toLocalDate();
        }
        return LocalDate.from(t);
    }

    /** A day as the same kind of time as the rule's start, so the library can compare them. */
    private static Temporal like(Temporal seed, LocalDate day, ZoneId zone) {
        if (seed instanceof LocalDate) {
            return day;
        }
        if (seed instanceof LocalDateTime) {
            return day.atStartOfDay();
        }
        if (seed instanceof ZonedDateTime z) {
            return day.atStartOfDay(z.getZone());
        }
        if (seed instanceof OffsetDateTime o) {
            return day.atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(o.getOffset());
        }
        return day.atStartOfDay(zone).toInstant();
    }

    private static long seconds(Temporal start, Temporal end) {
        if (start instanceof LocalDate s && end instanceof LocalDate e) {
            return ChronoUnit.DAYS.between(s, e) * 86_400;
        }
        try {
            return start.until(end, ChronoUnit.SECONDS);
        } catch (RuntimeException mixed) {
            return 0;
        }
    }

    /** An occurrence's identity: its start as an instant (or a date), so RECURRENCE-ID and EXDATE match it. */
    private static String key(Temporal t, ZoneId zone) {
        if (t instanceof LocalDate d) {
            return d.toString();
        }
        if (t instanceof LocalDateTime dt) {
            return dt.atZone(zone).toInstant().toString();
        }
        if (t instanceof ZonedDateTime z) {
            return z.toInstant().toString();
        }
        if (t instanceof OffsetDateTime o) {
            return o.toInstant().toString();
        }
        return t.toString();
    }

    private static boolean cancelled(VEvent event) {
        return event.getProperty(Property.STATUS).map(s -> "CANCELLED".equalsIgnoreCase(s.getValue())).orElse(false);
    }

    private static String uid(VEvent event) {
        return event.getUid().map(u -> u.getValue()).orElse(title(event) + "@" + event.getStartDate().map(d -> d.getValue()).orElse(""));
    }

    private static String title(VEvent event) {
        return event.getSummary().map(s -> s.getValue()).orElse("");
    }
}
