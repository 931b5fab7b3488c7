package org.tandem.ui.calendar;

import javafx.beans.property.Property;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import org.tandem.domain.CampaignStatus;
import org.tandem.domain.Channel;
import org.tandem.domain.Segment;

import java.util.function.Function;

/** The calendar's filter boxes, each bound both ways to its filter; a box's first item means "any". */
final class FilterBoxes {
    static final String ALL_CHANNELS = "All channels";
    static final String ALL_STATUSES = "All statuses";
    static final String ALL_ROLES = "Both roles";
    static final String ALL_OWNERS = "All owners";
    static final String ALL_SEGMENTS = "All segments";

    private FilterBoxes() {
    }

    static void bind(CalendarViewModel calendar, ComboBox<String> channelFilter, ComboBox<String> statusFilter, ComboBox<String> roleFilter,
                     ComboBox<String> ownerFilter, ComboBox<String> segmentFilter, TextField textFilter) {
        filter(channelFilter, ALL_CHANNELS, calendar.filters().channelProperty(), s -> s, s -> s);
        Runnable channelItems = () -> {
            String was = channelFilter.getValue();
            channelFilter.getItems().setAll(ALL_CHANNELS);
            calendar.channels().forEach(c -> channelFilter.getItems().add(c.name()));
            channelFilter.setValue(was != null && channelFilter.getItems().contains(was) ? was : ALL_CHANNELS);
        };
        calendar.channels().addListener((ListChangeListener<Channel>) c -> channelItems.run());
        channelItems.run();

        statusFilter.getItems().setAll(ALL_STATUSES);
        for (CampaignStatus s : CampaignStatus.values()) {
            statusFilter.getItems().add(s.label());
        }
        filter(statusFilter, ALL_STATUSES, calendar.filters().statusProperty(), CampaignStatus::label,
                label -> java.util.Arrays.stream(CampaignStatus.values()).filter(s -> s.label().equals(label)).findFirst().orElse(null));
        roleFilter.getItems().setAll(ALL_ROLES, "Marketing", "Sales");
        filter(roleFilter, ALL_ROLES, calendar.filters().roleProperty(), r -> r.substring(0, 1).toUpperCase() + r.substring(1),
                label -> label.toLowerCase(java.util.Locale.ROOT));
        Runnable ownerItems = () -> {
            String was = ownerFilter.getValue();
            ownerFilter.getItems().setAll(ALL_OWNERS);
            ownerFilter.getItems().addAll(calendar.owners());
            ownerFilter.setValue(was != null && ownerFilter.getItems().contains(was) ? was : ALL_OWNERS);
        };
        calendar.owners().addListener((ListChangeListener<String>) c -> ownerItems.run());
        ownerItems.run();
        filter(ownerFilter, ALL_OWNERS, calendar.filters().ownerProperty(), s -> s, s -> s);
        Runnable segmentItems = () -> {
            String was = segmentFilter.getValue();
            segmentFilter.getItems().setAll(ALL_SEGMENTS);
            calendar.segments().forEach(s -> segmentFilter.getItems().add(s.name()));
            segmentFilter.setValue(was != null && segmentFilter.getItems().contains(was) ? was : ALL_SEGMENTS);
        };
        calendar.segments().addListener((ListChangeListener<Segment>) c -> segmentItems.run());
        segmentItems.run();
        filter(segmentFilter, ALL_SEGMENTS, calendar.filters().segmentProperty(), Segment::name,
                name -> calendar.segments().stream().filter(s -> s.name().equals(name)).findFirst().orElse(null));
        textFilter.textProperty().bindBidirectional(calendar.filters().textProperty());
    }

    /** A filter box: its first item means "any" (null in the view model). */
    private static <T> void filter(ComboBox<String> box, String any, Property<T> property, Function<T, String> label, Function<String, T> value) {
        if (box.getItems().isEmpty()) {
            box.getItems().add(any);
        }
        box.setValue(property.getValue() == null ? any : label.apply(property.getValue()));
        box.valueProperty().addListener((o, was, now) -> {
            T chosen = now == null || now.equals(any) ? null : value.apply(now);
            if (!java.util.Objects.equals(property.getValue(), chosen)) {
                property.setValue(chosen);
            }
        });
        property.addListener((o, was, now) -> {
            String shown = now == null ? any : label.apply(now);
            if (!shown.equals(box.getValue())) {
                box.setValue(shown);
            }
        });
    }
}
