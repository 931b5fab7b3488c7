package org.tandem.exchange;

import org.tandem.domain.Aspect;
import org.tandem.domain.Campaign;
import org.tandem.domain.CampaignStatus;
import org.tandem.domain.Comparison;
import org.tandem.domain.Competitor;
import org.tandem.domain.Confidence;
import org.tandem.domain.InvalidInput;
import org.tandem.domain.MarketSizing;
import org.tandem.domain.Plan;
import org.tandem.domain.PlanDetails;
import org.tandem.domain.Recurrence;
import org.tandem.domain.ResearchNote;
import org.tandem.domain.Segment;
import org.tandem.domain.SwotItem;
import org.tandem.domain.SwotQuadrant;
import org.tandem.domain.ThreatLevel;
import org.tandem.store.CampaignRepository;
import org.tandem.store.SalesPlanRepository;
import org.tandem.store.ComparisonRepository;
import org.tandem.store.CompetitorRepository;
import org.tandem.store.Database;
import org.tandem.store.MarketSizingRepository;
import org.tandem.store.PlanRepository;
import org.tandem.store.ResearchNoteRepository;
import org.tandem.store.SegmentRepository;
import org.tandem.store.SwotRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Adds a plan from a plan file as a new plan: every section, new ids, links between sections
 * following the new ids, all in one transaction. A value that breaks a rule stops the import
 * with its JSON path, and nothing is written.
 */
public final class PlanImport {
    private final Database database;
    private final PlanRepository plans;
    private final SegmentRepository segments;
    private final ResearchNoteRepository notes;
    private final MarketSizingRepository sizings;
    private final CompetitorRepository competitors;
    private final ComparisonRepository comparison;
    private final SwotRepository swot;
    private final CampaignRepository campaigns;
    private final SalesPlanRepository salesPlans;
    private final Clock clock;

    public PlanImport(Database database, Clock clock) {
        this.database = database;
        this.plans = new PlanRepository(database);
        this.segments = new SegmentRepository(database, clock);
        this.notes = new ResearchNoteRepository(database, clock);
        this.sizings = new MarketSizingRepository(database, clock);
        this.competitors = new CompetitorRepository(database, clock);
        this.comparison = new ComparisonRepository(database, clock);
        this.swot = new SwotRepository(database, clock);
        this.campaigns = new CampaignRepository(database, clock);
        this.salesPlans = new SalesPlanRepository(database, clock);
        this.clock = clock;
    }

    public PlanImport(Database database) {
        this(database, Clock.systemUTC());
    }

    /** The plan was made from the bundled sample: Reset sample may put the sample back over it. */
    public void markFromSample(UUID planId) {
        plans.markFromSample(planId);
    }

    /** Imports the plan under a free name based on its own. */
    public Plan asNewPlan(PlanData data) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        UUID planId = UUID.randomUUID();
        Map<UUID, UUID> newIds = new HashMap<>();
        List<Segment> newSegments = new ArrayList<>();
        for (int i = 0; i < data.segments().size(); i++) {
            newSegments.add(segment(data.segments().get(i), planId, newIds, now, "$.plan.segments[" + i + "]"));
        }
        List<ResearchNote> newNotes = new ArrayList<>();
        for (int i = 0; i < data.researchNotes().size(); i++) {
            newNotes.add(note(data.researchNotes().get(i), planId, newIds, now, "$.plan.researchNotes[" + i + "]"));
        }
        MarketSizing sizing = data.marketSizing() == null ? null : sizing(data.marketSizing(), planId, now);
        List<Comparison.Criterion> criteria = new ArrayList<>();
        for (int i = 0; i < data.criteria().size(); i++) {
            PlanData.CriterionData c = data.criteria().get(i);
            String path = "$.plan.criteria[" + i + "]";
            Comparison.weightProblem(c.weight()).ifPresent(m -> {
                throw new PlanFileProblem(path + ".weight", m);
            });
            criteria.add(new Comparison.Criterion(newId(c.id(), newIds), c.name(), c.weight()));
        }
        List<Competitor> profiles = new ArrayList<>();
        for (int i = 0; i < data.competitors().size(); i++) {
            profiles.add(competitor(data.competitors().get(i), planId, newIds, now, "$.plan.competitors[" + i + "]"));
        }
        List<SwotItem> items = new ArrayList<>();
        for (int i = 0; i < data.swot().size(); i++) {
            PlanData.SwotItemData d = data.swot().get(i);
            String path = "$.plan.swot[" + i + "]";
            SwotQuadrant quadrant = SwotQuadrant.fromCode(d.quadrant()).orElseThrow(() ->
                    new PlanFileProblem(path + ".quadrant", "expected strengths, weaknesses, opportunities or threats"));
            SwotItem item = new SwotItem(newId(d.id(), newIds), planId, quadrant, d.text(), 0, null, null, now, now);
            item.problem().ifPresent(p -> {
                throw new PlanFileProblem(path + "." + p.field(), p.getMessage());
            });
            items.add(item);
        }
        Month firstMonth = data.firstMonth() == null ? Month.JANUARY : Month.of(data.firstMonth());
        List<Campaign> newCampaigns = new ArrayList<>();
        for (int i = 0; i < data.campaigns().size(); i++) {
            newCampaigns.add(campaign(data.campaigns().get(i), planId, newIds, now, "$.plan.campaigns[" + i + "]"));
        }
        Map<UUID, List<UUID>> competitorsOfNote = new HashMap<>();
        return database.write(c -> {
            String name = plans.freeName(data.name());
            Plan plan = plans.insert(planId, new PlanDetails(name, data.description(), data.currency(), firstMonth), now, now);
            segments.insertAll(newSegments);
            notes.insertAll(newNotes);
            if (sizing != null) {
                sizings.save(sizing);
            }
            for (Comparison.Criterion criterion : criteria) {
                comparison.saveCriterion(planId, criterion);
            }
            for (int i = 0; i < profiles.size(); i++) {
                Competitor profile = competitors.save(profiles.get(i));
                PlanData.CompetitorData d = data.competitors().get(i);
                for (Map.Entry<UUID, Integer> score : (d.scores() == null ? Map.<UUID, Integer>of() : d.scores()).entrySet()) {
                    UUID criterion = newIds.get(score.getKey());
                    if (criterion == null) {
                        throw new PlanFileProblem("$.plan.competitors[" + i + "].scores", "no criterion has the id " + score.getKey());
                    }
                    try {
                        comparison.setScore(profile.id(), criterion, score.getValue());
                    } catch (InvalidInput bad) {
                        throw new PlanFileProblem("$.plan.competitors[" + i + "].scores." + score.getKey(), bad.getMessage());
                    }
                }
                List<UUID> notes = new ArrayList<>();
                for (UUID note : d.researchNotes() == null ? List.<UUID>of() : d.researchNotes()) {
                    UUID mapped = newIds.get(note);
                    if (mapped == null) {
                        throw new PlanFileProblem("$.plan.competitors[" + i + "].researchNotes", "no research note has the id " + note);
                    }
                    notes.add(mapped);
                }
                for (UUID note : notes) {
                    competitorsOfNote.computeIfAbsent(note, k -> new ArrayList<>()).add(profile.id());
                }
            }
            for (Map.Entry<UUID, List<UUID>> link : competitorsOfNote.entrySet()) {
                competitors.linkNote(link.getKey(), link.getValue());
            }
            for (SwotItem item : items) {
                swot.save(item);
            }
            campaigns.channels(planId);
            campaigns.insertAll(newCampaigns);
            for (int i = 0; i < data.salesPlans().size(); i++) {
                SalesPlanImport.add(salesPlans, data.salesPlans().get(i), planId, newIds, now, "$.plan.salesPlans[" + i + "]");
            }
            return plan;
        });
    }

    private static Segment segment(PlanData.SegmentData s, UUID planId, Map<UUID, UUID> newIds, Instant now, String path) {
        UUID id = newId(s.id(), newIds);
        Segment segment = new Segment(id, planId, s.name(), s.description(), s.buyers(), s.spendPerBuyerMinor(), s.growthPercent(),
                s.attractiveness(), s.targeted(), s.positioning(), now, now);
        return checked(segment.problems(), path, segment);
    }

    private static ResearchNote note(PlanData.ResearchNoteData n, UUID planId, Map<UUID, UUID> newIds, Instant now, String path) {
        Aspect aspect = Aspect.fromCode(n.aspect()).orElseThrow(() ->
                new PlanFileProblem(path + ".aspect", "unknown aspect \"" + n.aspect() + "\""));
        Confidence confidence = n.confidence() == null ? Confidence.MEDIUM : Confidence.fromCode(n.confidence()).orElseThrow(() ->
                new PlanFileProblem(path + ".confidence", "expected low, medium or high"));
        UUID segment = null;
        if (n.segmentId() != null) {
            segment = newIds.get(n.segmentId());
            if (segment == null) {
                throw new PlanFileProblem(path + ".segmentId", "no segment in this file has the id " + n.segmentId());
            }
        }
        ResearchNote note = new ResearchNote(newId(n.id(), newIds), planId, n.title(), n.body(), aspect, n.tags(), n.source(),
                n.evidenceDate(), confidence, n.pinned(), segment, now, now);
        return checked(note.problems(), path, note);
    }

    private static Competitor competitor(PlanData.CompetitorData d, UUID planId, Map<UUID, UUID> newIds, Instant now, String path) {
        ThreatLevel threat = d.threat() == null ? ThreatLevel.MEDIUM : ThreatLevel.fromCode(d.threat()).orElseThrow(() ->
                new PlanFileProblem(path + ".threat", "expected low, medium or high"));
        List<UUID> segments = new ArrayList<>();
        for (UUID segment : d.targetSegments() == null ? List.<UUID>of() : d.targetSegments()) {
            UUID mapped = newIds.get(segment);
            if (mapped == null) {
                throw new PlanFileProblem(path + ".targetSegments", "no segment in this file has the id " + segment);
            }
            segments.add(mapped);
        }
        Competitor competitor = new Competitor(newId(d.id(), newIds), planId, d.own(), d.name(), d.website(), d.offer(), d.priceLevel(),
                d.channels(), segments, d.strengths(), d.weaknesses(), d.positioning(), threat, d.sharePercent(), d.lastReviewed(),
                d.notes(), now, now);
        return checked(competitor.problems(), path, competitor);
    }

    private static Campaign campaign(PlanData.CampaignData d, UUID planId, Map<UUID, UUID> newIds, Instant now, String path) {
        CampaignStatus status = d.status() == null ? CampaignStatus.PLANNED : CampaignStatus.fromCode(d.status()).orElseThrow(() ->
                new PlanFileProblem(path + ".status", "expected idea, planned, running, done or cancelled"));
        UUID segment = null;
        if (d.segmentId() != null) {
            segment = newIds.get(d.segmentId());
            if (segment == null) {
                throw new PlanFileProblem(path + ".segmentId", "no segment in this file has the id " + d.segmentId());
            }
        }
        Recurrence recurrence = null;
        if (d.repeat() != null) {
            Recurrence.Frequency frequency;
            try {
                frequency = Recurrence.Frequency.valueOf(d.repeat().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                throw new PlanFileProblem(path + ".repeat", "expected weekly or monthly");
            }
            recurrence = new Recurrence(frequency, d.repeatInterval() == null ? 1 : d.repeatInterval(), d.repeatUntil(),
                    d.repeatSkipped());
        }
        Campaign campaign = new Campaign(newId(d.id(), newIds), planId, d.name(), d.channel(), d.start(), d.end(), status, d.owner(),
                d.role(), d.plannedMinor(), d.spentMinor(), d.expectedLeads(), d.actualLeads(), segment, d.notes(), d.link(), recurrence,
                now, now);
        return checked(campaign.problems(), path, campaign);
    }

    private static MarketSizing sizing(PlanData.MarketSizingData s, UUID planId, Instant now) {
        MarketSizing.Method method;
        try {
            method = s.method() == null ? MarketSizing.Method.TOP_DOWN : MarketSizing.Method.fromCode(s.method());
        } catch (IllegalArgumentException unknown) {
            throw new PlanFileProblem("$.plan.marketSizing.method", "expected top-down or bottom-up");
        }
        MarketSizing sizing = new MarketSizing(planId, method, s.tamMinor(), s.samMinor(), s.somMinor(), s.sharePercent(),
                s.growthPercent(), figure(s.first()), figure(s.second()), now);
        return checked(sizing.problems(), "$.plan.marketSizing", sizing);
    }

    private static MarketSizing.DatedFigure figure(PlanData.DatedFigureData f) {
        return f == null || f.date() == null ? null : new MarketSizing.DatedFigure(f.date(), f.valueMinor());
    }

    static UUID newId(UUID old, Map<UUID, UUID> newIds) {
        UUID fresh = UUID.randomUUID();
        if (old != null) {
            newIds.put(old, fresh);
        }
        return fresh;
    }

    static <T> T checked(List<InvalidInput> problems, String path, T value) {
        if (!problems.isEmpty()) {
            InvalidInput first = problems.get(0);
            throw new PlanFileProblem(path + "." + first.field(), first.getMessage());
        }
        return value;
    }
}
