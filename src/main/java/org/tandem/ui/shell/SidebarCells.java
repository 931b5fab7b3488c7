package org.tandem.ui.shell;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The sidebar's entries: icon and title, or on a narrow window (a 1024 px projector) the icon alone with the title
 * and shortcut on hover, so the screens get the width. Both widths, and what counts as narrow, grow with the zoom.
 */
final class SidebarCells {
    /** Below this window width the sidebar shows icons only. */
    static final double COMPACT_BELOW = 1200;
    static final double WIDE = 240;
    static final double NARROW = 60;

    private SidebarCells() {
    }

    /** @param root the window's root: its width decides compact or wide, its font size (the zoom) scales both */
    static void install(ListView<Section> sidebar, javafx.scene.layout.Region root) {
        javafx.beans.binding.DoubleBinding zoom = Bindings.createDoubleBinding(() -> org.tandem.ui.common.EmSizes.scale(root.getScene()),
                root.styleProperty(), root.sceneProperty());
        BooleanBinding compact = Bindings.createBooleanBinding(() -> root.getWidth() > 0
                && root.getWidth() < COMPACT_BELOW * zoom.get(), root.widthProperty(), zoom);
        sidebar.prefWidthProperty().bind(Bindings.when(compact).then(zoom.multiply(NARROW)).otherwise(zoom.multiply(WIDE)));
        sidebar.minWidthProperty().bind(sidebar.prefWidthProperty());
        compact.addListener((o, was, now) -> sidebar.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("compact"), now));
        sidebar.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("compact"), compact.get());
        // the list is not editable, so its F2 (start editing) would only swallow the menu's F2: rename the plan
        javafx.scene.input.KeyCombination rename = new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.F2);
        sidebar.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            Runnable menu = rename.match(e) && sidebar.getScene() != null ? sidebar.getScene().getAccelerators().get(rename) : null;
            if (menu != null) {
                e.consume();
                menu.run();
            }
        });
        sidebar.setCellFactory(list -> new ListCell<>() {
            {
                contentDisplayProperty().bind(Bindings.when(compact).then(ContentDisplay.GRAPHIC_ONLY).otherwise(ContentDisplay.LEFT));
            }

            @Override
            protected void updateItem(Section section, boolean empty) {
                super.updateItem(section, empty);
                boolean none = empty || section == null;
                setText(none ? null : section.title());
                setGraphic(none ? null : new FontIcon(section.icon()));
                setId(none ? null : "nav-" + section.name().toLowerCase());
                setTooltip(none ? null : new Tooltip(section.title() + " (Ctrl+" + section.shortcutDigit() + ")"));
                setAccessibleText(none ? null : section.title());
            }
        });
    }
}
