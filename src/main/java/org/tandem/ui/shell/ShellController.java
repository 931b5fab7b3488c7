package org.tandem.ui.shell;

import javafx.animation.PauseTransition;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.tandem.domain.Plan;
import org.tandem.ui.common.Theme;
import org.tandem.ui.common.UndoOffer;
import org.tandem.ui.planfiles.PlanFileActions;

import java.util.EnumMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The main window: menus, plan switcher, sidebar, the section on show, and the Undo bar. */
public final class ShellController {
    static final Duration UNDO_OFFER = Duration.seconds(10);

    private final ShellViewModel viewModel;
    private final PlanSwitcherViewModel plans;
    private final Function<Section, Parent> screens;
    private final Runnable quitRequest;
    private final HelpDialogs help;
    private final Locale locale;
    private final String stylesheet;
    private final PlanFileActions fileActions;
    private final Map<Section, Parent> built = new EnumMap<>(Section.class);
    private final PauseTransition noticeTimer = new PauseTransition(Duration.seconds(4));

    @FXML
    private BorderPane root;
    @FXML
    private org.controlsfx.control.StatusBar statusBar;
    @FXML
    private Menu fileMenu;
    @FXML
    private Menu viewMenu;
    @FXML
    private CheckMenuItem darkThemeItem;
    @FXML
    private MenuItem editPlanItem;
    @FXML
    private MenuItem duplicatePlanItem;
    @FXML
    private MenuItem deletePlanItem;
    @FXML
    private MenuItem undoItem;
    @FXML
    private MenuItem redoItem;
    @FXML
    private MenuButton planActions;
    @FXML
    private ComboBox<Plan> planSwitcher;

    @FXML
    private ToggleButton themeToggle;
    @FXML
    private ListView<Section> sidebar;
    @FXML
    private StackPane content;
    @FXML
    private VBox noPlanPane;
    @FXML
    private HBox undoBar;
    @FXML
    private Label undoMessage;
    @FXML
    private Button undoButton;

    public ShellController(ShellViewModel viewModel, Function<Section, Parent> screens, Runnable quitRequest,
                           HelpDialogs help, Locale locale, String stylesheet, PlanFileActions fileActions) {
        this.viewModel = viewModel;
        this.plans = viewModel.planSwitcher();
        this.screens = screens;
        this.quitRequest = quitRequest;
        this.help = help;
        this.locale = locale;
        this.stylesheet = stylesheet;
        this.fileActions = fileActions;
    }

    @FXML
    private void initialize() {
        bindSidebar();
        root.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null && was == null) {
                SectionWarmUp.install(content, List.of(Section.CALENDAR, Section.SALES_PLAN, Section.RESEARCH, Section.COMPETITORS), section -> built.computeIfAbsent(section, screens));
            }
        });
        bindPlanSwitcher();
        bindTheme();
        bindUndo();
        bindStatusBar();
        fileActions.install(fileMenu, statusBar, root);
        PresentMode.install(viewMenu, root, viewModel);
    }

    /**
     * ControlsFX's status bar: a quiet notice for a few seconds ("Plan saved"), else what Ctrl+Z would
     * undo; on the right, "Saving…" while quitting waits for queued saves.
     */
    private void bindStatusBar() {
        javafx.beans.property.BooleanProperty noticeShown = new javafx.beans.property.SimpleBooleanProperty(false);
        noticeTimer.setOnFinished(e -> noticeShown.set(false));
        plans.noticeProperty().addListener((o, was, now) -> {
            noticeShown.set(!now.isEmpty());
            noticeTimer.playFromStart();
        });
        statusBar.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> noticeShown.get()
                ? plans.noticeProperty().get() : viewModel.canUndoProperty().get() ? viewModel.undoTextProperty().get() + "  (Ctrl+Z)" : "",
                noticeShown, plans.noticeProperty(), viewModel.canUndoProperty(), viewModel.undoTextProperty()));
        javafx.scene.control.ProgressIndicator spinner = new javafx.scene.control.ProgressIndicator();
        spinner.setPrefSize(16, 16);
        Label saving = new Label("Saving…", spinner);
        saving.setId("savingStatus");
        saving.visibleProperty().bind(viewModel.savingBeforeQuitProperty());
        statusBar.getRightItems().add(saving);
    }

    private void bindSidebar() {
        sidebar.getItems().setAll(Section.values());
        SidebarCells.install(sidebar, root);
        sidebar.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                viewModel.sectionProperty().set(now);
            }
        });
        viewModel.sectionProperty().addListener((o, was, now) -> show(now));
        for (Section section : Section.values()) {
            MenuItem item = new MenuItem(section.title());
            item.setAccelerator(KeyCombination.valueOf("Shortcut+" + section.shortcutDigit()));
            item.setOnAction(e -> viewModel.sectionProperty().set(section));
            viewMenu.getItems().add(section.ordinal(), item);
        }
        show(viewModel.sectionProperty().get());
    }

    /** Builds a screen the first time it is shown, so start-up pays only for the first. */
    private void show(Section section) {
        Parent screen = built.computeIfAbsent(section, screens);
        content.getChildren().setAll(screen);
        sidebar.getSelectionModel().select(section);
    }

    private void bindPlanSwitcher() {
        planSwitcher.setItems(plans.plans());
        planSwitcher.getSelectionModel().select(plans.current());
        planSwitcher.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                plans.open(now);
            }
        });
        plans.currentProperty().addListener((o, was, now) -> planSwitcher.getSelectionModel().select(now));
        var noPlan = plans.currentProperty().isNull();
        noPlanPane.visibleProperty().bind(noPlan);
        noPlanPane.managedProperty().bind(noPlan);
        content.visibleProperty().bind(noPlan.not());
        planSwitcher.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(plans.plans()));
        for (MenuItem item : new MenuItem[]{editPlanItem, duplicatePlanItem, deletePlanItem}) {
            item.disableProperty().bind(noPlan);
        }
        for (MenuItem item : planActions.getItems().subList(0, 3)) {
            item.disableProperty().bind(noPlan);
        }
    }

    private void bindTheme() {
        applyTheme(viewModel.darkThemeProperty().get());
        viewModel.darkThemeProperty().addListener((o, was, dark) -> applyTheme(dark));
        themeToggle.selectedProperty().bindBidirectional(viewModel.darkThemeProperty());
        darkThemeItem.selectedProperty().bindBidirectional(viewModel.darkThemeProperty());
    }

    private void applyTheme(boolean dark) {
        Theme.apply(dark);
        root.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("dark"), dark);
    }

    private void bindUndo() {
        // Ctrl+Z undoes a plan delete while its bar is up, else the open plan's last step; Ctrl+Shift+Z and Ctrl+Y redo it
        undoItem.textProperty().bind(viewModel.undoTextProperty());
        undoItem.disableProperty().bind(viewModel.canUndoProperty().not());
        redoItem.textProperty().bind(viewModel.redoTextProperty());
        redoItem.disableProperty().bind(viewModel.canRedoProperty().not());
        root.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(KeyCombination.valueOf("Shortcut+Y"), viewModel::redo);
            }
        });
        UndoOffer.bind(undoBar, undoMessage, undoButton, plans.undoableDeleteProperty(),
                gone -> "Deleted plan \"" + gone.name() + "\".", plans::undoDelete, plans::dismissUndo, UNDO_OFFER);
    }

    private Window window() {
        return root.getScene().getWindow();
    }

    @FXML
    private void newPlan() {
        PlanDialog.open(window(), plans.newPlanForm(), plans, locale, stylesheet);
    }

    @FXML
    private void editPlan() {
        if (plans.current() != null) {
            PlanDialog.open(window(), plans.editForm(), plans, locale, stylesheet);
        }
    }

    @FXML
    private void duplicatePlan() {
        if (plans.current() != null) {
            PlanDialog.open(window(), plans.duplicateForm(), plans, locale, stylesheet);
        }
    }

    @FXML
    private void newPlanFromSample() {
        plans.addSample();
    }

    @FXML
    private void deletePlan() {
        Plan plan = plans.current();
        if (plan == null) {
            return;
        }
        ButtonType delete = new ButtonType("Delete", ButtonBar.ButtonData.OK_DONE);
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION,
                "\"" + plan.name() + "\" and everything in it will be deleted. You can undo this for a few seconds.",
                delete, ButtonType.CANCEL);
        confirm.initOwner(window());
        confirm.setTitle("Delete plan");
        confirm.setHeaderText("Delete this plan?");
        confirm.getDialogPane().setId("confirmDelete");
        confirm.setOnHidden(e -> {
            if (confirm.getResult() == delete) {
                plans.deleteCurrent();
            }
        });
        confirm.show();
    }

    @FXML
    private void undoDelete() {
        viewModel.undo();
    }

    @FXML
    private void redo() {
        viewModel.redo();
    }

    @FXML
    private void dismissUndo() {
        plans.dismissUndo();
    }

    @FXML
    private void quit() {
        quitRequest.run();
    }

    @FXML
    private void showShortcuts() {
        help.showShortcuts(window());
    }

    @FXML
    private void showMarketingAndSales() {
        help.showMarketingAndSales(window());
    }

    @FXML
    private void showAbout() {
        help.showAbout(window());
    }
}
