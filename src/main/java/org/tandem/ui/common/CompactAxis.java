package org.tandem.ui.common;

import javafx.scene.chart.NumberAxis;
import javafx.util.StringConverter;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Short tick labels for money axes: 81M, 4.2M, 950k, 1.1bn. */
public final class CompactAxis {
    private CompactAxis() {
    }

    public static void apply(NumberAxis axis) {
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return format(value.doubleValue());
            }

            @Override
            public Number fromString(String text) {
                return null;
            }
        });
    }

    public static String format(double value) {
        double size = Math.abs(value);
        if (size >= 1e9) {
            return trim(value / 1e9) + "bn";
        }
        if (size >= 1e6) {
            return trim(value / 1e6) + "M";
        }
        if (size >= 1e3) {
            return trim(value / 1e3) + "k";
        }
        return trim(value);
    }

    private static String trim(double value) {
        return new BigDecimal(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
