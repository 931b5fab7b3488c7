package org.tandem.domain;

import java.util.Locale;
import java.util.Optional;

/** Where a campaign stands. */
public enum CampaignStatus {
    IDEA, PLANNED, RUNNING, DONE, CANCELLED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }

    public static Optional<CampaignStatus> fromCode(String code) {
        for (CampaignStatus s : values()) {
            if (s.code().equals(code)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return label();
    }
}
