package org.tandem.service;

import org.tandem.domain.DeletedCompetitor;
import org.tandem.domain.Comparison;
import org.tandem.domain.Competitor;
import org.tandem.domain.Plan;
import org.tandem.domain.Segment;
import org.tandem.domain.SwotItem;
import org.tandem.domain.SwotQuadrant;
import org.tandem.store.ComparisonRepository;
import org.tandem.store.CompetitorRepository;
import org.tandem.store.SegmentRepository;
import org.tandem.store.SwotRepository;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** What the competitors screen asks of the store. Called off the FX thread. */
public class CompetitorService {
    private final CompetitorRepository competitors;
    private final SegmentRepository segments;
    private final ComparisonRepository comparison;
    private final SwotRepository swot;

    public CompetitorService(CompetitorRepository competitors, SegmentRepository segments, ComparisonRepository comparison,
                             SwotRepository swot) {
        this.competitors = competitors;
        this.segments = segments;
        this.comparison = comparison;
        this.swot = swot;
    }

    public List<SwotItem> swot(UUID planId) {
        return swot.list(planId);
    }

    public SwotItem saveSwotItem(SwotItem item) {
        return swot.save(item);
    }

    public void moveSwotItem(UUID id, SwotQuadrant to, int position) {
        swot.move(id, to, position);
    }

    public Optional<SwotItem> deleteSwotItem(UUID id) {
        return swot.delete(id);
    }

    /** The matrix: profiles (our business made on first use), criteria in order, and scores. */
    public Matrix matrix(Plan plan) {
        competitors.ownBusiness(plan.id(), plan.name());
        return new Matrix(competitors.list(plan.id()), comparison.criteria(plan.id()), comparison.scores(plan.id()));
    }

    public record Matrix(List<Competitor> competitors, List<Comparison.Criterion> criteria, Map<UUID, Map<UUID, Integer>> scores) {
        /** The scores as maps a view can change while edits travel to the store. */
        public Map<UUID, Map<UUID, Integer>> editableScores() {
            Map<UUID, Map<UUID, Integer>> copy = new java.util.HashMap<>();
            scores.forEach((row, byCriterion) -> copy.put(row, new java.util.HashMap<>(byCriterion)));
            return copy;
        }
    }

    public void setScore(UUID competitorId, UUID criterionId, Integer score) {
        comparison.setScore(competitorId, criterionId, score);
    }

    public Comparison.Criterion saveCriterion(UUID planId, Comparison.Criterion criterion) {
        return comparison.saveCriterion(planId, criterion);
    }

    public void deleteCriterion(UUID id) {
        comparison.deleteCriterion(id);
    }

    public void reorderProfiles(UUID planId, List<UUID> order) {
        competitors.reorder(planId, order);
    }

    public void reorderCriteria(UUID planId, List<UUID> order) {
        comparison.reorderCriteria(planId, order);
    }

    /** The plan's profiles (our business made on first use) and its segments. */
    public Profiles profiles(Plan plan) {
        competitors.ownBusiness(plan.id(), plan.name());
        return new Profiles(competitors.list(plan.id()), segments.list(plan.id()));
    }

    public record Profiles(List<Competitor> competitors, List<Segment> segments) {
    }

    public List<UUID> search(UUID planId, String text) {
        return competitors.search(planId, text);
    }

    public Competitor save(Competitor competitor) {
        return competitors.save(competitor);
    }

    public boolean nameUsed(UUID planId, String name, UUID except) {
        return competitors.nameUsed(planId, name, except);
    }

    public Optional<DeletedCompetitor> delete(UUID id) {
        return competitors.delete(id);
    }

    public void restore(DeletedCompetitor deleted) {
        competitors.restore(deleted);
    }

    public List<Map.Entry<UUID, String>> linkedNotes(UUID competitorId) {
        return competitors.linkedNotes(competitorId);
    }
}
