package org.tandem.ui;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import java.nio.file.Path;

/** A TestFX test of the real window on a fresh database file in a temp folder. */
public abstract class AppUiTest extends FxRobot {
    @TempDir
    protected Path dir;
    protected AppDriver driver;
    protected Stage stage;

    @BeforeEach
    void startApp() throws Exception {
        driver = new AppDriver(database());
        stage = driver.start();
    }

    @AfterEach
    void stopApp() throws Exception {
        driver.stop();
    }

    /** Scrolls the nearest scroll pane so the node is in view, as a user scrolls to it, and returns the node. */
    protected javafx.scene.Node inView(String query) {
        javafx.scene.Node node = lookup(query).query();
        interact(() -> {
            for (javafx.scene.Node n = node.getParent(); n != null; n = n.getParent()) {
                if (n instanceof javafx.scene.control.ScrollPane pane) {
                    javafx.scene.Node content = pane.getContent();
                    javafx.geometry.Bounds at = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                    double room = content.getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
                    if (room > 0) {
                        pane.setVvalue(Math.min(1, Math.max(0, (at.getMinY() - 40) / room)));
                    }
                    double across = content.getBoundsInLocal().getWidth() - pane.getViewportBounds().getWidth();
                    if (across > 0) {
                        pane.setHvalue(Math.min(1, Math.max(0, (at.getMinX() - 40) / across)));
                    }
                    pane.layout();
                }
            }
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        return node;
    }

    protected Path database() {
        return dir.resolve("ui.db");
    }

    /** Opens the calendar's Agenda tab and clicks a campaign there, as a user selects it for the side panel. */
    protected void selectInAgenda(String campaign) throws java.util.concurrent.TimeoutException {
        clickOn("Agenda");
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableView<org.tandem.domain.Campaign> agenda =
                lookup("#agendaTable").queryAs(javafx.scene.control.TableView.class);
        AppDriver.waitUntil(() -> agenda.getItems().stream().anyMatch(c -> c.name().equals(campaign)));
        org.tandem.domain.Campaign listed = agenda.getItems().stream().filter(c -> c.name().equals(campaign)).findFirst().orElseThrow();
        interact(() -> agenda.scrollTo(listed));
        clickOn(from(agenda).lookup(campaign).<javafx.scene.Node>query());
        AppDriver.waitUntil(() -> campaign.equals(lookup("#campaignName").queryTextInputControl().getText()));
    }
}
