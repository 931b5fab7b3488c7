package org.tandem.ui.classroom;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.util.Duration;
import org.tandem.domain.GuidedTour;

/**
 * The guided tour on the window: everything dimmed but the part of the screen the stop is about, and a card beside
 * it with the stop's explanation, Back, Next (Finish at the end) and Leave (Esc). The layer sits over the window's
 * root only while the tour runs; the lit part stays clickable.
 */
public final class TourOverlay {
    /** The card's width in em (380 px at 100 %): a few lines of explanation, and it grows with the zoom. */
    private static final double CARD_EMS = 27;
    private static final double MARGIN = 8;

    private final TourViewModel viewModel;
    private final Pane root;
    private final Pane layer = new Pane();
    private final VBox card;
    private final Label title = new Label();
    private final Label counter = new Label();
    private final Label text = new Label();
    private final Button next = new Button("Next");
    private final Button back = new Button("Back");
    private Timeline placing;
    private Bounds lit;

    private TourOverlay(TourViewModel viewModel, Pane root) {
        this.viewModel = viewModel;
        this.root = root;
        layer.setId("tourLayer");
        layer.setManaged(false);
        // only the dim shape and the card take clicks: the lit part is a hole through to the screen below
        layer.setPickOnBounds(false);
        title.setId("tourTitle");
        title.getStyleClass().add("title-4");
        title.setWrapText(true);
        counter.setId("tourCounter");
        counter.getStyleClass().add("text-muted");
        text.setId("tourText");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        back.setId("tourBack");
        back.setOnAction(e -> viewModel.back());
        next.setId("tourNext");
        next.setDefaultButton(true);
        next.setOnAction(e -> viewModel.next());
        Button leave = new Button("Leave tour");
        leave.setId("tourLeave");
        leave.setCancelButton(true);
        leave.setOnAction(e -> viewModel.leave());
        Button restart = new Button("Start over");
        restart.setId("tourRestart");
        restart.setOnAction(e -> viewModel.restart());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        for (Button b : new Button[]{leave, restart, back, next}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox buttons = new HBox(8, leave, restart, gap, back, next);
        buttons.setAlignment(Pos.CENTER_LEFT);
        card = new VBox(8, counter, title, text, buttons);
        card.setId("tourCard");
        card.getStyleClass().add("role-card");
        card.setPadding(new Insets(14, 18, 14, 18));
        card.setAccessibleText("Guided tour");
        viewModel.stopProperty().addListener((o, was, now) -> show(now));
        viewModel.activeProperty().addListener((o, was, on) -> {
            if (!on) {
                root.getChildren().remove(layer);
            }
        });
        root.widthProperty().addListener((o, was, now) -> place());
        root.heightProperty().addListener((o, was, now) -> place());
    }

    /** Puts the tour over {@code root} (the window's root pane) while it runs. */
    public static TourOverlay install(TourViewModel viewModel, Pane root) {
        return new TourOverlay(viewModel, root);
    }

    private void show(GuidedTour.Stop stop) {
        if (stop == null) {
            return;
        }
        title.setText(stop.title());
        counter.setText("Stop " + (viewModel.indexProperty().get() + 1) + " of " + viewModel.size());
        text.setText(stop.text());
        next.setText(viewModel.last() ? "Finish" : "Next");
        back.setDisable(viewModel.indexProperty().get() == 0);
        if (!root.getChildren().contains(layer)) {
            root.getChildren().add(layer);
        }
        lit = null;
        place();
        next.requestFocus();
        // the stop's screen may still be filling in (a sales plan's step read in the background): look again as it settles
        if (placing != null) {
            placing.stop();
        }
        placing = new Timeline(new KeyFrame(Duration.millis(120), e -> place()), new KeyFrame(Duration.millis(400), e -> place()),
                new KeyFrame(Duration.millis(900), e -> place()));
        placing.play();
    }

    /** The lit part in the root's coordinates (tests), or null while the stop's part is not on screen. */
    public Bounds lit() {
        return lit;
    }

    private void place() {
        GuidedTour.Stop stop = viewModel.stopProperty().get();
        if (stop == null || !root.getChildren().contains(layer)) {
            return;
        }
        double w = root.getWidth();
        double h = root.getHeight();
        layer.resizeRelocate(0, 0, w, h);
        Node target = target(stop.highlight());
        if (target != null) {
            scrollTo(target);
        }
        Bounds hole = target == null ? null : visible(root.sceneToLocal(target.localToScene(target.getBoundsInLocal())), w, h);
        lit = hole;
        Rectangle whole = new Rectangle(0, 0, w, h);
        Shape dim = hole == null ? whole : Shape.subtract(whole, new Rectangle(hole.getMinX() - 4, hole.getMinY() - 4,
                hole.getWidth() + 8, hole.getHeight() + 8));
        dim.setFill(Color.rgb(0, 0, 0, 0.55));
        dim.setId("tourDim");
        // only the dimming is replaced: the card stays in the scene, so a click on it never meets it half moved
        if (layer.getChildren().isEmpty()) {
            layer.getChildren().setAll(dim, card);
        } else {
            layer.getChildren().set(0, dim);
        }
        card.applyCss();
        double cardWidth = Math.min(w - 4 * MARGIN, Math.max(CARD_EMS * text.getFont().getSize(), card.minWidth(-1)));
        card.setPrefWidth(cardWidth);
        double cardHeight = card.prefHeight(cardWidth);
        card.resize(cardWidth, cardHeight);
        double[] at = position(hole, w, h, cardWidth, cardHeight);
        card.relocate(at[0], at[1]);
    }

    /** The part of {@code b} inside the window, or null when none of it is. */
    private static Bounds visible(Bounds b, double w, double h) {
        double minX = Math.max(0, b.getMinX());
        double minY = Math.max(0, b.getMinY());
        double maxX = Math.min(w, b.getMaxX());
        double maxY = Math.min(h, b.getMaxY());
        return maxX - minX < 1 || maxY - minY < 1 ? null : new javafx.geometry.BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }

    /** Scrolls the scroll panes around the part so its top is in view, as a presenter would. */
    private static void scrollTo(Node target) {
        for (Node n = target.getParent(); n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.ScrollPane pane && pane.getContent() != null) {
                Node content = pane.getContent();
                Bounds at = content.sceneToLocal(target.localToScene(target.getBoundsInLocal()));
                double room = content.getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
                if (room > 0) {
                    pane.setVvalue(Math.min(1, Math.max(0, (at.getMinY() - 24) / room)));
                }
            }
        }
    }

    /** Beside the lit part where there is room (right, left, below, above), else in the lower right corner. */
    private static double[] position(Bounds hole, double w, double h, double cardWidth, double cardHeight) {
        if (hole == null) {
            return new double[]{(w - cardWidth) / 2, (h - cardHeight) / 2};
        }
        double y = clamp(hole.getMinY(), h - cardHeight - MARGIN);
        if (hole.getMaxX() + MARGIN * 2 + cardWidth <= w) {
            return new double[]{hole.getMaxX() + MARGIN * 2, y};
        }
        if (hole.getMinX() - MARGIN * 2 - cardWidth >= 0) {
            return new double[]{hole.getMinX() - MARGIN * 2 - cardWidth, y};
        }
        double x = clamp(hole.getMinX(), w - cardWidth - MARGIN);
        if (hole.getMaxY() + MARGIN * 2 + cardHeight <= h) {
            return new double[]{x, hole.getMaxY() + MARGIN * 2};
        }
        if (hole.getMinY() - MARGIN * 2 - cardHeight >= 0) {
            return new double[]{x, hole.getMinY() - MARGIN * 2 - cardHeight};
        }
        return new double[]{w - cardWidth - MARGIN * 2, h - cardHeight - MARGIN * 2};
    }

    private static double clamp(double value, double max) {
        return Math.max(MARGIN, Math.min(value, max));
    }

    /** The first part of the window with the id that is showing and has a size. */
    private Node target(String id) {
        for (Node n : root.lookupAll("#" + id)) {
            if (n != layer && showing(n) && n.getLayoutBounds().getWidth() > 0 && n.getLayoutBounds().getHeight() > 0) {
                return n;
            }
        }
        return null;
    }

    private boolean showing(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
            if (at == root) {
                return true;
            }
        }
        return false;
    }
}
