package org.tandem.ui.calendar;

import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import org.tandem.domain.Channel;
import org.tandem.domain.OverlayCalendar;

import java.util.function.Supplier;

/** The calendar's Channels and Imported menus, built again whenever the channels or imported calendars change. */
final class CalendarMenus {
    private CalendarMenus() {
    }

    /** Each channel: its name (Enter renames), its colour, and a remove button; then a field to add one. */
    static void channels(MenuButton channelsMenu, CalendarViewModel calendar) {
        channelsMenu.getItems().clear();
        for (Channel channel : calendar.channels()) {
            TextField name = new TextField(channel.name());
            name.setPrefColumnCount(12);
            name.setOnAction(e -> calendar.channelsModel().rename(channel, name.getText()));
            ColorPicker picker = new ColorPicker(Color.web(channel.colour()));
            picker.setId("colour-" + channel.name().replaceAll("\\W", ""));
            picker.setOnAction(e -> calendar.channelsModel().saveColour(channel, web(picker.getValue())));
            Button remove = new Button("Remove");
            remove.setOnAction(e -> calendar.channelsModel().remove(channel));
            HBox row = new HBox(8, name, picker, remove);
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            channelsMenu.getItems().add(new CustomMenuItem(row, false));
        }
        TextField added = new TextField();
        added.setPromptText("New channel: type a name, press Enter");
        added.setId("newChannelField");
        added.setOnAction(e -> calendar.channelsModel().add(added.getText()));
        channelsMenu.getItems().addAll(new SeparatorMenuItem(), new CustomMenuItem(added, false));
    }

    private static String web(Color c) {
        return String.format("#%02X%02X%02X", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }

    static void overlays(MenuButton overlaysMenu, CalendarViewModel calendar, CalendarController.Files files, Supplier<Window> window) {
        overlaysMenu.getItems().clear();
        MenuItem importItem = new MenuItem("Import .ics file as an overlay...");
        importItem.setId("importOverlayItem");
        importItem.setOnAction(e -> files.openIcs(window.get()).ifPresent(calendar.icsModel()::importFile));
        MenuItem campaignsItem = new MenuItem("Import campaigns from a CSV or .ics file...");
        campaignsItem.setId("importCampaignsItem");
        campaignsItem.setOnAction(e -> files.openCampaigns(window.get()).ifPresent(file -> calendar.icsModel()
                .previewCampaigns(file, preview -> CampaignImportDialog.show(window.get(), preview, calendar.icsModel()::importCampaigns))));
        overlaysMenu.getItems().addAll(importItem, campaignsItem);
        if (!calendar.overlays().isEmpty()) {
            overlaysMenu.getItems().add(new SeparatorMenuItem());
        }
        for (OverlayCalendar overlay : calendar.overlays()) {
            CheckMenuItem shown = new CheckMenuItem("Show \"" + overlay.name() + "\"");
            shown.setSelected(overlay.shown());
            shown.setOnAction(e -> calendar.icsModel().show(overlay, shown.isSelected()));
            MenuItem remove = new MenuItem("Remove \"" + overlay.name() + "\"");
            remove.setOnAction(e -> calendar.icsModel().remove(overlay));
            overlaysMenu.getItems().addAll(shown, remove);
        }
    }
}
