package org.tandem.service;

import org.tandem.domain.OverlayCalendar;
import org.tandem.domain.Channel;
import org.tandem.domain.Campaign;
import org.tandem.domain.OverlayEvent;
import org.tandem.domain.RemovedOverlay;
import org.tandem.domain.Plan;
import org.tandem.domain.Segment;
import org.tandem.exchange.AtomicFile;
import org.tandem.exchange.IcsFile;
import org.tandem.exchange.IcsOverlay;
import org.tandem.store.CampaignRepository;
import org.tandem.store.OverlayRepository;
import org.tandem.store.SegmentRepository;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** What the campaign calendar asks of the store and of files. Called off the FX thread. */
public class CalendarService {
    /** How far around today an imported series is expanded. */
    static final int OVERLAY_YEARS_BACK = 2;
    static final int OVERLAY_YEARS_AHEAD = 5;

    private final CampaignRepository campaigns;
    private final SegmentRepository segments;
    private final OverlayRepository overlays;
    private final Clock clock;
    private final java.util.function.Supplier<String> changeMark;

    /** @param changeMark the database's {@link org.tandem.store.Database#changeMark}: it moves whenever anything was written */
    public CalendarService(CampaignRepository campaigns, SegmentRepository segments, OverlayRepository overlays, Clock clock,
                           java.util.function.Supplier<String> changeMark) {
        this.changeMark = changeMark;
        this.campaigns = campaigns;
        this.segments = segments;
        this.overlays = overlays;
        this.clock = clock;
    }

    /** Everything the screen shows for a plan, read together, and the database's change mark it was read at. */
    public record Contents(List<Campaign> campaigns, List<Channel> channels, List<Segment> segments,
                           List<OverlayCalendar> overlays, String mark) {
    }

    public Contents load(UUID planId) {
        return loadIfChanged(planId, null).orElseThrow();
    }

    /** The contents, unless nothing in the database changed since the mark {@code since} (null: read anyway). */
    public java.util.Optional<Contents> loadIfChanged(UUID planId, String since) {
        // taken before reading: a write meanwhile (the default channels this read adds, another program's) moves it on
        String mark = changeMark.get();
        if (mark.equals(since)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(contents(planId, campaigns.channels(planId), mark));
    }

    /**
     * The contents read ahead of the calendar's first showing, writing nothing: empty for a plan without channels yet,
     * whose default channels are made when the calendar first shows it.
     */
    public java.util.Optional<Contents> readAhead(UUID planId) {
        String mark = changeMark.get();
        List<Channel> channels = campaigns.storedChannels(planId);
        if (channels.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(contents(planId, channels, mark));
    }

    private Contents contents(UUID planId, List<Channel> channels, String mark) {
        return new Contents(campaigns.all(planId), channels, segments.list(planId), overlays.list(planId), mark);
    }

    public void apply(List<Campaign> save, List<UUID> delete) {
        campaigns.apply(save, delete);
    }

    public Channel saveChannel(UUID planId, Channel channel) {
        return campaigns.saveChannel(planId, channel);
    }

    public Channel renameChannel(UUID planId, Channel channel, String name) {
        return campaigns.renameChannel(planId, channel, name);
    }

    public void removeChannel(UUID channelId) {
        campaigns.removeChannel(channelId);
    }

    public List<OverlayEvent> overlayEvents(UUID planId, LocalDate from, LocalDate to) {
        return overlays.events(planId, from, to);
    }

    public void showOverlay(UUID overlayId, boolean shown) {
        overlays.setShown(overlayId, shown);
    }

    public void removeOverlay(UUID overlayId) {
        overlays.remove(overlayId);
    }

    /** Removes an imported calendar and hands back what it held, for an undo. */
    public RemovedOverlay removeOverlayKeeping(UUID overlayId) {
        return overlays.removeKeeping(overlayId);
    }

    public void restoreOverlay(RemovedOverlay kept) {
        overlays.restore(kept);
    }

    /** A calendar file added as an overlay, and what is worth knowing about how it was read (caps, unknown zones). */
    public record ImportedOverlay(OverlayCalendar calendar, List<String> notes) {
    }

    /**
     * Reads an .ics file whole before anything is stored: a file that does not parse adds nothing. Repeating events
     * are expanded from two years back to five ahead only, in the system's time zone.
     */
    public ImportedOverlay importOverlay(UUID planId, Path file) throws IOException, IcsFile.Unreadable {
        LocalDate today = LocalDate.now(clock);
        IcsOverlay.Read read = IcsOverlay.read(Files.readAllBytes(file), today.minusYears(OVERLAY_YEARS_BACK),
                today.plusYears(OVERLAY_YEARS_AHEAD), java.time.ZoneId.systemDefault());
        String name = file.getFileName().toString().replaceFirst("(?i)\\.ics$", "");
        return new ImportedOverlay(overlays.add(planId, name.isBlank() ? "Imported calendar" : name, read.events()), read.notes());
    }

    /** Campaigns read from a spreadsheet's CSV or a calendar's .ics, with the channels the plan does not have yet. */
    public record CampaignsPreview(Path file, List<org.tandem.domain.CampaignRows.Row> rows, List<org.tandem.domain.Channel> newChannels) {
        public List<Campaign> campaigns() {
            return rows.stream().filter(org.tandem.domain.CampaignRows.Row::ok).map(org.tandem.domain.CampaignRows.Row::campaign).toList();
        }
    }

    /** Reads the whole file; nothing is stored until {@link #importCampaigns}. Channels match ignoring case. */
    public CampaignsPreview previewCampaigns(Plan plan, Path file) throws IOException, IcsFile.Unreadable {
        byte[] bytes = Files.readAllBytes(file);
        java.time.Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        List<org.tandem.domain.CampaignRows.Row> rows;
        if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ics")) {
            rows = org.tandem.exchange.IcsCampaigns.read(bytes, plan.id(), now, java.time.ZoneId.systemDefault());
        } else {
            org.tandem.exchange.CsvTable table = org.tandem.exchange.CsvTable.read(bytes, null, null);
            List<org.tandem.domain.ActualsCsv.Line> lines = table.rows().stream()
                    .map(r -> new org.tandem.domain.ActualsCsv.Line(r.line(), r.fields())).toList();
            if (lines.isEmpty()) {
                return new CampaignsPreview(file, List.of(), List.of());
            }
            List<org.tandem.domain.ActualsCsv.Line> body = lines.subList(1, lines.size());
            rows = org.tandem.domain.CampaignRows.read(body, org.tandem.domain.CampaignRows.columns(lines.get(0).fields(), body,
                    table.separator() == ';'), plan.id(), org.tandem.domain.CurrencyCode.fractionDigits(plan.currency()), now);
        }
        // a channel the plan has keeps its spelling; a new one gets the next colour of the palette
        List<org.tandem.domain.Channel> known = campaigns.channels(plan.id());
        Map<String, String> spelling = new LinkedHashMap<>();
        known.forEach(c -> spelling.put(c.name().toLowerCase(java.util.Locale.ROOT), c.name()));
        List<org.tandem.domain.Channel> added = new java.util.ArrayList<>();
        List<org.tandem.domain.CampaignRows.Row> matched = new java.util.ArrayList<>();
        for (org.tandem.domain.CampaignRows.Row row : rows) {
            if (!row.ok() || row.campaign().channel().isBlank()) {
                matched.add(row);
                continue;
            }
            String key = row.campaign().channel().toLowerCase(java.util.Locale.ROOT);
            if (!spelling.containsKey(key)) {
                spelling.put(key, row.campaign().channel());
                added.add(new org.tandem.domain.Channel(UUID.randomUUID(), row.campaign().channel(),
                        org.tandem.domain.ChannelPalette.DEFAULT_CHANNELS.get((known.size() + added.size())
                                % org.tandem.domain.ChannelPalette.DEFAULT_CHANNELS.size()).getValue()));
            }
            Campaign c = row.campaign();
            matched.add(new org.tandem.domain.CampaignRows.Row(row.line(), new Campaign(c.id(), c.planId(), c.name(), spelling.get(key),
                    c.start(), c.end(), c.status(), c.owner(), c.role(), c.plannedBudget(), c.actualSpend(), c.expectedLeads(),
                    c.actualLeads(), c.segmentId(), c.notes(), c.link(), c.recurrence(), c.createdAt(), c.updatedAt()), ""));
        }
        return new CampaignsPreview(file, List.copyOf(matched), List.copyOf(added));
    }

    /** The preview's good rows and new channels, in one transaction. */
    public List<Campaign> importCampaigns(UUID planId, CampaignsPreview preview) {
        List<Campaign> chosen = preview.campaigns();
        campaigns.insertAll(planId, preview.newChannels(), chosen);
        return chosen;
    }

    public void exportIcs(Plan plan, List<Campaign> chosen, Path file, Locale locale) throws IOException {
        Map<UUID, String> names = new LinkedHashMap<>();
        segments.list(plan.id()).forEach(s -> names.put(s.id(), s.name()));
        AtomicFile.write(file, IcsFile.export(plan.name(), chosen, names, plan.currency(), locale, clock.instant()));
    }
}
