package org.tandem.domain;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A deleted competitor profile with its scores (by criterion) and note links: what an undo puts back. */
public record DeletedCompetitor(Competitor competitor, Map<UUID, Integer> scores, List<UUID> linkedNotes) {
}
