package org.tandem.ui.research;

import org.tandem.domain.NoteSort;
import org.tandem.domain.NoteSummary;
import org.tandem.ui.common.FieldError;
import org.tandem.ui.common.Picks;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.tandem.domain.Aspect;
import org.tandem.domain.Confidence;
import org.tandem.domain.Segment;
import org.tandem.ui.common.ChoiceText;
import org.tandem.ui.common.ErrorReporter;
import org.tandem.ui.common.TaskRunner;
import org.tandem.ui.common.LazyTab;
import org.tandem.ui.common.UndoOffer;
import org.tandem.ui.common.UrlOpener;

import java.util.EnumMap;
import java.util.Map;

/** Binds the research notebook's controls to {@link ResearchViewModel}; no logic of its own. */
public final class ResearchController {
    private static final String ALL_TAGS = "All tags";
    private boolean refillingTags;

    private final ResearchViewModel viewModel;
    private final NoteEditorViewModel editor;
    private final UrlOpener urls;
    private final TaskRunner runner;
    private final ErrorReporter errors;
    private final Map<Aspect, ToggleButton> aspectButtons = new EnumMap<>(Aspect.class);
    private ToggleButton allButton;

    @FXML private BorderPane researchView;
    @FXML private javafx.scene.layout.FlowPane aspectBar;
    @FXML private javafx.scene.control.TabPane researchTabs;
    @FXML private javafx.scene.control.Tab notesTab;
    @FXML private javafx.scene.control.Tab segmentsTab;
    @FXML private javafx.scene.control.Tab sizingTab;
    @FXML private TextField searchField;
    @FXML private MenuButton newNoteButton;
    @FXML private ComboBox<String> tagFilter;
    @FXML private ComboBox<NoteSort> sortBox;
    @FXML private ListView<NoteSummary> noteList;
    @FXML private javafx.scene.control.ProgressIndicator fileProgress;
    @FXML private Label fileMessage;
    @FXML private Label listNote;
    @FXML private Label noSelection;
    @FXML private VBox editorPane;
    @FXML private TextField titleField;
    @FXML private Label titleError;
    @FXML private ComboBox<Aspect> aspectBox;
    @FXML private ComboBox<Confidence> confidenceBox;
    @FXML private DatePicker evidencePicker;
    @FXML private CheckBox pinnedCheck;
    @FXML private TextField tagsField;
    @FXML private ComboBox<Segment> segmentBox;
    @FXML private TextField sourceField;
    @FXML private Button openSourceButton;
    @FXML private TextArea bodyArea;
    @FXML private Label saveStatus;
    @FXML private Button deleteNoteButton;
    @FXML private HBox noteUndoBar;
    @FXML private Label noteUndoMessage;
    @FXML private Button noteUndoButton;

    private final java.util.function.Supplier<javafx.scene.Parent> segmentsView;
    private final java.util.function.Supplier<javafx.scene.Parent> sizingView;

    /** The segments and sizing views are built the first time their tab is chosen. */
    public ResearchController(ResearchViewModel viewModel, UrlOpener urls, TaskRunner runner, ErrorReporter errors,
                              java.util.function.Supplier<javafx.scene.Parent> segmentsView,
                              java.util.function.Supplier<javafx.scene.Parent> sizingView) {
        this.segmentsView = segmentsView;
        this.sizingView = sizingView;
        this.viewModel = viewModel;
        this.editor = viewModel.editor();
        this.urls = urls;
        this.runner = runner;
        this.errors = errors;
    }

    @FXML
    private void initialize() {
        bindAspects();
        bindList();
        bindEditor();
        bindUndo();
        LazyTab.of(segmentsView).attachTo(segmentsTab);
        LazyTab.of(sizingView).attachTo(sizingTab);
        // the aspect filter belongs to the notes
        aspectBar.visibleProperty().bind(notesTab.selectedProperty());
        aspectBar.managedProperty().bind(notesTab.selectedProperty());
        researchView.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
                    if (researchView.isVisible() && researchView.getParent() != null) {
                        searchField.requestFocus();
                        searchField.selectAll();
                    }
                });
            }
        });
    }

    private void bindAspects() {
        ToggleGroup group = new ToggleGroup();
        allButton = aspectToggle(group, null, "aspect-all");
        for (Aspect aspect : Aspect.values()) {
            aspectButtons.put(aspect, aspectToggle(group, aspect, "aspect-" + aspect.code()));
            MenuItem item = new MenuItem(aspect.label());
            item.setId("new-" + aspect.code());
            item.setOnAction(e -> viewModel.newNote(aspect));
            newNoteButton.getItems().add(item);
        }
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true); // one aspect (or All) is always chosen
            } else {
                viewModel.aspectProperty().set((Aspect) now.getUserData());
            }
        });
        viewModel.aspectProperty().addListener((o, was, now) -> (now == null ? allButton : aspectButtons.get(now)).setSelected(true));
        allButton.setSelected(true);
        showCounts(viewModel.countsProperty().get());
        viewModel.countsProperty().addListener((o, was, now) -> showCounts(now));
    }

    private ToggleButton aspectToggle(ToggleGroup group, Aspect aspect, String id) {
        ToggleButton button = new ToggleButton();
        button.setToggleGroup(group);
        button.setUserData(aspect);
        button.setId(id);
        aspectBar.getChildren().add(button);
        return button;
    }

    private void showCounts(Map<Aspect, Integer> counts) {
        allButton.setText("All  " + counts.values().stream().mapToInt(Integer::intValue).sum());
        counts.forEach((aspect, count) -> aspectButtons.get(aspect).setText(aspect.label() + "  " + count));
    }

    private void bindList() {
        searchField.textProperty().bindBidirectional(viewModel.searchProperty());
        sortBox.getItems().setAll(NoteSort.values());
        sortBox.setConverter(ChoiceText.of(sort -> switch (sort) {
            case UPDATED -> "Recently updated";
            case EVIDENCE_DATE -> "Evidence date";
            case TITLE -> "Title";
        }));
        Picks.bind(sortBox, viewModel.sortProperty());
        tagFilter.getItems().setAll(ALL_TAGS);
        viewModel.tags().addListener((ListChangeListener<String>) change -> {
            String chosen = tagFilter.getValue();
            // the searchable box's skin looks its value up in a filtered copy of the items while they change: the value
            // is let go while the list is replaced (in one change), then put back
            java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of(ALL_TAGS));
            all.addAll(viewModel.tags());
            refillingTags = true;
            try {
                tagFilter.setValue(null);
                tagFilter.getItems().setAll(all);
                tagFilter.setValue(chosen);
            } finally {
                refillingTags = false;
            }
        });
        tagFilter.valueProperty().addListener((o, was, now) -> {
            if (!refillingTags) {
                viewModel.tagProperty().set(ALL_TAGS.equals(now) ? null : now);
            }
        });
        noteList.setItems(viewModel.notes());
        listNote.textProperty().bind(viewModel.listNoteProperty());
        listNote.visibleProperty().bind(viewModel.listNoteProperty().isNotEmpty());
        listNote.managedProperty().bind(listNote.visibleProperty());
        bindFileDrop();
        noteList.setCellFactory(list -> new NoteCell(viewModel::searchWords));
        Label empty = new Label();
        empty.setWrapText(true);
        empty.setId("noteListEmpty");
        empty.textProperty().bind(viewModel.emptyMessageProperty());
        noteList.setPlaceholder(empty);
        noteList.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((o, was, now) -> noteList.getSelectionModel().select(now));
    }

    private void bindFileDrop() {
        noteList.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            }
            e.consume();
        });
        noteList.setOnDragDropped(e -> {
            boolean files = e.getDragboard().hasFiles();
            if (files) {
                viewModel.addFiles(e.getDragboard().getFiles().stream().map(java.io.File::toPath).toList());
            }
            e.setDropCompleted(files);
            e.consume();
        });
        String hint = fileMessage.getText();
        fileMessage.textProperty().bind(javafx.beans.binding.Bindings.when(viewModel.fileMessageProperty().isEmpty())
                .then(hint).otherwise(viewModel.fileMessageProperty()));
        fileProgress.visibleProperty().bind(viewModel.addingFilesProperty());
        fileProgress.managedProperty().bind(viewModel.addingFilesProperty());
    }

    private void bindEditor() {
        editorPane.visibleProperty().bind(editor.editingProperty());
        noSelection.visibleProperty().bind(editor.editingProperty().not());
        titleField.textProperty().bindBidirectional(editor.titleProperty());
        FieldError.bind(titleError, titleField, editor.titleErrorProperty());
        bodyArea.textProperty().bindBidirectional(editor.bodyProperty());
        tagsField.textProperty().bindBidirectional(editor.tagsProperty());
        sourceField.textProperty().bindBidirectional(editor.sourceProperty());
        aspectBox.getItems().setAll(Aspect.values());
        Picks.bind(aspectBox, editor.aspectProperty());
        confidenceBox.getItems().setAll(Confidence.values());
        confidenceBox.setConverter(ChoiceText.of(Confidence::label));
        Picks.bind(confidenceBox, editor.confidenceProperty());
        evidencePicker.valueProperty().bindBidirectional(editor.evidenceDateProperty());
        pinnedCheck.selectedProperty().bindBidirectional(editor.pinnedProperty());
        segmentBox.setItems(editor.segments());
        segmentBox.setConverter(ChoiceText.of(Segment::name));
        Picks.bind(segmentBox, editor.segmentProperty());
        saveStatus.textProperty().bind(editor.statusProperty());
        openSourceButton.disableProperty().bind(editor.sourceIsUrlProperty().not());
        openSourceButton.setOnAction(e -> {
            String url = sourceField.getText().strip();
            runner.run(() -> {
                urls.open(url);
                return null;
            }, ignored -> { }, failure -> errors.report("open " + url, failure));
        });
        deleteNoteButton.setOnAction(e -> viewModel.deleteSelected());
    }

    private void bindUndo() {
        UndoOffer.bind(noteUndoBar, noteUndoMessage, noteUndoButton, viewModel.undoableDeleteProperty(),
                gone -> "Deleted note \"" + gone.title() + "\".", viewModel::undoDelete, viewModel::dismissUndo, Duration.seconds(8));
    }
}
