package org.tandem.ui.calendar;

import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.tandem.domain.Campaign;
import org.tandem.domain.CampaignRows;
import org.tandem.store.CampaignRepository;
import org.tandem.store.Database;
import org.tandem.store.PlanRepository;
import org.tandem.ui.AppDriver;
import org.tandem.ui.AppUiTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Campaigns from a spreadsheet, through the calendar's menu, its preview and Import, and back out with Ctrl+Z. */
class CampaignImportUiTest extends AppUiTest {

    private List<String> stored() {
        try (Database db = Database.open(database())) {
            return new CampaignRepository(db).all(new PlanRepository(db).list().get(0).id()).stream().map(Campaign::name).toList();
        }
    }

    @Test
    void aSpreadsheetsCampaignsArePreviewedImportedAndUndone() throws Exception {
        Path csv = dir.resolve("spring.csv");
        Files.writeString(csv, "Name,Start,End,Channel,Budget\nSpring sampler,2027-03-01,2027-03-31,email,\"1,200.00\"\n"
                + "Broken,someday,,Email,\n");
        driver.planFiles(null, csv);
        clickOn("#nav-calendar");
        AppDriver.waitUntil(() -> lookup("#overlaysMenu").tryQuery().isPresent());
        clickOn("#overlaysMenu").clickOn("Import campaigns from a CSV or .ics file...");
        AppDriver.waitUntil(() -> lookup("#campaignImportPreview").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TableView<CampaignRows.Row> table = lookup("#campaignImportTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(2);
        assertThat(table.getItems().get(1).problem()).startsWith("Line 3:");
        assertThat(stored()).doesNotContain("Spring sampler");

        clickOn("#importCampaigns");
        AppDriver.waitUntil(() -> stored().contains("Spring sampler"));
        press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Z)
                .release(javafx.scene.input.KeyCode.Z, javafx.scene.input.KeyCode.CONTROL);
        AppDriver.waitUntil(() -> !stored().contains("Spring sampler"));
    }
}
