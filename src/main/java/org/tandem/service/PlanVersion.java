package org.tandem.service;

import org.tandem.store.Revision;

import java.time.Instant;

/** A kept version of a plan as the history lists it. */
public record PlanVersion(String id, String kind, String name, Instant createdAt) {
    /** The version in words: "Exported", "Before merging …", or the user's name for it. */
    public String title() {
        if (!name.isEmpty()) {
            return name;
        }
        return switch (kind) {
            case Revision.EXPORT -> "Exported";
            case Revision.IMPORT -> "Imported";
            default -> kind;
        };
    }
}
