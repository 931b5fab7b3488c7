package org.tandem.service;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What the main window remembers between runs, and how it is written as settings.
 *
 * @param zoom the text size in percent, {@link #MIN_ZOOM} to {@link #MAX_ZOOM} in steps of ten (View > Zoom)
 * @param highContrast View > High contrast: the theme's colours pushed to full contrast
 */
public record ShellSettings(Optional<UUID> lastPlan, boolean darkTheme, Optional<WindowBounds> bounds, int zoom, boolean highContrast) {
    public static final String LAST_PLAN = "plan.last";
    static final String THEME = "theme";
    static final String X = "window.x";
    static final String Y = "window.y";
    static final String WIDTH = "window.width";
    static final String HEIGHT = "window.height";
    static final String MAXIMIZED = "window.maximized";
    static final String ZOOM = "zoom";
    static final String CONTRAST = "contrast";
    public static final int MIN_ZOOM = 80;
    public static final int MAX_ZOOM = 200;

    public static final ShellSettings DEFAULTS = new ShellSettings(Optional.empty(), false, Optional.empty(), 100, false);

    public ShellSettings {
        zoom = clampZoom(zoom);
    }

    public ShellSettings(Optional<UUID> lastPlan, boolean darkTheme, Optional<WindowBounds> bounds) {
        this(lastPlan, darkTheme, bounds, 100, false);
    }

    /** A zoom in range and on a step of ten. */
    public static int clampZoom(int percent) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, Math.round(percent / 10f) * 10));
    }

    /** Reads settings leniently: a value that does not parse is ignored, never fatal. */
    public static ShellSettings from(Map<String, String> values) {
        Optional<UUID> last = Optional.ofNullable(values.get(LAST_PLAN)).flatMap(ShellSettings::uuid);
        boolean dark = "dark".equals(values.get(THEME));
        Optional<WindowBounds> bounds = Optional.empty();
        try {
            if (values.containsKey(WIDTH) && values.containsKey(HEIGHT)) {
                bounds = Optional.of(new WindowBounds(
                        Double.parseDouble(values.getOrDefault(X, "NaN")), Double.parseDouble(values.getOrDefault(Y, "NaN")),
                        Double.parseDouble(values.get(WIDTH)), Double.parseDouble(values.get(HEIGHT)),
                        Boolean.parseBoolean(values.get(MAXIMIZED))));
            }
        } catch (NumberFormatException ignoredAsDocumented) {
            bounds = Optional.empty();
        }
        int zoom = 100;
        try {
            zoom = Integer.parseInt(values.getOrDefault(ZOOM, "100").strip());
        } catch (NumberFormatException ignoredAsDocumented) {
            zoom = 100;
        }
        return new ShellSettings(last, dark, bounds.filter(WindowBounds::usable), zoom, "high".equals(values.get(CONTRAST)));
    }

    public Map<String, String> toMap() {
        Map<String, String> out = new LinkedHashMap<>();
        lastPlan.ifPresent(id -> out.put(LAST_PLAN, id.toString()));
        out.put(THEME, darkTheme ? "dark" : "light");
        out.put(ZOOM, Integer.toString(zoom));
        out.put(CONTRAST, highContrast ? "high" : "normal");
        bounds.ifPresent(b -> {
            out.put(X, Double.toString(b.x()));
            out.put(Y, Double.toString(b.y()));
            out.put(WIDTH, Double.toString(b.width()));
            out.put(HEIGHT, Double.toString(b.height()));
            out.put(MAXIMIZED, Boolean.toString(b.maximized()));
        });
        return out;
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
