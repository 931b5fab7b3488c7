package org.tandem.ui.calendar;

import java.time.LocalDate;
import java.util.Locale;

/** How the calendar writes dates for people. */
final class CalendarText {
    static final String OTHER_COLOUR = "#6E7781";
    /** Sales activities (from the sales plan) share one colour, whatever their channel. */
    static final String SALES_COLOUR = org.tandem.domain.ChannelPalette.SALES;

    private CalendarText() {
    }

    static String day(LocalDate date, Locale locale) {
        return org.tandem.domain.DateText.show(date); // one form of date across the app
    }

    static String range(LocalDate start, LocalDate end, Locale locale) {
        return org.tandem.domain.DateText.range(start, end);
    }
}
