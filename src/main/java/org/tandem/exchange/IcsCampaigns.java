package org.tandem.exchange;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import org.tandem.domain.Campaign;
import org.tandem.domain.CampaignRows;
import org.tandem.domain.CampaignStatus;
import org.tandem.domain.InvalidInput;
import org.tandem.domain.Recurrence;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Campaigns from another calendar app's .ics file: each event a campaign on the days it covers, its first category
 * as the channel, its description as notes; a weekly or monthly rule with an end becomes a series, any other rule
 * brings the first time only.
 */
public final class IcsCampaigns {
    private IcsCampaigns() {
    }

    public static List<CampaignRows.Row> read(byte[] bytes, UUID planId, Instant now, ZoneId zone) throws IcsFile.Unreadable {
        String text = new String(bytes, CsvTable.encodingOf(bytes));
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text));
        } catch (net.fortuna.ical4j.data.ParserException e) {
            throw new IcsFile.Unreadable(e.getLineNo(), IcsFile.plain(e));
        } catch (java.io.IOException | RuntimeException e) {
            throw new IcsFile.Unreadable(0, "This is not an iCalendar file (" + IcsFile.plain(e) + ").");
        }
        List<CampaignRows.Row> rows = new ArrayList<>();
        int n = 0;
        for (var component : calendar.getComponents(VEvent.VEVENT)) {
            VEvent event = (VEvent) component;
            n++;
            if (event.getProperty(Property.RECURRENCE_ID).isPresent()) {
                continue;
            }
            rows.add(row(n, event, planId, now, zone));
        }
        return rows;
    }

    private static CampaignRows.Row row(int n, VEvent event, UUID planId, Instant now, ZoneId zone) {
        String name = event.getSummary().map(s -> s.getValue()).orElse("").strip();
        Optional<Temporal> start = event.getStartDate().map(d -> (Temporal) d.getDate());
        if (name.isEmpty() || start.isEmpty()) {
            return new CampaignRows.Row(n, null, "Event " + n + ": an event needs a title and a start.");
        }
        LocalDate first = IcsOverlay.day(start.get(), zone);
        LocalDate last = event.getEndDate(false).map(d -> (Temporal) d.getDate())
                .map(e -> e instanceof LocalDate d ? d.minusDays(1) : IcsOverlay.day(e.minus(1, java.time.temporal.ChronoUnit.NANOS), zone))
                .filter(d -> !d.isBefore(first)).orElse(first);
        String channel = event.<net.fortuna.ical4j.model.property.Categories>getProperty(Property.CATEGORIES)
                .map(p -> p.getCategories()).filter(list -> !list.isEmpty()).map(list -> list.get(0)).orElse("");
        String status = event.getProperty(Property.STATUS).map(s -> s.getValue()).orElse("");
        CampaignStatus campaignStatus = switch (status.toUpperCase(java.util.Locale.ROOT)) {
            case "TENTATIVE" -> CampaignStatus.IDEA;
            case "CANCELLED" -> CampaignStatus.CANCELLED;
            default -> CampaignStatus.PLANNED;
        };
        Recurrence series = null;
        Optional<RRule<Temporal>> rule = event.getProperty(Property.RRULE);
        if (rule.isPresent()) {
            Recur<Temporal> recur = rule.get().getRecur();
            Temporal until = recur.getUntil();
            if (until != null && (recur.getFrequency() == Frequency.WEEKLY || recur.getFrequency() == Frequency.MONTHLY)) {
                LocalDate end = IcsOverlay.day(until, zone);
                int every = Math.max(1, recur.getInterval());
                series = recur.getFrequency() == Frequency.WEEKLY ? Recurrence.weekly(every, end) : Recurrence.monthly(end);
            }
        }
        String notes = event.getDescription().map(d -> d.getValue()).orElse("");
        Campaign campaign = new Campaign(UUID.randomUUID(), planId, name.length() > Campaign.MAX_NAME_LENGTH
                ? name.substring(0, Campaign.MAX_NAME_LENGTH) : name, channel.length() > 60 ? channel.substring(0, 60) : channel,
                first, last, campaignStatus, "", "marketing", 0, 0, 0, 0, null, notes, "", series, now, now);
        List<InvalidInput> problems = campaign.problems();
        return problems.isEmpty() ? new CampaignRows.Row(n, campaign, "")
                : new CampaignRows.Row(n, null, "Event " + n + " (" + name + "): " + problems.get(0).getMessage());
    }
}
