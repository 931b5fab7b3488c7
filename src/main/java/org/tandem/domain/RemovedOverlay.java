package org.tandem.domain;

import java.util.List;
import java.util.UUID;

/** An imported calendar taken away, with its events: what an undo puts back. */
public record RemovedOverlay(UUID planId, OverlayCalendar overlay, List<OverlayEvent> events) {
}
