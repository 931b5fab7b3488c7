package org.tandem.domain;

import java.time.LocalDate;

/** A day or days from an imported calendar (a public holiday, a trade show): read-only, all-day, end inclusive. */
public record OverlayEvent(String uid, String title, LocalDate start, LocalDate end) {
}
