package org.tandem.ui.common;

import javafx.scene.control.Alert;
import javafx.stage.Window;

import java.util.function.Supplier;

/** Shows a failure as a short alert and logs the full detail to stderr. */
public final class FxErrorReporter implements ErrorReporter {
    private static final System.Logger LOG = System.getLogger("org.tandem");
    private final Supplier<Window> owner;

    public FxErrorReporter(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void report(String action, Throwable error) {
        LOG.log(System.Logger.Level.WARNING, "Could not " + action, error);
        Alert alert = new Alert(Alert.AlertType.ERROR, UserMessages.describe(action, error));
        alert.setHeaderText("Something did not work");
        alert.setTitle("Tandem");
        Window window = owner.get();
        if (window != null && window.isShowing()) {
            alert.initOwner(window);
        }
        alert.show();
    }
}
