package org.tandem.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A note as the list shows it; {@code snippet} holds matched words between the match marks, or is empty. */
public record NoteSummary(UUID id, String title, Aspect aspect, List<String> tags, String source, boolean pinned,
                          LocalDate evidenceDate, Instant updatedAt, String snippet) {
    /** Marks a matched word in a search snippet: start and end. Control characters never typed into notes. */
    public static final char MATCH_START = '\u0002';
    public static final char MATCH_END = '\u0003';
}
