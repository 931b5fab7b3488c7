package org.tandem.domain;

import java.util.Locale;
import java.util.UUID;

/**
 * What the calendar, the agenda and the budget panel show: each part is either null (any) or must
 * match. Text matches name, notes, owner and channel, ignoring case.
 */
public record CampaignFilter(String channel, CampaignStatus status, String role, String owner, UUID segmentId, String text) {
    public static final CampaignFilter ANY = new CampaignFilter(null, null, null, null, null, "");

    public CampaignFilter {
        text = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }

    public boolean isAny() {
        return channel == null && status == null && role == null && owner == null && segmentId == null && text.isEmpty();
    }

    public boolean matches(Campaign c) {
        return (channel == null || channel.equalsIgnoreCase(c.channel()))
                && (status == null || status == c.status())
                && (role == null || role.equals(c.role()))
                && (owner == null || owner.equalsIgnoreCase(c.owner()))
                && (segmentId == null || segmentId.equals(c.segmentId()))
                && (text.isEmpty() || contains(c.name()) || contains(c.notes()) || contains(c.owner()) || contains(c.channel()));
    }

    private boolean contains(String field) {
        return field.toLowerCase(Locale.ROOT).contains(text);
    }
}
