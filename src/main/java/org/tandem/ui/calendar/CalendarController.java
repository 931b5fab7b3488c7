package org.tandem.ui.calendar;

import org.tandem.domain.OverlayCalendar;
import org.tandem.domain.Channel;
import javafx.beans.binding.Bindings;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.tandem.domain.Campaign;
import org.tandem.domain.CampaignStatus;
import org.tandem.domain.Occurrence;
import org.tandem.domain.Segment;
import org.tandem.ui.common.LazyTab;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Binds the campaign calendar screen to its view models; CalendarFX sits behind {@link CampaignEntries}. */
public final class CalendarController {
    static final String ALL_CHANNELS = "All channels";
    static final String ALL_STATUSES = "All statuses";
    static final String ALL_ROLES = "Both roles";
    static final String ALL_OWNERS = "All owners";
    static final String ALL_SEGMENTS = "All segments";

    /** Chooses files; tests replace the system dialogs. */
    public interface Files {
        Optional<Path> saveIcs(Window owner, String suggestedName);

        Optional<Path> openIcs(Window owner);
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
        followSelection();
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

        filter(channelFilter, ALL_CHANNELS, calendar.filters().channelProperty(), s -> s, s -> s);
        Runnable channelItems = () -> {
            String was = channelFilter.getValue();
            channelFilter.getItems().setAll(ALL_CHANNELS);
            calendar.channels().forEach(c -> channelFilter.getItems().add(c.name()));
            channelFilter.setValue(was != null && channelFilter.getItems().contains(was) ? was : ALL_CHANNELS);
            rebuildChannelsMenu();
        };
        calendar.channels().addListener((ListChangeListener<Channel>) c -> channelItems.run());
        channelItems.run();

        statusFilter.getItems().setAll(ALL_STATUSES);
        for (CampaignStatus s : CampaignStatus.values()) {
            statusFilter.getItems().add(s.label());
        }
        filter(statusFilter, ALL_STATUSES, calendar.filters().statusProperty(), CampaignStatus::label,
                label -> java.util.Arrays.stream(CampaignStatus.values()).filter(s -> s.label().equals(label)).findFirst().orElse(null));
        roleFilter.getItems().setAll(ALL_ROLES, "Marketing", "Sales");
        filter(roleFilter, ALL_ROLES, calendar.filters().roleProperty(), r -> r.substring(0, 1).toUpperCase() + r.substring(1),
                label -> label.toLowerCase(java.util.Locale.ROOT));
        Runnable ownerItems = () -> {
            String was = ownerFilter.getValue();
            ownerFilter.getItems().setAll(ALL_OWNERS);
            ownerFilter.getItems().addAll(calendar.owners());
            ownerFilter.setValue(was != null && ownerFilter.getItems().contains(was) ? was : ALL_OWNERS);
        };
        calendar.owners().addListener((ListChangeListener<String>) c -> ownerItems.run());
        ownerItems.run();
        filter(ownerFilter, ALL_OWNERS, calendar.filters().ownerProperty(), s -> s, s -> s);
        Runnable segmentItems = () -> {
            String was = segmentFilter.getValue();
            segmentFilter.getItems().setAll(ALL_SEGMENTS);
            calendar.segments().forEach(s -> segmentFilter.getItems().add(s.name()));
            segmentFilter.setValue(was != null && segmentFilter.getItems().contains(was) ? was : ALL_SEGMENTS);
        };
        calendar.segments().addListener((ListChangeListener<Segment>) c -> segmentItems.run());
        segmentItems.run();
        filter(segmentFilter, ALL_SEGMENTS, calendar.filters().segmentProperty(), Segment::name,
                name -> calendar.segments().stream().filter(s -> s.name().equals(name)).findFirst().orElse(null));
        textFilter.textProperty().bindBidirectional(calendar.filters().textProperty());

        calendar.overlays().addListener((ListChangeListener<OverlayCalendar>) c -> rebuildOverlaysMenu());
        rebuildOverlaysMenu();
    }

    /** A filter box: its first item means "any" (null in the view model). */
    private <T> void filter(ComboBox<String> box, String any, Property<T> property, Function<T, String> label, Function<String, T> value) {
        if (box.getItems().isEmpty()) {
            box.getItems().add(any);
        }
        box.setValue(property.getValue() == null ? any : label.apply(property.getValue()));
        box.valueProperty().addListener((o, was, now) -> {
            T chosen = now == null || now.equals(any) ? null : value.apply(now);
            if (!java.util.Objects.equals(property.getValue(), chosen)) {
                property.setValue(chosen);
            }
        });
        property.addListener((o, was, now) -> {
            String shown = now == null ? any : label.apply(now);
            if (!shown.equals(box.getValue())) {
                box.setValue(shown);
            }
        });
    }

    /** Each channel: its name (Enter renames), its colour, and a remove button; then a field to add one. */
    private void rebuildChannelsMenu() {
        channelsMenu.getItems().clear();
        for (Channel channel : calendar.channels()) {
            TextField name = new TextField(channel.name());
            name.setPrefColumnCount(12);
            name.setOnAction(e -> calendar.channelsModel().rename(channel, name.getText()));
            ColorPicker picker = new ColorPicker(Color.web(channel.colour()));
            picker.setId("colour-" + channel.name().replaceAll("\\W", ""));
            picker.setOnAction(e -> calendar.channelsModel().saveColour(channel, web(picker.getValue())));
            Button remove = new Button("Remove");
            remove.setOnAction(e -> calendar.channelsModel().remove(channel));
            HBox row = new HBox(8, name, picker, remove);
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            channelsMenu.getItems().add(new CustomMenuItem(row, false));
        }
        TextField added = new TextField();
        added.setPromptText("New channel: type a name, press Enter");
        added.setId("newChannelField");
        added.setOnAction(e -> calendar.channelsModel().add(added.getText()));
        channelsMenu.getItems().addAll(new SeparatorMenuItem(), new CustomMenuItem(added, false));
    }

    private static String web(Color c) {
        return String.format("#%02X%02X%02X", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }

    private void rebuildOverlaysMenu() {
        overlaysMenu.getItems().clear();
        MenuItem importItem = new MenuItem("Import .ics file as an overlay...");
        importItem.setId("importOverlayItem");
        importItem.setOnAction(e -> files.openIcs(window()).ifPresent(calendar.icsModel()::importFile));
        overlaysMenu.getItems().add(importItem);
        if (!calendar.overlays().isEmpty()) {
            overlaysMenu.getItems().add(new SeparatorMenuItem());
        }
        for (OverlayCalendar overlay : calendar.overlays()) {
            CheckMenuItem shown = new CheckMenuItem("Show \"" + overlay.name() + "\"");
            shown.setSelected(overlay.shown());
            shown.setOnAction(e -> calendar.icsModel().show(overlay, shown.isSelected()));
            MenuItem remove = new MenuItem("Remove \"" + overlay.name() + "\"");
            remove.setOnAction(e -> calendar.icsModel().remove(overlay));
            overlaysMenu.getItems().addAll(shown, remove);
        }
    }

    @FXML
    private void newCampaign() {
        List<LocalDate> chosen = entries.view().getMonthPage().getMonthView().getSelectedDates().stream().sorted().toList();
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
        TableColumn<Campaign, String> name = column("Campaign", Campaign::name, 200);
        name.setId("agendaName");
        TableColumn<Campaign, String> channel = column("Channel", Campaign::channel, 120);
        channel.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                if (empty || item == null) {
                    setGraphic(null);
                } else {
                    Rectangle swatch = new Rectangle(10, 10, Color.web(calendar.channelColour(item)));
                    swatch.setArcWidth(3);
                    swatch.setArcHeight(3);
                    setGraphic(swatch);
                }
            }
        });
        TableColumn<Campaign, LocalDate> start = new TableColumn<>("Starts");
        start.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().start()));
        start.setCellFactory(col -> dateCell());
        start.setPrefWidth(118);
        TableColumn<Campaign, LocalDate> end = new TableColumn<>("Ends");
        end.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().end()));
        end.setCellFactory(col -> dateCell());
        end.setPrefWidth(118);
        TableColumn<Campaign, String> repeats = column("Repeats", c -> c.recurrence() == null ? ""
                : c.recurrence().describe() + " to " + CalendarText.day(c.recurrence().until(), calendar.locale()), 150);
        TableColumn<Campaign, String> status = column("Status", c -> c.status().label(), 80);
        TableColumn<Campaign, String> owner = column("Owner", Campaign::owner, 90);
        TableColumn<Campaign, String> role = column("Role", Campaign::role, 80);
        TableColumn<Campaign, Long> planned = new TableColumn<>("Budget");
        planned.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().plannedBudget()));
        planned.setCellFactory(col -> moneyCell());
        TableColumn<Campaign, Long> spent = new TableColumn<>("Spent");
        spent.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().actualSpend()));
        spent.setCellFactory(col -> moneyCell());
        TableColumn<Campaign, Integer> expected = new TableColumn<>("Leads exp.");
        expected.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().expectedLeads()));
        TableColumn<Campaign, Integer> actual = new TableColumn<>("Leads act.");
        actual.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().actualLeads()));
        TableColumn<Campaign, String> clash = column("Overlap", c -> calendar.overlapping(new Occurrence(c, c.start(), c.end()))
                ? "\u26A0 overlaps" : "", 90);
        agendaTable.getColumns().setAll(List.of(name, channel, start, end, repeats, status, owner, role, planned, spent, expected,
                actual, clash));
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

    private static <T> TableColumn<Campaign, T> column(String title, Function<Campaign, T> value, double width) {
        TableColumn<Campaign, T> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private TableCell<Campaign, LocalDate> dateCell() {
        return new TableCell<>() {
            @Override
            protected void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : CalendarText.day(item, calendar.locale()));
            }
        };
    }

    private TableCell<Campaign, Long> moneyCell() {
        return new TableCell<>() {
            @Override
            protected void updateItem(Long item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : org.tandem.domain.NumberText.formatMoney(item, calendar.locale(),
                        org.tandem.domain.CurrencyCode.fractionDigits(editor.currency())));
                setStyle("-fx-alignment: CENTER-RIGHT;");
            }
        };
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
    private Optional<CalendarViewModel.Scope> askSeries(String action, Occurrence occurrence) {
        ButtonType one = new ButtonType("Only this one", ButtonBar.ButtonData.LEFT);
        ButtonType all = new ButtonType("The whole series", ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "\"" + occurrence.campaign().name() + "\" repeats ("
                + occurrence.campaign().recurrence().describe().toLowerCase(java.util.Locale.ROOT) + "). Do you want to " + action
                .replaceFirst(" \".*\"", "") + " only the one on " + CalendarText.day(occurrence.start(), calendar.locale())
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

            private FileChooser chooser(String title) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("iCalendar files (*.ics)", "*.ics"));
                return chooser;
            }
        };
    }
}
