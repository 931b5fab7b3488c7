package org.tandem.domain;

import java.util.List;
import java.util.Map;

/**
 * The colours a new plan's channels start with, and the colour of sales activities on the calendar: no two alike to
 * the eye (SEO and Partnerships were two near-identical greens, Content and PR two blues), so a colour alone tells
 * the channel; the calendar and the charts name it as well.
 */
public final class ChannelPalette {
    /** Sales activities beside the campaigns. */
    public static final String SALES = "#0E7C86";

    /** The channels a new plan starts with, in order, with their colours. */
    public static final List<Map.Entry<String, String>> DEFAULT_CHANNELS = List.of(
            Map.entry("Content", "#4E79A7"), Map.entry("Paid advertising", "#E15759"), Map.entry("Branding", "#B07AA1"),
            Map.entry("SEO and digital", "#59A14F"), Map.entry("Social", "#FF9DA7"), Map.entry("Email", "#EDC948"),
            Map.entry("PR", "#A0CBE8"), Map.entry("Events", "#F28E2B"), Map.entry("Partnerships", "#9C755F"),
            Map.entry("Other", "#BAB0AC"));

    private ChannelPalette() {
    }

    /** How different two colours look (CIE76 delta E in CIELAB: about 2 is just noticeable, over 20 clearly apart). */
    public static double difference(String hexA, String hexB) {
        double[] a = lab(hexA);
        double[] b = lab(hexB);
        return Math.sqrt(Math.pow(a[0] - b[0], 2) + Math.pow(a[1] - b[1], 2) + Math.pow(a[2] - b[2], 2));
    }

    private static double[] lab(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        double r = linear(((rgb >> 16) & 0xFF) / 255.0);
        double g = linear(((rgb >> 8) & 0xFF) / 255.0);
        double b = linear((rgb & 0xFF) / 255.0);
        // sRGB to XYZ (D65), then to CIELAB
        double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
        double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new double[]{116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double linear(double v) {
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }
}
