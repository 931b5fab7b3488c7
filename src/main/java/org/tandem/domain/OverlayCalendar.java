package org.tandem.domain;

import java.util.UUID;

/** A calendar imported from an .ics file, shown read-only beside the campaigns (or hidden). */
public record OverlayCalendar(UUID id, String name, boolean shown) {
}
