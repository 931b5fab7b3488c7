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
            // every date field reads and shows dates one way (the namespace holds nodes inside tabs too)
            loader.getNamespace().values().stream().filter(DatePicker.class::isInstance).map(DatePicker.class::cast)
                    .distinct().forEach(picker -> DateFields.install(picker, Locale.getDefault(Locale.Category.FORMAT)));
            return new Loaded<>(root, loader.getController());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load view " + resource, e);
        }
    }
}
