package org.tandem.ui.competitors;

import org.tandem.domain.ProfileSort;
import org.tandem.ui.common.Picks;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.tandem.domain.Competitor;
import org.tandem.domain.Segment;
import org.tandem.domain.ThreatLevel;
import org.tandem.ui.common.LazyTab;
import org.tandem.ui.common.Navigator;
import org.tandem.ui.common.UndoOffer;

/** Binds the competitor list and profile form to {@link ProfilesViewModel}. */
public final class ProfilesController {
    private final ProfilesViewModel viewModel;

    @FXML private Label sharesWarning;
    @FXML private TextField competitorSearch;
    @FXML private Button addCompetitorButton;
    @FXML private ComboBox<ProfileSort> competitorSort;
    @FXML private ListView<ProfilesViewModel.Row> competitorList;
    @FXML private Label noCompetitor;
    @FXML private ScrollPane profileForm;
    @FXML private TextField competitorName;
    @FXML private Label competitorNameMessage;
    @FXML private TextField competitorWebsite;
    @FXML private TextField competitorOffer;
    @FXML private TextField competitorChannels;
    @FXML private TextField competitorPrice;
    @FXML private Label competitorPriceError;
    @FXML private ComboBox<ThreatLevel> competitorThreat;
    @FXML private TextField competitorShare;
    @FXML private Label competitorShareError;
    @FXML private DatePicker competitorReviewed;
    @FXML private TextField competitorPositioning;
    @FXML private VBox strengthsBox;
    @FXML private VBox weaknessesBox;
    @FXML private FlowPane segmentChecks;
    @FXML private TextArea competitorNotes;
    @FXML private VBox linkedNotesBox;
    @FXML private Label competitorStatus;
    @FXML private Button deleteCompetitorButton;
    @FXML private HBox competitorUndoBar;
    @FXML private Label competitorUndoMessage;
    @FXML private Button competitorUndoButton;

    @FXML private javafx.scene.control.Tab matrixTab;
    @FXML private javafx.scene.control.Tab swotTab;
    @FXML private javafx.scene.control.Tab mapTab;
    private final LazyTab matrix;
    private final LazyTab swot;
    private final LazyTab positioningMap;

    /** The comparison, SWOT and map tabs are built when first chosen. */
    private final Navigator navigator;

    public ProfilesController(ProfilesViewModel viewModel, LazyTab matrix, LazyTab swot, LazyTab positioningMap, Navigator navigator) {
        this.navigator = navigator;
        this.viewModel = viewModel;
        this.matrix = matrix;
        this.swot = swot;
        this.positioningMap = positioningMap;
    }

    @FXML
    private void initialize() {
        competitorSearch.textProperty().bindBidirectional(viewModel.searchProperty());
        competitorSort.getItems().setAll(ProfileSort.values());
        Picks.bind(competitorSort, viewModel.sortProperty());
        addCompetitorButton.setOnAction(e -> viewModel.add());
        competitorList.setItems(viewModel.rows());
        competitorList.setCellFactory(list -> new RowCell());
        competitorList.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((o, was, now) -> competitorList.getSelectionModel().select(now));
        message(sharesWarning, viewModel.sharesWarningProperty());
        bindForm();
        bindUndo();
        matrix.attachTo(matrixTab);
        swot.attachTo(swotTab);
        positioningMap.attachTo(mapTab);
    }

    private void bindForm() {
        profileForm.visibleProperty().bind(viewModel.editingProperty());
        noCompetitor.visibleProperty().bind(viewModel.editingProperty().not());
        competitorName.textProperty().bindBidirectional(viewModel.form().nameProperty());
        competitorWebsite.textProperty().bindBidirectional(viewModel.form().websiteProperty());
        competitorOffer.textProperty().bindBidirectional(viewModel.form().offerProperty());
        competitorChannels.textProperty().bindBidirectional(viewModel.form().channelsProperty());
        competitorPrice.textProperty().bindBidirectional(viewModel.form().priceProperty());
        competitorShare.textProperty().bindBidirectional(viewModel.form().shareProperty());
        competitorThreat.getItems().setAll(ThreatLevel.values());
        Picks.bind(competitorThreat, viewModel.form().threatProperty());
        competitorReviewed.valueProperty().bindBidirectional(viewModel.form().lastReviewedProperty());
        competitorPositioning.textProperty().bindBidirectional(viewModel.form().positioningProperty());
        competitorNotes.textProperty().bindBidirectional(viewModel.form().notesProperty());
        message(competitorNameMessage, viewModel.nameMessageProperty());
        org.tandem.ui.common.FieldError.bind(competitorPriceError, competitorPrice, viewModel.form().priceErrorProperty());
        org.tandem.ui.common.FieldError.bind(competitorShareError, competitorShare, viewModel.form().shareErrorProperty());
        competitorStatus.textProperty().bind(viewModel.statusProperty());
        strengthsBox.getChildren().add(new PointsEditor(viewModel.form().strengths(), "Add a strength and press Enter", "strengths"));
        weaknessesBox.getChildren().add(new PointsEditor(viewModel.form().weaknesses(), "Add a weakness and press Enter", "weaknesses"));
        viewModel.segments().addListener((ListChangeListener<Segment>) c -> drawSegments());
        viewModel.form().targetSegments().addListener((SetChangeListener<java.util.UUID>) c -> drawSegments());
        viewModel.linkedNotes().addListener((ListChangeListener<java.util.Map.Entry<java.util.UUID, String>>) c -> {
            linkedNotesBox.getChildren().clear();
            if (viewModel.linkedNotes().isEmpty()) {
                linkedNotesBox.getChildren().add(muted("No research notes link to this profile yet."));
            }
            viewModel.linkedNotes().forEach(n -> {
                javafx.scene.control.Hyperlink link = new javafx.scene.control.Hyperlink(n.getValue());
                link.setId("linked-note-" + n.getKey());
                link.setOnAction(e -> navigator.openNote(n.getKey()));
                linkedNotesBox.getChildren().add(link);
            });
        });
        deleteCompetitorButton.disableProperty().bind(viewModel.ownSelectedProperty().or(viewModel.editingProperty().not()));
        deleteCompetitorButton.setOnAction(e -> viewModel.deleteSelected());
    }

    private void drawSegments() {
        segmentChecks.getChildren().clear();
        for (Segment segment : viewModel.segments()) {
            CheckBox check = new CheckBox(segment.name());
            check.setSelected(viewModel.form().targetSegments().contains(segment.id()));
            check.selectedProperty().addListener((o, was, now) -> {
                if (now) {
                    viewModel.form().targetSegments().add(segment.id());
                } else {
                    viewModel.form().targetSegments().remove(segment.id());
                }
            });
            segmentChecks.getChildren().add(check);
        }
    }

    private void bindUndo() {
        UndoOffer.bind(competitorUndoBar, competitorUndoMessage, competitorUndoButton, viewModel.undoableDeleteProperty(),
                gone -> "Deleted \"" + gone.competitor().name() + "\".", viewModel::undoDelete, viewModel::dismissUndo, Duration.seconds(8));
    }

    private static void message(Label label, javafx.beans.value.ObservableStringValue text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-muted");
        return label;
    }

    /** Name, threat and share; our business marked, an overdue review flagged. */
    private static final class RowCell extends ListCell<ProfilesViewModel.Row> {
        @Override
        protected void updateItem(ProfilesViewModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().remove("own-business");
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Competitor c = row.competitor();
            Label name = new Label(c.name());
            name.getStyleClass().add("competitor-name");
            String meta = c.own() ? "Our business" : c.threat().label() + " threat"
                    + (c.sharePercent() == null ? "" : "  ·  " + c.sharePercent() + " % share");
            Label about = new Label(meta);
            about.getStyleClass().add("note-cell-meta");
            VBox box = new VBox(2, name, about);
            if (row.reviewDue()) {
                Label due = new Label("Review due", new FontIcon("mdi2c-clock-alert-outline"));
                due.getStyleClass().add("review-due");
                box.getChildren().add(due);
            }
            if (c.own()) {
                getStyleClass().add("own-business");
            }
            setText(null);
            setGraphic(box);
        }
    }
}
