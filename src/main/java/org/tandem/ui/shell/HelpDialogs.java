package org.tandem.ui.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Help > Keyboard shortcuts and Help > About. */
public final class HelpDialogs {
    private final String version;
    private final Path databaseFile;

    public HelpDialogs(String version, Path databaseFile) {
        this.version = version;
        this.databaseFile = databaseFile;
    }

    static Map<String, String> shortcuts() {
        Map<String, String> keys = new LinkedHashMap<>();
        for (Section section : Section.values()) {
            keys.put("Ctrl+" + section.shortcutDigit(), section.title());
        }
        keys.put("Ctrl+N", "New plan");
        keys.put("F2", "Rename or edit the open plan");
        keys.put("Ctrl+E", "Export the open plan to a plan file");
        keys.put("Ctrl+O", "Import a plan file (or drop one on the window)");
        keys.put("Ctrl+H", "The open plan's history: kept versions, restore");
        keys.put("Ctrl+Z", "Undo the plan's last edit, on any screen (a plan delete first, while its Undo is offered)");
        keys.put("Ctrl+Shift+Z, Ctrl+Y", "Redo the edit just undone");
        keys.put("Ctrl+D", "Duplicate the selected campaign (campaign calendar)");
        keys.put("Ctrl+F", "Search the research notes (market research)");
        keys.put("Ctrl+Shift+D", "Switch between light and dark theme");
        keys.put("F1", "This list");
        keys.put("Ctrl+Q", "Quit");
        return keys;
    }

    void showShortcuts(Window owner) {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(6);
        grid.setId("shortcutList");
        // the keys never shrink (they read "C…" when the dialog was narrow); the explanations wrap
        javafx.scene.layout.ColumnConstraints keys = new javafx.scene.layout.ColumnConstraints();
        keys.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints meanings = new javafx.scene.layout.ColumnConstraints();
        meanings.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        grid.getColumnConstraints().setAll(keys, meanings);
        int row = 0;
        for (Map.Entry<String, String> e : shortcuts().entrySet()) {
            Label key = new Label(e.getKey());
            key.getStyleClass().add("shortcut-key");
            key.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label meaning = new Label(e.getValue());
            meaning.setWrapText(true);
            meaning.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            meaning.setMaxWidth(420);
            grid.addRow(row++, key, meaning);
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        alert.getDialogPane().setContent(grid);
        alert.getDialogPane().setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        alert.setResizable(true);
        alert.show();
    }

    void showAbout(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("About Tandem");
        alert.setHeaderText("Tandem " + version);
        Label text = new Label("A desktop planner that links marketing's campaigns to sales' targets.\n"
                + "Works offline; everything stays on this computer.\n\nData file: " + databaseFile);
        text.setWrapText(true);
        text.setId("aboutText");
        alert.getDialogPane().setContent(text);
        alert.show();
    }
}
