package org.tandem.ui.dashboard;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.tandem.domain.MarketingHat;
import org.tandem.domain.PlanStatus;
import org.tandem.domain.SalesHat;
import org.tandem.domain.SalesPlan;
import org.tandem.domain.StatusItem;

import java.util.function.Consumer;

/** Binds the dashboard to its view model: the plan's fields, the two hats, the pipeline across them and the scenarios. */
public final class DashboardController {
    /** The dashboard's property holding how many of the sample's figures were built and styled ahead. */
    public static final String BUILT_AHEAD = "tandem.dashboardBuiltAhead";
    private final DashboardViewModel viewModel;
    private final Consumer<Window> showComparison;
    private final DashboardParts parts;
    private Rehearsal rehearsal = Rehearsal.NOT_STARTED;
    private PlanStatus rehearsed;
    @FXML
    private ScrollPane dashboard;
    @FXML
    private Label planName;
    @FXML
    private Label planDescription;
    @FXML
    private Label currencyLabel;
    @FXML
    private Label planningYearLabel;
    @FXML
    private Label asOfLabel;
    @FXML
    private HBox chooserBox;
    @FXML
    private ComboBox<SalesPlan> salesPlanChooser;
    @FXML
    private ProgressIndicator dashboardLoading;
    @FXML
    private VBox firstSteps;
    @FXML
    private GridPane hats;
    @FXML
    private VBox marketingFigures;
    @FXML
    private VBox salesFigures;
    @FXML
    private VBox across;
    @FXML
    private FlowPane funnelTiles;
    @FXML
    private VBox timeSplit;
    @FXML
    private VBox reviewsDue;
    @FXML
    private VBox scenarioSection;
    @FXML
    private GridPane scenarioGrid;
    @FXML
    private Button addScenario;
    @FXML
    private Hyperlink marketingCompare;

    public DashboardController(DashboardViewModel viewModel, Consumer<Window> showComparison) {
        this.viewModel = viewModel;
        this.showComparison = showComparison;
        this.parts = new DashboardParts(viewModel);
    }

    @FXML
    private VBox marketingHat;
    @FXML
    private VBox salesHat;

    /** The hats' cards are drawn in code: each with a coloured left edge that reads in both themes. */
    private static void card(VBox hat, javafx.scene.paint.Color edge) {
        javafx.scene.paint.Color line = javafx.scene.paint.Color.rgb(128, 128, 128, 0.35);
        hat.setBackground(new javafx.scene.layout.Background(new javafx.scene.layout.BackgroundFill(
                javafx.scene.paint.Color.rgb(128, 128, 128, 0.07), new javafx.scene.layout.CornerRadii(8), null)));
        hat.setBorder(new javafx.scene.layout.Border(new javafx.scene.layout.BorderStroke(line, line, line, edge,
                javafx.scene.layout.BorderStrokeStyle.SOLID, javafx.scene.layout.BorderStrokeStyle.SOLID,
                javafx.scene.layout.BorderStrokeStyle.SOLID, javafx.scene.layout.BorderStrokeStyle.SOLID, new javafx.scene.layout.CornerRadii(8),
                new javafx.scene.layout.BorderWidths(1, 1, 1, 4), null)));
        hat.setPadding(new javafx.geometry.Insets(14, 16, 14, 16));
    }

    @FXML
    private void initialize() {
        card(marketingHat, javafx.scene.paint.Color.web("#2f81f7"));
        card(salesHat, javafx.scene.paint.Color.web("#2da44e"));
        planName.textProperty().bind(viewModel.nameProperty());
        planDescription.textProperty().bind(viewModel.descriptionProperty());
        currencyLabel.textProperty().bind(viewModel.currencyProperty());
        planningYearLabel.textProperty().bind(viewModel.planningYearProperty());
        dashboardLoading.visibleProperty().bind(viewModel.loadingProperty());
        salesPlanChooser.setItems(viewModel.salesPlans());
        salesPlanChooser.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(SalesPlan p) {
                return p == null ? "" : p.name() + " (" + p.period().label() + ")";
            }

            @Override
            public SalesPlan fromString(String s) {
                return null;
            }
        });
        viewModel.chosenProperty().addListener((o, was, now) -> salesPlanChooser.getSelectionModel().select(now));
        salesPlanChooser.setOnAction(e -> viewModel.choose(salesPlanChooser.getValue()));
        chooserBox.visibleProperty().bind(javafx.beans.binding.Bindings.size(viewModel.salesPlans()).greaterThan(1));
        chooserBox.managedProperty().bind(chooserBox.visibleProperty());
        new ScenarioTable(scenarioGrid, viewModel.scenarios(), viewModel.locale());
        addScenario.disableProperty().bind(viewModel.scenarios().fullProperty());
        Label problems = new Label();
        problems.setId("scenarioProblems");
        problems.getStyleClass().add("field-error");
        problems.setWrapText(true);
        viewModel.scenarios().problems().addListener((javafx.collections.MapChangeListener<String, String>) c ->
                problems.setText(String.join("  ", new java.util.TreeSet<>(viewModel.scenarios().problems().values()))));
        scenarioSection.getChildren().add(problems);
        show(viewModel.statusProperty().get());
        viewModel.statusProperty().addListener((o, was, now) -> show(now));
        dashboard.getProperties().put(org.tandem.ui.common.BuiltAhead.KEY, (org.tandem.ui.common.BuiltAhead) this::buildAhead);
    }

    private void show(PlanStatus status) {
        boolean any = status != null;
        asOfLabel.setText(any ? "As of " + status.today() : "");
        firstSteps.getChildren().clear();
        if (any && !status.firstSteps().isEmpty()) {
            Label title = new Label(status.empty() ? "Start here: the plan is empty" : "Still to do");
            title.getStyleClass().add("title-4");
            firstSteps.getChildren().add(title);
            firstSteps.getChildren().add(parts.list("firstStepList", "", status.firstSteps(), ""));
        }
        firstSteps.setVisible(!firstSteps.getChildren().isEmpty());
        firstSteps.setManaged(firstSteps.isVisible());
        boolean full = any && !status.empty();
        for (var node : new javafx.scene.Node[]{hats, across}) {
            node.setVisible(full);
            node.setManaged(full);
        }
        boolean scenarios = full && status.salesPlan() != null;
        scenarioSection.setVisible(scenarios);
        scenarioSection.setManaged(scenarios);
        if (full) {
            fill(status, marketingFigures, salesFigures, funnelTiles, timeSplit, reviewsDue);
        }
    }

    /** The figures of both hats and across them, into the boxes given (the dashboard's own, or some built ahead). */
    private void fill(PlanStatus status, VBox marketingInto, VBox salesInto, FlowPane funnelInto, VBox timeInto, VBox reviewsInto) {
        showMarketing(marketingInto, status.marketing());
        showSales(salesInto, status);
        showAcross(funnelInto, timeInto, reviewsInto, status);
    }

    /**
     * Parts built ahead ({@link org.tandem.ui.common.BuiltAhead}), for a window that opened on an empty plan: the
     * figures rehearsed on the sample, then their parts built and styled unseen and let go. The first plan with
     * content opened then shows its figures with code the JVM has run and controls whose skins are made.
     */
    private boolean buildAhead(java.util.function.Consumer<Runnable> inPlace) {
        if (rehearsal == Rehearsal.NOT_STARTED) {
            rehearsal = Rehearsal.RUNNING;
            viewModel.rehearse(status -> {
                rehearsed = status;
                rehearsal = Rehearsal.DONE;
            });
        }
        if (rehearsal == Rehearsal.RUNNING) {
            return true;
        }
        PlanStatus status = rehearsed;
        rehearsed = null;
        if (status != null && !status.empty()) {
            VBox[] boxes = {new VBox(6), new VBox(6), new VBox(6), new VBox(6)};
            FlowPane tiles = new FlowPane(12, 12);
            fill(status, boxes[0], boxes[1], tiles, boxes[2], boxes[3]);
            VBox ahead = new VBox(boxes[0], boxes[1], tiles, boxes[2], boxes[3]);
            ahead.setVisible(false);
            ahead.setManaged(false);
            VBox content = (VBox) dashboard.getContent();
            content.getChildren().add(ahead);
            try {
                ahead.applyCss();
                ahead.resize(content.getWidth(), content.getHeight());
                ahead.layout();
            } finally {
                content.getChildren().remove(ahead);
            }
            dashboard.getProperties().put(BUILT_AHEAD, boxes[0].getChildren().size() + boxes[1].getChildren().size() + tiles.getChildren().size());
        }
        rehearsal = Rehearsal.FINISHED;
        return false;
    }

    private enum Rehearsal { NOT_STARTED, RUNNING, DONE, FINISHED }

    private void showMarketing(VBox marketingFigures, MarketingHat m) {
        marketingFigures.getChildren().setAll(parts.figure(m.spendThisMonth()), parts.figure(m.spendThisPeriod()),
                parts.figure(m.leadsThisMonth()));
        Label cpl = new Label("Cost per lead by channel");
        cpl.getStyleClass().add("list-title");
        marketingFigures.getChildren().add(cpl);
        m.costPerLead().forEach(f -> marketingFigures.getChildren().add(parts.figure(f)));
        marketingFigures.getChildren().addAll(
                parts.list("runningNow", "Running now", m.running(), "No campaign is running today."),
                parts.list("startingSoon", "Starting in the next " + MarketingHat.SOON_DAYS + " days", m.startingSoon(),
                        "Nothing starts in the next two weeks."),
                parts.list("overlapsAhead", "Overlaps ahead", m.overlaps(), "No campaigns compete for the same audience."));
    }

    private void showSales(VBox salesFigures, PlanStatus status) {
        SalesHat s = status.sales();
        if (s == null) {
            Hyperlink start = new Hyperlink("Start a sales plan: set a revenue target and the funnel works out the leads you need");
            start.setId("startSalesPlan");
            start.setWrapText(true);
            start.setOnAction(e -> viewModel.open(org.tandem.domain.Destination.salesStep(null, 1, null)));
            salesFigures.getChildren().setAll(start);
            return;
        }
        salesFigures.getChildren().clear();
        Label heading = new Label("Objectives, " + status.salesPlan().name());
        heading.getStyleClass().add("list-title");
        salesFigures.getChildren().add(heading);
        for (int i = 0; i < s.objectives().size(); i++) {
            salesFigures.getChildren().add(parts.standing(s.objectives().get(i), i + 1));
        }
        salesFigures.getChildren().addAll(parts.figure(s.revenue()), parts.figure(s.deals()), parts.figure(s.conversion()),
                parts.list("dueNext", "Activities and milestones due", s.due(), "Nothing due in the next two weeks."),
                parts.list("actionsOverdue", "Corrective actions overdue", s.overdue(), "No corrective action is overdue."));
    }

    private void showAcross(FlowPane funnelTiles, VBox timeSplit, VBox reviewsDue, PlanStatus status) {
        funnelTiles.getChildren().clear();
        status.funnel().forEach(f -> funnelTiles.getChildren().add(parts.tile(f)));
        timeSplit.getChildren().clear();
        if (status.week() != null && !status.week().rows().isEmpty()) {
            Label title = new Label("Two hats: hours planned of hours available");
            title.getStyleClass().add("list-title");
            timeSplit.getChildren().addAll(title, parts.timeSplit(status.week(), status.month(), viewModel.locale()));
        }
        java.util.List<StatusItem> notes = status.notesDue();
        reviewsDue.getChildren().setAll(
                parts.list("notesDue", "Research due for a fresh look" + (status.notesDueCount() > notes.size()
                        ? " (" + status.notesDueCount() + ")" : ""), notes, "All research notes are less than a year old."),
                parts.list("reviewsDueList", "Competitor reviews due", status.reviewsDue(), "Every competitor was reviewed in the last 90 days."));
    }

    @FXML
    private void addScenario() {
        viewModel.scenarios().add();
    }

    @FXML
    private void showComparison() {
        showComparison.accept(dashboard.getScene().getWindow());
    }
}
