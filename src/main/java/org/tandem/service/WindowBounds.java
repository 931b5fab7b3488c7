package org.tandem.service;

/** Where the main window was and how big, as remembered between runs. */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    public static final double MIN_WIDTH = 640;
    public static final double MIN_HEIGHT = 420;

    public boolean usable() {
        return width >= MIN_WIDTH && height >= MIN_HEIGHT && Double.isFinite(x) && Double.isFinite(y);
    }
}
