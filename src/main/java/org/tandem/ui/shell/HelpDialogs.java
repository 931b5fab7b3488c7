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
        keys.put("F11", "Present: full screen for a projector (F11 or Esc to leave)");
        keys.put("Ctrl+Plus, Ctrl+Minus, Ctrl+0", "Zoom the window's text in, out, back to actual size (80 to 200 %, remembered)");
        keys.put("Ctrl+Shift+G", "Guided tour of the open plan (Enter: next stop, Esc: leave; it resumes there)");
        keys.put("Ctrl+Shift+K", "Save a checkpoint of the open plan, to return to during a class");
        keys.put("Tab, Ctrl+Tab", "Next control (Ctrl+Tab out of a text area); Shift+Tab goes back");
        keys.put("Shift+F10", "The focused chart's picture menu: copy or save it");
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

    /** Help > Marketing and sales: the two roles compared, row by row, in the planner's own words. */
    static final String[][] COMPARISON = {
        {"", "Marketing", "Sales"},
        {"Focus", "The whole market: who might buy, what they need, how the offer should be seen.",
                "One prospect at a time: this buyer, this need, this deal."},
        {"Time horizon", "Long: a brand, a reputation and demand take months to build; plans run over the year.",
                "Short: monthly and quarterly targets; this week's calls and this month's deals."},
        {"Kind of interaction", "One to many: a newsletter, an advert or a stand reaches many people at once.",
                "One to one: a call, a demo, a proposal, a negotiation with a person."},
        {"Typical activities", "Research, competitor watching, content, advertising, email, social, events, PR, SEO.",
                "Qualifying leads, calls, demos and tastings, proposals, follow-ups, closing, looking after accounts."},
        {"What it delivers", "Awareness and demand, measured as leads.", "Closed deals and revenue."},
        {"Metrics", "Leads, spend against budget, cost per lead, reach, share of the market.",
                "Revenue against target, deals closed, conversion rate, average deal size, retention."},
        {"In Tandem", "Market research, Competitors, the Campaign calendar; the dashboard's left half.",
                "The six-step Sales plan; the dashboard's right half."},
        {"The hand-over", "Marketing passes leads on, with what it knows of the segment they come from.",
                "Sales turns leads into customers and tells marketing which leads bought, what buyers object to and what they pay."},
    };

    public void showMarketingAndSales(Window owner) {
        GridPane grid = new GridPane();
        grid.setId("comparisonTable");
        grid.setHgap(18);
        grid.setVgap(10);
        javafx.scene.layout.ColumnConstraints aspect = new javafx.scene.layout.ColumnConstraints();
        aspect.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints side = new javafx.scene.layout.ColumnConstraints(180, 300, 360);
        side.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        grid.getColumnConstraints().setAll(aspect, side, side);
        for (int row = 0; row < COMPARISON.length; row++) {
            for (int col = 0; col < 3; col++) {
                Label cell = new Label(COMPARISON[row][col]);
                cell.setWrapText(true);
                cell.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                if (row == 0 || col == 0) {
                    cell.getStyleClass().add("text-bold");
                }
                grid.add(cell, col, row);
                GridPane.setValignment(cell, javafx.geometry.VPos.TOP);
            }
        }
        Label solo = new Label("Working alone, you wear both hats: keep their goals and their hours apart (the dashboard's"
                + " two halves and its time split), and let one pipeline join them: leads needed = revenue target /"
                + " (average deal size x conversion rate).");
        solo.setWrapText(true);
        solo.setMaxWidth(720);
        javafx.scene.layout.VBox content = new javafx.scene.layout.VBox(14, grid, solo);
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("Marketing and sales, side by side");
        alert.setHeaderText("Marketing and sales, side by side");
        alert.getDialogPane().setContent(scroll);
        alert.getDialogPane().setId("marketingAndSales");
        alert.setResizable(true);
        org.tandem.ui.common.DialogSize.fit(alert, owner, 900, 700);
        alert.show();
    }
}
