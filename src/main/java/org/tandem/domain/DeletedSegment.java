package org.tandem.domain;

import java.util.List;
import java.util.UUID;

/** A deleted segment and the notes that linked to it: what an undo puts back. */
public record DeletedSegment(Segment segment, List<UUID> linkedNotes) {
}
