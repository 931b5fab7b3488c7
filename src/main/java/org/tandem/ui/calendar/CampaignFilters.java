package org.tandem.ui.calendar;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.tandem.domain.CampaignFilter;
import org.tandem.domain.CampaignStatus;
import org.tandem.domain.Segment;

import java.util.List;

/**
 * The filters shared by every calendar view, the agenda, the budget tab and export: channel,
 * status, role, owner, segment and text. Any change runs the given action (the calendar filters again).
 */
public final class CampaignFilters {
    private final StringProperty channel = new SimpleStringProperty(this, "channel");
    private final ObjectProperty<CampaignStatus> status = new SimpleObjectProperty<>(this, "status");
    private final StringProperty role = new SimpleStringProperty(this, "role");
    private final StringProperty owner = new SimpleStringProperty(this, "owner");
    private final ObjectProperty<Segment> segment = new SimpleObjectProperty<>(this, "segment");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");

    CampaignFilters(Runnable changed) {
        List.of(channel, role, owner, text).forEach(p -> p.addListener((o, was, now) -> changed.run()));
        status.addListener((o, was, now) -> changed.run());
        segment.addListener((o, was, now) -> changed.run());
    }

    /** The filters as they stand, to match campaigns against. */
    CampaignFilter current() {
        return new CampaignFilter(channel.get(), status.get(), role.get(), owner.get(), segment.get() == null ? null : segment.get().id(),
                text.get());
    }

    public void clear() {
        channel.set(null);
        status.set(null);
        role.set(null);
        owner.set(null);
        segment.set(null);
        text.set("");
    }

    public StringProperty channelProperty() {
        return channel;
    }

    public ObjectProperty<CampaignStatus> statusProperty() {
        return status;
    }

    public StringProperty roleProperty() {
        return role;
    }

    public StringProperty ownerProperty() {
        return owner;
    }

    public ObjectProperty<Segment> segmentProperty() {
        return segment;
    }

    public StringProperty textProperty() {
        return text;
    }
}
