package org.tandem.service;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.domain.DeletedSalesPlan;
import org.tandem.domain.Plan;
import org.tandem.domain.Progress;
import org.tandem.domain.SalesPlan;
import org.tandem.domain.Scenario;
import org.tandem.exchange.PlanImport;
import org.tandem.exchange.SamplePlan;
import org.tandem.store.Database;
import org.tandem.store.PlanRepository;
import org.tandem.store.SalesPlanRepository;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What-if scenarios are the plan's: they travel in plan files, merge, copy with the plan and come back with an undone delete. */
class ScenarioPlanFileTest {
    @TempDir
    Path dir;
    Database alice;
    Database bob;

    @BeforeEach
    void open() {
        alice = Database.open(dir.resolve("alice.db"));
        bob = Database.open(dir.resolve("bob.db"));
    }

    @AfterEach
    void close() {
        alice.close();
        bob.close();
    }

    private static List<Scenario> scenarios(Database db, java.util.UUID planId) {
        SalesPlanRepository sales = new SalesPlanRepository(db);
        return sales.parts().scenarios.list(sales.list(planId).get(0).id());
    }

    @Test
    void scenariosTravelInPlanFilesAndMergeLikeAnyPart() throws Exception {
        Plan sample = new SamplePlan().addTo(new PlanImport(alice));
        Path r1 = dir.resolve("r1.tandem.json");
        PlanFilesTest.files(alice).export(sample.id(), r1, Progress.NONE);
        assertThat(Files.readString(r1)).contains("\"salesScenarios\"", "\"Events=1.5\"", "\"name\": \"Bold\"");
        PlanFilesTest.files(bob).apply(PlanFilesTest.files(bob).preview(r1, Progress.NONE), ImportPreview.Mode.NEW, Set.of(), Progress.NONE);
        assertThat(scenarios(bob, sample.id())).isEqualTo(scenarios(alice, sample.id()));

        // Alice makes Bold bolder; Bob merges her file and gets it
        Scenario bold = scenarios(alice, sample.id()).get(2);
        new SalesPlanRepository(alice).parts().scenarios.save(bold.withConversionRate(0.4).withChannelFactor("Email", 2.0));
        Path r2 = dir.resolve("r2.tandem.json");
        PlanFilesTest.files(alice).export(sample.id(), r2, Progress.NONE);
        ImportPreview preview = PlanFilesTest.files(bob).preview(r2, Progress.NONE);
        PlanFilesTest.files(bob).apply(preview, ImportPreview.Mode.MERGE, Set.of(), Progress.NONE);
        Scenario merged = scenarios(bob, sample.id()).get(2);
        assertThat(merged.conversionRate()).isEqualTo(0.4);
        assertThat(merged.channelFactors()).containsEntry("Email", 2.0).containsEntry("Events", 1.5);
    }

    @Test
    void aDuplicatedPlanAndAnUndoneSalesPlanDeleteKeepTheirScenarios() {
        Plan sample = new SamplePlan().addTo(new PlanImport(alice));
        Plan copy = new PlanRepository(alice).duplicate(sample.id(), "Copy");
        assertThat(scenarios(alice, copy.id())).extracting(Scenario::name).containsExactly("Cautious", "Expected", "Bold");
        assertThat(scenarios(alice, copy.id())).extracting(Scenario::id).doesNotContainAnyElementsOf(
                scenarios(alice, sample.id()).stream().map(Scenario::id).toList());

        SalesPlanRepository sales = new SalesPlanRepository(alice);
        SalesPlan q4 = sales.list(sample.id()).get(0);
        List<Scenario> before = scenarios(alice, sample.id());
        DeletedSalesPlan gone = sales.deleteKeeping(q4.id());
        assertThat(sales.parts().scenarios.list(q4.id())).isEmpty();
        sales.restore(gone);
        assertThat(scenarios(alice, sample.id())).isEqualTo(before);
    }
}
