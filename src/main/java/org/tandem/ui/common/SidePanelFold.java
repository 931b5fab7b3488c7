package org.tandem.ui.common;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;

/**
 * A split's side panel that steps aside on a narrow window while it has nothing to show (no item selected), giving
 * its width to the main view; it comes back, where it was, as soon as there is something to edit.
 */
public final class SidePanelFold {
    /** The least of the split's width the main view keeps when the window changes size. */
    private static final double MAIN_SHARE = 0.55;
    private final SplitPane split;
    private final Node side;
    private final ObservableBooleanValue inUse;
    private final double narrowerThan;
    private double position;

    private SidePanelFold(SplitPane split, Node side, ObservableBooleanValue inUse, double narrowerThan) {
        this.split = split;
        this.side = side;
        this.inUse = inUse;
        this.narrowerThan = narrowerThan;
        this.position = split.getDividerPositions().length > 0 ? split.getDividerPositions()[0] : 0.66;
    }

    /** @param narrowerThan the split's width below which an unused panel steps aside */
    public static void install(SplitPane split, Node side, ObservableBooleanValue inUse, double narrowerThan) {
        SidePanelFold fold = new SidePanelFold(split, side, inUse, narrowerThan);
        split.widthProperty().addListener(o -> fold.update());
        inUse.addListener(o -> fold.update());
        fold.update();
    }

    private void update() {
        boolean wanted = inUse.get() || split.getWidth() <= 0 || split.getWidth() >= narrowerThan;
        boolean present = split.getItems().contains(side);
        // a window made smaller (a projector after a monitor) keeps the main view the larger part: the divider keeps its
        // share, so a panel sized on a wide window would otherwise crowd the calendar to a few letters a bar
        if (present) {
            // after the split has laid its items out at the new width (it moves the divider itself)
            javafx.application.Platform.runLater(() -> {
                if (split.getItems().contains(side) && split.getDividerPositions().length > 0
                        && split.getDividerPositions()[0] < MAIN_SHARE) {
                    split.setDividerPositions(MAIN_SHARE);
                }
            });
        }
        if (wanted && !present) {
            split.getItems().add(side);
            split.setDividerPositions(position);
        } else if (!wanted && present) {
            position = split.getDividerPositions()[0];
            split.getItems().remove(side);
        }
    }
}
