package org.tandem.ui.common;

import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

/** A menu command: its id (for tests), its text, its shortcut and what it does. */
public final class MenuCommand {
    private MenuCommand() {
    }

    public static MenuItem item(String id, String text, String keys, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setAccelerator(KeyCombination.valueOf(keys));
        item.setOnAction(e -> action.run());
        return item;
    }
}
