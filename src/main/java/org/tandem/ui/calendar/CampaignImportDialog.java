package org.tandem.ui.calendar;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.tandem.domain.CampaignRows;
import org.tandem.service.CalendarService;

import java.util.function.Consumer;
import java.util.function.Function;

/** The preview of campaigns from a file: every row with its dates and channel, or its problem; import the good ones. */
final class CampaignImportDialog {
    private CampaignImportDialog() {
    }

    static void show(Window owner, CalendarService.CampaignsPreview preview, Consumer<CalendarService.CampaignsPreview> importGood) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        dialog.setTitle("Import campaigns");
        int good = preview.campaigns().size();
        int bad = preview.rows().size() - good;
        dialog.setHeaderText(preview.file().getFileName() + ": " + good + " campaign" + (good == 1 ? "" : "s") + " ready"
                + (bad == 0 ? "" : ", " + bad + " with problems (left out)"));
        dialog.getDialogPane().setId("campaignImportPreview");
        TableView<CampaignRows.Row> table = new TableView<>(FXCollections.observableArrayList(preview.rows()));
        table.setId("campaignImportTable");
        column(table, "Line", 50, r -> Long.toString(r.line()));
        column(table, "Campaign", 200, r -> r.ok() ? r.campaign().name() : "");
        column(table, "Dates", 210, r -> r.ok() ? r.campaign().start() + " to " + r.campaign().end()
                + (r.campaign().recurrence() != null ? " (repeats)" : "") : "");
        column(table, "Channel", 120, r -> r.ok() ? r.campaign().channel() : "");
        column(table, "Problem", 300, CampaignRows.Row::problem);
        table.setPrefHeight(300);
        Label channels = new Label(preview.newChannels().isEmpty() ? "Every channel matches one the plan has."
                : "New channels: " + String.join(", ", preview.newChannels().stream().map(c -> c.name()).toList()) + ".");
        channels.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(8, channels, table));
        org.tandem.ui.common.DialogSize.fit(dialog, owner, 900, 520);
        ButtonType go = new ButtonType("Import " + good + " campaign" + (good == 1 ? "" : "s"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(go, ButtonType.CANCEL);
        Button goButton = (Button) dialog.getDialogPane().lookupButton(go);
        goButton.setId("importCampaigns");
        goButton.setDisable(good == 0);
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == go) {
                importGood.accept(preview);
            }
        });
        dialog.show();
    }

    private static void column(TableView<CampaignRows.Row> table, String title, double width, Function<CampaignRows.Row, String> text) {
        TableColumn<CampaignRows.Row, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        table.getColumns().add(column);
    }
}
