package org.tandem.ui.classroom;

import javafx.beans.binding.Bindings;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.tandem.domain.StudentWork;
import org.tandem.ui.planfiles.PlanFileActions;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The class review's window: the exercise's task, a filter, the table of students (sortable by any column), what
 * was skipped; Open read-only (or double-click), Side by side for two selected students, Export CSV and Report.
 * Closing it ends the review.
 */
final class ClassReviewWindow {
    private ClassReviewWindow() {
    }

    static Stage open(Window owner, ClassReviewViewModel viewModel, Path folder, PlanFileActions.Chooser chooser, Locale locale,
                      String stylesheet) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Class review: " + folder.getFileName());

        Label summary = new Label();
        summary.setId("reviewSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(viewModel.summaryProperty());
        Label task = new Label();
        task.setId("reviewTask");
        task.setWrapText(true);
        task.textProperty().bind(Bindings.when(viewModel.taskProperty().isEmpty()).then("")
                .otherwise(Bindings.concat("Task: ", viewModel.taskProperty())));
        task.managedProperty().bind(viewModel.taskProperty().isNotEmpty());
        TextField filter = new TextField();
        filter.setId("reviewFilter");
        filter.setPromptText("Filter by student or plan name");
        filter.setAccessibleText("Filter students");
        filter.textProperty().bindBidirectional(viewModel.filterProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        CheckBox needsLook = new CheckBox("Only plans that need a look");
        needsLook.setId("reviewNeedsLook");
        needsLook.selectedProperty().bindBidirectional(viewModel.needsLookProperty());
        HBox filters = new HBox(12, filter, needsLook);
        filters.setAlignment(Pos.CENTER_LEFT);

        TableView<StudentWork> table = new TableView<>();
        table.setId("reviewTable");
        table.setAccessibleText("Students");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        for (ClassReviewViewModel.Column c : viewModel.columns()) {
            TableColumn<StudentWork, StudentWork> column = new TableColumn<>(c.header());
            column.setId("review-" + c.id());
            column.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cell.getValue()));
            column.setComparator(c.order());
            column.setPrefWidth(c.width());
            column.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
                @Override
                protected void updateItem(StudentWork item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? null : c.text().apply(item));
                }
            });
            table.getColumns().add(column);
        }
        SortedList<StudentWork> sorted = new SortedList<>(viewModel.shown());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        // headers and short values always whole, long texts whole on hover, sideways scrolling when narrow
        org.tandem.ui.common.TableFit.install(table);
        table.setPlaceholder(new Label("No student's plan here yet: the folder should hold the plan files the students handed in."));

        Button open = new Button("Open read-only");
        open.setId("reviewOpen");
        open.disableProperty().bind(Bindings.size(table.getSelectionModel().getSelectedItems()).isNotEqualTo(1));
        open.setOnAction(e -> show(stage, viewModel, List.of(table.getSelectionModel().getSelectedItem()), stylesheet));
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && table.getSelectionModel().getSelectedItem() != null) {
                show(stage, viewModel, List.of(table.getSelectionModel().getSelectedItem()), stylesheet);
            }
        });
        Button sideBySide = new Button("Side by side");
        sideBySide.setId("reviewSideBySide");
        sideBySide.disableProperty().bind(Bindings.size(table.getSelectionModel().getSelectedItems()).isNotEqualTo(2));
        sideBySide.setOnAction(e -> show(stage, viewModel, List.copyOf(table.getSelectionModel().getSelectedItems()), stylesheet));
        Button csv = new Button("Export CSV…");
        csv.setId("reviewCsv");
        csv.setOnAction(e -> chooser.csvTo(stage, "class review.csv").ifPresent(file -> viewModel.exportCsv(List.copyOf(table.getItems()), file)));
        Button report = new Button("Report…");
        report.setId("reviewReport");
        report.setOnAction(e -> chooser.reportTo(stage, "class review.pdf").ifPresent(file -> viewModel.report(List.copyOf(table.getItems()), file)));
        Button other = new Button("Other folder…");
        other.setId("reviewOtherFolder");
        other.setOnAction(e -> chooser.folderFrom(stage, "Class review: the folder of the students' plan files").ifPresent(viewModel::load));
        for (Button b : new Button[]{csv, report, other}) {
            b.disableProperty().bind(viewModel.busyProperty());
        }
        HBox buttons = new HBox(8, open, sideBySide, csv, report, other);

        ListView<String> skipped = new ListView<>(viewModel.skipped());
        skipped.setId("reviewSkipped");
        skipped.setAccessibleText("Files skipped");
        skipped.setPrefHeight(90);
        skipped.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        Label skippedTitle = new Label("Files skipped (damaged or not a plan file)");
        for (javafx.scene.Node n : new javafx.scene.Node[]{skipped, skippedTitle}) {
            n.visibleProperty().bind(Bindings.isNotEmpty(viewModel.skipped()));
            n.managedProperty().bind(n.visibleProperty());
        }
        VBox top = new VBox(8, summary, task, filters);
        VBox bottom = new VBox(8, buttons, skippedTitle, skipped);
        BorderPane root = new BorderPane(table, top, null, bottom, null);
        BorderPane.setMargin(table, new Insets(8, 0, 8, 0));
        root.setPadding(new Insets(12));
        root.setId("classReview");
        Scene scene = new Scene(root, Math.min(1100, owner == null ? 1100 : owner.getWidth() - 40),
                Math.min(640, owner == null ? 640 : owner.getHeight() - 40));
        scene.getStylesheets().add(stylesheet);
        stage.setScene(scene);
        stage.setOnHidden(e -> viewModel.close());
        viewModel.load(folder);
        stage.show();
        return stage;
    }

    /** One student's plan, or two side by side, read-only in a window of their own. */
    private static void show(Window owner, ClassReviewViewModel viewModel, List<StudentWork> students, String stylesheet) {
        javafx.scene.control.SplitPane panes = new javafx.scene.control.SplitPane();
        panes.setId("reviewPlans");
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(String.join("  |  ", students.stream().map(StudentWork::file).toList()) + " (read-only)");
        for (StudentWork student : students) {
            VBox holder = new VBox(new Label("Reading " + student.file() + "…"));
            panes.getItems().add(holder);
            viewModel.outline(student, outline -> {
                VBox view = PlanOutlineView.of(student, outline);
                VBox.setVgrow(view, Priority.ALWAYS);
                holder.getChildren().setAll(view);
            });
        }
        // in a border pane: the theme gives the window's root its background (a split pane as root stays white)
        Scene scene = new Scene(new BorderPane(panes), Math.min(students.size() * 560, owner.getWidth()), Math.min(640, owner.getHeight()));
        scene.getStylesheets().add(stylesheet);
        stage.setScene(scene);
        stage.show();
    }
}
