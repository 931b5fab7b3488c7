package org.tandem.ui.calendar;

import javafx.beans.property.Property;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
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
        follow(channelFilter, ALL_CHANNELS, calendar.channels(), Channel::name);

        statusFilter.getItems().setAll(ALL_STATUSES);
        for (CampaignStatus s : CampaignStatus.values()) {
            statusFilter.getItems().add(s.label());
        }
        filter(statusFilter, ALL_STATUSES, calendar.filters().statusProperty(), CampaignStatus::label,
                label -> java.util.Arrays.stream(CampaignStatus.values()).filter(s -> s.label().equals(label)).findFirst().orElse(null));
        roleFilter.getItems().setAll(ALL_ROLES, "Marketing", "Sales");
        filter(roleFilter, ALL_ROLES, calendar.filters().roleProperty(), r -> r.substring(0, 1).toUpperCase() + r.substring(1),
                label -> label.toLowerCase(java.util.Locale.ROOT));
        follow(ownerFilter, ALL_OWNERS, calendar.owners(), o -> o);
        filter(ownerFilter, ALL_OWNERS, calendar.filters().ownerProperty(), s -> s, s -> s);
        follow(segmentFilter, ALL_SEGMENTS, calendar.segments(), Segment::name);
        filter(segmentFilter, ALL_SEGMENTS, calendar.filters().segmentProperty(), Segment::name,
                name -> calendar.segments().stream().filter(s -> s.name().equals(name)).findFirst().orElse(null));
        textFilter.textProperty().bindBidirectional(calendar.filters().textProperty());
    }

    /** A box lists "any" and then the names of {@code items}, as they change; its choice stays while it is still listed. */
    private static <T> void follow(ComboBox<String> box, String any, ObservableList<T> items, Function<T, String> name) {
        Runnable refill = () -> {
            String was = box.getValue();
            box.getItems().setAll(any);
            items.forEach(item -> box.getItems().add(name.apply(item)));
            box.setValue(was != null && box.getItems().contains(was) ? was : any);
        };
        items.addListener((ListChangeListener<T>) c -> refill.run());
        refill.run();
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
