package org.tandem.ui.calendar;

import com.calendarfx.model.Entry;

import java.time.LocalDate;

/**
 * A month-view entry with a one-label skin. CalendarFX's own skin builds icons, a time label and
 * shapes for every entry on every day it covers; an all-day campaign needs only its title, and
 * at a few hundred entries a month the difference is seconds.
 */
final class LightMonthEntry extends com.calendarfx.view.MonthEntryView {
    LightMonthEntry(Entry<?> entry) {
        super(entry);
        getStyleClass().add("light-month-entry");
    }

    @Override
    protected javafx.scene.control.Skin<?> createDefaultSkin() {
        return new javafx.scene.control.SkinBase<>(this) {
            {
                javafx.scene.control.Label title = new javafx.scene.control.Label();
                // like a bar: the title on the first day and where a week row starts, not in every cell
                title.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
                    LocalDate day = getStartDate();
                    boolean lead = day == null || day.equals(getEntry().getStartDate())
                            || getDateControl() != null && day.getDayOfWeek() == getDateControl().getFirstDayOfWeek();
                    return lead ? getEntry().getTitle() : "";
                }, getEntry().titleProperty(), startDateProperty(), dateControlProperty()));
                title.setMinWidth(0);
                title.getStyleClass().add("light-month-entry-title");
                getChildren().add(title);
            }
        };
    }
}
