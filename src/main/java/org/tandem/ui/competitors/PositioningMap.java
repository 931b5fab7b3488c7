package org.tandem.ui.competitors;

import org.tandem.domain.MapLabels;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

import java.util.List;
import java.util.function.Consumer;

/**
 * Draws the positioning map: the plotting area, quadrant lines at the mid-points, and a labelled
 * bubble per profile (area from market share), ours highlighted. Bubbles can be dragged; the drop
 * is reported in axis units.
 */
final class PositioningMap extends Region {
    private static final double MARGIN_LEFT = 60;
    private static final double MARGIN_BOTTOM = 46;
    private static final double MARGIN = 18;

    /** Where a bubble was dropped: which profile and the axis values under it. */
    record Drop(java.util.UUID id, double x, double y) {
    }

    private final Rectangle area = new Rectangle();
    private final Line vertical = new Line();
    private final Line horizontal = new Line();
    private final Text xText = axisText();
    private final Text yText = axisText();
    private final Group bubbles = new Group();
    /** The scale: each axis's lowest, middle and highest value. */
    private final Group ticks = new Group();
    private final java.util.Map<Group, MapViewModel.Point> placed = new java.util.LinkedHashMap<>();
    /** Bubbles by profile, kept across redraws: an axis change moves them instead of making 1,000 new nodes. */
    private final java.util.Map<java.util.UUID, Group> made = new java.util.HashMap<>();
    private MapViewModel.Frame frame = new MapViewModel.Frame(0, 1, 0.5, 0, 1, 0.5);
    private Consumer<Drop> onDrop = d -> { };
    /** The bubble under the mouse: layout passes during a drag must not put it back. */
    private Group dragging;

    PositioningMap() {
        getStyleClass().add("positioning-map");
        area.getStyleClass().add("map-area");
        vertical.getStyleClass().add("map-quadrant-line");
        horizontal.getStyleClass().add("map-quadrant-line");
        getChildren().addAll(area, vertical, horizontal, ticks, xText, yText, bubbles);
        setMinSize(300, 240);
    }

    /** New data: the bubbles are made again; {@link #layoutChildren} only places them. */
    void show(List<MapViewModel.Point> points, MapViewModel.Frame frame, String xLabel, String yLabel) {
        this.frame = frame;
        xText.setText(xLabel + "  →");
        yText.setText("↑  " + yLabel);
        placed.clear();
        List<Group> shown = new java.util.ArrayList<>(points.size());
        java.util.Set<java.util.UUID> present = new java.util.HashSet<>();
        for (MapViewModel.Point point : points) {
            Group bubble = made.computeIfAbsent(point.id(), id -> bubble());
            dress(bubble, point);
            placed.put(bubble, point);
            shown.add(bubble);
            present.add(point.id());
        }
        made.keySet().retainAll(present);
        if (!bubbles.getChildren().equals(shown)) {
            bubbles.getChildren().setAll(shown);
        }
        requestLayout();
    }

    void setOnDrop(Consumer<Drop> onDrop) {
        this.onDrop = onDrop;
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth() - MARGIN_LEFT - MARGIN;
        double height = getHeight() - MARGIN - MARGIN_BOTTOM;
        if (width <= 0 || height <= 0) {
            return;
        }
        area.setX(MARGIN_LEFT);
        area.setY(MARGIN);
        area.setWidth(width);
        area.setHeight(height);
        set(vertical, px(frame.xMid()), MARGIN, px(frame.xMid()), MARGIN + height);
        set(horizontal, MARGIN_LEFT, py(frame.yMid()), MARGIN_LEFT + width, py(frame.yMid()));
        xText.setX(MARGIN_LEFT + width / 2);
        xText.setY(getHeight() - 14);
        yText.setX(MARGIN_LEFT);
        yText.setY(MARGIN - 4);
        placed.forEach((bubble, point) -> {
            if (bubble != dragging) {
                bubble.setLayoutX(px(point.x()));
                bubble.setLayoutY(py(point.y()));
            }
        });
        layoutTicks(width, height);
        layoutNames(width, height);
    }

    private void layoutTicks(double width, double height) {
        if (ticks.getChildren().isEmpty()) {
            for (int i = 0; i < 6; i++) {
                Text tick = new Text();
                tick.getStyleClass().add("map-tick");
                tick.setTextOrigin(i < 3 ? VPos.TOP : VPos.CENTER);
                ticks.getChildren().add(tick);
            }
        }
        double[] xs = {frame.xMin(), frame.xMid(), frame.xMax()};
        double[] ys = {frame.yMin(), frame.yMid(), frame.yMax()};
        for (int i = 0; i < 3; i++) {
            Text tick = (Text) ticks.getChildren().get(i);
            tick.setText(tickText(xs[i]));
            tick.setX(px(xs[i]) - tick.getLayoutBounds().getWidth() / 2);
            tick.setY(MARGIN + height + 4);
            Text side = (Text) ticks.getChildren().get(3 + i);
            side.setText(tickText(ys[i]));
            side.setX(MARGIN_LEFT - 6 - side.getLayoutBounds().getWidth());
            side.setY(py(ys[i]));
        }
    }

    private static String tickText(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format("%.1f", value);
    }

    /** Names beside their bubbles, clear of each other and inside the plot. */
    private void layoutNames(double width, double height) {
        List<MapLabels.Bubble> boxes = new java.util.ArrayList<>(placed.size());
        List<Group> order = new java.util.ArrayList<>(placed.keySet());
        for (Group bubble : order) {
            Circle circle = (Circle) bubble.getChildren().get(0);
            Text name = (Text) bubble.getChildren().get(1);
            javafx.geometry.Bounds size = name.getLayoutBounds();
            boxes.add(new MapLabels.Bubble(bubble.getLayoutX(), bubble.getLayoutY(), circle.getRadius(), size.getWidth(), size.getHeight()));
        }
        List<MapLabels.Place> places = MapLabels.place(boxes, MARGIN_LEFT, MARGIN, MARGIN_LEFT + width, MARGIN + height);
        for (int i = 0; i < order.size(); i++) {
            Group bubble = order.get(i);
            Text name = (Text) bubble.getChildren().get(1);
            name.setX(places.get(i).x() - bubble.getLayoutX());
            name.setY(places.get(i).y() + boxes.get(i).labelHeight() / 2 - bubble.getLayoutY());
        }
    }

    /** A bubble's nodes and drag handling; {@link #dress} gives it a profile. */
    private Group bubble() {
        Circle circle = new Circle();
        Text name = new Text();
        name.getStyleClass().add("map-label");
        name.setTextOrigin(VPos.CENTER);
        Group bubble = new Group(circle, name);
        bubble.setCursor(javafx.scene.Cursor.MOVE);
        double[] grab = new double[2];
        bubble.setOnMousePressed(e -> {
            grab[0] = e.getSceneX() - bubble.getLayoutX();
            grab[1] = e.getSceneY() - bubble.getLayoutY();
            dragging = bubble;
            bubble.toFront();
            e.consume();
        });
        bubble.setOnMouseDragged(e -> {
            bubble.setLayoutX(e.getSceneX() - grab[0]);
            bubble.setLayoutY(e.getSceneY() - grab[1]);
            e.consume();
        });
        bubble.setOnMouseReleased(e -> {
            dragging = null;
            MapViewModel.Point point = placed.get(bubble);
            if (point != null) {
                onDrop.accept(new Drop(point.id(), ux(bubble.getLayoutX()), uy(bubble.getLayoutY())));
            }
            e.consume();
        });
        return bubble;
    }

    /** Size from market share, colour for our business, the name beside it. */
    private static void dress(Group bubble, MapViewModel.Point point) {
        Circle circle = (Circle) bubble.getChildren().get(0);
        Text name = (Text) bubble.getChildren().get(1);
        double radius = 9 + Math.sqrt(Math.max(0, point.share())) * 3.2;
        circle.setRadius(radius);
        circle.getStyleClass().setAll("map-bubble", point.own() ? "map-bubble-own" : "map-bubble-other");
        name.setText(point.name());
        bubble.setId("bubble-" + point.id());
    }

    private static void set(Line line, double x1, double y1, double x2, double y2) {
        line.setStartX(x1);
        line.setStartY(y1);
        line.setEndX(x2);
        line.setEndY(y2);
    }

    private static Text axisText() {
        Text label = new Text();
        label.getStyleClass().add("map-axis-label");
        label.setTextOrigin(VPos.BOTTOM);
        return label;
    }

    private double px(double x) {
        return MARGIN_LEFT + (x - frame.xMin()) / (frame.xMax() - frame.xMin()) * (getWidth() - MARGIN_LEFT - MARGIN);
    }

    private double py(double y) {
        double height = getHeight() - MARGIN - MARGIN_BOTTOM;
        return MARGIN + height - (y - frame.yMin()) / (frame.yMax() - frame.yMin()) * height;
    }

    double ux(double px) {
        return frame.xMin() + (px - MARGIN_LEFT) / (getWidth() - MARGIN_LEFT - MARGIN) * (frame.xMax() - frame.xMin());
    }

    double uy(double py) {
        double height = getHeight() - MARGIN - MARGIN_BOTTOM;
        return frame.yMin() + (MARGIN + height - py) / height * (frame.yMax() - frame.yMin());
    }

    /** Screen position of axis values, for tests that drag a bubble to a score. */
    javafx.geometry.Point2D toScreen(double x, double y) {
        return localToScreen(px(x), py(y));
    }
}
