package org.tandem.ui;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.tandem.domain.NoteSummary;
import org.tandem.store.Database;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.ui.AppDriver.waitUntil;

/**
 * A careless user on the sample plan: edits an editor of every screen, types invalid and half-valid
 * values in between, switches plans and sections with items selected, quits and restarts. Every
 * table of the database then differs from before in exactly the edits made, and nothing else.
 */
class EveryEditorUiTest extends AppUiTest {
    static final String SAMPLE = "Ember & Oak Coffee Roasters (sample)";

    /** Every row of every table (settings and the search index aside), by table and key, without timestamps. */
    private Map<String, Map<String, Map<String, Object>>> dump() {
        Map<String, Map<String, Map<String, Object>>> tables = new LinkedHashMap<>();
        try (Database db = Database.open(database())) {
            db.read(c -> {
                List<String> names = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite%' AND name NOT LIKE '%fts%'"
                                + " AND name <> 'app_setting' ORDER BY name")) {
                    while (rs.next()) {
                        names.add(rs.getString(1));
                    }
                }
                for (String table : names) {
                    Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
                    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT rowid AS row_key, * FROM " + table)) {
                        ResultSetMetaData meta = rs.getMetaData();
                        while (rs.next()) {
                            Map<String, Object> row = new LinkedHashMap<>();
                            for (int i = 2; i <= meta.getColumnCount(); i++) {
                                String column = meta.getColumnName(i);
                                if (!column.equals("updated_at") && !column.equals("created_at")) {
                                    row.put(column, rs.getObject(i));
                                }
                            }
                            Object id = row.getOrDefault("id", rs.getObject(1));
                            rows.put(table.contains("_") && !row.containsKey("id") ? row.toString() : String.valueOf(id), row);
                        }
                    }
                    tables.put(table, rows);
                }
                return null;
            });
        }
        return tables;
    }

    /** The rows of a plan and of its profiles (a plan's default channels and its own profile come when first shown). */
    private static void forget(Map<String, Map<String, Map<String, Object>>> tables, String planId) {
        java.util.Set<Object> profiles = new java.util.HashSet<>();
        tables.getOrDefault("competitor", Map.of()).values().stream().filter(r -> planId.equals(r.get("plan_id")))
                .forEach(r -> profiles.add(r.get("id")));
        tables.values().forEach(rows -> rows.values().removeIf(r -> planId.equals(r.get("plan_id")) || planId.equals(r.get("id"))
                || profiles.contains(r.get("competitor_id"))));
    }

    /** "table id column: before -> after" for every value that differs, and rows that came or went. */
    private static List<String> differences(Map<String, Map<String, Map<String, Object>>> before,
                                            Map<String, Map<String, Map<String, Object>>> after) {
        List<String> found = new ArrayList<>();
        for (String table : new TreeSet<>(before.keySet())) {
            Map<String, Map<String, Object>> was = before.get(table);
            Map<String, Map<String, Object>> now = after.getOrDefault(table, Map.of());
            for (String key : new TreeSet<>(was.keySet())) {
                if (!now.containsKey(key)) {
                    found.add(table + " " + key + " deleted");
                    continue;
                }
                for (String column : was.get(key).keySet()) {
                    Object a = was.get(key).get(column);
                    Object b = now.get(key).get(column);
                    if (!Objects.equals(String.valueOf(a), String.valueOf(b))) {
                        found.add(table + " " + column + ": " + a + " -> " + b);
                    }
                }
            }
            now.keySet().stream().filter(k -> !was.containsKey(k)).forEach(k -> found.add(table + " " + k + " added"));
        }
        return found;
    }

    private void shortcut(KeyCode digit) {
        press(KeyCode.CONTROL, digit).release(digit, KeyCode.CONTROL);
    }

    private void section(KeyCode digit, String root) throws Exception {
        shortcut(digit);
        waitUntil(() -> lookup(root).tryQuery().map(n -> n.getScene() != null && n.isVisible()).orElse(false));
    }

    private void replaceText(Node field, String text) {
        clickOn(field).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        write(text);
    }

    private void switchPlan(String name) throws Exception {
        clickOn("#planSwitcher").clickOn(name);
        waitUntil(() -> stage.getTitle().equals("Tandem - " + name));
    }

    /** A node inside the sales plan screen (other screens use the same ids). */
    private <T extends Node> T inPlan(String query) {
        Node root = lookup("#salesPlanRoot").query();
        return from(root).lookup(query).query();
    }

    /** Scrolls the sales plan's step so the node shows, as a user would before clicking it. */
    private <T extends Node> T shown(T node) {
        interact(() -> {
            ScrollPane scroll = inPlan("#stepScroll");
            Node content = scroll.getContent();
            double y = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
            double room = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(room <= 0 ? 0 : Math.max(0, Math.min(1, (y - 40) / room)));
        });
        return node;
    }

    @Test
    void editsOnEveryScreenSurviveHalfTypedValuesPlanAndSectionSwitchesAndARestart() throws Exception {
        // a second plan to switch to, made before the database is read
        shortcut(KeyCode.N);
        waitUntil(() -> lookup("#nameField").tryQuery().isPresent());
        clickOn("#nameField").write("Second plan");
        clickOn("#planFormSave");
        waitUntil(() -> stage.getTitle().equals("Tandem - Second plan"));
        switchPlan(SAMPLE);
        var before = dump();

        // market research: a note's title, then another plan and back with the note selected
        section(KeyCode.DIGIT2, "#researchView");
        @SuppressWarnings("unchecked")
        ListView<NoteSummary> notes = lookup("#noteList").queryAs(ListView.class);
        waitUntil(() -> notes.getItems().size() == 20);
        NoteSummary decaf = notes.getItems().stream().filter(n -> n.title().equals("Decaf demand is growing")).findFirst().orElseThrow();
        interact(() -> notes.scrollTo(decaf));
        clickOn(from(notes).lookup("Decaf demand is growing").<Node>query());
        waitUntil(() -> lookup("#titleField").queryAs(TextField.class).getText().equals("Decaf demand is growing"));
        replaceText(lookup("#titleField").query(), "Decaf demand keeps growing");
        switchPlan("Second plan");
        switchPlan(SAMPLE);

        // segments: a half-typed number refused, then a good one
        section(KeyCode.DIGIT2, "#researchView");
        clickOn("Segments");
        waitUntil(() -> lookup("#segmentTable").queryAs(TableView.class).getItems().size() == 4);
        clickOn("Gift buyers");
        waitUntil(() -> lookup("#segmentName").queryAs(TextField.class).getText().equals("Gift buyers"));
        replaceText(lookup("#segmentBuyers").query(), "12x");
        waitUntil(() -> !lookup("#segmentBuyersError").queryLabeled().getText().isEmpty());
        replaceText(lookup("#segmentBuyers").query(), "12,500");
        waitUntil(() -> lookup("#segmentBuyersError").queryLabeled().getText().isEmpty());

        // competitors: a price in words refused, then a number; a section round trip with the profile selected
        section(KeyCode.DIGIT3, "#competitorsView");
        clickOn("Moorland Coffee Co.");
        waitUntil(() -> lookup("#competitorName").queryAs(TextField.class).getText().equals("Moorland Coffee Co."));
        replaceText(lookup("#competitorPrice").query(), "12 euros");
        waitUntil(() -> !lookup("#competitorPriceError").queryLabeled().getText().isEmpty());
        replaceText(lookup("#competitorPrice").query(), "3.5");
        waitUntil(() -> lookup("#competitorPriceError").queryLabeled().getText().isEmpty());
        section(KeyCode.DIGIT1, "#planName");
        section(KeyCode.DIGIT3, "#competitorsView");

        // calendar: a negative budget refused, then a good one; the sales plan and back with the campaign selected
        section(KeyCode.DIGIT4, "#calendarRoot");
        selectInAgenda("Gift guide content");
        replaceText(lookup("#campaignBudget").query(), "-100");
        waitUntil(() -> !lookup("#plannedBudgetError").queryLabeled().getText().isEmpty());
        replaceText(lookup("#campaignBudget").query(), "450");
        waitUntil(() -> lookup("#plannedBudgetError").queryLabeled().getText().isEmpty());
        section(KeyCode.DIGIT5, "#salesPlanRoot");
        section(KeyCode.DIGIT4, "#calendarRoot");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        // sales plan: a target half-typed as "15k" refused, then 52,000
        section(KeyCode.DIGIT5, "#salesPlanRoot");
        waitUntil(() -> lookup("#salesPlanChoice").tryQuery().map(n -> ((ComboBox<?>) n).getValue() != null).orElse(false));
        TableView<?> objectives = inPlan("#objectiveTable");
        waitUntil(() -> !objectives.getItems().isEmpty());
        clickOn(shown(from(objectives).lookup(".table-row-cell").<Node>query()));
        TextField target = inPlan("#targetField");
        waitUntil(() -> target.getText().equals("48,000"));
        replaceText(shown(target), "15k");
        waitUntil(() -> !((javafx.scene.control.Label) inPlan("#targetError")).getText().isEmpty());
        replaceText(target, "52000");
        push(KeyCode.TAB);
        waitUntil(() -> ((javafx.scene.control.Label) inPlan("#targetError")).getText().isEmpty());
        switchPlan("Second plan");
        switchPlan(SAMPLE);
        section(KeyCode.DIGIT2, "#researchView");

        driver.quitWithShortcut(this);
        stage = driver.start();
        assertThat(stage.getTitle()).isEqualTo("Tandem - " + SAMPLE);
        driver.quitWithShortcut(this);

        var after = dump();
        String second = before.get("plan").values().stream().filter(r -> "Second plan".equals(r.get("name"))).findFirst().orElseThrow()
                .get("id").toString();
        forget(before, second);
        forget(after, second);
        assertThat(differences(before, after)).containsExactlyInAnyOrder(
                "campaign planned_minor: 30000 -> 45000",
                "competitor price_level: " + before.get("competitor").values().stream()
                        .filter(r -> "Moorland Coffee Co.".equals(r.get("name"))).findFirst().orElseThrow().get("price_level") + " -> 3.5",
                "research_note title: Decaf demand is growing -> Decaf demand keeps growing",
                "sales_objective target_minor: 4800000 -> 5200000",
                "segment buyers: " + before.get("segment").values().stream()
                        .filter(r -> "Gift buyers".equals(r.get("name"))).findFirst().orElseThrow().get("buyers") + " -> 12500");
    }
}
