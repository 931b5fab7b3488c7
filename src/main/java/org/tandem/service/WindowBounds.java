package org.tandem.service;

/** Where the main window was and how big, as remembered between runs. */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    public static final double MIN_WIDTH = 640;
    public static final double MIN_HEIGHT = 420;

    public boolean usable() {
        return width >= MIN_WIDTH && height >= MIN_HEIGHT && Double.isFinite(x) && Double.isFinite(y);
    }

    /**
     * These bounds moved and shrunk to lie wholly on a screen's visible area (a window remembered at 1366 px
     * reopening on a 1024 px projector keeps its right edge, and the controls there, on screen).
     */
    public WindowBounds within(double screenX, double screenY, double screenWidth, double screenHeight) {
        double w = Math.max(Math.min(width, screenWidth), Math.min(MIN_WIDTH, screenWidth));
        double h = Math.max(Math.min(height, screenHeight), Math.min(MIN_HEIGHT, screenHeight));
        double left = Double.isFinite(x) ? Math.max(screenX, Math.min(x, screenX + screenWidth - w)) : x;
        double top = Double.isFinite(y) ? Math.max(screenY, Math.min(y, screenY + screenHeight - h)) : y;
        return new WindowBounds(left, top, w, h, maximized);
    }
}
