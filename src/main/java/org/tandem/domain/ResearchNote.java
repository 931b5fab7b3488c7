package org.tandem.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** What the planner knows about the market, one finding at a time. */
public record ResearchNote(UUID id, UUID planId, String title, String body, Aspect aspect, List<String> tags,
                           String source, LocalDate evidenceDate, Confidence confidence, boolean pinned,
                           UUID segmentId, Instant createdAt, Instant updatedAt) {
    public static final int MAX_TITLE_LENGTH = 200;
    /** Bodies are plain text up to 1 MB (UTF-8 bytes). */
    public static final int MAX_BODY_BYTES = 1024 * 1024;

    public ResearchNote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(aspect, "aspect");
        title = title == null ? "" : title.strip();
        body = body == null ? "" : body;
        tags = Tags.normalise(tags == null ? List.of() : tags);
        source = source == null ? "" : source.strip();
        confidence = confidence == null ? Confidence.MEDIUM : confidence;
    }

    /** A new, empty note of an aspect, pre-filled with that aspect's headings. */
    public static ResearchNote fromTemplate(UUID planId, Aspect aspect, String title, Instant now) {
        return new ResearchNote(UUID.randomUUID(), planId, title, aspect.template(), aspect, List.of(), "", null,
                Confidence.MEDIUM, false, null, now, now);
    }

    public List<InvalidInput> problems() {
        List<InvalidInput> found = new ArrayList<>();
        if (title.isEmpty()) {
            found.add(new InvalidInput("title", "Give the note a title."));
        } else if (title.codePointCount(0, title.length()) > MAX_TITLE_LENGTH) {
            found.add(new InvalidInput("title", "A title can be at most " + MAX_TITLE_LENGTH + " characters."));
        }
        if (body.getBytes(StandardCharsets.UTF_8).length > MAX_BODY_BYTES) {
            found.add(new InvalidInput("body", "A note can hold at most 1 MB of text; split it into several notes."));
        }
        // a NUL ends the text for search and for most programs reading it: refused, with the field it is in
        for (String[] field : new String[][]{{"title", title}, {"body", body}, {"source", source}, {"tags", String.join(",", tags)}}) {
            if (field[1] != null && field[1].indexOf('\0') >= 0) {
                found.add(new InvalidInput(field[0], "Holds a NUL character (an invisible control code, often from a pasted"
                        + " binary file), which search cannot read past: remove it."));
            }
        }
        for (String tag : tags) {
            if (tag.codePointCount(0, tag.length()) > Tags.MAX_LENGTH) {
                found.add(new InvalidInput("tags", "A tag can be at most " + Tags.MAX_LENGTH + " characters: \"" + tag + "\"."));
                break;
            }
        }
        return found;
    }

    public ResearchNote requireValid() {
        List<InvalidInput> found = problems();
        if (!found.isEmpty()) {
            throw found.get(0);
        }
        return this;
    }

    /** Whether the source is a web address that can be opened in a browser. */
    public boolean sourceIsUrl() {
        return source.matches("(?i)https?://\\S+");
    }
}
