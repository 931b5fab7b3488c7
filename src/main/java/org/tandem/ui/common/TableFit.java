package org.tandem.ui.common;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.input.MouseEvent;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Tables and lists that never hide what matters: every column is at least as wide as its header and its short values
 * (numbers, dates, statuses: {@value #SHORT} characters or fewer) and the first {@value #SHORT} characters of a long
 * text; a longer text a cell cuts shows whole on hover. Widths only grow, so a column does not jump while scrolling;
 * a table wider than its place scrolls sideways with its first column in view.
 */
public final class TableFit {
    /** Texts up to this long always show whole in a cell. */
    public static final int SHORT = 16;
    /** The key under which a fitted table or list is marked in its properties. */
    public static final String MARK = "tandem.tableFit";
    private static final String SCHEDULED = "tandem.tableFit.scheduled";
    private static final String OURS = "tandem.tableFit.tooltip";
    private static final String SQUEEZED = "tandem.tableFit.constrainedPolicy";
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final double SORT_ARROW = 14;

    private TableFit() {
    }

    /** Column widths for a table (installed by {@link Fxml#load} on every table in a view). */
    public static void install(TableView<?> table) {
        if (table.getProperties().put(MARK, Boolean.TRUE) != null) {
            return;
        }
        showWholeOnHover(table);
        Runnable fit = () -> schedule(table);
        table.sceneProperty().addListener((o, was, now) -> fit.run());
        table.skinProperty().addListener((o, was, now) -> fit.run());
        table.widthProperty().addListener((o, was, now) -> fit.run());
        ListChangeListener<Object> changed = c -> fit.run();
        table.getColumns().addListener(changed);
        if (table.getItems() != null) {
            table.getItems().addListener(changed);
        }
        table.itemsProperty().addListener((o, was, now) -> {
            fit.run();
            if (now != null) {
                now.addListener(changed);
            }
        });
        fit.run();
    }

    /** A cut text in a cell of this list or table (or a label inside such a cell) shows whole as a tooltip on hover. */
    public static void showWholeOnHover(Control virtualised) {
        virtualised.getProperties().put(MARK, Boolean.TRUE);
        virtualised.addEventFilter(MouseEvent.MOUSE_MOVED, e -> {
            if (e.getPickResult().getIntersectedNode() != null) {
                explain(e.getPickResult().getIntersectedNode());
            }
        });
    }

    /** Whether cells of this control show their whole text on hover. */
    public static boolean showsWholeOnHover(Node virtualised) {
        return virtualised.getProperties().containsKey(MARK);
    }

    private static void explain(Node picked) {
        for (Node n = picked; n != null && !(n instanceof TableView<?>); n = n.getParent()) {
            if (n instanceof Labeled labeled && labeled.getText() != null) {
                boolean cut = !labeled.getText().equals(shown(labeled));
                if (cut && labeled.getTooltip() == null) {
                    Tooltip whole = new Tooltip(labeled.getText());
                    whole.setWrapText(true);
                    whole.setMaxWidth(480);
                    whole.getProperties().put(OURS, Boolean.TRUE);
                    labeled.setTooltip(whole);
                } else if (labeled.getTooltip() != null && labeled.getTooltip().getProperties().containsKey(OURS)) {
                    if (!cut) {
                        labeled.setTooltip(null);
                    } else {
                        labeled.getTooltip().setText(labeled.getText());
                    }
                }
                if (n instanceof IndexedCell<?>) {
                    return;
                }
            }
        }
    }

    /** The text a labeled control shows (its skin's text node), which ends in an ellipsis when cut. */
    public static String shown(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.getStyleClass().contains("text")) {
                return text.getText();
            }
        }
        return labeled.getText();
    }

    private static void schedule(TableView<?> table) {
        Scene scene = table.getScene();
        // a scene without a window (a screen styled ahead) never pulses: fitted once it is in the window
        if (scene == null || scene.getWindow() == null || table.getProperties().get(SCHEDULED) == scene) {
            return;
        }
        table.getProperties().put(SCHEDULED, scene);
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            table.getProperties().remove(SCHEDULED);
            fit(table);
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    private static void fit(TableView<?> table) {
        Map<TableColumnBase<?, ?>, Double> needed = new HashMap<>();
        for (Node node : table.lookupAll(".column-header")) {
            if (node instanceof TableColumnHeader header && header.getTableColumn() != null && header.isVisible()) {
                needed.merge(header.getTableColumn(), headerWidth(header), Math::max);
            }
        }
        for (Node node : table.lookupAll(".table-cell")) {
            if (node instanceof TableCell<?, ?> cell && cell.isVisible() && cell.getTableColumn() != null
                    && cell.getText() != null && !cell.getText().isBlank()) {
                String text = cell.getText();
                String kept = text.length() <= SHORT ? text : text.substring(0, SHORT) + "…";
                double graphic = cell.getGraphic() == null ? 0 : cell.getGraphic().prefWidth(-1) + cell.getGraphicTextGap();
                double width = textWidth(kept, cell.getFont()) + graphic + cell.snappedLeftInset() + cell.snappedRightInset() + 4;
                needed.merge(cell.getTableColumn(), width, Math::max);
            }
        }
        needed.forEach((column, width) -> {
            double rounded = Math.ceil(width);
            if (rounded > column.getMinWidth() + 0.5 && column.getMaxWidth() >= rounded) {
                column.setMinWidth(rounded);
                if (column.getPrefWidth() < rounded) {
                    column.setPrefWidth(rounded);
                }
            }
        });
        scrollWhenTooNarrow(table);
    }

    /**
     * A constrained table squeezes its columns into its width and never scrolls sideways: while its columns cannot
     * fit at their minimum widths it scrolls instead, and squeezes again once they fit.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void scrollWhenTooNarrow(TableView<?> table) {
        double least = 0;
        for (var column : table.getVisibleLeafColumns()) {
            least += column.getMinWidth();
        }
        double room = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - 16;
        Object constrained = table.getProperties().get(SQUEEZED);
        if (least > room && constrained == null && table.getColumnResizePolicy() != TableView.UNCONSTRAINED_RESIZE_POLICY) {
            table.getProperties().put(SQUEEZED, table.getColumnResizePolicy());
            table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        } else if (least <= room && constrained != null) {
            table.getProperties().remove(SQUEEZED);
            ((TableView) table).setColumnResizePolicy((javafx.util.Callback) constrained);
        }
    }

    /** The header's text on one line (or, for a header that wraps, its longest word), and room for the sort arrow. */
    private static double headerWidth(TableColumnHeader header) {
        Labeled label = (Labeled) header.lookup(".label");
        if (label == null) {
            return 0;
        }
        double insets = header.snappedLeftInset() + header.snappedRightInset() + label.snappedLeftInset() + label.snappedRightInset();
        String text = header.getTableColumn().getText();
        Font font = label.getFont();
        if ((text == null || text.isBlank()) && label.getGraphic() instanceof Labeled inner) {
            text = inner.getText();
            font = inner.getFont();
            insets += inner.snappedLeftInset() + inner.snappedRightInset();
            if (inner.isWrapText() && text != null) {
                double longest = 0;
                for (var m = WORD.matcher(text); m.find(); ) {
                    longest = Math.max(longest, textWidth(m.group(), font));
                }
                return longest + insets + SORT_ARROW;
            }
        }
        return text == null ? 0 : textWidth(text, font) + insets + SORT_ARROW;
    }

    private static double textWidth(String text, Font font) {
        Text probe = new Text(text);
        probe.setFont(font);
        return probe.getLayoutBounds().getWidth();
    }
}
