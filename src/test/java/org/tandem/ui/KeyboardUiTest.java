package org.tandem.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The keyboard-only pass: on each screen of the sample (and each step of the sales plan), Tab from the top reaches
 * every control the screen shows, the focused control is always one the user can see, and every button that shows
 * only an icon has a text for screen readers.
 */
class KeyboardUiTest extends AppUiTest {
    private Node content() {
        return lookup("#content").query();
    }

    /**
     * What a keyboard user should reach: every control showing, enabled and taking focus. Walked on the JavaFX thread,
     * where a screen still filling in cannot change the children under the walk.
     */
    private Set<Node> reachable(Node from) {
        return AppDriver.onFx(() -> {
            Set<Node> out = new LinkedHashSet<>();
            collect(from, out);
            return out;
        });
    }

    private static void collect(Node node, Set<Node> out) {
        if (!node.isVisible() || node.isDisabled()) {
            return;
        }
        // what a user works with, whether or not the code made it a Tab stop: a control left out of the Tab order
        // (a button set not focus-traversable) is one the keyboard cannot reach, and this pass is to find them
        if (node instanceof ButtonBase || node instanceof javafx.scene.control.TextInputControl
                || node instanceof javafx.scene.control.ComboBoxBase<?> || node instanceof javafx.scene.control.ChoiceBox<?>
                || node instanceof javafx.scene.control.ListView<?> || node instanceof javafx.scene.control.TableView<?>
                || node instanceof javafx.scene.control.TreeView<?> || node instanceof javafx.scene.control.Spinner<?>
                || node instanceof javafx.scene.control.Slider || node instanceof javafx.scene.control.TitledPane
                || node instanceof javafx.scene.chart.Chart || node.getStyleClass().contains(org.tandem.ui.common.ChartPictures.SOURCE)) {
            if (!(node.getParent() instanceof javafx.scene.control.Spinner<?>) && !insideCombo(node)) {
                out.add(node);
            }
        }
        if (node instanceof Control control && control.getSkin() == null) {
            return;
        }
        if (node instanceof javafx.scene.control.TableView<?> || node instanceof javafx.scene.control.ListView<?>
                || node instanceof javafx.scene.control.TreeView<?> || node instanceof javafx.scene.control.ComboBoxBase<?>
                || node instanceof javafx.scene.control.Spinner<?> || node instanceof javafx.scene.control.TextInputControl) {
            return; // a list or a field is one stop; what is inside it moves with the arrow keys
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, out));
        }
    }

    /** The arrow button or editor of a combo box or spinner is part of it, not a stop of its own. */
    private static boolean insideCombo(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.ComboBoxBase<?> || n instanceof javafx.scene.control.Spinner<?>) {
                return true;
            }
        }
        return false;
    }

    /** Tabs round the whole window from the first control of the screen and returns every control focused on the way. */
    /** The effect on the focused control after each of a few Tabs typed on the keyboard. */
    private final List<javafx.scene.effect.Effect> haloes = new ArrayList<>();

    /**
     * Tabs round the whole window from the first control of the screen and returns every control focused on the way.
     * The Tab key events go to the focused control as the keyboard's do, a few hundred in one go on the JavaFX thread;
     * a few Tabs typed through the robot first check the focus shows.
     */
    private List<Node> tabRound(Set<Node> screen) {
        haloes.clear();
        interact(() -> screen.iterator().next().requestFocus());
        for (int i = 0; i < 3; i++) {
            push(KeyCode.TAB);
            haloes.add(stage.getScene().getFocusOwner().getEffect());
        }
        interact(() -> screen.iterator().next().requestFocus());
        List<Node> focused = new ArrayList<>();
        interact(() -> {
            Node first = stage.getScene().getFocusOwner();
            for (int i = 0; i < 800; i++) {
                Node now = stage.getScene().getFocusOwner();
                focused.add(now);
                // a text area takes Tab as text: Ctrl+Tab leaves it, as JavaFX's keyboard users do
                boolean control = now instanceof TextArea;
                for (javafx.event.EventType<javafx.scene.input.KeyEvent> type
                        : List.of(javafx.scene.input.KeyEvent.KEY_PRESSED, javafx.scene.input.KeyEvent.KEY_RELEASED)) {
                    javafx.event.Event.fireEvent(now, new javafx.scene.input.KeyEvent(type, "", "", KeyCode.TAB, false, control, false,
                            false));
                }
                if (stage.getScene().getFocusOwner() == first) {
                    break;
                }
            }
        });
        return focused;
    }

    private void passOf(String screen) {
        WaitForAsyncUtils.waitForFxEvents();
        Set<Node> expected = reachable(content());
        assertThat(expected).as(screen + " has controls").isNotEmpty();
        List<Node> focused = tabRound(expected);
        Set<Node> reached = new LinkedHashSet<>(focused);
        List<String> missed = missed(expected, reached);
        assertThat(missed).as("controls of " + screen + " Tab never reaches").isEmpty();
        assertThat(focused).as("focus on " + screen + " is always on something showing")
                .allSatisfy(n -> assertThat(showing(n)).as(describe(n)).isTrue());
        // a chart is a stop too (its context-menu key copies or saves it), read out by its title
        assertThat(lookup("#content .chart").<Node>queryAll()).filteredOn(KeyboardUiTest::showing)
                .allSatisfy(chart -> assertThat(focused).as("chart on " + screen).contains(chart))
                .allSatisfy(chart -> assertThat(chart.getAccessibleText()).isNotBlank());
        // keyboard focus shows as a wide halo (the theme's own focus border alone is thin on a projector)
        assertThat(haloes).as("focus halo on " + screen).hasSize(3).allSatisfy(effect -> assertThat(effect)
                .isInstanceOf(javafx.scene.effect.DropShadow.class));
        List<String> mute = expected.stream().filter(n -> n instanceof ButtonBase b && iconOnly(b))
                .filter(n -> n.getAccessibleText() == null || n.getAccessibleText().isBlank()).map(KeyboardUiTest::describe).toList();
        assertThat(mute).as("icon-only buttons of " + screen + " without a text for screen readers").isEmpty();
    }

    /** The controls of the screen Tab has not reached (a part of a control counts; a group of toggles is one stop). */
    private static List<String> missed(Set<Node> expected, Set<Node> reached) {
        return expected.stream().filter(n -> !reached.contains(n) && reached.stream().noneMatch(r -> inside(r, n))
                && !groupReached(n, reached)).map(KeyboardUiTest::describe).toList();
    }

    /** Toggles of one group are one stop, as radio buttons are: Tab reaches the group, the arrow keys move in it. */
    private static boolean groupReached(Node n, Set<Node> reached) {
        return n instanceof javafx.scene.control.Toggle t && t.getToggleGroup() != null
                && reached.stream().anyMatch(r -> r instanceof javafx.scene.control.Toggle o && o.getToggleGroup() == t.getToggleGroup());
    }

    private static boolean iconOnly(Labeled b) {
        return (b.getText() == null || b.getText().isBlank()) && b.getGraphic() != null;
    }

    /** Focus on a part of a control (a combo box's editor) counts for the control. */
    private static boolean inside(Node focused, Node control) {
        for (Node n = focused; n != null; n = n.getParent()) {
            if (n == control) {
                return true;
            }
        }
        return false;
    }

    private static boolean showing(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    private static String describe(Node n) {
        String text = n instanceof Labeled l ? " \"" + l.getText() + "\"" : "";
        return n.getClass().getSimpleName() + (n.getId() == null ? "" : "#" + n.getId()) + text;
    }

    @Test
    void tabReachesEveryControlOfEveryScreenAndEveryIconButtonHasAText() throws Exception {
        String[] screens = {"Dashboard", "Market research", "Competitors", "Campaign calendar", "Sales plan"};
        for (int i = 0; i < screens.length; i++) {
            push(KeyCode.SHORTCUT, KeyCode.getKeyCode(Integer.toString(i + 1)));
            WaitForAsyncUtils.waitForFxEvents();
            if (i == 4) {
                for (int step = 1; step <= 6; step++) {
                    int s = step;
                    java.util.function.Predicate<Node> isStep = n -> n instanceof Labeled l && l.getText() != null
                            && l.getText().startsWith(s + " ");
                    clickOn(lookup("#stepBar").lookup(isStep).<Node>query());
                    WaitForAsyncUtils.waitForFxEvents();
                    passOf("sales plan step " + step);
                }
            } else {
                passOf(screens[i]);
            }
        }
        // the window's own bar: the plan switcher and its buttons
        Set<Node> bar = reachable(lookup("#toolBar").query());
        List<String> mute = bar.stream().filter(n -> n instanceof ButtonBase b && iconOnly(b))
                .filter(n -> n.getAccessibleText() == null || n.getAccessibleText().isBlank()).map(KeyboardUiTest::describe).toList();
        assertThat(mute).isEmpty();
    }
}
