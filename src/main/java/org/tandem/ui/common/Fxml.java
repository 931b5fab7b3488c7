package org.tandem.ui.common;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.DatePicker;
import javafx.util.Callback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Locale;

/** Loads an FXML view with its controller from a controller factory; its date fields go through {@link DateFields}. */
public final class Fxml {
    private Fxml() {
    }

    public record Loaded<C>(Parent root, C controller) {
    }

    /** The date fields under a node, looking into what a skin would show later (tabs, scroll panes, split panes). */
    private static void collect(javafx.scene.Node node, java.util.Set<DatePicker> into) {
        if (node instanceof DatePicker picker) {
            into.add(picker);
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
            // every date field reads and shows dates one way, included views' fields too
            java.util.Set<DatePicker> pickers = new java.util.LinkedHashSet<>();
            loader.getNamespace().values().stream().filter(DatePicker.class::isInstance).map(DatePicker.class::cast).forEach(pickers::add);
            collect(root, pickers);
            pickers.forEach(picker -> DateFields.install(picker, Locale.getDefault(Locale.Category.FORMAT)));
            return new Loaded<>(root, loader.getController());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load view " + resource, e);
        }
    }
}
