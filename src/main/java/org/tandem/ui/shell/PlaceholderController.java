package org.tandem.ui.shell;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** A screen whose issue is still open: says what it will hold, clearly marked as not yet available. */
public final class PlaceholderController {
    private final Section section;
    @FXML
    private VBox placeholder;
    @FXML
    private FontIcon icon;
    @FXML
    private Label title;
    @FXML
    private Label summary;
    @FXML
    private VBox upcoming;

    public PlaceholderController(Section section) {
        this.section = section;
    }

    @FXML
    private void initialize() {
        placeholder.setId("placeholder-" + section.name().toLowerCase());
        icon.setIconLiteral(section.icon());
        title.setText(section.title());
        summary.setText(section.summary());
        for (String item : section.upcoming()) {
            Label line = new Label("•  " + item);
            line.setWrapText(true);
            upcoming.getChildren().add(line);
        }
    }
}
