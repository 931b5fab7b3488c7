package org.tandem.domain;

/** How an objective stands against its pro-rata target. */
public enum ObjectiveStatus {
    ON_TRACK("On track"), AT_RISK("At risk"), OFF_TRACK("Off track");

    private final String label;

    ObjectiveStatus(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
