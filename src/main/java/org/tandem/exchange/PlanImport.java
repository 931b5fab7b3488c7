package org.tandem.exchange;

import org.tandem.domain.Aspect;
import org.tandem.domain.Confidence;
import org.tandem.domain.InvalidInput;
import org.tandem.domain.MarketSizing;
import org.tandem.domain.Plan;
import org.tandem.domain.PlanDetails;
import org.tandem.domain.ResearchNote;
import org.tandem.domain.Segment;
import org.tandem.store.Database;
import org.tandem.store.MarketSizingRepository;
import org.tandem.store.PlanRepository;
import org.tandem.store.ResearchNoteRepository;
import org.tandem.store.SegmentRepository;

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
    private final Clock clock;

    public PlanImport(Database database, Clock clock) {
        this.database = database;
        this.plans = new PlanRepository(database);
        this.segments = new SegmentRepository(database, clock);
        this.notes = new ResearchNoteRepository(database, clock);
        this.sizings = new MarketSizingRepository(database, clock);
        this.clock = clock;
    }

    public PlanImport(Database database) {
        this(database, Clock.systemUTC());
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
        Month firstMonth = data.firstMonth() == null ? Month.JANUARY : Month.of(data.firstMonth());
        return database.write(c -> {
            String name = plans.freeName(data.name());
            Plan plan = plans.insert(planId, new PlanDetails(name, data.description(), data.currency(), firstMonth), now, now);
            segments.insertAll(newSegments);
            notes.insertAll(newNotes);
            if (sizing != null) {
                sizings.save(sizing);
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

    private static UUID newId(UUID old, Map<UUID, UUID> newIds) {
        UUID fresh = UUID.randomUUID();
        if (old != null) {
            newIds.put(old, fresh);
        }
        return fresh;
    }

    private static <T> T checked(List<InvalidInput> problems, String path, T value) {
        if (!problems.isEmpty()) {
            InvalidInput first = problems.get(0);
            throw new PlanFileProblem(path + "." + first.field(), first.getMessage());
        }
        return value;
    }
}
