package org.tandem.domain;

/**
 * One figure of the dashboard: a stable key (for scripts), what it is, its value as shown, the
 * number behind it, how it was worked out, and where it comes from.
 *
 * @param key a stable dotted name ("funnel.leadsNeeded") used by {@code tandem status --json}
 * @param value the number (unknown when it cannot be worked out); money in major units
 */
public record StatusFigure(String key, String label, String shown, Figure value, Explanation explanation, Destination opens) {
}
