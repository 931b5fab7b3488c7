package org.tandem.service;

import org.tandem.domain.NoteSort;
import org.tandem.domain.NoteSummary;
import org.tandem.domain.DeletedSegment;
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
    /** Most search results a key press brings; more than that and the user should type more. */
    public static final int SEARCH_LIMIT = 200;
    /** Most notes the list shows unsearched; filters, sorting and search reach the rest. */
    public static final int LIST_LIMIT = 1_000;

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

    /** Only the notes that match typed text (no counts or tags): what each key press costs. */
    public List<NoteSummary> search(UUID planId, String text, Aspect aspect, String tag) {
        return notes.search(planId, text, aspect, tag, SEARCH_LIMIT);
    }

    /** The list without a search: up to {@link #LIST_LIMIT} notes, how many there are and counts per aspect. */
    public NotePage page(UUID planId, Aspect aspect, String tag, NoteSort sort) {
        return new NotePage(notes.list(planId, aspect, tag, sort, LIST_LIMIT), notes.count(planId, aspect, tag),
                notes.countsByAspect(planId));
    }

    /** One refresh of the list: the notes, how many match in all, and how many per aspect. */
    public record NotePage(List<NoteSummary> notes, int total, Map<Aspect, Integer> counts) {
    }

    /** The tags in use: read after the list shows, as it walks every note. */
    public List<String> tags(UUID planId) {
        return notes.tags(planId);
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

    public Optional<DeletedSegment> deleteSegment(UUID id) {
        return segments.delete(id);
    }

    public void restoreSegment(DeletedSegment deleted) {
        segments.restore(deleted);
    }
}
