package org.tandem.ui.planfiles;

import org.tandem.ui.common.MenuCommand;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableObjectValue;
import javafx.event.ActionEvent;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.controlsfx.control.StatusBar;
import org.tandem.domain.Plan;
import org.tandem.ui.common.Fxml;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The plan-file commands in the window: File > Export plan (Ctrl+E), Import a plan file (Ctrl+O, or a
 * .tandem.json dropped on the window) with its preview, History (Ctrl+H); and the progress of the running
 * one in the status bar with its Cancel button.
 */
public final class PlanFileActions {
    /** Where files are chosen: the system's dialogs, or fixed files in tests. */
    public interface Chooser {
        Optional<Path> exportTo(Window owner, String suggestedName);

        Optional<Path> importFrom(Window owner);

        /** Where a CSV table goes. */
        Optional<Path> csvTo(Window owner, String suggestedName);

        /** Where the printable report goes: a .pdf or an .html file. */
        Optional<Path> reportTo(Window owner, String suggestedName);

        /** Where a chart's picture goes: a .png file. */
        Optional<Path> pictureTo(Window owner, String suggestedName);

        /** A folder to read (a class's plan files). */
        Optional<Path> folderFrom(Window owner, String title);
    }

    private final PlanFilesViewModel viewModel;
    private final ObservableObjectValue<Plan> current;
    private final Chooser chooser;
    private final Locale locale;
    private final String stylesheet;
    private Parent root;

    public PlanFileActions(PlanFilesViewModel viewModel, ObservableObjectValue<Plan> current, Chooser chooser, Locale locale,
                           String stylesheet) {
        this.viewModel = viewModel;
        this.current = current;
        this.chooser = chooser;
        this.locale = locale;
        this.stylesheet = stylesheet;
    }

    /** The system's file dialogs, remembering the folder last used. */
    public static Chooser systemDialogs() {
        File[] folder = {null};
        return new Chooser() {
            @Override
            public Optional<Path> exportTo(Window owner, String suggestedName) {
                FileChooser dialog = dialog("Export plan");
                dialog.setInitialFileName(suggestedName);
                return remember(dialog.showSaveDialog(owner));
            }

            @Override
            public Optional<Path> importFrom(Window owner) {
                return remember(dialog("Import a plan file").showOpenDialog(owner));
            }

            @Override
            public Optional<Path> csvTo(Window owner, String suggestedName) {
                FileChooser dialog = dialog("Export CSV");
                dialog.getExtensionFilters().setAll(new FileChooser.ExtensionFilter("CSV files", "*.csv"));
                dialog.setInitialFileName(suggestedName);
                return remember(dialog.showSaveDialog(owner));
            }

            @Override
            public Optional<Path> reportTo(Window owner, String suggestedName) {
                FileChooser dialog = dialog("Report");
                dialog.getExtensionFilters().setAll(new FileChooser.ExtensionFilter("PDF document", "*.pdf"),
                        new FileChooser.ExtensionFilter("Web page (one file)", "*.html"));
                dialog.setInitialFileName(suggestedName);
                return remember(dialog.showSaveDialog(owner));
            }

            @Override
            public Optional<Path> pictureTo(Window owner, String suggestedName) {
                FileChooser dialog = dialog("Save chart as PNG");
                dialog.getExtensionFilters().setAll(new FileChooser.ExtensionFilter("PNG image", "*.png"));
                dialog.setInitialFileName(suggestedName);
                return remember(dialog.showSaveDialog(owner));
            }

            @Override
            public Optional<Path> folderFrom(Window owner, String title) {
                javafx.stage.DirectoryChooser dialog = new javafx.stage.DirectoryChooser();
                dialog.setTitle(title);
                if (folder[0] != null && folder[0].isDirectory()) {
                    dialog.setInitialDirectory(folder[0]);
                }
                File chosen = dialog.showDialog(owner);
                if (chosen != null) {
                    folder[0] = chosen;
                }
                return Optional.ofNullable(chosen).map(File::toPath);
            }

            private FileChooser dialog(String title) {
                FileChooser dialog = new FileChooser();
                dialog.setTitle(title);
                dialog.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Tandem plan files", "*.tandem.json", "*.json"),
                        new FileChooser.ExtensionFilter("All files", "*.*"));
                if (folder[0] != null && folder[0].isDirectory()) {
                    dialog.setInitialDirectory(folder[0]);
                }
                return dialog;
            }

            private Optional<Path> remember(File chosen) {
                if (chosen != null) {
                    folder[0] = chosen.getParentFile();
                }
                return Optional.ofNullable(chosen).map(File::toPath);
            }
        };
    }

    /** Adds the commands to the File menu, the progress to the status bar, and file dropping to the window. */
    public void install(Menu fileMenu, StatusBar statusBar, Parent root) {
        this.root = root;
        MenuItem export = MenuCommand.item("exportPlanItem", "Export plan…", "Shortcut+E", this::exportPlan);
        MenuItem importing = MenuCommand.item("importPlanItem", "Import a plan file…", "Shortcut+O", this::importPlan);
        MenuItem history = MenuCommand.item("historyItem", "History…", "Shortcut+H", this::showHistory);
        MenuItem csv = new MenuItem("Export CSV…");
        csv.setId("exportCsvItem");
        csv.setOnAction(e -> exportCsv());
        csv.disableProperty().bind(export.disableProperty());
        MenuItem report = new MenuItem("Report…");
        report.setId("reportItem");
        report.setOnAction(e -> {
            Plan plan = current.get();
            if (plan != null) {
                ReportDialog.ask(window(), plan, stylesheet).ifPresent(options -> chooser.reportTo(window(),
                                PlanFilesViewModel.suggestedFileName(plan).replace(".tandem.json", " - report.pdf"))
                        .ifPresent(file -> viewModel.report(plan, file, options)));
            }
        });
        report.disableProperty().bind(export.disableProperty());
        export.disableProperty().bind(Bindings.isNull(current).or(viewModel.work().busyProperty()));
        history.disableProperty().bind(Bindings.isNull(current));
        importing.disableProperty().bind(viewModel.work().busyProperty());
        int at = Math.max(0, fileMenu.getItems().size() - 2);
        fileMenu.getItems().addAll(at, List.of(new SeparatorMenuItem(), export, importing, history, csv, report));

        PlanFileWork work = viewModel.work();
        ProgressBar bar = new ProgressBar();
        bar.setId("planFileProgress");
        bar.setPrefWidth(160);
        bar.progressProperty().bind(work.progressProperty());
        Label what = new Label();
        what.setId("planFileWork");
        what.textProperty().bind(work.textProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("cancelPlanFileWork");
        cancel.setOnAction(e -> work.cancel());
        HBox box = new HBox(8, what, bar, cancel);
        box.setId("planFileStatus");
        box.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        box.visibleProperty().bind(work.busyProperty());
        box.managedProperty().bind(work.busyProperty());
        // hidden through and through: a search for a visible "Cancel" must not find this one while idle
        for (javafx.scene.Node part : box.getChildren()) {
            part.visibleProperty().bind(work.busyProperty());
        }
        statusBar.getRightItems().add(0, box);

        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && planFile(e.getDragboard().getFiles()).isPresent()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            Optional<Path> file = e.getDragboard().hasFiles() ? planFile(e.getDragboard().getFiles()) : Optional.empty();
            file.ifPresent(this::importFile);
            e.setDropCompleted(file.isPresent());
            e.consume();
        });
    }

    /** The first plan file among dropped files. */
    static Optional<Path> planFile(List<File> files) {
        return files.stream().filter(f -> f.getName().toLowerCase(Locale.ROOT).endsWith(".json")).map(File::toPath).findFirst();
    }

    private Window window() {
        Scene scene = root.getScene();
        return scene == null ? null : scene.getWindow();
    }

    public void exportPlan() {
        Plan plan = current.get();
        if (plan != null) {
            chooser.exportTo(window(), PlanFilesViewModel.suggestedFileName(plan)).ifPresent(file -> viewModel.export(plan, file));
        }
    }

    /** Asks which table and whether for Excel, then where; writes it in the background. */
    public void exportCsv() {
        Plan plan = current.get();
        if (plan == null) {
            return;
        }
        Dialog<org.tandem.exchange.PlanCsv.Table> ask = new Dialog<>();
        Window owner = window();
        if (owner != null) {
            ask.initOwner(owner);
        }
        ask.setTitle("Export CSV");
        ask.setHeaderText("Which table of \"" + plan.name() + "\" for a spreadsheet?");
        ask.getDialogPane().getStylesheets().add(stylesheet);
        ask.getDialogPane().setId("csvDialog");
        javafx.scene.control.ComboBox<org.tandem.exchange.PlanCsv.Table> tables = new javafx.scene.control.ComboBox<>(
                javafx.collections.FXCollections.observableArrayList(org.tandem.exchange.PlanCsv.Table.values()));
        tables.setId("csvTable");
        tables.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(org.tandem.exchange.PlanCsv.Table table) {
                return table == null ? "" : table.title();
            }

            @Override
            public org.tandem.exchange.PlanCsv.Table fromString(String text) {
                return null;
            }
        });
        tables.getSelectionModel().select(org.tandem.exchange.PlanCsv.Table.CAMPAIGNS);
        javafx.scene.control.CheckBox excel = new javafx.scene.control.CheckBox("For Excel (adds a byte-order mark so accents read right)");
        excel.setId("csvForExcel");
        javafx.scene.layout.VBox content = new javafx.scene.layout.VBox(10, tables, excel);
        ask.getDialogPane().setContent(content);
        ButtonType next = new ButtonType("Choose file…", ButtonBar.ButtonData.OK_DONE);
        ask.getDialogPane().getButtonTypes().addAll(next, ButtonType.CANCEL);
        ask.getDialogPane().lookupButton(next).setId("csvNext");
        ask.setResultConverter(button -> button == next ? tables.getValue() : null);
        ask.showAndWait().ifPresent(table -> chooser.csvTo(window(), PlanFilesViewModel.suggestedCsvName(plan, table))
                .ifPresent(file -> viewModel.exportCsv(plan, table, file, excel.isSelected())));
    }

    public void importPlan() {
        chooser.importFrom(window()).ifPresent(this::importFile);
    }

    /** Reads the file and shows its preview (a dropped file comes here too). */
    public void importFile(Path file) {
        viewModel.preview(file, this::showPreview);
    }

    private void showPreview(ImportPreviewViewModel preview) {
        Dialog<Void> dialog = dialog("Import a plan file", preview.title(), "importPreview", 800);
        Fxml.Loaded<ImportPreviewController> loaded = Fxml.load(PlanFileActions.class, "ImportPreview.fxml",
                type -> type == ChangesTableController.class ? new ChangesTableController() : new ImportPreviewController(preview));
        dialog.getDialogPane().setContent(loaded.root());
        ButtonType go = new ButtonType(preview.action(), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(go, ButtonType.CANCEL);
        Button goButton = (Button) dialog.getDialogPane().lookupButton(go);
        goButton.setId("importConfirm");
        preview.modeProperty().addListener((o, was, now) -> goButton.setText(preview.action()));
        goButton.addEventFilter(ActionEvent.ACTION, e -> viewModel.importFile(preview));
        dialog.show();
    }

    public void showHistory() {
        Plan plan = current.get();
        if (plan == null) {
            return;
        }
        HistoryViewModel history = viewModel.history(plan.id());
        Dialog<Void> dialog = dialog("History", "Versions of \"" + plan.name() + "\"", "historyDialog", 900);
        Fxml.Loaded<HistoryController> loaded = Fxml.load(PlanFileActions.class, "History.fxml",
                type -> type == ChangesTableController.class ? new ChangesTableController()
                        : new HistoryController(history, viewModel, locale));
        dialog.getDialogPane().setContent(loaded.root());
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.show();
    }

    /** A resizable dialog {@code width} wide, never wider than the window's screen allows (a 1024x768 projector). */
    private Dialog<Void> dialog(String title, String header, String id, double width) {
        Dialog<Void> dialog = new Dialog<>();
        Window owner = window();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.setResizable(true);
        dialog.getDialogPane().getStylesheets().add(stylesheet);
        dialog.getDialogPane().setId(id);
        org.tandem.ui.common.DialogSize.fit(dialog, owner, width, 660);
        dialog.setResultConverter(button -> null);
        return dialog;
    }
}
