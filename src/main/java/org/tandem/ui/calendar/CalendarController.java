package org.tandem.ui.calendar;

import org.tandem.domain.OverlayCalendar;
import org.tandem.domain.Channel;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.tandem.domain.Campaign;
import org.tandem.domain.Occurrence;
import org.tandem.ui.common.LazyTab;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Binds the campaign calendar screen to its view models; CalendarFX sits behind {@link CampaignEntries}. */
public final class CalendarController {

    /** Chooses files; tests replace the system dialogs. */
    public interface Files {
        Optional<Path> saveIcs(Window owner, String suggestedName);

        Optional<Path> openIcs(Window owner);

        /** A spreadsheet's CSV or a calendar's .ics of campaigns. */
        Optional<Path> openCampaigns(Window owner);
    }

    private final CalendarViewModel calendar;
    private final CampaignEditorViewModel editor;
    private final LazyTab budget;
    private final Files files;
    private final java.util.function.Consumer<Boolean> budgetShown;
    private CampaignEntries entries;

    @FXML private BorderPane calendarRoot;
    @FXML private Button undoButton;
    @FXML private ComboBox<String> channelFilter;
    @FXML private ComboBox<String> statusFilter;
    @FXML private ComboBox<String> roleFilter;
    @FXML private ComboBox<String> ownerFilter;
    @FXML private ComboBox<String> segmentFilter;
    @FXML private TextField textFilter;
    @FXML private MenuButton channelsMenu;
    @FXML private MenuButton overlaysMenu;
    @FXML private Label calendarMessage;
    @FXML private Tab calendarTab;
    @FXML private Tab agendaTab;
    @FXML private Tab budgetTab;
    @FXML private TableView<Campaign> agendaTable;
    @FXML private Label agendaCount;
    @FXML private javafx.scene.control.SplitPane calendarSplit;
    @FXML private javafx.scene.layout.StackPane campaignPanel;

    public CalendarController(CalendarViewModel calendar, CampaignEditorViewModel editor, LazyTab budget,
                              java.util.function.Consumer<Boolean> budgetShown, Files files) {
        this.calendar = calendar;
        this.editor = editor;
        this.budget = budget;
        this.budgetShown = budgetShown;
        this.files = files;
    }

    @FXML
    private void initialize() {
        entries = new CampaignEntries(calendar);
        Label busy = new Label();
        busy.setId("busyNotice");
        busy.setWrapText(true);
        busy.getStyleClass().add("text-muted");
        busy.setPadding(new javafx.geometry.Insets(4, 8, 4, 8));
        busy.textProperty().bind(entries.noticeProperty());
        busy.visibleProperty().bind(entries.noticeProperty().isNotEmpty());
        busy.managedProperty().bind(busy.visibleProperty());
        VBox.setVgrow(entries.view(), javafx.scene.layout.Priority.ALWAYS);
        calendarTab.setContent(new VBox(busy, entries.view()));
        calendarTab.selectedProperty().addListener((o, was, now) -> entries.setActive(now));
        calendar.revealedProperty().addListener((o, was, day) -> {
            if (day != null) {
                calendarTab.getTabPane().getSelectionModel().select(calendarTab);
                entries.view().setDate(day);
                entries.view().showMonthPage();
            }
        });
        budget.attachTo(budgetTab);
        budgetTab.selectedProperty().addListener((o, was, now) -> budgetShown.accept(now));
        calendar.setSeriesQuestion(this::askSeries);
        bindToolbar();
        bindAgenda();
        // the agenda (a table of every campaign) joins the scene when its tab is first chosen: styling it with the
        // calendar cost a third of the section's first showing
        javafx.scene.Node agendaContent = agendaTab.getContent();
        agendaTab.setContent(null);
        Runnable attachAgenda = () -> {
            if (agendaTab.getContent() == null) {
                agendaTab.setContent(agendaContent);
            }
        };
        agendaTab.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                attachAgenda.run();
            }
        });
        if (agendaTab.isSelected()) {
            attachAgenda.run();
        }
        followSelection();
        // on a projector the empty side panel would take a third of the calendar
        org.tandem.ui.common.SidePanelFold.install(calendarSplit, campaignPanel, calendar.selectedProperty().isNotNull(), 1000);
        calendarRoot.getProperties().put(CampaignEntries.class, entries);
        // Ctrl+D duplicates; Delete in the agenda deletes (the calendar views handle Delete themselves)
        calendarRoot.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN).match(e) && calendar.selectedProperty().get() != null) {
                calendar.duplicate(calendar.selectedProperty().get());
                e.consume();
            }
        });
        agendaTable.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DELETE && calendar.selectedProperty().get() != null) {
                calendar.delete(calendar.selectedProperty().get());
                e.consume();
            }
        });
    }

    // ---- toolbar and filters

    private void bindToolbar() {
        undoButton.disableProperty().bind(calendar.undoTextProperty().isEmpty());
        // the button stays short so the toolbar fits a projector; it names the step in its tooltip (and Edit > Undo does)
        undoButton.setText("Undo");
        javafx.scene.control.Tooltip step = new javafx.scene.control.Tooltip();
        step.textProperty().bind(calendar.undoTextProperty());
        undoButton.setTooltip(step);
        calendarMessage.textProperty().bind(calendar.messageProperty());
        calendarMessage.visibleProperty().bind(calendar.messageProperty().isNotEmpty());
        calendarMessage.managedProperty().bind(calendarMessage.visibleProperty());

        FilterBoxes.bind(calendar, channelFilter, statusFilter, roleFilter, ownerFilter, segmentFilter, textFilter);
        calendar.channels().addListener((ListChangeListener<Channel>) c -> CalendarMenus.channels(channelsMenu, calendar));
        CalendarMenus.channels(channelsMenu, calendar);
        calendar.overlays().addListener((ListChangeListener<OverlayCalendar>) c -> CalendarMenus.overlays(overlaysMenu, calendar, files,
                this::window));
        CalendarMenus.overlays(overlaysMenu, calendar, files, this::window);
    }

    @FXML
    private void newCampaign() {
        List<LocalDate> chosen = entries.chosenDays();
        LocalDate today = entries.view().getDate();
        if (chosen.isEmpty()) {
            calendar.create(today, today);
        } else {
            calendar.create(chosen.get(0), chosen.get(chosen.size() - 1));
        }
    }

    @FXML
    private void undo() {
        calendar.undo();
    }

    @FXML
    private void clearFilters() {
        calendar.filters().clear();
    }

    @FXML
    private void exportAll() {
        export(false);
    }

    @FXML
    private void exportFiltered() {
        export(true);
    }

    private void export(boolean filtered) {
        String name = calendar.planProperty().get() == null ? "campaigns" : calendar.planProperty().get().name();
        files.saveIcs(window(), name.replaceAll("[\\\\/:*?\"<>|]", "_") + ".ics")
                .ifPresent(path -> calendar.icsModel().export(path, filtered, () -> { }));
    }

    // ---- agenda

    private void bindAgenda() {
        AgendaColumns.build(agendaTable, calendar, editor::currency);
        SortedList<Campaign> sorted = new SortedList<>(calendar.agenda());
        sorted.comparatorProperty().bind(agendaTable.comparatorProperty());
        agendaTable.setItems(sorted);
        // the view model lists by start date already; a sort order here would re-sort 20,000 rows on every filter
        agendaCount.textProperty().bind(Bindings.createStringBinding(() -> calendar.agenda().size()
                + (calendar.agenda().size() == 1 ? " campaign" : " campaigns"), calendar.agenda()));
        agendaTable.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && (calendar.selectedProperty().get() == null || !calendar.selectedProperty().get().campaign().id().equals(now.id()))) {
                calendar.select(now);
            }
        });
    }

    // ---- the side panel (CampaignPanelController) leaves the agenda's selection when another campaign is chosen

    private void followSelection() {
        calendar.selectedProperty().addListener((o, was, now) -> {
            if (now != null && agendaTable.getSelectionModel().getSelectedItem() != null
                    && !agendaTable.getSelectionModel().getSelectedItem().id().equals(now.campaign().id())) {
                agendaTable.getSelectionModel().clearSelection();
            }
        });
    }

    /** Moving, resizing or deleting an occurrence of a series asks what is meant. */
    private Optional<CalendarViewModel.Scope> askSeries(String verb, Occurrence occurrence) {
        ButtonType one = new ButtonType("Only this one", ButtonBar.ButtonData.LEFT);
        ButtonType all = new ButtonType("The whole series", ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "\"" + occurrence.campaign().name() + "\" repeats ("
                + occurrence.campaign().recurrence().describe().toLowerCase(java.util.Locale.ROOT) + "). Do you want to " + verb
                + " only the one on " + CalendarText.day(occurrence.start(), calendar.locale())
                + ", or the whole series?", one, all, ButtonType.CANCEL);
        ask.initOwner(window());
        ask.setTitle("Repeating campaign");
        ask.setHeaderText("Change a repeating campaign");
        ask.getDialogPane().setId("seriesQuestion");
        Optional<ButtonType> answer = ask.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return Optional.empty();
        }
        return Optional.of(answer.get() == one ? CalendarViewModel.Scope.OCCURRENCE : CalendarViewModel.Scope.SERIES);
    }

    private Window window() {
        return calendarRoot.getScene().getWindow();
    }

    /** The system file dialogs. */
    public static Files systemFiles() {
        return new Files() {
            @Override
            public Optional<Path> saveIcs(Window owner, String suggestedName) {
                FileChooser chooser = chooser("Export campaigns");
                chooser.setInitialFileName(suggestedName);
                File file = chooser.showSaveDialog(owner);
                return Optional.ofNullable(file).map(File::toPath);
            }

            @Override
            public Optional<Path> openIcs(Window owner) {
                File file = chooser("Import a calendar").showOpenDialog(owner);
                return Optional.ofNullable(file).map(File::toPath);
            }

            @Override
            public Optional<Path> openCampaigns(Window owner) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle("Import campaigns");
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Spreadsheets (*.csv) and calendars (*.ics)",
                        "*.csv", "*.ics", "*.txt"));
                return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
            }

            private FileChooser chooser(String title) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("iCalendar files (*.ics)", "*.ics"));
                return chooser;
            }
        };
    }
}
