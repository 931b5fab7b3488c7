package org.tandem.app;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The baseline for the start-up benchmark: a bare JavaFX window started the way Tandem starts
 * ({@link Platform#startup} from a plain main), timed the same way. Prints first-frame-ms=<n>.
 */
public final class HelloProbe {
    private HelloProbe() {
    }

    public static void main(String[] args) {
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setTitle("Hello");
            stage.setScene(new Scene(new StackPane(new Label("Hello")), 1280, 800));
            stage.show();
            FirstFrame.afterFirstFrame(() -> {
                System.out.println("first-frame-ms=" + FirstFrame.millisSinceJvmStart());
                Platform.exit();
            });
        });
    }
}
