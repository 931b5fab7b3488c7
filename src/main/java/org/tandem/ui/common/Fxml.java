package org.tandem.ui.common;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.DatePicker;
import javafx.util.Callback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Locale;

/** Loads an FXML view with its controller from a controller factory; its date fields go through {@link DateFields},
 * its tables and lists through {@link TableFit}. */
public final class Fxml {
    private Fxml() {
    }

    public record Loaded<C>(Parent root, C controller) {
    }

    /** The nodes under a node, looking into what a skin would show later (tabs, scroll panes, split panes). */
    private static void collect(javafx.scene.Node node, java.util.Set<javafx.scene.Node> into) {
        into.add(node);
        if (node instanceof DatePicker) {
            return;
        }
        java.util.List<javafx.scene.Node> inside = new java.util.ArrayList<>();
        if (node instanceof javafx.scene.Parent parent) {
            inside.addAll(parent.getChildrenUnmodifiable());
        }
        if (node instanceof javafx.scene.control.ScrollPane scroll && scroll.getContent() != null) {
            inside.add(scroll.getContent());
        } else if (node instanceof javafx.scene.control.SplitPane split) {
            inside.addAll(split.getItems());
        } else if (node instanceof javafx.scene.control.TabPane tabs) {
            tabs.getTabs().stream().map(javafx.scene.control.Tab::getContent).filter(java.util.Objects::nonNull).forEach(inside::add);
        } else if (node instanceof javafx.scene.control.TitledPane titled && titled.getContent() != null) {
            inside.add(titled.getContent());
        }
        inside.forEach(child -> collect(child, into));
    }

    /** @param resource the .fxml file beside {@code anchor}'s package under resources */
    public static <C> Loaded<C> load(Class<?> anchor, String resource, Callback<Class<?>, Object> controllers) {
        URL url = anchor.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("Missing view " + resource + " beside " + anchor.getName());
        }
        FXMLLoader loader = new FXMLLoader(url);
        loader.setControllerFactory(controllers);
        try {
            Parent root = loader.load();
            java.util.Set<javafx.scene.Node> nodes = new java.util.LinkedHashSet<>();
            loader.getNamespace().values().stream().filter(javafx.scene.Node.class::isInstance).map(javafx.scene.Node.class::cast).forEach(nodes::add);
            collect(root, nodes);
            dress(nodes);
            return new Loaded<>(root, loader.getController());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load view " + resource, e);
        }
    }

    /**
     * Dresses a part of a view the way {@link #load} dresses a whole one: for a part a controller keeps out of the
     * scene until it is needed (it is not under the view's root while the view loads).
     */
    public static void dress(javafx.scene.Node part) {
        java.util.Set<javafx.scene.Node> nodes = new java.util.LinkedHashSet<>();
        collect(part, nodes);
        dress(nodes);
    }

    private static void dress(java.util.Set<javafx.scene.Node> nodes) {
        for (javafx.scene.Node node : nodes) {
            if (node instanceof javafx.scene.layout.Region region && !(node instanceof javafx.scene.control.TableView<?>)) {
                // pixel widths in the view follow the zoom, as the theme's em sizes do
                EmSizes.install(region);
            }
            if (node instanceof javafx.scene.control.Label label && !label.isWrapText()
                    && (label.getParent() instanceof javafx.scene.layout.GridPane || label.getParent() instanceof javafx.scene.layout.HBox)
                    && label.getMinWidth() == javafx.scene.layout.Region.USE_COMPUTED_SIZE) {
                // a form's label, or a label in a row, never ends in an ellipsis: its field takes less room instead
                label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
            // every date field reads and shows dates one way, included views' fields too
            if (node instanceof DatePicker picker) {
                DateFields.install(picker, Locale.getDefault(Locale.Category.FORMAT));
            } else if (node instanceof javafx.scene.control.TableView<?> table) {
                TableFit.install(table);
            } else if (node instanceof javafx.scene.control.ListView<?> list) {
                TableFit.showWholeOnHover(list);
            } else if (node instanceof javafx.scene.chart.Chart chart) {
                ChartPictures.reachable(chart);
            } else if ((node instanceof javafx.scene.control.ButtonBase || node instanceof javafx.scene.control.ComboBox<?>)
                    && ((javafx.scene.layout.Region) node).getMinWidth() == javafx.scene.layout.Region.USE_COMPUTED_SIZE
                    && ((javafx.scene.layout.Region) node).getMaxWidth() != Double.MAX_VALUE) {
                // a button or a choice box never shrinks below its text: the row wraps or scrolls instead (a field
                // that stretches to its form's width may shrink with the form)
                ((javafx.scene.layout.Region) node).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            } else if (node instanceof javafx.scene.control.Label label && label.isWrapText()
                    && label.getMinHeight() == javafx.scene.layout.Region.USE_COMPUTED_SIZE) {
                // a text that wraps takes the lines it needs rather than ending in an ellipsis
                label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        }
    }
}
