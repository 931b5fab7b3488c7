package org.tandem.ui.dashboard;

import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.tandem.domain.Figure;
import org.tandem.domain.Scenario;
import org.tandem.domain.ScenarioOutcome;
import org.tandem.domain.SalesText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The scenarios side by side: one column for the plan as it is and one per scenario; the results
 * below follow each valid key stroke at once, a wrong value shows its problem at its field.
 */
final class ScenarioTable {
    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    private final GridPane grid;
    private final ScenariosViewModel viewModel;
    private final Locale locale;
    private final Map<String, Label> results = new HashMap<>();
    private final Map<String, TextField> fields = new HashMap<>();
    private final Map<String, Function<Scenario, String>> values = new HashMap<>();
    /** Set while the table writes values into its fields: that is showing, not the user typing. */
    private boolean filling;
    private List<Object> shape = List.of();

    ScenarioTable(GridPane grid, ScenariosViewModel viewModel, Locale locale) {
        this.grid = grid;
        this.viewModel = viewModel;
        this.locale = locale;
        viewModel.outcomes().addListener((ListChangeListener<ScenarioOutcome>) c -> refresh());
        viewModel.scenarios().addListener((ListChangeListener<Scenario>) c -> showValues());
        viewModel.channels().addListener((ListChangeListener<String>) c -> refresh());
        viewModel.problems().addListener((javafx.collections.MapChangeListener<String, String>) c -> showProblems());
        refresh();
    }

    /** Rebuilds the grid when columns or rows change; otherwise only the results are written again. */
    private void refresh() {
        List<Object> now = new ArrayList<>();
        viewModel.scenarios().forEach(s -> now.add(s.id()));
        now.addAll(viewModel.channels());
        if (!now.equals(shape)) {
            shape = now;
            build();
        }
        writeResults();
    }

    private void build() {
        grid.getChildren().clear();
        results.clear();
        fields.clear();
        values.clear();
        List<ScenarioOutcome> outcomes = viewModel.outcomes();
        if (outcomes.isEmpty()) {
            return;
        }
        int row = 0;
        grid.add(rowLabel(""), 0, row);
        grid.add(heading("As planned"), 1, row);
        for (int col = 0; col < viewModel.scenarios().size(); col++) {
            grid.add(header(viewModel.scenarios().get(col), col), col + 2, row);
        }
        row++;
        row = inputRow(row, "Conversion rate", ScenariosViewModel.Field.CONVERSION, null,
                o -> SalesText.percent(o.conversionRate() * 100, locale), s -> s.conversionRate() == null ? "" : percent(s.conversionRate()));
        row = inputRow(row, "Average deal size", ScenariosViewModel.Field.DEAL_SIZE, null,
                o -> SalesText.figure(o.averageDealSize(), locale), s -> s.averageDealSize() == null ? "" : SalesText.figure(s.averageDealSize(), locale));
        row = inputRow(row, "Campaigns' leads", ScenariosViewModel.Field.LEADS, null, o -> "100 %",
                s -> s.leadsFactor() == 1 ? "" : percent(s.leadsFactor()));
        for (String channel : viewModel.channels()) {
            row = inputRow(row, "  leads from " + channel, ScenariosViewModel.Field.CHANNEL, channel, o -> "100 %",
                    s -> s.channelFactors().containsKey(channel) ? percent(s.channelFactors().get(channel)) : "");
        }
        row = inputRow(row, "Hours available", ScenariosViewModel.Field.HOURS, null, o -> "100 %",
                s -> s.hoursFactor() == 1 ? "" : percent(s.hoursFactor()));
        for (String result : List.of("Deals needed", "Leads needed", "Leads from campaigns", "Lead gap", "Hours a week: needed of available",
                "Money needed", "Forecast revenue against target")) {
            grid.add(rowLabel(result), 0, row);
            for (int col = 0; col <= viewModel.scenarios().size(); col++) {
                Label value = new Label();
                value.setId("scenario-" + col + "-" + DashboardParts.id(result));
                value.getStyleClass().add("scenario-result");
                results.put(col + "/" + result, value);
                grid.add(value, col + 1, row);
            }
            row++;
        }
        showProblems();
    }

    private VBox header(Scenario s, int col) {
        TextField name = new TextField(s.name());
        name.setId("scenario-name-" + (col + 1));
        name.setPrefColumnCount(9);
        name.setAccessibleText("Scenario name");
        keep(name, s.id(), ScenariosViewModel.Field.NAME, null, Scenario::name);
        CheckBox chosen = new CheckBox("Chosen");
        chosen.setId("scenario-chosen-" + (col + 1));
        chosen.setSelected(s.chosen());
        chosen.setOnAction(e -> viewModel.choose(s.id()));
        Button delete = new Button(null, new FontIcon("mdi2d-delete-outline"));
        delete.getStyleClass().add("flat");
        delete.setId("scenario-delete-" + (col + 1));
        delete.setAccessibleText("Delete scenario " + s.name());
        delete.setTooltip(new Tooltip("Delete this scenario (Ctrl+Z brings it back)"));
        delete.setOnAction(e -> viewModel.remove(s.id()));
        HBox line = new HBox(4, chosen, delete);
        line.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(2, name, line);
        if (s.chosen()) {
            box.getStyleClass().add("chosen-scenario");
        }
        return box;
    }

    private int inputRow(int row, String caption, ScenariosViewModel.Field field, String channel, Function<ScenarioOutcome, String> planned,
                         Function<Scenario, String> value) {
        grid.add(rowLabel(caption), 0, row);
        Label base = new Label(planned.apply(viewModel.outcomes().get(0)));
        base.getStyleClass().add("text-muted");
        grid.add(base, 1, row);
        for (int col = 0; col < viewModel.scenarios().size(); col++) {
            Scenario s = viewModel.scenarios().get(col);
            TextField input = new TextField(value.apply(s));
            input.setPromptText("as planned");
            input.setPrefColumnCount(7);
            input.setId("scenario-" + (col + 1) + "-" + DashboardParts.id(field + (channel == null ? "" : "-" + channel)));
            input.setAccessibleText(caption.strip() + ", " + s.name());
            keep(input, s.id(), field, channel, value);
            grid.add(input, col + 2, row);
        }
        return row + 1;
    }

    /**
     * Every change the user types is tried at once: a valid value is kept and every column follows, a wrong one shows
     * its problem at the field. Leaving the field ends the visit (one undo step per visit).
     */
    private void keep(TextField field, UUID id, ScenariosViewModel.Field which, String channel, Function<Scenario, String> value) {
        String key = ScenariosViewModel.key(id, which, channel);
        fields.put(key, field);
        values.put(key, value);
        field.textProperty().addListener((o, was, now) -> {
            if (!filling) {
                viewModel.edit(id, which, channel, now);
            }
        });
        field.setOnAction(e -> viewModel.endTyping());
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                viewModel.endTyping();
            }
        });
    }

    /** Shows the scenarios' values (after an undo, a redo, a choice) in the fields the user is not typing in. */
    private void showValues() {
        filling = true;
        try {
            for (Scenario s : viewModel.scenarios()) {
                fields.forEach((key, field) -> {
                    if (key.startsWith(s.id() + "/") && !field.isFocused() && !viewModel.problems().containsKey(key)) {
                        String shown = values.get(key).apply(s);
                        if (!shown.equals(field.getText())) {
                            field.setText(shown);
                        }
                    }
                });
            }
        } finally {
            filling = false;
        }
    }

    private void writeResults() {
        List<ScenarioOutcome> outcomes = viewModel.outcomes();
        for (int col = 0; col < outcomes.size(); col++) {
            ScenarioOutcome o = outcomes.get(col);
            set(col, "Deals needed", SalesText.figure(o.dealsNeeded(), locale));
            set(col, "Leads needed", SalesText.figure(o.leadsNeeded(), locale));
            set(col, "Leads from campaigns", SalesText.figure(o.campaignLeads(), locale));
            set(col, "Lead gap", SalesText.figure(o.leadGap(), locale));
            set(col, "Hours a week: needed of available", SalesText.figure(o.hoursNeeded(), locale) + " of "
                    + SalesText.figure(o.hoursAvailable(), locale) + " (" + SalesText.percent(o.capacityUsed(), locale) + ")");
            set(col, "Money needed", SalesText.figure(o.moneyNeeded(), locale));
            Figure gap = o.forecastGap();
            set(col, "Forecast revenue against target", SalesText.figure(o.forecastRevenue(), locale) + " of "
                    + SalesText.figure(o.revenueTarget(), locale) + (gap.known() && gap.value() < 0 ? " (short)" : ""));
        }
    }

    private void set(int col, String result, String text) {
        Label label = results.get(col + "/" + result);
        if (label != null) {
            label.setText(text);
        }
    }

    private void showProblems() {
        fields.forEach((key, field) -> {
            String problem = viewModel.problems().get(key);
            field.pseudoClassStateChanged(DANGER, problem != null);
            field.setTooltip(problem == null ? null : new Tooltip(problem));
            field.getProperties().put("problem", problem);
        });
    }

    private String percent(double share) {
        return SalesText.percent(share * 100, locale);
    }

    private static Label rowLabel(String text) {
        Label l = new Label(text);
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-bold");
        return l;
    }
}
