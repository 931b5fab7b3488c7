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

    public CalendarService(CampaignRepository campaigns, SegmentRepository segments, OverlayRepository overlays, Clock clock) {
        this.campaigns = campaigns;
        this.segments = segments;
        this.overlays = overlays;
        this.clock = clock;
    }

    /** Everything the screen shows for a plan, read together. */
    public record Contents(List<Campaign> campaigns, List<Channel> channels, List<Segment> segments,
                           List<OverlayCalendar> overlays) {
    }

    public Contents load(UUID planId) {
        return new Contents(campaigns.all(planId), campaigns.channels(planId), segments.list(planId), overlays.list(planId));
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

    public void exportIcs(Plan plan, List<Campaign> chosen, Path file, Locale locale) throws IOException {
        Map<UUID, String> names = new LinkedHashMap<>();
        segments.list(plan.id()).forEach(s -> names.put(s.id(), s.name()));
        AtomicFile.write(file, IcsFile.export(plan.name(), chosen, names, plan.currency(), locale, clock.instant()));
    }
}
