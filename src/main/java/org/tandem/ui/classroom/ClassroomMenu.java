package org.tandem.ui.classroom;

import org.tandem.service.PlanVersion;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.tandem.domain.Exercise;
import org.tandem.domain.Plan;
import org.tandem.service.Classroom;
import org.tandem.service.PlanFiles;
import org.tandem.ui.common.FieldError;
import org.tandem.ui.common.MenuCommand;
import org.tandem.ui.planfiles.PlanFileActions;
import org.tandem.ui.planfiles.PlanFilesViewModel;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The Classroom menu: the guided tour, Reset sample, checkpoints, Export exercise, the exercise's task, and the class
 * review; with the small dialogs they ask through. The work is the view model's.
 */
public final class ClassroomMenu {
    private final ClassroomViewModel viewModel;
    private final PlanFileActions.Chooser chooser;
    private final Supplier<ClassReviewViewModel> reviews;
    private final Locale locale;
    private final String stylesheet;
    private Parent root;

    public ClassroomMenu(ClassroomViewModel viewModel, PlanFileActions.Chooser chooser, Supplier<ClassReviewViewModel> reviews,
                         Locale locale, String stylesheet) {
        this.viewModel = viewModel;
        this.chooser = chooser;
        this.reviews = reviews;
        this.locale = locale;
        this.stylesheet = stylesheet;
    }

    /** Adds the menu before Help; {@code tour} starts or resumes the guided tour. */
    public void install(MenuBar bar, Parent root, Runnable tour) {
        this.root = root;
        MenuItem tourItem = MenuCommand.item("tourItem", "Guided tour", "Shortcut+Shift+G", tour);
        MenuItem reset = new MenuItem("Reset sample…");
        reset.setId("resetSampleItem");
        reset.setOnAction(e -> askReset());
        reset.disableProperty().bind(viewModel.fromSampleProperty().not());
        MenuItem checkpoint = MenuCommand.item("checkpointItem", "Save checkpoint…", "Shortcut+Shift+K", this::askCheckpoint);
        MenuItem returnTo = new MenuItem("Return to checkpoint…");
        returnTo.setId("returnToCheckpointItem");
        returnTo.setOnAction(e -> viewModel.checkpoints(list -> chooseCheckpoint(list)));
        MenuItem exercise = new MenuItem("Export exercise…");
        exercise.setId("exportExerciseItem");
        exercise.setOnAction(e -> askExercise());
        MenuItem task = new MenuItem("Exercise task");
        task.setId("exerciseTaskItem");
        task.setOnAction(e -> showTask(viewModel.taskProperty().get()));
        task.disableProperty().bind(Bindings.isNull(viewModel.taskProperty()));
        MenuItem review = new MenuItem("Class review…");
        review.setId("classReviewItem");
        review.setOnAction(e -> chooser.folderFrom(window(), "Class review: the folder of the students' plan files")
                .ifPresent(folder -> ClassReviewWindow.open(window(), reviews.get(), folder, chooser, locale, stylesheet)));
        Menu menu = new Menu("_Classroom");
        menu.setId("classroomMenu");
        menu.getItems().addAll(tourItem, new SeparatorMenuItem(), reset, checkpoint, returnTo, new SeparatorMenuItem(), exercise, task,
                review);
        int help = bar.getMenus().size() - 1;
        bar.getMenus().add(Math.max(0, help), menu);
        viewModel.onTaskImported(this::showTask);
    }

    private Window window() {
        Scene scene = root.getScene();
        return scene == null ? null : scene.getWindow();
    }

    private <T> Dialog<T> dialog(String title, String header, String id) {
        Dialog<T> dialog = new Dialog<>();
        if (window() != null) {
            dialog.initOwner(window());
        }
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().getStylesheets().add(stylesheet);
        dialog.getDialogPane().setId(id);
        return dialog;
    }

    private void askReset() {
        Plan plan = viewModel.plan();
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION);
        if (window() != null) {
            ask.initOwner(window());
        }
        ask.setTitle("Reset sample");
        ask.setHeaderText("Put \"" + plan.name() + "\" back as the sample was shipped?");
        ask.setContentText("Everything changed in it goes. What is there now is kept in File > History, and Edit > Undo"
                + " (Ctrl+Z) brings it back.");
        ask.getDialogPane().getStylesheets().add(stylesheet);
        ask.getDialogPane().setId("resetSampleDialog");
        ButtonType reset = new ButtonType("Reset", ButtonBar.ButtonData.OK_DONE);
        ask.getButtonTypes().setAll(reset, ButtonType.CANCEL);
        ask.getDialogPane().lookupButton(reset).setId("resetSampleConfirm");
        ask.showAndWait().filter(reset::equals).ifPresent(b -> viewModel.resetSample());
    }

    private void askCheckpoint() {
        if (viewModel.plan() == null) {
            return;
        }
        Dialog<Void> dialog = dialog("Save checkpoint", "Name this moment of \"" + viewModel.plan().name()
                + "\" to return to it later", "checkpointDialog");
        TextField name = new TextField();
        name.setId("checkpointName");
        name.setPromptText("e.g. After step 2");
        name.setAccessibleText("Checkpoint name");
        Label error = new Label();
        javafx.beans.property.SimpleStringProperty problem = new javafx.beans.property.SimpleStringProperty("");
        FieldError.bind(error, problem);
        name.textProperty().addListener((o, was, now) -> problem.set(""));
        dialog.getDialogPane().setContent(new VBox(4, new Label("Name"), name, error));
        ButtonType save = new ButtonType("Save checkpoint", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("checkpointSave");
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            viewModel.checkpoint(name.getText(), dialog::close, problem::set);
        });
        dialog.setResultConverter(b -> null);
        dialog.show();
        name.requestFocus();
    }

    private void chooseCheckpoint(java.util.List<PlanVersion> checkpoints) {
        Dialog<PlanVersion> dialog = dialog("Return to checkpoint", checkpoints.isEmpty()
                ? "No checkpoints yet: Classroom > Save checkpoint names one" : "Put the plan back as it was at a checkpoint",
                "returnToCheckpointDialog");
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale).withZone(ZoneId.systemDefault());
        ListView<PlanVersion> list = new ListView<>(javafx.collections.FXCollections.observableArrayList(checkpoints));
        list.setId("checkpointList");
        list.setAccessibleText("Checkpoints");
        list.setPrefHeight(220);
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(PlanVersion item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.title() + "  (" + when.format(item.createdAt()) + ")");
            }
        });
        list.getSelectionModel().selectFirst();
        dialog.getDialogPane().setContent(new VBox(6, list, new Label("What is there now is kept in File > History; Ctrl+Z undoes it.")));
        ButtonType go = new ButtonType("Return to it", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(go, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(go).setId("returnToCheckpointConfirm");
        dialog.getDialogPane().lookupButton(go).disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        dialog.setResultConverter(b -> b == go ? list.getSelectionModel().getSelectedItem() : null);
        dialog.showAndWait().ifPresent(viewModel::returnTo);
    }

    private void askExercise() {
        Plan plan = viewModel.plan();
        if (plan == null) {
            return;
        }
        ExerciseFormViewModel form = new ExerciseFormViewModel(plan.name());
        Dialog<Exercise> dialog = dialog("Export exercise", "Hand out \"" + plan.name() + "\" with parts for the students to do",
                "exerciseDialog");
        dialog.setResizable(true);
        TextField name = new TextField();
        name.setId("exerciseName");
        name.setAccessibleText("Exercise name");
        name.textProperty().bindBidirectional(form.nameProperty());
        Label nameError = new Label();
        FieldError.bind(nameError, form.nameErrorProperty());
        TextArea task = new TextArea();
        task.setId("exerciseTask");
        task.setAccessibleText("The task");
        task.setWrapText(true);
        task.setPrefRowCount(4);
        task.setPromptText("What the students should do, e.g. \"Set three SMART objectives and work out the funnel\"");
        task.textProperty().bindBidirectional(form.taskProperty());
        Label taskError = new Label();
        FieldError.bind(taskError, form.taskErrorProperty());
        GridPane choices = new GridPane();
        choices.setHgap(24);
        choices.setVgap(4);
        choices.add(new Label("Hand out empty"), 0, 0);
        choices.add(new Label("Hand out blank"), 1, 0);
        int row = 1;
        for (Exercise.Part part : Exercise.Part.values()) {
            CheckBox box = new CheckBox(part.label());
            box.setId("empty-" + part.name());
            box.selectedProperty().bindBidirectional(form.emptied(part));
            box.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            choices.add(box, 0, row++);
        }
        row = 1;
        for (Exercise.Blank blank : Exercise.Blank.values()) {
            CheckBox box = new CheckBox(blank.label());
            box.setId("blank-" + blank.name());
            box.selectedProperty().bindBidirectional(form.blanked(blank));
            box.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            choices.add(box, 1, row++);
        }
        VBox content = new VBox(4, new Label("Name of the students' plan"), name, nameError, new Label("Task (the students see it when they open the file)"),
                task, taskError, choices);
        content.setPadding(new Insets(4, 0, 0, 0));
        dialog.getDialogPane().setContent(content);
        ButtonType next = new ButtonType("Choose file…", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(next, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(next).setId("exerciseNext");
        dialog.getDialogPane().lookupButton(next).disableProperty().bind(form.validProperty().not());
        dialog.setResultConverter(b -> b == next ? form.exercise() : null);
        org.tandem.ui.common.DialogSize.fit(dialog, window(), 720, 640);
        dialog.showAndWait().ifPresent(exercise -> chooser.exportTo(window(),
                        PlanFilesViewModel.suggestedFileName(exercise.name()))
                .ifPresent(file -> viewModel.exportExercise(exercise, file)));
    }

    /** The task of an exercise, as the student reads it on import and from the menu. */
    private void showTask(Classroom.Task task) {
        if (task == null) {
            return;
        }
        Dialog<Void> dialog = dialog("Exercise", "Your task", "exerciseTaskDialog");
        TextArea text = new TextArea(task.text());
        text.setId("exerciseTaskText");
        text.setEditable(false);
        text.setWrapText(true);
        text.setAccessibleText("The exercise's task");
        text.setPrefRowCount(8);
        dialog.getDialogPane().setContent(new VBox(6, text, new Label("Classroom > Exercise task shows it again.")));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.OK);
        dialog.setResultConverter(b -> null);
        dialog.show();
    }
}
