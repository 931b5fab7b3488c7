package org.tandem.service;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.domain.Plan;
import org.tandem.domain.Progress;
import org.tandem.exchange.PlanFileProblem;
import org.tandem.exchange.PlanImport;
import org.tandem.exchange.SamplePlan;
import org.tandem.service.ImportPreview.Mode;
import org.tandem.store.Database;
import org.tandem.store.PlanRepository;
import org.tandem.store.Revision;
import org.tandem.store.RevisionRepository;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tandem.service.PlanFilesTest.files;

/** A file whose plan is not here: previewed in outline, written from a second read of the file, never held whole. */
class NewPlanImportTest {
    @TempDir
    Path dir;
    Database alice;
    Database bob;
    UUID planId;
    Path file;

    @BeforeEach
    void open() throws Exception {
        alice = Database.open(dir.resolve("alice.db"));
        bob = Database.open(dir.resolve("bob.db"));
        Plan sample = new SamplePlan().addTo(new PlanImport(alice));
        planId = sample.id();
        file = dir.resolve("sample.tandem.json");
        files(alice).export(planId, file, Progress.NONE);
    }

    @AfterEach
    void close() {
        alice.close();
        bob.close();
    }

    @Test
    void thePreviewHoldsThePlansOwnFieldsAndCountsButNoEntity() {
        ImportPreview preview = files(bob).preview(file, Progress.NONE);

        assertThat(preview.outline()).isPresent();
        assertThat(preview.document().content().size()).isZero();
        assertThat(preview.size()).isEqualTo(files(alice).document(planId).content().size());
        assertThat(preview.planName()).isEqualTo(new PlanRepository(alice).find(planId).orElseThrow().name());
        assertThat(preview.changes(Mode.NEW)).anySatisfy(change -> {
            assertThat(change.section()).isEqualTo("campaigns");
            assertThat(change.added()).isEqualTo(new PlanRepository(alice).counts(planId).campaigns());
            assertThat(change.examples()).hasSize(3).allSatisfy(example -> assertThat(example).startsWith("+ ")
                    .doesNotMatch(".*[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-.*")); // named, not by an id
        });
    }

    @Test
    void theVersionKeptOfTheImportIsTheFileByteForByte() throws Exception {
        PlanFiles.Imported imported = files(bob).apply(files(bob).preview(file, Progress.NONE), Mode.NEW, Set.of(), Progress.NONE);

        assertThat(imported.entities()).isGreaterThan(100);
        List<Revision> kept = new RevisionRepository(bob).list(planId);
        assertThat(kept).extracting(Revision::kind).containsExactly(Revision.IMPORT);
        Revision revision = new RevisionRepository(bob).find(kept.get(0).id()).orElseThrow();
        try (InputStream in = new GZIPInputStream(revision.content().open())) {
            assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(file));
        }
    }

    @Test
    void aFileChangedBetweenItsPreviewAndItsImportIsRefusedAndNothingIsWritten() throws Exception {
        ImportPreview preview = files(bob).preview(file, Progress.NONE);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        // the same length and layout, one campaign renamed: only the bytes tell
        Files.writeString(file, text.replaceFirst("\"name\": \"([^\"]{4})", "\"name\": \"Zzzz"), StandardCharsets.UTF_8);
        assertThat(Files.size(file)).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);

        assertThatThrownBy(() -> files(bob).apply(preview, Mode.NEW, Set.of(), Progress.NONE))
                .isInstanceOf(PlanFileProblem.class)
                .hasMessage("$: the file has changed since it was previewed; preview it again");
        assertThat(new PlanRepository(bob).list()).isEmpty();
        assertThat(new RevisionRepository(bob).list(planId)).isEmpty();
    }

    @Test
    void aFileWhoseEntitiesAnotherPlanHereHoldsImportsAsACopyWithNewIds() throws Exception {
        files(bob).apply(files(bob).preview(file, Progress.NONE), Mode.NEW, Set.of(), Progress.NONE);
        // the same entities under another plan id, as a copy of the file edited by hand would be
        String otherPlan = UUID.randomUUID().toString();
        Path copy = dir.resolve("copy.tandem.json");
        Files.writeString(copy, Files.readString(file).replace(planId.toString(), otherPlan));

        ImportPreview preview = files(bob).preview(copy, Progress.NONE);
        assertThat(preview.modes()).containsExactly(Mode.NEW);
        PlanFiles.Imported imported = files(bob).apply(preview, Mode.NEW, Set.of(), Progress.NONE);

        assertThat(new PlanRepository(bob).list()).hasSize(2);
        assertThat(imported.planId()).isNotEqualTo(planId);
        assertThat(files(bob).document(imported.planId()).content().size()).isEqualTo(files(alice).document(planId).content().size());
    }

    @Test
    void aFileLaidOutOtherwiseThanTandemWritesIsReadWholeAndImports() throws Exception {
        // the plan before the format: the one-pass read cannot tell the format first, so the file is read whole
        String text = Files.readString(file);
        int plan = text.indexOf("\"plan\":");
        int end = text.indexOf(",\n  \"revision\"", plan);
        String moved = "{\n  " + text.substring(plan, end) + "," + text.substring(1, plan) + text.substring(end + 1);
        Path reordered = dir.resolve("reordered.tandem.json");
        Files.writeString(reordered, moved);

        ImportPreview preview = files(bob).preview(reordered, Progress.NONE);
        assertThat(preview.outline()).isEmpty();
        files(bob).apply(preview, Mode.NEW, Set.of(), Progress.NONE);
        assertThat(files(bob).document(planId).content().size()).isEqualTo(files(alice).document(planId).content().size());
    }
}
