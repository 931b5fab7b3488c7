package org.tandem.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * Numbers as people type them in their locale ("7,200.50" in the UK, "7.200,50" in Germany), and
 * money between major units on screen and minor units in the store.
 */
public final class NumberText {
    /** Larger than any figure a plan can mean (in major units or a count): beyond it a number is a typing slip. */
    public static final double LARGEST = 1e15;

    private NumberText() {
    }

    /**
     * Why a figure cannot be stored: not a finite number (a file or a calculation gave NaN or
     * infinity) or past {@link #LARGEST}; empty when it can.
     */
    public static java.util.Optional<InvalidInput> unusable(Double value, String field, String what) {
        if (value == null) {
            return java.util.Optional.empty();
        }
        String named = what.substring(0, 1).toUpperCase(Locale.ROOT) + what.substring(1);
        if (!Double.isFinite(value)) {
            return java.util.Optional.of(new InvalidInput(field, named + " must be a number, not " + value + "."));
        }
        if (Math.abs(value) >= LARGEST) {
            return java.util.Optional.of(new InvalidInput(field, named + " is too large."));
        }
        return java.util.Optional.empty();
    }

    /** Parses the whole text as a number in the locale, or throws a message fit for the field. */
    public static BigDecimal parse(String text, Locale locale, String field, String what) {
        String trimmed = text == null ? "" : text.strip().replace("\u00a0", " ").replace(" ", "");
        if (trimmed.isEmpty()) {
            throw new InvalidInput(field, "Enter " + what + ".");
        }
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        format.setParseBigDecimal(true);
        ParsePosition position = new ParsePosition(0);
        Object parsed = format.parse(trimmed, position);
        // the format also reads "∞" and "NaN", as a Double: those are not numbers a plan can hold
        if (!(parsed instanceof BigDecimal number) || position.getIndex() != trimmed.length()) {
            throw new InvalidInput(field, "\"" + text.strip() + "\" is not a number.");
        }
        if (number.abs().compareTo(BigDecimal.valueOf(LARGEST)) >= 0) {
            throw new InvalidInput(field, "That number is too large.");
        }
        return number;
    }

    public static long wholeNumber(String text, Locale locale, String field, String what) {
        BigDecimal value = parse(text, locale, field, what);
        try {
            return value.longValueExact();
        } catch (ArithmeticException notWhole) {
            throw new InvalidInput(field, what.substring(0, 1).toUpperCase(Locale.ROOT) + what.substring(1) + " is a whole number.");
        }
    }

    /** Money typed in major units (pounds) to minor units (pence), for a currency with {@code digits} decimals. */
    public static long money(String text, Locale locale, int digits, String field, String what) {
        BigDecimal value = parse(text, locale, field, what);
        try {
            return value.movePointRight(digits).setScale(0, RoundingMode.HALF_UP).longValueExact();
        } catch (ArithmeticException tooLarge) {
            throw new InvalidInput(field, "That amount is too large.");
        }
    }

    public static String formatMoney(long minor, Locale locale, int digits) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(minor % pow10(digits) == 0 ? 0 : digits);
        format.setMaximumFractionDigits(digits);
        return format.format(BigDecimal.valueOf(minor).movePointLeft(digits));
    }

    /** Money always with the currency's decimals (446.45 and 386.00), so a column of amounts lines up. */
    public static String formatMoneyExact(long minor, Locale locale, int digits) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(BigDecimal.valueOf(minor).movePointLeft(digits));
    }

    public static String formatNumber(double value, Locale locale, int maxDecimals) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(maxDecimals);
        return format.format(value);
    }

    public static String formatWhole(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    static char decimalSeparator(Locale locale) {
        return DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
    }

    private static long pow10(int digits) {
        long p = 1;
        for (int i = 0; i < digits; i++) {
            p *= 10;
        }
        return p;
    }
}
