package org.tandem.domain;

import java.text.NumberFormat;
import java.util.Locale;

/** Sales-plan figures as the screens and reports write them. */
public final class SalesText {
    private SalesText() {
    }

    /** Grouped, up to two decimals: "48,000", "12.5". */
    public static String figure(double value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(Math.abs(value) >= 100 ? 0 : 2);
        return format.format(value);
    }

    /** A figure or "-" with nothing else (the reason goes in a tooltip or beside it). */
    public static String figure(Figure figure, Locale locale) {
        return figure.text(v -> figure(v, locale));
    }

    public static String percent(Figure figure, Locale locale) {
        return figure.text(v -> percent(v, locale));
    }

    /** One decimal at most: "85 %", "-15.2 %". */
    public static String percent(double value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(value) + " %";
    }

    /** A figure, or "-" followed by why: "- (no average deal size yet)". */
    public static String explained(Figure figure, Locale locale) {
        return figure.known() ? figure(figure.value(), locale) : Figure.DASH + " (" + figure.reason() + ")";
    }
}
