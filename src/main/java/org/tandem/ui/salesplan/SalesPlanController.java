package org.tandem.ui.salesplan;

import javafx.animation.PauseTransition;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.tandem.domain.SalesPlan;
import org.tandem.ui.common.ChoiceText;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/** The wizard's frame: which sales plan, the step bar, the explanation, Back and Next. The steps bring their own controllers. */
public final class SalesPlanController {
    private final SalesPlanViewModel wizard;
    private final IntFunction<Parent> stepViews;
    private final java.util.function.IntConsumer catchUp;
    private final Map<Integer, Parent> built = new HashMap<>();
    private final ToggleGroup stepGroup = new ToggleGroup();
    private final PauseTransition warmUp = new PauseTransition(Duration.millis(400));

    /** The root's property naming the last step warmed up off screen (the benchmark waits for it). */
    static final String WARMED_STEP = "warmedStep";
    /** How long the last warm-up held the JavaFX thread (the benchmark reports it). */
    static final String WARM_UP_NANOS = "warmUpNanos";

    @FXML private javafx.scene.layout.BorderPane salesPlanRoot;
    @FXML private ComboBox<SalesPlan> salesPlanChoice;
    @FXML private Button deleteSalesPlan;
    @FXML private Label periodLabel;
    @FXML private HBox stepBar;
    @FXML private TitledPane explanation;
    @FXML private Label purposeLabel;
    @FXML private Label goodLabel;
    @FXML private Label exampleLabel;
    @FXML private ScrollPane stepScroll;
    @FXML private StackPane stepHost;
    @FXML private VBox emptyState;
    @FXML private Label messageLabel;
    /** The scene whose focus changes commit a field left: watched once, however often the screen comes and goes. */
    private javafx.scene.Scene focusWatched;
    @FXML private Button backButton;
    @FXML private Button nextButton;

    /**
     * @param stepViews builds a step's view
     * @param catchUp brings a step's view model up to date while it is off screen (before a warm-up)
     */
    public SalesPlanController(SalesPlanViewModel wizard, IntFunction<Parent> stepViews, java.util.function.IntConsumer catchUp) {
        this.wizard = wizard;
        this.stepViews = stepViews;
        this.catchUp = catchUp;
    }

    private boolean isInStep(javafx.scene.Node node) {
        for (javafx.scene.Node up = node; up != null; up = up.getParent()) {
            if (up == stepScroll) {
                return true;
            }
        }
        return false;
    }

    @FXML
    private void initialize() {
        // leaving a field commits what it holds at once: the figures settle before the user's next click lands
        stepScroll.sceneProperty().addListener((o, was, scene) -> {
            // once per scene: the shell's warm-up puts the screen in the window and takes it out before it is shown
            if (scene != null && scene != focusWatched) {
                focusWatched = scene;
                scene.focusOwnerProperty().addListener((f, before, after) -> {
                    if (before instanceof javafx.scene.control.TextInputControl && isInStep(before)) {
                        wizard.flush();
                    }
                });
            }
        });
        salesPlanChoice.setItems(wizard.salesPlans());
        salesPlanChoice.setConverter(ChoiceText.of(SalesPlan::name));
        salesPlanChoice.setOnAction(e -> {
            SalesPlan chosen = salesPlanChoice.getValue();
            SalesPlan open = wizard.current();
            if (chosen != null && (open == null || !open.id().equals(chosen.id()))) {
                wizard.open(chosen);
            }
        });
        for (int i = 1; i <= SalesPlan.STEPS; i++) {
            int step = i;
            ToggleButton button = new ToggleButton(i + "  " + SalesPlanViewModel.STEP_NAMES.get(i - 1));
            button.setId("step" + i);
            button.getStyleClass().add("step-button");
            button.setToggleGroup(stepGroup);
            button.setOnAction(e -> {
                wizard.goTo(step);
                refreshBar(); // a refused step leaves the step as it was: the buttons must say so again
            });
            stepBar.getChildren().add(button);
        }
        explanation.expandedProperty().bindBidirectional(wizard.explanationExpandedProperty());
        // the warm-up holds the JavaFX thread for a moment: it waits until the user has stopped typing and clicking
        salesPlanRoot.addEventFilter(javafx.scene.input.InputEvent.ANY, e -> {
            if (warmUp.getStatus() == javafx.animation.Animation.Status.RUNNING) {
                warmUp.playFromStart();
            }
        });
        // built ahead by the shell: the steps' views too, each styled in its own place, the one shown first leading
        salesPlanRoot.getProperties().put(org.tandem.ui.common.BuiltAhead.KEY, (org.tandem.ui.common.BuiltAhead) inPlace -> {
            int step = nextToBuildAhead();
            if (step == 0 || salesPlanRoot.getScene() != null) {
                return false; // all built, or shown meanwhile: its own warm-up takes over
            }
            inPlace.accept(() -> warmUp(step));
            return nextToBuildAhead() != 0;
        });
        wizard.currentProperty().addListener((o, was, now) -> refresh());
        wizard.stepProperty().addListener((o, was, now) -> refresh());
        wizard.figuresProperty().addListener((o, was, now) -> refreshBar());
        wizard.messageProperty().addListener((o, was, now) -> refreshBar());
        refresh();
    }

    private void refresh() {
        SalesPlan open = wizard.current();
        emptyState.setVisible(open == null);
        stepScroll.setVisible(open != null);
        // without a sales plan there are no steps to show or explain
        for (javafx.scene.Node part : List.of(stepBar, explanation, backButton, nextButton)) {
            part.setVisible(open != null);
            part.setManaged(open != null);
        }
        deleteSalesPlan.setDisable(open == null);
        if (open == null) {
            salesPlanChoice.setValue(null);
            periodLabel.setText("");
            stepHost.getChildren().clear();
            refreshBar();
            return;
        }
        if (salesPlanChoice.getValue() == null || !salesPlanChoice.getValue().equals(open)) {
            salesPlanChoice.setValue(open);
        }
        periodLabel.setText(open.period().label() + "  (" + open.period().days() + " days)");
        int step = wizard.stepProperty().get();
        StepGuide guide = StepGuide.of(step);
        explanation.setText(guide.title());
        purposeLabel.setText(guide.purpose());
        goodLabel.setText(guide.good());
        exampleLabel.setText("Example: " + guide.example());
        Parent view = built.computeIfAbsent(step, stepViews::apply);
        if (stepHost.getChildren().size() != 1 || stepHost.getChildren().get(0) != view) {
            stepHost.getChildren().setAll(view);
            stepScroll.setVvalue(0);
        }
        refreshBar();
        warmUpSoon(unbuiltAfter(step));
    }

    private int nextToBuildAhead() {
        int now = wizard.stepProperty().get();
        return built.containsKey(now) ? unbuiltAfter(now) : now;
    }

    /** The next step not built yet, counting on from {@code step} and round: 0 when all are built. */
    private int unbuiltAfter(int step) {
        for (int i = 1; i < SalesPlan.STEPS; i++) {
            int candidate = (step - 1 + i) % SalesPlan.STEPS + 1;
            if (!built.containsKey(candidate)) {
                return candidate;
            }
        }
        return 0;
    }

    /**
     * While the user reads this step, the next one is built and styled unseen, so Next shows it at
     * once; then, in later pauses, the others.
     */
    private void warmUpSoon(int step) {
        if (step < 1 || step > SalesPlan.STEPS || built.containsKey(step)) {
            return;
        }
        warmUp.setOnFinished(e -> warmUp(step));
        warmUp.playFromStart();
    }

    private void warmUp(int step) {
        javafx.stage.Window window = stepHost.getScene() == null ? null : stepHost.getScene().getWindow();
        if (window == null || !window.isShowing() || built.containsKey(step)) {
            return; // the window has closed meanwhile: nothing to warm up for
        }
        long began = System.nanoTime();
        Parent view = built.computeIfAbsent(step, stepViews::apply);
        catchUp.accept(step);
        // styled and laid out in this scene, unseen, then taken out again until it is shown
        view.setVisible(false);
        view.setManaged(false);
        stepHost.getChildren().add(view);
        view.applyCss();
        // at the size it will have: the host's width, its own height (the step scrolls)
        double width = stepHost.getWidth() - stepHost.snappedLeftInset() - stepHost.snappedRightInset();
        view.resize(width, view.prefHeight(width));
        view.layout();
        stepHost.getChildren().remove(view);
        view.setManaged(true);
        view.setVisible(true);
        salesPlanRoot.getProperties().put(WARM_UP_NANOS, System.nanoTime() - began);
        salesPlanRoot.getProperties().put(WARMED_STEP, step);
        warmUpSoon(unbuiltAfter(step));
    }

    private void refreshBar() {
        SalesPlan open = wizard.current();
        int step = wizard.stepProperty().get();
        List<javafx.scene.Node> buttons = stepBar.getChildren();
        for (int i = 1; i <= buttons.size(); i++) {
            ToggleButton button = (ToggleButton) buttons.get(i - 1);
            boolean reachable = open != null && wizard.reachable(i);
            button.setSelected(open != null && i == step);
            button.setDisable(!reachable);
            boolean done = open != null && wizard.stepProblem(i).isEmpty() && i < step;
            button.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("done"), done);
            button.setTooltip(reachable ? null : new Tooltip("Finish the steps before it first."));
        }
        backButton.setDisable(open == null || step <= 1);
        boolean last = step >= SalesPlan.STEPS;
        nextButton.setDisable(open == null || last);
        nextButton.setText(last ? "Next" : "Next: " + SalesPlanViewModel.STEP_NAMES.get(step));
        String problem = open == null ? "" : wizard.stepProblem(step);
        String message = wizard.messageProperty().get();
        messageLabel.setText(!message.isEmpty() ? message : problem.isEmpty() || last ? "" : "To go on: " + problem);
    }

    @FXML
    private void newSalesPlan() {
        wizard.createNextSalesPlan();
    }

    @FXML
    private void deleteSalesPlan() {
        SalesPlan open = wizard.current();
        if (open == null) {
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Delete \"" + open.name() + "\" with its objectives, activities,"
                + " actuals and the calendar items scheduled from it?", ButtonType.OK, ButtonType.CANCEL);
        confirm.setHeaderText("Delete this sales plan?");
        confirm.initOwner(salesPlanChoice.getScene().getWindow());
        if (confirm.showAndWait().filter(b -> b == ButtonType.OK).isPresent()) {
            wizard.deleteCurrent();
        }
    }

    @FXML
    private void back() {
        wizard.back();
    }

    @FXML
    private void next() {
        wizard.next();
    }
}
