package org.tandem.ui.common;

import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PopOver;
import org.kordamp.ikonli.javafx.FontIcon;
import org.tandem.domain.Explanation;

import java.util.function.Supplier;

/**
 * "Explain this number": a small button beside a computed figure whose pop-over shows the formula
 * with the plan's own numbers and where each input comes from, with Copy and, where the figure has a
 * source, a link to it. The explanation is asked for on click, so it always matches the figure shown.
 */
public final class ExplainButton {
    private ExplainButton() {
    }

    /** A "?" button; {@code id} for tests, {@code what} for screen readers ("Explain leads needed"). */
    public static Button create(String id, String what, Supplier<Explanation> explanation) {
        return create(id, what, explanation, null, null);
    }

    /** As {@link #create(String, String, Supplier)}, with "Open {@code where}" in the pop-over running {@code open}. */
    public static Button create(String id, String what, Supplier<Explanation> explanation, String where, Runnable open) {
        Button button = new Button(null, new FontIcon("mdi2h-help-circle-outline"));
        button.getStyleClass().addAll("flat", "explain-button");
        button.setId(id);
        button.setAccessibleText("Explain " + what);
        button.setTooltip(new Tooltip("How is this worked out?"));
        button.setFocusTraversable(true);
        button.setOnAction(e -> {
            Explanation shown = explanation.get();
            if (shown == null) {
                return;
            }
            PopOver pop = new PopOver(content(shown, where, open));
            pop.setArrowLocation(PopOver.ArrowLocation.TOP_LEFT);
            pop.setDetachable(false);
            pop.setAutoHide(true);
            pop.getStyleClass().add("explanation");
            pop.show(button);
            if (open != null) {
                ((Hyperlink) pop.getContentNode().lookup("#explainOpen")).setOnAction(x -> {
                    pop.hide();
                    open.run();
                });
            }
        });
        return button;
    }

    /**
     * Puts a "?" right after a label that shows a computed figure, in the label's place in its pane
     * (a grid cell keeps its row and column); the explanation is asked for on click.
     */
    public static Button beside(javafx.scene.control.Label label, String id, String what, Supplier<Explanation> explanation) {
        Button button = create(id, what, explanation);
        javafx.scene.layout.Pane parent = (javafx.scene.layout.Pane) label.getParent();
        int at = parent.getChildren().indexOf(label);
        HBox both = new HBox(4, button);
        both.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        both.getProperties().putAll(label.getProperties());
        both.setMaxWidth(label.getMaxWidth());
        parent.getChildren().set(at, both);
        both.getChildren().add(0, label);
        HBox.setHgrow(label, javafx.scene.layout.Priority.SOMETIMES);
        return button;
    }

    /** A "?" with a caption, placed after {@code anchor} in its pane (for a table's selected row). */
    public static Button after(javafx.scene.Node anchor, String caption, String id, String what, Supplier<Explanation> explanation) {
        Button button = create(id, what, explanation);
        Label text = new Label(caption);
        text.getStyleClass().add("text-muted");
        // a long caption wraps beside its "?" rather than ending in an ellipsis (a narrow window, a zoomed one)
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        HBox line = new HBox(4, text, button);
        line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        javafx.scene.layout.Pane parent = (javafx.scene.layout.Pane) anchor.getParent();
        parent.getChildren().add(parent.getChildren().indexOf(anchor) + 1, line);
        return button;
    }

    static VBox content(Explanation e, String where, Runnable open) {
        Label title = new Label(e.figure() + ": " + e.result());
        title.getStyleClass().add("title-4");
        title.setWrapText(true);
        VBox box = new VBox(6, title);
        box.setId("explainPopOver");
        for (String line : e.formula()) {
            Label formula = new Label(line);
            formula.getStyleClass().add("formula");
            formula.setWrapText(true);
            box.getChildren().add(formula);
        }
        if (!e.inputs().isEmpty()) {
            GridPane inputs = new GridPane();
            inputs.setHgap(12);
            inputs.setVgap(3);
            inputs.setId("explanationInputs");
            int row = 0;
            for (Explanation.Input input : e.inputs()) {
                Label name = new Label(input.name());
                name.setWrapText(true);
                name.setMaxWidth(240);
                Label value = new Label(input.value());
                value.getStyleClass().add("text-bold");
                value.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                Label from = new Label(input.from());
                from.getStyleClass().add("text-muted");
                from.setWrapText(true);
                from.setMaxWidth(260);
                inputs.addRow(row++, name, value, from);
            }
            box.getChildren().add(inputs);
        }
        if (!e.note().isEmpty()) {
            Label note = new Label(e.note());
            note.setWrapText(true);
            note.getStyleClass().add("text-muted");
            box.getChildren().add(note);
        }
        Hyperlink copy = new Hyperlink("Copy");
        copy.setId("explainCopy");
        copy.setOnAction(x -> {
            ClipboardContent text = new ClipboardContent();
            text.putString(e.text());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(text);
        });
        HBox links = new HBox(12, copy);
        if (open != null) {
            Hyperlink go = new Hyperlink("Open " + where);
            go.setId("explainOpen");
            links.getChildren().add(go);
        }
        box.getChildren().add(links);
        box.setMaxWidth(620);
        box.setPadding(new javafx.geometry.Insets(12, 14, 12, 14));
        return box;
    }
}
