package org.tandem.ui.shell;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.BorderStrokeStyle;
import javafx.scene.layout.BorderWidths;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * The window's first frame while the real one is built: the main window's outline (menu names, the plan bar with the
 * plan's name, the sidebar's sections, a line saying what is being opened) in the theme's colours, made of shapes and
 * text only. No control and no stylesheet, so it costs what a bare window costs; the real window replaces its root.
 */
public final class ShellSketch {
    /** Primer's colours (AtlantaFX), light and dark: background, subtle background, border, text, muted text. */
    private static final String[] LIGHT = {"#ffffff", "#f6f8fa", "#d0d7de", "#1f2328", "#656d76"};
    private static final String[] DARK = {"#0d1117", "#161b22", "#30363d", "#e6edf3", "#7d8590"};

    private ShellSketch() {
    }

    /** The background the scene is filled with, so no white shows before the first layout in the dark theme. */
    public static Color background(boolean dark) {
        return Color.web((dark ? DARK : LIGHT)[0]);
    }

    /**
     * @param planName the plan that will open, or empty when not known yet
     * @param opening  what the window says it is doing ("Opening Ember & Oak…")
     * @param zoom     the remembered zoom in percent
     * @param width    the window's width: below {@link SidebarCells#COMPACT_BELOW} the sidebar is a narrow strip, as it will be
     */
    public static Parent of(boolean dark, String planName, String opening, int zoom, double width) {
        String[] c = dark ? DARK : LIGHT;
        double size = 14 * zoom / 100.0;
        Font regular = Font.font(size);
        Color text = Color.web(c[3]);
        Color muted = Color.web(c[4]);

        HBox menus = new HBox(size * 1.2);
        for (String menu : new String[] {"File", "Edit", "View", "Classroom", "Help"}) {
            menus.getChildren().add(text(menu, regular, text));
        }
        menus.setPadding(new Insets(size * 0.65, size * 0.8, size * 0.65, size * 0.8));
        HBox planBar = new HBox(size * 0.8, text("Plan", regular, muted), text(planName, Font.font(null, FontWeight.BOLD, size), text));
        planBar.setAlignment(Pos.CENTER_LEFT);
        planBar.setPadding(new Insets(size * 0.8));
        planBar.setMinHeight(size * 3.3);
        VBox top = new VBox(menus, planBar);
        top.setBackground(fill(c[1]));
        top.setBorder(new Border(new BorderStroke(Color.web(c[2]), BorderStrokeStyle.SOLID, CornerRadii.EMPTY, new BorderWidths(0, 0, 1, 0))));

        VBox sidebar = new VBox(size * 1.6);
        boolean compact = width < SidebarCells.COMPACT_BELOW * zoom / 100.0;
        if (!compact) {
            for (Section section : Section.values()) {
                sidebar.getChildren().add(text(section.title(), regular, section == Section.DASHBOARD ? text : muted));
            }
        }
        // the real sidebar has an icon before each title, and only the icons when the window is narrow
        sidebar.setPadding(new Insets(size * 1.3, size * 1.4, size, size * 3));
        sidebar.setMinWidth((compact ? SidebarCells.NARROW : SidebarCells.WIDE) * zoom / 100.0);
        sidebar.setMaxWidth(sidebar.getMinWidth());
        sidebar.setBackground(fill(c[1]));
        sidebar.setBorder(new Border(new BorderStroke(Color.web(c[2]), BorderStrokeStyle.SOLID, CornerRadii.EMPTY, new BorderWidths(0, 1, 0, 0))));

        VBox main = new VBox(text(opening, Font.font(size * 1.15), muted));
        main.setPadding(new Insets(size * 1.6));
        BorderPane root = new BorderPane(main, top, null, null, sidebar);
        root.setBackground(fill(c[0]));
        root.setId("shellSketch");
        return root;
    }

    private static Text text(String words, Font font, Color colour) {
        Text text = new Text(words);
        text.setFont(font);
        text.setFill(colour);
        return text;
    }

    private static Background fill(String colour) {
        return new Background(new BackgroundFill(Color.web(colour), CornerRadii.EMPTY, Insets.EMPTY));
    }
}
