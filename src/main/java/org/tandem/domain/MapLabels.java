package org.tandem.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each bubble's name goes on the positioning map: right of the bubble if it fits inside the plot and clear of
 * the names already placed, else left, above or below; names never leave the plot ("Moorland" covered BeanBox, and
 * the right-most name ran out of the map). Plain arithmetic on boxes, so it is tested without a screen, and the same
 * for the screen's map and the report's (whose competitors of one price level and score had their names on top of one
 * another).
 */
public final class MapLabels {
    /** A name over another name is worse than over any number of bubbles (two names over each other cannot be read). */
    private static final long NAME_CLASH = 1L << 32;

    /** A bubble at its centre with its radius, and its name's size. */
    public record Bubble(double x, double y, double radius, double labelWidth, double labelHeight) {
    }

    /** A name's top-left corner. */
    public record Place(double x, double y) {
    }

    private MapLabels() {
    }

    /** Places in the bubbles' order; the plot spans [left, right] x [top, bottom]. */
    public static List<Place> place(List<Bubble> bubbles, double left, double top, double right, double bottom) {
        List<double[]> taken = new ArrayList<>();
        for (Bubble b : bubbles) {
            taken.add(new double[]{b.x() - b.radius(), b.y() - b.radius(), b.x() + b.radius(), b.y() + b.radius()});
        }
        List<Place> places = new ArrayList<>(bubbles.size());
        List<double[]> names = new ArrayList<>();
        for (int i = 0; i < bubbles.size(); i++) {
            Bubble b = bubbles.get(i);
            double w = b.labelWidth();
            double h = b.labelHeight();
            double[][] candidates = candidates(b, w, h);
            double[] best = null;
            long bestClashes = Long.MAX_VALUE;
            for (double[] c : candidates) {
                double x = clamp(c[0], left, right - w);
                double y = clamp(c[1], top, bottom - h);
                double[] box = {x, y, x + w, y + h};
                long clashes = 0;
                for (double[] other : names) {
                    clashes += overlaps(box, other) ? NAME_CLASH : 0;
                }
                for (double[] bubble : taken) {
                    clashes += overlaps(box, bubble) ? 1 : 0; // its own bubble too: a name pushed back inside the plot may cover it
                }
                if (clashes < bestClashes) {
                    best = box;
                    bestClashes = clashes;
                }
                if (clashes == 0) {
                    break;
                }
            }
            names.add(best);
            places.add(new Place(best[0], best[1]));
        }
        return places;
    }

    /**
     * Where a name may go, in the order tried: right, left, above, below, upper right, lower left; then further up and
     * down (six names at one price and score ran out of places), then beside a row or two up or down, where a column
     * of dots has room next to it.
     */
    private static double[][] candidates(Bubble b, double w, double h) {
        double gap = 4;
        double right = b.x() + b.radius() + gap;
        double left = b.x() - b.radius() - gap - w;
        double centred = b.x() - w / 2;
        double above = b.y() - b.radius() - gap - h;
        double below = b.y() + b.radius() + gap;
        double middle = b.y() - h / 2;
        List<double[]> out = new ArrayList<>(List.of(new double[]{right, middle}, new double[]{left, middle},
                new double[]{centred, above}, new double[]{centred, below},
                new double[]{right, b.y() - b.radius() - h}, new double[]{left, b.y() + b.radius()}));
        for (int k = 1; k <= 3; k++) {
            out.add(new double[]{centred, above - k * h});
            out.add(new double[]{centred, below + k * h});
        }
        for (int k = 1; k <= 2; k++) {
            out.add(new double[]{right, middle - k * h});
            out.add(new double[]{right, middle + k * h});
            out.add(new double[]{left, middle - k * h});
            out.add(new double[]{left, middle + k * h});
        }
        return out.toArray(double[][]::new);
    }

    private static boolean overlaps(double[] a, double[] b) {
        return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(v, Math.max(min, max)));
    }
}
