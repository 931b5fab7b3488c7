package org.tandem.store;

/** An entity deleted from a plan: it travels in plan files so a merge does not bring it back. */
public record PlanTombstone(String id, String section, String deletedAt) {
}
