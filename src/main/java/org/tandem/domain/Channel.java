package org.tandem.domain;

import java.util.UUID;

/** A marketing channel of a plan (content, email, events...) with the colour its campaigns are drawn in. */
public record Channel(UUID id, String name, String colour) {
}
