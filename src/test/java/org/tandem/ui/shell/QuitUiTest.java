package org.tandem.ui.shell;

import org.tandem.domain.NoteSort;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.tandem.domain.ResearchNote;
import org.tandem.store.Database;
import org.tandem.store.PlanRepository;
import org.tandem.store.ResearchNoteRepository;
import org.tandem.ui.AppUiTest;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.ui.AppDriver.waitUntil;

class QuitUiTest extends AppUiTest {

    private List<String> storedTitles() {
        try (Database db = Database.open(database())) {
            var plan = new PlanRepository(db).list().get(0);
            var notes = new ResearchNoteRepository(db);
            return notes.list(plan.id(), null, null, NoteSort.TITLE).stream()
                    .map(s -> notes.find(s.id()).orElseThrow()).map(ResearchNote::title).toList();
        }
    }

    @Test
    void quittingBehindLongStoreWorkSaysSavingStaysResponsiveAndSavesTheQueuedEdit() throws Exception {
        clickOn("#nav-research");
        waitUntil(() -> lookup("#newNoteButton").tryQuery().isPresent());
        clickOn("#newNoteButton").clickOn("#new-target-audience");
        waitUntil(() -> lookup("#titleField").queryAs(TextField.class).getText().startsWith("New "));
        waitUntil(() -> storedTitles().contains("New target audience note"));

        // a long piece of store work (an import, say) holds the store thread
        CountDownLatch longWork = new CountDownLatch(1);
        driver.runner().run(() -> longWork.await(60, TimeUnit.SECONDS), done -> { }, failed -> { });
        clickOn("#titleField").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        write("Cafe owners in Leeds");
        driver.runner().run(() -> longWork.await(60, TimeUnit.SECONDS), done -> { }, failed -> { });

        press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
        waitUntil(() -> lookup("#savingStatus").query().isVisible());
        assertThat(stage.isShowing()).as("the window waits for the save").isTrue();
        assertThat(driver.exitCodes()).isEmpty();
        // the JavaFX thread still answers while it waits
        clickOn("#nav-calendar");
        waitUntil(() -> lookup("#calendarRoot").tryQuery().map(n -> n.getScene() != null).orElse(false));

        longWork.countDown();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> driver.exitCodes().contains(0));
        assertThat(storedTitles()).contains("Cafe owners in Leeds").doesNotContain("New target audience note");
    }
}
