package org.tandem.ui.competitors;

import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * An ordered list of short points (strengths, weaknesses) that can be added to, edited in place
 * (double-click), moved up and down, and removed. Works on the view model's list directly.
 */
final class PointsEditor extends VBox {
    private final ListView<String> list = new ListView<>();
    private final TextField adding = new TextField();

    PointsEditor(ObservableList<String> points, String addPrompt, String idPrefix) {
        super(4);
        list.setItems(points);
        list.setEditable(true);
        list.setCellFactory(TextFieldListCell.forListView());
        list.setPrefHeight(130);
        list.setId(idPrefix + "List");
        list.setOnEditCommit(e -> {
            String text = e.getNewValue() == null ? "" : e.getNewValue().strip();
            if (text.isEmpty()) {
                points.remove(e.getIndex());
            } else {
                points.set(e.getIndex(), text);
            }
        });
        adding.setPromptText(addPrompt);
        adding.setId(idPrefix + "Add");
        adding.setOnAction(e -> {
            String text = adding.getText().strip();
            if (!text.isEmpty()) {
                points.add(text);
                adding.clear();
            }
        });

        Button up = iconButton("mdi2a-arrow-up", "Move up", idPrefix + "Up");
        Button down = iconButton("mdi2a-arrow-down", "Move down", idPrefix + "Down");
        Button remove = iconButton("mdi2c-close", "Remove", idPrefix + "Remove");
        up.setOnAction(e -> move(points, -1));
        down.setOnAction(e -> move(points, 1));
        remove.setOnAction(e -> {
            int at = list.getSelectionModel().getSelectedIndex();
            if (at >= 0) {
                points.remove(at);
            }
        });
        var nothingChosen = list.getSelectionModel().selectedIndexProperty().lessThan(0);
        up.disableProperty().bind(nothingChosen);
        down.disableProperty().bind(nothingChosen);
        remove.disableProperty().bind(nothingChosen);
        adding.setMaxWidth(Double.MAX_VALUE);
        getChildren().addAll(list, new HBox(4, up, down, remove), adding);
    }

    private void move(ObservableList<String> points, int by) {
        int from = list.getSelectionModel().getSelectedIndex();
        int to = from + by;
        if (from >= 0 && to >= 0 && to < points.size()) {
            String point = points.remove(from);
            points.add(to, point);
            list.getSelectionModel().select(to);
        }
    }

    private static Button iconButton(String icon, String tip, String id) {
        Button button = new Button(null, new FontIcon(icon));
        button.setTooltip(new javafx.scene.control.Tooltip(tip));
        button.setId(id);
        button.getStyleClass().add("button-icon");
        return button;
    }
}
