package org.tandem.ui.calendar;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.tandem.domain.CampaignStatus;
import org.tandem.domain.Channel;
import org.tandem.domain.Segment;
import org.tandem.ui.common.ChoiceText;
import org.tandem.ui.common.FieldError;
import org.tandem.ui.common.Picks;

/** Binds the calendar's side panel (every field of the selected campaign) to the campaign editor. */
public final class CampaignPanelController {
    private final CalendarViewModel calendar;
    private final CampaignEditorViewModel editor;

    @FXML private StackPane campaignPanel;
    @FXML private Label noCampaign;
    @FXML private ScrollPane editorPane;
    @FXML private VBox seriesBox;
    @FXML private Label occurrenceText;
    @FXML private RadioButton scopeSeries;
    @FXML private RadioButton scopeOccurrence;
    @FXML private TextField campaignName;
    @FXML private ComboBox<String> campaignChannel;
    @FXML private ComboBox<CampaignStatus> campaignStatus;
    @FXML private DatePicker campaignStart;
    @FXML private DatePicker campaignEnd;
    @FXML private TextField campaignOwner;
    @FXML private ComboBox<String> campaignRole;
    @FXML private Label budgetLabel;
    @FXML private Label spendLabel;
    @FXML private TextField campaignBudget;
    @FXML private TextField campaignSpend;
    @FXML private TextField campaignExpected;
    @FXML private TextField campaignActual;
    @FXML private ComboBox<Segment> campaignSegment;
    @FXML private ComboBox<CampaignEditorViewModel.Repeat> campaignRepeat;
    @FXML private TextField repeatWeeks;
    @FXML private Label repeatWeeksLabel;
    @FXML private HBox repeatUntilBox;
    @FXML private DatePicker repeatUntil;
    @FXML private TextField campaignLink;
    @FXML private TextArea campaignNotes;
    @FXML private VBox overlapBox;
    @FXML private ListView<String> overlapList;
    @FXML private Label savedLabel;
    @FXML private Label nameError;
    @FXML private Label startError;
    @FXML private Label endError;
    @FXML private Label plannedBudgetError;
    @FXML private Label actualSpendError;
    @FXML private Label expectedLeadsError;
    @FXML private Label actualLeadsError;
    @FXML private Label recurrenceError;

    public CampaignPanelController(CalendarViewModel calendar, CampaignEditorViewModel editor) {
        this.calendar = calendar;
        this.editor = editor;
    }

    @FXML
    private void initialize() {
        // the choices follow the plan's channels and segments; Picks keeps code that replaces them from writing
        calendar.channels().addListener((ListChangeListener<Channel>) c ->
                campaignChannel.getItems().setAll(calendar.channels().stream().map(Channel::name).toList()));
        campaignChannel.getItems().setAll(calendar.channels().stream().map(Channel::name).toList());
        calendar.segments().addListener((ListChangeListener<Segment>) c -> campaignSegment.getItems().setAll(calendar.segments()));
        campaignSegment.getItems().setAll(calendar.segments());
        var editing = editor.editingProperty();
        editorPane.visibleProperty().bind(editing);
        // the form joins the scene when a campaign is first opened: styling it with the calendar while nothing is
        // selected cost a quarter of the section's first showing
        if (!editing.get()) {
            // out of the view while it loads: dressed here as the view's other fields are (zoom, dates, widths)
            org.tandem.ui.common.Fxml.dress(editorPane);
            int at = campaignPanel.getChildren().indexOf(editorPane);
            campaignPanel.getChildren().remove(editorPane);
            editing.addListener(new javafx.beans.value.ChangeListener<Boolean>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                    if (now) {
                        editing.removeListener(this);
                        campaignPanel.getChildren().add(Math.min(at, campaignPanel.getChildren().size()), editorPane);
                    }
                }
            });
        }
        noCampaign.visibleProperty().bind(editing.not());
        seriesBox.visibleProperty().bind(editor.ofSeriesProperty());
        seriesBox.managedProperty().bind(editor.ofSeriesProperty());
        occurrenceText.textProperty().bind(editor.occurrenceTextProperty());
        ToggleGroup scope = new ToggleGroup();
        scopeSeries.setToggleGroup(scope);
        scopeOccurrence.setToggleGroup(scope);
        scopeSeries.setSelected(true);
        editor.scopeProperty().addListener((o, was, now) -> (now == CalendarViewModel.Scope.SERIES ? scopeSeries : scopeOccurrence).setSelected(true));
        scope.selectedToggleProperty().addListener((o, was, now) -> editor.scopeProperty().set(
                now == scopeOccurrence ? CalendarViewModel.Scope.OCCURRENCE : CalendarViewModel.Scope.SERIES));

        campaignName.textProperty().bindBidirectional(editor.nameProperty());
        Picks.bind(campaignChannel, editor.channelProperty());
        campaignStatus.getItems().setAll(CampaignStatus.values());
        Picks.bind(campaignStatus, editor.statusProperty());
        campaignStart.valueProperty().bindBidirectional(editor.startProperty());
        campaignEnd.valueProperty().bindBidirectional(editor.endProperty());
        campaignOwner.textProperty().bindBidirectional(editor.ownerProperty());
        campaignRole.getItems().setAll("marketing", "sales");
        Picks.bind(campaignRole, editor.roleProperty());
        campaignBudget.textProperty().bindBidirectional(editor.plannedBudgetProperty());
        campaignSpend.textProperty().bindBidirectional(editor.actualSpendProperty());
        campaignExpected.textProperty().bindBidirectional(editor.expectedLeadsProperty());
        campaignActual.textProperty().bindBidirectional(editor.actualLeadsProperty());
        Picks.bind(campaignSegment, editor.segmentProperty());
        campaignSegment.setConverter(ChoiceText.of(Segment::name, "(no segment)"));
        campaignRepeat.getItems().setAll(CampaignEditorViewModel.Repeat.values());
        Picks.bind(campaignRepeat, editor.repeatProperty());
        repeatWeeks.textProperty().bindBidirectional(editor.repeatWeeksProperty());
        var everyN = editor.repeatProperty().isEqualTo(CampaignEditorViewModel.Repeat.EVERY_N_WEEKS);
        repeatWeeks.visibleProperty().bind(everyN);
        repeatWeeks.managedProperty().bind(everyN);
        repeatWeeksLabel.visibleProperty().bind(everyN);
        repeatWeeksLabel.managedProperty().bind(everyN);
        var repeating = editor.repeatProperty().isNotEqualTo(CampaignEditorViewModel.Repeat.NONE);
        repeatUntilBox.visibleProperty().bind(repeating);
        repeatUntilBox.managedProperty().bind(repeating);
        repeatUntil.valueProperty().bindBidirectional(editor.repeatUntilProperty());
        campaignLink.textProperty().bindBidirectional(editor.linkProperty());
        campaignNotes.textProperty().bindBidirectional(editor.notesProperty());
        overlapList.setItems(editor.overlaps());
        var clashes = Bindings.isNotEmpty(editor.overlaps());
        overlapBox.visibleProperty().bind(clashes);
        overlapBox.managedProperty().bind(clashes);
        savedLabel.textProperty().bind(editor.savedProperty());
        budgetLabel.textProperty().bind(Bindings.createStringBinding(() -> "Planned budget (" + editor.currency() + ")",
                calendar.planProperty()));
        spendLabel.textProperty().bind(Bindings.createStringBinding(() -> "Actual spend (" + editor.currency() + ")",
                calendar.planProperty()));
        error(nameError, campaignName, "name");
        error(startError, campaignStart, "start");
        error(endError, campaignEnd, "end");
        error(plannedBudgetError, campaignBudget, "plannedBudget");
        error(actualSpendError, campaignSpend, "actualSpend");
        error(expectedLeadsError, campaignExpected, "expectedLeads");
        error(actualLeadsError, campaignActual, "actualLeads");
        error(recurrenceError, repeatWeeks, "recurrence");
        // typing commits on focus loss too, so a quick click elsewhere keeps the edit
        campaignPanel.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((f, before, after) -> {
                    if (before != null && isInEditor(before)) {
                        editor.save();
                        calendar.endTyping(); // the next typing, even in the same field, is a step of its own
                    }
                });
            }
        });
    }

    private boolean isInEditor(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (n == editorPane) {
                return true;
            }
        }
        return false;
    }

    private void error(Label label, javafx.scene.Node input, String field) {
        FieldError.bind(label, input, editor.errorProperty(field));
    }

    @FXML
    private void duplicate() {
        editor.duplicate();
    }

    @FXML
    private void delete() {
        editor.delete();
    }
}
