package org.tandem.domain;

/** A line of a dashboard list (a campaign running, a milestone due, a review due) and what it opens. */
public record StatusItem(String title, String detail, Destination opens) {
}
