package org.tandem.ui.common;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;

/**
 * Binds a choice control to a view-model value so that only a user's pick reaches the view model.
 * A bidirectional binding also hands on what the control does by itself: when its items are
 * replaced (another plan's channels, segments read again) it drops a value it no longer lists and
 * the view model would save that empty choice. Here the control follows the view model, and the
 * view model hears only a value the control lists (what a user can pick); after its items change
 * the control shows the view model's value again.
 */
public final class Picks {
    private Picks() {
    }

    public static <T> void bind(ComboBox<T> box, Property<T> value) {
        bind(box.valueProperty(), box.itemsProperty(), value);
    }

    public static <T> void bind(ChoiceBox<T> box, Property<T> value) {
        bind(box.valueProperty(), box.itemsProperty(), value);
    }

    private static <T> void bind(ObjectProperty<T> shown, ObjectProperty<ObservableList<T>> items, Property<T> value) {
        boolean[] updating = {false};
        Runnable follow = () -> {
            updating[0] = true;
            try {
                shown.set(value.getValue());
            } finally {
                updating[0] = false;
            }
        };
        value.addListener((o, was, now) -> {
            if (!updating[0]) {
                follow.run();
            }
        });
        shown.addListener((o, was, now) -> {
            if (updating[0]) {
                return;
            }
            ObservableList<T> listed = items.get();
            if (listed != null && listed.contains(now)) {
                updating[0] = true;
                try {
                    value.setValue(now);
                } finally {
                    updating[0] = false;
                }
            }
        });
        // a combo's popup list clears the value again after the items change has been told to everyone (a campaign's
        // channel went blank after a section round trip reloaded the channels): show the value again afterwards too
        ListChangeListener<T> itemsChanged = c -> {
            follow.run();
            javafx.application.Platform.runLater(() -> {
                if (!java.util.Objects.equals(shown.get(), value.getValue())) {
                    follow.run();
                }
            });
        };
        if (items.get() != null) {
            items.get().addListener(itemsChanged);
        }
        items.addListener((o, was, now) -> {
            if (was != null) {
                was.removeListener(itemsChanged);
            }
            if (now != null) {
                now.addListener(itemsChanged);
            }
            follow.run();
        });
        follow.run();
    }
}
