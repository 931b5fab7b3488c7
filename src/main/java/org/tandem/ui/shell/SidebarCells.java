package org.tandem.ui.shell;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableNumberValue;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The sidebar's entries: icon and title, or on a narrow window (a 1024 px projector) the icon alone with the title
 * and shortcut on hover, so the screens get the width.
 */
final class SidebarCells {
    /** Below this window width the sidebar shows icons only. */
    static final double COMPACT_BELOW = 1200;
    private static final double WIDE = 240;
    private static final double NARROW = 60;

    private SidebarCells() {
    }

    static void install(ListView<Section> sidebar, ObservableNumberValue windowWidth) {
        BooleanBinding compact = Bindings.createBooleanBinding(() -> windowWidth.doubleValue() > 0
                && windowWidth.doubleValue() < COMPACT_BELOW, windowWidth);
        sidebar.prefWidthProperty().bind(Bindings.when(compact).then(NARROW).otherwise(WIDE));
        sidebar.minWidthProperty().bind(sidebar.prefWidthProperty());
        compact.addListener((o, was, now) -> sidebar.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("compact"), now));
        sidebar.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("compact"), compact.get());
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
