package org.tandem.ui.common;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.chart.Chart;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.paint.Color;
import javafx.scene.transform.Scale;
import javafx.stage.Window;
import org.tandem.exchange.PngFile;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * Charts to slides: every chart in the window (and any node marked {@link #SOURCE}, such as the
 * positioning map) gets a context menu with Copy as image and Save as PNG, both at twice the size on
 * screen, on white in print colours whichever theme shows. Installed once on the scene, so charts
 * built later (lazy tabs, the wizard's steps) have it too.
 */
public final class ChartPictures {
    /** Style class of a node that is a picture for slides without being a JavaFX chart. */
    public static final String SOURCE = "picture-source";
    /** Style class that switches a chart to print colours while its picture is taken. */
    public static final String PRINT = "print";

    private ChartPictures() {
    }

    /**
     * A chart (or a picture source) the keyboard reaches: Tab stops on it, a screen reader reads its title, and the
     * context-menu key (or Shift+F10) opens Copy as image / Save as PNG for it.
     */
    public static void reachable(Node picture) {
        picture.setFocusTraversable(true);
        // a narrow chart (two side by side, or zoomed in) puts its title on two lines rather than cutting it
        if (picture.lookup(".chart-title") instanceof javafx.scene.control.Label title) {
            title.setWrapText(true);
            title.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        }
        if (picture.getAccessibleText() == null || picture.getAccessibleText().isBlank()) {
            picture.accessibleTextProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
                String title = picture instanceof javafx.scene.chart.Chart chart ? chart.getTitle() : picture.getAccessibleHelp();
                return (title == null || title.isBlank() ? "Chart" : title) + ". The context menu copies or saves it as a picture.";
            }, picture instanceof javafx.scene.chart.Chart chart ? chart.titleProperty() : picture.accessibleHelpProperty()));
        }
        picture.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> picture.requestFocus());
    }

    /** The picture's size and ARGB pixels, row by row. */
    public record Pixels(int width, int height, int[] argb) {
    }

    /**
     * @param saveTo asks where to save (empty: cancelled)
     * @param saved told the file written, for the status bar
     */
    public static void install(Scene scene, BiFunction<Window, String, Optional<Path>> saveTo, TaskRunner runner,
                               ErrorReporter errors, Consumer<String> saved) {
        ContextMenu menu = new ContextMenu();
        MenuItem copy = new MenuItem("Copy as image");
        copy.setId("copyChartImage");
        MenuItem save = new MenuItem("Save as PNG…");
        save.setId("saveChartImage");
        menu.getItems().addAll(copy, save);
        scene.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            Node source = sourceOf(e.isKeyboardTrigger() && e.getTarget() instanceof Node focused ? focused
                    : e.getPickResult().getIntersectedNode());
            if (source == null) {
                return;
            }
            copy.setOnAction(x -> copy(source));
            save.setOnAction(x -> saveTo.apply(scene.getWindow(), fileName(source)).ifPresent(file -> {
                Pixels picture = of(source);
                runner.run(() -> {
                    PngFile.write(file, picture.width(), picture.height(), picture.argb());
                    return file;
                }, done -> saved.accept("Saved " + done.getFileName() + " (" + picture.width() + " x " + picture.height() + " pixels)"),
                        ex -> errors.report("save the chart as a picture", ex));
            }));
            menu.show(source, e.getScreenX(), e.getScreenY());
            e.consume();
        });
    }

    /** The chart (or marked node) the node is part of, or null. */
    static Node sourceOf(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof Chart || n.getStyleClass().contains(SOURCE)) {
                return n;
            }
        }
        return null;
    }

    /** Puts the picture on the clipboard, for pasting into slides. */
    public static void copy(Node source) {
        ClipboardContent content = new ClipboardContent();
        content.putImage(image(source));
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
    }

    /** Taken on the JavaFX thread: twice the size, on white, in print colours. */
    public static Pixels of(Node source) {
        return of(source, false);
    }

    /** As {@link #of(Node)}, on nothing (transparent) instead of white when asked. */
    public static Pixels of(Node source, boolean transparent) {
        WritableImage image = image(source, transparent);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        return new Pixels(width, height, pixels);
    }

    /** As {@link #of(Node)}, optionally on nothing (transparent) instead of white. */
    public static WritableImage image(Node source, boolean transparent) {
        source.getStyleClass().add(PRINT);
        try {
            source.applyCss();
            SnapshotParameters params = new SnapshotParameters();
            params.setTransform(new Scale(2, 2));
            params.setFill(transparent ? Color.TRANSPARENT : Color.WHITE);
            return source.snapshot(params, null);
        } finally {
            source.getStyleClass().remove(PRINT);
            source.applyCss();
        }
    }

    private static WritableImage image(Node source) {
        return image(source, false);
    }

    /** "Spend by month.png" from the chart's title, else its id. */
    public static String fileName(Node source) {
        String name = source instanceof Chart chart && chart.getTitle() != null && !chart.getTitle().isBlank() ? chart.getTitle()
                : source.getId() != null ? source.getId() : "chart";
        return name.replaceAll("[\\\\/:*?\"<>|]", "-").strip() + ".png";
    }
}
