package org.tandem.ui.research;

import org.tandem.domain.Aspect;
import org.tandem.domain.MarketSizing;
import org.tandem.domain.ResearchNote;
import org.tandem.domain.Segment;
import org.tandem.store.MarketSizingRepository;
import org.tandem.store.ResearchNoteRepository;
import org.tandem.store.SegmentRepository;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** What the research screen asks of the store. Called off the FX thread. */
public class ResearchService {
    static final int SEARCH_LIMIT = 500;

    private final ResearchNoteRepository notes;
    private final SegmentRepository segments;
    private final MarketSizingRepository sizings;

    public ResearchService(ResearchNoteRepository notes, SegmentRepository segments, MarketSizingRepository sizings) {
        this.notes = notes;
        this.segments = segments;
        this.sizings = sizings;
    }

    public MarketSizing sizing(UUID planId) {
        return sizings.find(planId);
    }

    public MarketSizing saveSizing(MarketSizing sizing) {
        return sizings.save(sizing);
    }

    /** The notes the list shows: searched when there is text, else listed; with counts and tags. */
    public NotePage page(UUID planId, Aspect aspect, String tag, String search, ResearchNoteRepository.Sort sort) {
        List<ResearchNoteRepository.Summary> found = search == null || search.isBlank()
                ? notes.list(planId, aspect, tag, sort)
                : notes.search(planId, search, aspect, tag, SEARCH_LIMIT);
        return new NotePage(found, notes.countsByAspect(planId), notes.tags(planId));
    }

    /** One refresh of the list: the notes, how many per aspect, and the tags in use. */
    public record NotePage(List<ResearchNoteRepository.Summary> notes, Map<Aspect, Integer> counts, List<String> tags) {
    }

    public Optional<ResearchNote> note(UUID id) {
        return notes.find(id);
    }

    public ResearchNote save(ResearchNote note) {
        return notes.save(note);
    }

    public Optional<ResearchNote> delete(UUID id) {
        return notes.delete(id);
    }

    public void restore(ResearchNote note) {
        notes.insertAll(List.of(note));
    }

    public void addAll(List<ResearchNote> added) {
        notes.insertAll(added);
    }

    public List<Segment> segments(UUID planId) {
        return segments.list(planId);
    }

    public Segment saveSegment(Segment segment) {
        return segments.save(segment);
    }

    public List<String> segmentUsages(UUID id) {
        return segments.usages(id);
    }

    public Optional<SegmentRepository.Deleted> deleteSegment(UUID id) {
        return segments.delete(id);
    }

    public void restoreSegment(SegmentRepository.Deleted deleted) {
        segments.restore(deleted);
    }
}
