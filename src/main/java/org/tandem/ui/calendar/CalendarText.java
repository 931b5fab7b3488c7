package org.tandem.ui.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** How the calendar writes dates for people. */
final class CalendarText {
    static final String OTHER_COLOUR = "#6E7781";
    /** Sales activities (from the sales plan) share one colour, whatever their channel. */
    static final String SALES_COLOUR = "#0E7C86";

    private CalendarText() {
    }

    static String day(LocalDate date, Locale locale) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
    }

    static String range(LocalDate start, LocalDate end, Locale locale) {
        return start.equals(end) ? day(start, locale) : day(start, locale) + " - " + day(end, locale);
    }
}
