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

    protected Path database() {
        return dir.resolve("ui.db");
    }
}
