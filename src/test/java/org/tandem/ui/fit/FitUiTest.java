package org.tandem.ui.fit;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.tandem.exchange.PngFile;
import org.tandem.ui.AppDriver;
import org.tandem.ui.AppUiTest;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every screen and tab of the sample plan, and a new plan's empty screens, at a projector's 1024x768, a laptop's
 * 1366x768 and a monitor's 1920x1080, in both themes: no label, button, tab, chip, menu item or column header shows
 * its text cut, no control is out of reach, and all text reads against its background at 4.5:1 or better.
 * With {@code -Dtandem.fit.shots=DIR} it also saves a PNG of every screen it checks, to look at.
 */
class FitUiTest extends AppUiTest {
    /** Largest first: Monocle's headless renderer reuses a frame's pixel buffer and complains when a window grows. */
    private static final int[][] SIZES = {{1920, 1080}, {1366, 768}, {1024, 768}};
    private static final String SHOTS = System.getProperty("tandem.fit.shots", "");

    private final Set<String> problems = new LinkedHashSet<>();
    private String lastUndo = "";
    private String lastLabel = "the start";

    @Test
    void everyScreenFitsAndReadsInTheLightTheme() throws Exception {
        checkEveryScreen("light");
    }

    @Test
    void everyScreenFitsAndReadsInTheDarkTheme() throws Exception {
        checkEveryScreen("dark");
    }

    /**
     * A class on a projector in high contrast: text at 150 % on a 1920x1080 projector (Ctrl+Plus five times), then the
     * window made 1024x768 at 120 % (150 % there would leave fewer pixels than the app's smallest window). 1366x768 at
     * 150 % passed too when this was written; left out to keep the build quick.
     */
    @Test
    void everyScreenFitsAndReadsZoomedInHighContrastOnAProjector() throws Exception {
        clickOn("View");
        clickOn("High contrast");
        for (int i = 0; i < 5; i++) {
            push(KeyCode.SHORTCUT, KeyCode.EQUALS);
        }
        resize(SIZES[0][0], SIZES[0][1]);
        checkSections("contrast-150-" + SIZES[0][0] + "-sample");
        for (int i = 0; i < 3; i++) {
            push(KeyCode.SHORTCUT, KeyCode.MINUS);
        }
        resize(1024, 768);
        checkSections("contrast-120-1024-sample");
        checkMenus("contrast-120");
        assertThat(problems).as("text cut, out of reach or under 4.5:1 (zoomed, high contrast)").isEmpty();
    }

    private void checkEveryScreen(String theme) throws Exception {
        if (theme.equals("dark")) {
            press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        }
        for (int[] size : SIZES) {
            resize(size[0], size[1]);
            checkSections(theme + "-" + size[0] + "-sample");
        }
        newPlan("Harbour Bikes");
        for (int[] size : new int[][]{SIZES[0], SIZES[2]}) { // a new plan's empty screens: the largest and the smallest
            resize(size[0], size[1]);
            checkSections(theme + "-" + size[0] + "-new");
        }
        checkMenus(theme);
        checkShortcuts(theme);
        checkPlanFileDialogs(theme);
        assertThat(problems).as("text cut, out of reach or under 4.5:1 (%s theme)", theme).isEmpty();
    }

    private void checkSections(String label) throws Exception {
        for (int section = 1; section <= 5; section++) {
            KeyCode digit = KeyCode.valueOf("DIGIT" + section);
            press(KeyCode.CONTROL, digit).release(digit, KeyCode.CONTROL);
            settle();
            checkTabs(label + "-s" + section, stage.getScene().getRoot());
            if (section == 4) {
                checkCalendarPages(label);
            }
            if (section == 5) {
                checkSalesSteps(label);
            }
        }
    }

    /** Every tab of every tab pane on the screen (tab panes inside tabs too). */
    private void checkTabs(String label, Parent root) throws Exception {
        List<TabPane> panes = AppDriver.onFx(() -> root.lookupAll(".tab-pane").stream()
                .filter(node -> node instanceof TabPane && shown(node)).map(TabPane.class::cast).toList());
        if (panes.isEmpty()) {
            check(label);
            return;
        }
        TabPane pane = panes.get(0);
        Tab before = pane.getSelectionModel().getSelectedItem();
        for (Tab tab : List.copyOf(pane.getTabs())) {
            interact(() -> pane.getSelectionModel().select(tab));
            settle();
            check(label + "-" + tab.getText().replaceAll("\\W+", ""));
            checkWithARowSelected(label + "-" + tab.getText().replaceAll("\\W+", ""));
        }
        interact(() -> pane.getSelectionModel().select(before));
        settle();
    }

    /**
     * The first list or table on the screen with nothing selected gets its first row selected, as a user opens an item,
     * and the screen is checked again: the editors beside lists (a note, a segment, a campaign's side panel, a sales
     * plan's row form) only show then. Selecting writes nothing.
     */
    private void checkWithARowSelected(String label) throws Exception {
        Node content = lookup("#content").query();
        Node list = AppDriver.onFx(() -> firstUnselectedList(content));
        if (list == null) {
            return;
        }
        String undoBefore = undoText();
        interact(() -> selectionOf(list).select(0));
        settle();
        if (!undoText().equals(undoBefore)) {
            problems.add(label + ": selecting the first row of #" + list.getId() + " recorded an edit: " + undoText());
        }
        check(label + "-selected-" + list.getId());
    }

    /** Read on the JavaFX thread: the first shown list or table of the screen's own with rows and nothing selected. */
    private static Node firstUnselectedList(Node content) {
        List<Node> lists = new ArrayList<>(content.lookupAll(".list-view"));
        lists.addAll(content.lookupAll(".table-view"));
        for (Node node : lists) {
            javafx.scene.control.SelectionModel<?> selection = selectionOf(node);
            int items = node instanceof javafx.scene.control.TableView<?> table ? table.getItems().size()
                    : node instanceof javafx.scene.control.ListView<?> list ? list.getItems().size() : 0;
            // the screen's own lists (they have ids), not those inside a control's skin: a check list's list (ControlsFX's
            // "list-view") ticks what it selects, which is an edit
            if (selection != null && node.getId() != null && !node.getId().equals("list-view") && shown(node) && items > 0
                    && selection.isEmpty()) {
                return node;
            }
        }
        return null;
    }

    private static javafx.scene.control.SelectionModel<?> selectionOf(Node node) {
        return node instanceof javafx.scene.control.TableView<?> table ? table.getSelectionModel()
                : node instanceof javafx.scene.control.ListView<?> list ? list.getSelectionModel() : null;
    }

    /** What Edit > Undo would take back now: a selection must not change it. */
    private String undoText() throws Exception {
        MenuBar bar = lookup("#menuBar").queryAs(MenuBar.class);
        return AppDriver.onFx(() -> {
            javafx.scene.control.MenuItem undo = bar.getMenus().get(1).getItems().get(0);
            return undo.isDisable() ? "" : undo.getText();
        });
    }

    private void checkCalendarPages(String label) throws Exception {
        TabPane tabs = lookup("#calendarTabs").queryAs(TabPane.class);
        interact(() -> tabs.getSelectionModel().select(0));
        settle();
        for (String page : List.of("Week", "Year", "Month")) {
            Node button = from(tabs).lookup((java.util.function.Predicate<Node>) n -> n instanceof ButtonBase b && page.equals(b.getText()) && shown(b))
                    .queryAll().stream().findFirst().orElse(null);
            if (button == null) {
                problems.add("no " + page + " button on the calendar at " + label);
                continue;
            }
            interact(((ButtonBase) button)::fire);
            settle();
            check(label + "-s4-" + page);
        }
    }

    private void checkSalesSteps(String label) throws Exception {
        for (int step = 1; step <= 6; step++) {
            Node button = lookup("#step" + step).query();
            if (button == null || !shown(button)) {
                return; // a new plan has no sales plan: its empty state was checked with the section
            }
            interact(((ButtonBase) button)::fire);
            settle();
            check(label + "-s5-step" + step);
            checkWithARowSelected(label + "-s5-step" + step);
        }
        interact(((ButtonBase) lookup("#step1").query())::fire);
        settle();
    }

    private void checkMenus(String theme) throws Exception {
        resize(1024, 768);
        MenuBar bar = lookup("#menuBar").queryAs(MenuBar.class);
        for (Menu menu : bar.getMenus()) {
            interact(menu::show);
            settle();
            for (Window window : Window.getWindows()) {
                if (window != stage && window.isShowing() && window.getScene() != null) {
                    record(theme + " menu " + menu.getText(), window.getScene().getRoot());
                }
            }
            interact(menu::hide);
        }
    }

    private void checkShortcuts(String theme) throws Exception {
        press(KeyCode.F1).release(KeyCode.F1);
        settle();
        Window dialog = Window.getWindows().stream().filter(w -> w != stage && w.isShowing()).findFirst().orElse(null);
        assertThat(dialog).as("the shortcuts window").isNotNull();
        record(theme + " shortcuts", dialog.getScene().getRoot());
        snapshot(theme + "-shortcuts", dialog.getScene().getRoot());
        press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        settle();
    }

    /** The import preview of a plan already here (merge, replace, keep both) and the history with a kept version. */
    private void checkPlanFileDialogs(String theme) throws Exception {
        resize(1024, 768);
        Path file = Files.createTempDirectory("tandem-fit").resolve("fit.tandem.json");
        driver.planFiles(file, file);
        press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        AppDriver.waitUntil(() -> Files.exists(file) && !lookup("#planFileStatus").query().isVisible());
        press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        AppDriver.waitUntil(() -> lookup("#importPreview").tryQuery().isPresent());
        settle();
        checkDialog(theme + "-import-preview", lookup("#importPreview").query());
        press(KeyCode.CONTROL, KeyCode.H).release(KeyCode.H, KeyCode.CONTROL);
        AppDriver.waitUntil(() -> lookup("#historyDialog").tryQuery().isPresent());
        settle();
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<Object> versions = lookup("#versionList").queryAs(javafx.scene.control.ListView.class);
        AppDriver.waitUntil(() -> !versions.getItems().isEmpty());
        interact(() -> versions.getSelectionModel().select(0));
        settle();
        checkDialog(theme + "-history", lookup("#historyDialog").query());
        clickOn("File").clickOn("Report…");
        AppDriver.waitUntil(() -> lookup("#reportDialog").tryQuery().isPresent());
        checkDialog(theme + "-report", lookup("#reportDialog").query());
        clickOn("File").clickOn("Export CSV…");
        AppDriver.waitUntil(() -> lookup("#csvDialog").tryQuery().isPresent());
        checkDialog(theme + "-csv", lookup("#csvDialog").query());
    }

    private void checkDialog(String label, Node pane) throws Exception {
        record(label, pane.getScene().getRoot());
        snapshot(label, pane.getScene().getRoot());
        interact(() -> ((javafx.stage.Stage) pane.getScene().getWindow()).close());
        settle();
    }

    private void newPlan(String name) throws Exception {
        javafx.scene.control.Button button = lookup("#newPlanButton").queryButton();
        assertThat(button.isDisabled()).as("New plan enabled").isFalse();
        interact(button::fire);
        try {
            AppDriver.waitUntil(() -> lookup("#nameField").tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no plan dialog; windows: " + Window.getWindows() + " problems so far: " + problems, e);
        }
        // the plan dialog itself is ShellUiTest's; here it only has to make an empty plan
        // the dialog's own name field: the screens behind it have fields of that id too
        Node dialog = lookup("#planFormSave").query().getScene().getRoot();
        interact(() -> from(dialog).lookup("#nameField").queryTextInputControl().setText(name));
        interact(lookup("#planFormSave").queryButton()::fire);
        try {
            AppDriver.waitUntil(() -> stage.getTitle().equals("Tandem - " + name));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("title " + stage.getTitle() + ", dialog open " + lookup("#nameField").tryQuery().isPresent()
                    + ", save disabled " + lookup("#planFormSave").tryQuery().map(Node::isDisabled).orElse(null)
                    + ", labels " + lookup(".label").queryAllAs(javafx.scene.control.Label.class).stream()
                    .filter(l -> l.getScene() != stage.getScene()).map(javafx.scene.control.Label::getText).toList(), e);
        }
        settle();
    }

    private void check(String label) throws Exception {
        // only looking: nothing the test does may become an edit (code that fills a control never writes)
        String undo = undoText();
        if (!undo.isEmpty() && !undo.equals(lastUndo)) {
            problems.add(label + ": an edit was recorded while only looking, after " + lastLabel + ": " + undo);
            lastUndo = undo;
        }
        lastUndo = undo; // another plan has its own history
        lastLabel = label;
        record(label, stage.getScene().getRoot());
        snapshot(label, stage.getScene().getRoot());
    }

    /** Reads the screen's text on the JavaFX thread: it lays out and draws while the test runs. */
    private void record(String label, Parent root) throws Exception {
        List<String> found = AppDriver.onFx(() -> ShownText.problems(root));
        for (String problem : found) {
            problems.add(label.replaceAll("-(sample|new)$", "") + ": " + problem);
        }
    }

    private void snapshot(String label, Parent root) throws Exception {
        if (SHOTS.isEmpty()) {
            return;
        }
        Path folder = Files.createDirectories(Path.of(SHOTS));
        WritableImage[] image = new WritableImage[1];
        interact(() -> image[0] = root.snapshot(null, null));
        int w = (int) image[0].getWidth();
        int h = (int) image[0].getHeight();
        int[] pixels = new int[w * h];
        image[0].getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
        PngFile.write(folder.resolve(label + ".png"), w, h, pixels);
    }

    private void resize(int width, int height) throws Exception {
        interact(() -> {
            stage.setMaximized(false);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        settle();
    }

    /** Waits until the store thread has nothing queued and the JavaFX thread has drawn what came back. */
    private void settle() throws Exception {
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !driver.runner().busy());
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}
