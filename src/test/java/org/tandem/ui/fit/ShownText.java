package org.tandem.ui.fit;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;

import org.tandem.ui.common.TableFit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds text a user cannot read in a shown scene: a label, button, tab, chip, menu item or column header whose shown
 * text is not its whole text (an ellipsis, or a word broken across lines), a control that sticks out of the window
 * where nothing scrolls to it, and text whose contrast with what is behind it is under WCAG AA's 4.5:1.
 * Cells of lists and tables may clip when their whole text shows on hover (a tooltip).
 */
public final class ShownText {
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final double AA = 4.5;

    private ShownText() {
    }

    /** Every problem found under this root, one line each, naming the node's text and where it is. */
    public static List<String> problems(Parent root) {
        List<String> found = new ArrayList<>();
        visit(root, found);
        return found;
    }

    private static void visit(Node node, List<String> found) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof Labeled labeled) {
            checkLabeled(labeled, found);
        }
        if (node instanceof Control control && !(node instanceof IndexedCell<?>)) {
            checkReach(control, found);
        }
        if (node instanceof Text text && !text.getText().isBlank()) {
            checkContrast(text, found);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, found);
            }
        }
    }

    private static void checkLabeled(Labeled labeled, List<String> found) {
        String whole = wholeText(labeled);
        if (whole.isBlank() || labeled.getWidth() <= 0 || labeled.getContentDisplay() == javafx.scene.control.ContentDisplay.GRAPHIC_ONLY) {
            return;
        }
        Text shown = shownText(labeled);
        if (shown == null) {
            return;
        }
        boolean cut = !normal(shown.getText()).equals(normal(whole));
        // a long text in a cell may be cut when the cell shows it whole on hover, and keeps enough to tell rows apart
        boolean clippingAllowed = inHoveringCell(labeled) && whole.length() > TableFit.SHORT && kept(shown.getText()) >= 8
                // a campaign's bar on the calendar is as wide as its days: its tooltip says the rest
                || explainedOnHover(labeled) && kept(shown.getText()) >= 4;
        if (cut && !clippingAllowed) {
            found.add("cut: \"" + whole + "\" shows as \"" + shown.getText() + "\" in " + where(labeled));
            return;
        }
        if (shown.getWrappingWidth() > 0) {
            for (var m = WORD.matcher(whole); m.find(); ) {
                if (width(m.group(), shown) > shown.getWrappingWidth() + 0.5) {
                    found.add("word broken: \"" + m.group() + "\" of \"" + whole + "\" in " + where(labeled));
                    return;
                }
            }
        }
    }

    /** A control whose right edge leaves the window, and no scroll pane can bring it in: out of reach. */
    private static void checkReach(Control control, List<String> found) {
        if (control.getScene() == null || control.getWidth() <= 0 || inScrolled(control)) {
            return;
        }
        Bounds b = control.localToScene(control.getBoundsInLocal());
        double sceneWidth = control.getScene().getWidth();
        double sceneHeight = control.getScene().getHeight();
        if (b.getMinX() > sceneWidth - 4 || b.getMinY() > sceneHeight - 4) {
            found.add("out of reach: " + where(control) + " at " + (int) b.getMinX() + "," + (int) b.getMinY());
        }
    }

    private static boolean inScrolled(Node node) {
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane || p.getClass().getSimpleName().endsWith("ScrollPane") || p instanceof javafx.scene.control.TableView<?> || p instanceof javafx.scene.control.ListView<?>
                    || p instanceof javafx.scene.control.ToolBar) {
                return true;
            }
        }
        return false;
    }

    private static void checkContrast(Text text, List<String> found) {
        if (disabled(text) || !(text.getFill() instanceof javafx.scene.paint.Color fill)) {
            return;
        }
        javafx.scene.paint.Color behind = Backdrop.behind(text);
        if (behind == null) {
            return;
        }
        javafx.scene.paint.Color shown = Backdrop.over(fill, behind, effectiveOpacity(text));
        double ratio = contrast(shown, behind);
        if (ratio < AA) {
            found.add(String.format(java.util.Locale.ROOT, "contrast %.2f:1 for \"%s\" (%s on %s) in %s", ratio,
                    abbreviate(text.getText()), hex(shown), hex(behind), where(text)));
        }
    }

    /** Disabled controls are exempt from WCAG's contrast minimum (a disabled menu item is only styled so). */
    private static boolean disabled(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.isDisabled() || n.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("disabled"))) {
                return true;
            }
        }
        return false;
    }

    private static double effectiveOpacity(Node node) {
        double opacity = 1;
        for (Node n = node; n != null; n = n.getParent()) {
            opacity *= n.getOpacity();
        }
        return opacity;
    }

    /** WCAG 2 contrast ratio of two opaque colours. */
    public static double contrast(javafx.scene.paint.Color a, javafx.scene.paint.Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static double luminance(javafx.scene.paint.Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static String wholeText(Labeled labeled) {
        String text = labeled.getText() == null ? "" : labeled.getText();
        return labeled.isMnemonicParsing() ? text.replaceFirst("_(?=.)", "") : text;
    }

    private static Text shownText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.getStyleClass().contains("text")) {
                return text;
            }
        }
        return null;
    }

    private static boolean inHoveringCell(Node node) {
        boolean inCell = false;
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof ComboBoxBase<?>) {
                return false; // a combo's shown value is its button cell: it must show whole
            }
            inCell |= n instanceof IndexedCell<?>;
            if (inCell && n instanceof Control control && TableFit.showsWholeOnHover(control)) {
                return true;
            }
        }
        return false;
    }

    private static boolean explainedOnHover(Node node) {
        int depth = 0;
        for (Node n = node; n != null && depth < 4; n = n.getParent(), depth++) {
            if (n.getProperties().containsKey("javafx.scene.control.Tooltip")) {
                return true;
            }
        }
        return false;
    }

    private static int kept(String shown) {
        return shown.replace("...", "").replace("…", "").trim().length();
    }

    private static double width(String word, Text like) {
        Text probe = new Text(word);
        probe.setFont(like.getFont());
        return probe.getLayoutBounds().getWidth();
    }

    static String where(Node node) {
        StringBuilder path = new StringBuilder();
        int depth = 0;
        for (Node n = node; n != null && depth < 9; n = n.getParent(), depth++) {
            String name = n.getId() != null ? "#" + n.getId() : n.getClass().getSimpleName();
            if (n instanceof javafx.scene.control.IndexedCell<?>) {
                name += n.getPseudoClassStates();
            }
            path.insert(0, depth == 0 ? name : name + " > ");
        }
        return path.toString();
    }

    private static String abbreviate(String text) {
        String line = text.replace('\n', ' ');
        return line.length() > 40 ? line.substring(0, 40) + "..." : line;
    }

    private static String hex(javafx.scene.paint.Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }

    private static String normal(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }
}
