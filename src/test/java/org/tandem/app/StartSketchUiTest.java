package org.tandem.app;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.tandem.ui.AppUiTest;
import org.tandem.ui.shell.ShellSketch;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The first frame is a sketch of the window, made without controls or stylesheets; the real window takes its scene. */
class StartSketchUiTest extends AppUiTest {

    private static List<Node> all(Parent root) {
        List<Node> nodes = new ArrayList<>();
        for (Node child : root.getChildrenUnmodifiable()) {
            nodes.add(child);
            if (child instanceof Parent parent) {
                nodes.addAll(all(parent));
            }
        }
        return nodes;
    }

    private static List<String> texts(Parent root) {
        return all(root).stream().filter(Text.class::isInstance).map(n -> ((Text) n).getText()).toList();
    }

    @Test
    void theFirstFrameSketchesTheWindowWithoutControlsThenTheRealWindowTakesItsScene() throws Exception {
        Parent sketch = driver.firstFrameRoot();
        assertThat(sketch.getId()).isEqualTo("shellSketch");
        assertThat(all(sketch)).as("nothing that loads a stylesheet").noneMatch(Control.class::isInstance);
        assertThat(sketch.getScene()).isNull(); // replaced
        assertThat(texts(sketch)).contains("Setting up the sample plan…", "Dashboard", "Market research", "Sales plan");
        // a new database is set up after the first frame, not on the other core while the toolkit starts
        assertThat(driver.databaseAtFirstFrame()).isLessThanOrEqualTo(0);
        assertThat(stage.getScene()).isSameAs(driver.firstFrameScene());
        assertThat(stage.getScene().getRoot()).isNotSameAs(sketch);
        assertThat(lookup("#sidebar").tryQuery()).isPresent();
        assertThat(stage.getScene().getFill()).isEqualTo(ShellSketch.background(false));

        // a later start knows the plan and the theme before its first frame
        push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.D);
        driver.quitWithShortcut(this);
        stage = driver.start();
        Parent again = driver.firstFrameRoot();
        // an existing database is looked at (read-only, no side files) before the first frame, opened after it
        assertThat(java.nio.file.Files.exists(dir.resolve(database().getFileName() + "-wal"))).as("the store has the file open now").isTrue();
        assertThat(driver.openAtFirstFrame()).isFalse();
        assertThat(texts(again)).contains("Opening Ember & Oak Coffee Roasters (sample)…", "Ember & Oak Coffee Roasters (sample)");
        assertThat(driver.firstFrameScene().getFill()).isEqualTo(ShellSketch.background(true));
        assertThat(stage.getTitle()).isEqualTo("Tandem - Ember & Oak Coffee Roasters (sample)");
    }

    @Test
    void onANarrowWindowTheSketchsSidebarIsTheStripOfIconsTheRealOneWillBe() {
        Parent wide = ShellSketch.of(false, "Ember & Oak", "Opening Ember & Oak…", 100, 1280);
        Parent narrow = ShellSketch.of(false, "Ember & Oak", "Opening Ember & Oak…", 100, 1024);
        Parent zoomed = ShellSketch.of(false, "Ember & Oak", "Opening Ember & Oak…", 150, 1280);
        assertThat(texts(wide)).contains("Market research");
        assertThat(texts(narrow)).doesNotContain("Market research").contains("Opening Ember & Oak…");
        assertThat(texts(zoomed)).doesNotContain("Market research"); // 1,280 px at 150 % is narrow too
        javafx.scene.layout.Region strip = (javafx.scene.layout.Region) ((javafx.scene.layout.BorderPane) narrow).getLeft();
        assertThat(strip.getMinWidth()).isEqualTo(60.0);
    }
}
