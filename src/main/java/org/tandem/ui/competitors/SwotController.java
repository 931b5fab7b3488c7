package org.tandem.ui.competitors;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldListCell;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.tandem.domain.SwotItem;
import org.tandem.domain.SwotQuadrant;
import org.tandem.ui.common.UndoOffer;

import java.util.UUID;

/** Lays out the four SWOT quadrants and turns drags, edits and menu choices into view-model calls. */
public final class SwotController {
    /** What a dragged SWOT point carries: its id. */
    static final DataFormat SWOT_ITEM = new DataFormat("application/x-tandem-swot-item");

    private final SwotViewModel viewModel;

    @FXML private BorderPane swotView;
    @FXML private GridPane swotGrid;
    @FXML private Label swotMessage;
    @FXML private HBox swotUndoBar;
    @FXML private Label swotUndoMessage;
    @FXML private Button swotUndoButton;

    public SwotController(SwotViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        SwotQuadrant[] order = SwotQuadrant.values();
        for (int i = 0; i < order.length; i++) {
            swotGrid.add(quadrant(order[i]), i % 2, i / 2);
        }
        swotMessage.textProperty().bind(viewModel.messageProperty());
        swotMessage.visibleProperty().bind(swotMessage.textProperty().isNotEmpty());
        swotMessage.managedProperty().bind(swotMessage.visibleProperty());
        UndoOffer.bind(swotUndoBar, swotUndoMessage, swotUndoButton, viewModel.undoableDeleteProperty(),
                gone -> "Deleted \"" + gone.text() + "\".", viewModel::undoDelete, viewModel::dismissUndo, Duration.seconds(8));
    }

    private VBox quadrant(SwotQuadrant quadrant) {
        Label title = new Label(quadrant.label() + (quadrant.internal() ? "  (inside)" : "  (outside)"));
        title.getStyleClass().addAll("title-4", "swot-title");
        ListView<SwotItem> list = new ListView<>(viewModel.items(quadrant));
        list.setId("swot-" + quadrant.code());
        list.setEditable(true);
        list.setCellFactory(view -> cell(quadrant));
        list.setOnEditCommit(e -> viewModel.edit(list.getItems().get(e.getIndex()), e.getNewValue().text()));
        // dropping on the empty part of a list puts the point at its end
        acceptDrops(list, quadrant, () -> list.getItems().size());
        VBox.setVgrow(list, Priority.ALWAYS);
        TextField add = new TextField();
        add.setPromptText("Add to " + quadrant.label().toLowerCase() + " and press Enter");
        add.setId("swot-add-" + quadrant.code());
        add.setOnAction(e -> {
            viewModel.add(quadrant, add.getText());
            add.clear();
        });
        VBox box = new VBox(6, title, list, add);
        box.getStyleClass().addAll("swot-quadrant", "swot-" + quadrant.code());
        return box;
    }

    private TextFieldListCell<SwotItem> cell(SwotQuadrant quadrant) {
        TextFieldListCell<SwotItem> cell = new TextFieldListCell<>();
        cell.setConverter(new StringConverter<>() {
            @Override
            public String toString(SwotItem item) {
                return item == null ? "" : item.text();
            }

            @Override
            public SwotItem fromString(String text) {
                SwotItem item = cell.getItem();
                return new SwotItem(item.id(), item.planId(), item.quadrant(), text, item.position(), item.linkKind(), item.linkId(),
                        item.createdAt(), item.updatedAt());
            }
        });
        cell.setWrapText(true);
        cell.setPrefWidth(0);
        cell.setOnDragDetected(e -> {
            if (cell.getItem() != null && !cell.isEditing()) {
                Dragboard board = cell.startDragAndDrop(TransferMode.MOVE);
                ClipboardContent content = new ClipboardContent();
                content.put(SWOT_ITEM, cell.getItem().id().toString());
                board.setContent(content);
                e.consume();
            }
        });
        acceptDrops(cell, quadrant, () -> cell.isEmpty() ? cell.getListView().getItems().size() : cell.getIndex());
        cell.emptyProperty().addListener((o, was, empty) -> cell.setContextMenu(empty ? null : menu(cell)));
        return cell;
    }

    /** A dragged SWOT point dropped on {@code target} moves to the quadrant at the given position. */
    private void acceptDrops(javafx.scene.Node target, SwotQuadrant quadrant, java.util.function.IntSupplier position) {
        target.setOnDragOver(e -> {
            if (e.getDragboard().hasContent(SWOT_ITEM)) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
            e.consume();
        });
        target.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasContent(SWOT_ITEM);
            if (ok) {
                viewModel.move(UUID.fromString((String) e.getDragboard().getContent(SWOT_ITEM)), quadrant, position.getAsInt());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    /** Right-click: move to another quadrant (keyboard and screen-reader friendly) or delete. */
    private ContextMenu menu(TextFieldListCell<SwotItem> cell) {
        Menu moveTo = new Menu("Move to");
        for (SwotQuadrant target : SwotQuadrant.values()) {
            MenuItem item = new MenuItem(target.label());
            item.setOnAction(e -> viewModel.move(cell.getItem().id(), target, viewModel.items(target).size()));
            moveTo.getItems().add(item);
        }
        MenuItem delete = new MenuItem("Delete");
        delete.setOnAction(e -> viewModel.delete(cell.getItem()));
        return new ContextMenu(moveTo, delete);
    }
}
