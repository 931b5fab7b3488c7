package org.tandem.domain;

import java.util.function.DoubleFunction;

/**
 * A figure of the sales plan, or the reason it cannot be computed (no deal size, a 0 % conversion
 * rate, a period not yet started). Never NaN or Infinity: those become a reason.
 */
public record Figure(double value, String reason) {
    public static final String DASH = "-";

    public static Figure of(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return none("the figure is out of range");
        }
        return new Figure(value, "");
    }

    public static Figure none(String reason) {
        return new Figure(0, reason);
    }

    public boolean known() {
        return reason.isEmpty();
    }

    /** The value written by {@code format}, or "-" when it cannot be computed. */
    public String text(DoubleFunction<String> format) {
        return known() ? format.apply(value) : DASH;
    }

    /** Arithmetic that keeps the first reason: a figure built from an unknown figure is unknown. */
    public Figure minus(Figure other) {
        return !known() ? this : !other.known() ? other : of(value - other.value);
    }

    public Figure plus(Figure other) {
        return !known() ? this : !other.known() ? other : of(value + other.value);
    }
}
