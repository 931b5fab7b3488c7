package org.tandem.ui.planfiles;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.tandem.service.PlanVersion;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** File > History: the list of kept versions, the changes since the chosen one, keep and restore. */
public final class HistoryController {
    private final HistoryViewModel viewModel;
    private final PlanFilesViewModel files;
    private final DateTimeFormatter when;

    @FXML
    private ListView<PlanVersion> versionList;
    @FXML
    private TextField versionName;
    @FXML
    private Button keepVersion;
    @FXML
    private Label changesTitle;
    @FXML
    private ChangesTableController historyChangesController;
    @FXML
    private Button restoreOver;
    @FXML
    private Button restoreAsNew;

    public HistoryController(HistoryViewModel viewModel, PlanFilesViewModel files, Locale locale) {
        this.viewModel = viewModel;
        this.files = files;
        this.when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(ZoneId.systemDefault());
    }

    @FXML
    private void initialize() {
        versionList.setItems(viewModel.versions());
        versionList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(PlanVersion version, boolean empty) {
                super.updateItem(version, empty);
                setText(empty || version == null ? null : when.format(version.createdAt()) + "  " + version.title());
            }
        });
        versionList.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> viewModel.selectedProperty().set(now));
        viewModel.selectedProperty().addListener((o, was, now) -> {
            versionList.getSelectionModel().select(now);
            changesTitle.setText(now == null ? "Choose a version to see what changed since"
                    : "From \"" + now.title() + "\" (" + when.format(now.createdAt()) + ") to now");
        });
        versionName.textProperty().bindBidirectional(viewModel.nameProperty());
        versionName.setOnAction(e -> viewModel.keepCurrent());
        keepVersion.disableProperty().bind(viewModel.nameProperty().isEmpty());
        historyChangesController.show(viewModel.changes(), "Choose a kept version on the left.");
        viewModel.selectedProperty().addListener((o, was, now) -> historyChangesController.placeholder(now == null
                ? "Choose a kept version on the left." : "Nothing changed since this version."));
        var nothing = viewModel.selectedProperty().isNull().or(files.work().busyProperty());
        restoreOver.disableProperty().bind(nothing);
        restoreAsNew.disableProperty().bind(nothing);
    }

    @FXML
    private void keep() {
        viewModel.keepCurrent();
    }

    @FXML
    private void restoreOver() {
        files.restore(viewModel, false);
    }

    @FXML
    private void restoreAsNew() {
        files.restore(viewModel, true);
    }
}
