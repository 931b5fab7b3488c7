package org.tandem.service;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.domain.Plan;
import org.tandem.exchange.PlanFileParser;
import org.tandem.exchange.PlanFileUpgrade;
import org.tandem.exchange.PlanImport;
import org.tandem.exchange.SamplePlan;
import org.tandem.service.ImportPreview.Mode;
import org.tandem.store.Database;
import org.tandem.store.PlanRepository;
import org.tandem.domain.Progress;

import org.tandem.domain.Campaign;
import org.tandem.store.CampaignRepository;
import org.tandem.domain.CancelledWork;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlanFilesTest {
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

    static PlanFiles files(Database db) {
        return new PlanFiles(db, new PlanFileParser(new PlanFileUpgrade()), Clock.systemUTC(), "Tandem test");
    }

    static String withoutStamp(String json) {
        return json.replaceAll("\"(exportedAt|revision|baseRevision)\": [^,\\n]*", "\"$1\": X");
    }

    @Test
    void theHelperThreadsOfAPreviewEndWhenIdleSoThatPlanFilesLeftBehindKeepNoThreads() throws Exception {
        Plan sample = org.tandem.exchange.PlanFileFixtures.fullSample(alice);
        PlanFiles files = files(alice);
        Path file = dir.resolve("sample.tandem.json");
        files.export(sample.id(), file, Progress.NONE);
        // the plan is here: the preview reads it and its kept version on the helpers
        files.preview(file, Progress.NONE);
        assertThat(files.helperThreads()).isPositive();

        org.testfx.util.WaitForAsyncUtils.waitFor(PlanFiles.HELPERS_IDLE.toSeconds() + 10, java.util.concurrent.TimeUnit.SECONDS,
                () -> files.helperThreads() == 0);
        // and the next preview has its helpers again
        assertThat(files.preview(file, Progress.NONE).modes()).isNotEmpty();
    }

    @Test
    void theSampleExportsImportsElsewhereAndExportsAgainToTheSameText() throws Exception {
        Plan sample = org.tandem.exchange.PlanFileFixtures.fullSample(alice);
        Path first = dir.resolve("sample.tandem.json");
        PlanFiles.Exported exported = files(alice).export(sample.id(), first, Progress.NONE);
        assertThat(exported.entities()).isGreaterThan(100);
        // written an entity at a time from the store, the file is what the whole plan read at once writes
        String whole = new String(new org.tandem.exchange.PlanFileWriter().bytes(files(alice).document(sample.id())),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(withoutStamp(Files.readString(first))).isEqualTo(withoutStamp(whole));

        ImportPreview preview = files(bob).preview(first, Progress.NONE);
        assertThat(preview.modes()).containsExactly(Mode.NEW);
        PlanFiles.Imported imported = files(bob).apply(preview, Mode.NEW, Set.of(), Progress.NONE);
        assertThat(imported.planId()).isEqualTo(sample.id());

        Path second = dir.resolve("again.tandem.json");
        files(bob).export(sample.id(), second, Progress.NONE);
        assertThat(withoutStamp(Files.readString(second))).isEqualTo(withoutStamp(Files.readString(first)));
        assertThat(new PlanRepository(bob).counts(sample.id())).isEqualTo(new PlanRepository(alice).counts(sample.id()));
    }

    // --- helpers: edits through the app's own repositories ---

    static Campaign campaign(Database db, UUID planId, String name) {
        return new CampaignRepository(db).all(planId).stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    static Campaign renamed(Campaign c, String name) {
        return new Campaign(c.id(), c.planId(), name, c.channel(), c.start(), c.end(), c.status(), c.owner(), c.role(),
                c.plannedBudget(), c.actualSpend(), c.expectedLeads(), c.actualLeads(), c.segmentId(), c.notes(), c.link(),
                c.recurrence(), c.createdAt(), c.updatedAt());
    }

    static Campaign withNotes(Campaign c, String notes) {
        return new Campaign(c.id(), c.planId(), c.name(), c.channel(), c.start(), c.end(), c.status(), c.owner(), c.role(),
                c.plannedBudget(), c.actualSpend(), c.expectedLeads(), c.actualLeads(), c.segmentId(), notes, c.link(),
                c.recurrence(), c.createdAt(), c.updatedAt());
    }

    static Campaign withBudget(Campaign c, long planned) {
        return new Campaign(c.id(), c.planId(), c.name(), c.channel(), c.start(), c.end(), c.status(), c.owner(), c.role(),
                planned, c.actualSpend(), c.expectedLeads(), c.actualLeads(), c.segmentId(), c.notes(), c.link(),
                c.recurrence(), c.createdAt(), c.updatedAt());
    }

    static List<String> names(Database db, UUID planId) {
        return new CampaignRepository(db).all(planId).stream().map(Campaign::name).sorted().toList();
    }

    /** Alice's sample, exported and imported by Bob: both hold revision R1 of one plan. */
    UUID shared() throws Exception {
        Plan sample = new SamplePlan().addTo(new PlanImport(alice));
        Path r1 = dir.resolve("r1.tandem.json");
        files(alice).export(sample.id(), r1, Progress.NONE);
        files(bob).apply(files(bob).preview(r1, Progress.NONE), Mode.NEW, Set.of(), Progress.NONE);
        return sample.id();
    }

    Path export(Database db, UUID planId, String name) throws Exception {
        Path file = dir.resolve(name + ".tandem.json");
        files(db).export(planId, file, Progress.NONE);
        return file;
    }

    @Test
    void twoExportsOfAnUnchangedPlanDifferOnlyInTheirStamps() throws Exception {
        UUID plan = shared();
        String first = Files.readString(export(alice, plan, "one"));
        String second = Files.readString(export(alice, plan, "two"));
        assertThat(second).isNotEqualTo(first);
        assertThat(withoutStamp(second)).isEqualTo(withoutStamp(first));
    }

    @Test
    void anExportIsThePlanAsItWasWhenItBeganAndItsKeptVersionIsTheFileByteForByte() throws Exception {
        Plan sample = org.tandem.exchange.PlanFileFixtures.fullSample(alice);
        Campaign first = new CampaignRepository(alice).all(sample.id()).get(0);
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        // asked before each section is read: the first time, the campaign is renamed in the database meanwhile
        Progress editing = new Progress() {
            @Override
            public void done(long done, long total) {
            }

            @Override
            public boolean cancelled() {
                if (asked.getAndIncrement() == 0) {
                    new CampaignRepository(alice).save(renamed(first, "Renamed during the export"));
                }
                return false;
            }
        };
        Path file = dir.resolve("during.tandem.json");
        PlanFiles.Exported exported = files(alice).export(sample.id(), file, editing);

        assertThat(asked.get()).isGreaterThan(5);
        assertThat(Files.readString(file)).contains("\"" + first.name() + "\"").doesNotContain("Renamed during the export");
        assertThat(campaign(alice, sample.id(), "Renamed during the export").id()).isEqualTo(first.id());
        byte[] kept = new org.tandem.store.RevisionRepository(alice).find(exported.revision()).orElseThrow().content().joined();
        try (var unpacked = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(kept))) {
            assertThat(unpacked.readAllBytes()).isEqualTo(Files.readAllBytes(file));
        }
        assertThat(exported.entities()).isEqualTo(files(alice).document(sample.id()).content().size());
    }

    @Test
    void anExportOfAPlanDeletedMeanwhileSaysSoAndWritesNothing() {
        Plan sample = new SamplePlan().addTo(new PlanImport(alice));
        new PlanRepository(alice).delete(sample.id());
        Path file = dir.resolve("gone.tandem.json");
        assertThatThrownBy(() -> files(alice).export(sample.id(), file, Progress.NONE))
                .hasMessageContaining("no longer exists");
        assertThat(file).doesNotExist();
        assertThat(files(alice).history(sample.id())).isEmpty();
    }

    @Test
    void aThreeWayMergeTakesEachSidesChangesFieldByField() throws Exception {
        UUID plan = shared();
        CampaignRepository bobs = new CampaignRepository(bob);
        bobs.save(renamed(campaign(bob, plan, "Northern Coffee Festival stand"), "Festival stand 2026"));
        UUID flyer = campaign(bob, plan, "Bag and label refresh").id();
        bobs.delete(flyer);
        Path r2 = export(bob, plan, "r2");

        CampaignRepository alices = new CampaignRepository(alice);
        Campaign festival = campaign(alice, plan, "Northern Coffee Festival stand");
        alices.save(withNotes(festival, "Bring the grinder"));

        ImportPreview preview = files(alice).preview(r2, Progress.NONE);
        assertThat(preview.modes()).containsExactly(Mode.MERGE, Mode.REPLACE, Mode.KEEP_BOTH);
        assertThat(preview.twoWay()).isFalse();
        assertThat(preview.conflicts(Mode.MERGE)).isEmpty();
        assertThat(preview.changes(Mode.MERGE)).singleElement().satisfies(c -> {
            assertThat(c.section()).isEqualTo("campaigns");
            assertThat(c.changed()).isEqualTo(1);
            assertThat(c.removed()).isEqualTo(1);
        });
        files(alice).apply(preview, Mode.MERGE, Set.of(), Progress.NONE);

        Campaign merged = alices.find(festival.id()).orElseThrow();
        assertThat(merged.name()).isEqualTo("Festival stand 2026");
        assertThat(merged.notes()).isEqualTo("Bring the grinder");
        assertThat(alices.find(flyer)).isEmpty();
        assertThat(files(alice).history(plan)).extracting(PlanVersion::kind).contains("before-merge", "import");
    }

    @Test
    void aMergePreviewKeepsOneCopyOfWhatTheThreeVersionsHoldUnchanged() throws Exception {
        UUID plan = shared();
        new CampaignRepository(bob).save(renamed(campaign(bob, plan, "Northern Coffee Festival stand"), "Festival stand 2026"));
        Path r2 = export(bob, plan, "r2");
        String festival = campaign(alice, plan, "Northern Coffee Festival stand").id().toString();

        ImportPreview preview = files(alice).preview(r2, Progress.NONE);

        org.tandem.store.PlanContent theirs = preview.document().content();
        org.tandem.store.PlanContent base = preview.base().orElseThrow();
        int unchanged = 0;
        for (String section : List.of("researchNotes", "campaigns", "competitors", "segments")) {
            for (var row : theirs.rows(section).values()) {
                if (row.id().equals(festival)) {
                    assertThat(row).isNotSameAs(base.rows(section).get(row.id()));
                    assertThat(row.get(org.tandem.store.PlanTables.section(section).index("name"))).isEqualTo("Festival stand 2026");
                } else {
                    assertThat(row).as(section + " " + row.id()).isSameAs(base.rows(section).get(row.id()));
                    unchanged++;
                }
            }
        }
        assertThat(unchanged).isGreaterThan(30);
        // read on its own, the file holds rows of its own
        assertThat(files(alice).read(r2, Progress.NONE).content().rows("campaigns").values())
                .allSatisfy(row -> assertThat(row).isNotSameAs(base.rows("campaigns").get(row.id())));
    }

    @Test
    void aMergePreviewComparesLongTextsByTheirDigestsAndTheMergeWritesTheWholeText() throws Exception {
        UUID plan = shared();
        org.tandem.store.ResearchNoteRepository bobs = new org.tandem.store.ResearchNoteRepository(bob);
        UUID id = bobs.list(plan, null, null, org.tandem.domain.NoteSort.TITLE).get(0).id();
        org.tandem.domain.ResearchNote note = bobs.find(id).orElseThrow();
        String body = "Roasting notes from the cupping table. ".repeat(200) + "Bob's ending.";
        bobs.save(new org.tandem.domain.ResearchNote(note.id(), note.planId(), note.title(), body, note.aspect(), note.tags(),
                note.source(), note.evidenceDate(), note.confidence(), note.pinned(), note.segmentId(), note.createdAt(), note.updatedAt()));
        Path r2 = export(bob, plan, "r2");

        ImportPreview preview = files(alice).preview(r2, Progress.NONE);

        int bodyAt = org.tandem.store.PlanTables.section("researchNotes").index("body");
        assertThat(preview.document().content().rows("researchNotes").get(id.toString()).get(bodyAt))
                .isInstanceOf(org.tandem.store.LongText.class).hasToString(body.substring(0, 200) + "…");
        assertThat(preview.changes(Mode.MERGE)).singleElement().satisfies(c -> {
            assertThat(c.section()).isEqualTo("researchNotes");
            assertThat(c.changed()).isEqualTo(1);
        });
        files(alice).apply(preview, Mode.MERGE, Set.of(), Progress.NONE);
        assertThat(new org.tandem.store.ResearchNoteRepository(alice).find(id).orElseThrow().body()).isEqualTo(body);
    }

    @Test
    void aFileChangedAfterItsMergePreviewIsRefusedAndThePlanStaysAsItWas() throws Exception {
        UUID plan = shared();
        new CampaignRepository(bob).save(renamed(campaign(bob, plan, "Northern Coffee Festival stand"), "Festival stand 2026"));
        Path r2 = export(bob, plan, "r2");
        ImportPreview preview = files(alice).preview(r2, Progress.NONE);
        Files.writeString(r2, Files.readString(r2).replace("Festival stand 2026", "Festival stand 2027"));

        assertThatThrownBy(() -> files(alice).apply(preview, Mode.MERGE, Set.of(), Progress.NONE))
                .hasMessage("$: the file has changed since it was previewed; preview it again");
        assertThat(names(alice, plan)).contains("Northern Coffee Festival stand").doesNotContain("Festival stand 2026", "Festival stand 2027");
        assertThat(files(alice).history(plan)).extracting(PlanVersion::kind).doesNotContain("before-merge");
    }

    @Test
    void theSameFieldChangedOnBothSidesIsAConflictSettledAsChosen() throws Exception {
        UUID plan = shared();
        new CampaignRepository(bob).save(renamed(campaign(bob, plan, "Northern Coffee Festival stand"), "Bob's name"));
        Path r2 = export(bob, plan, "r2");
        UUID id = campaign(alice, plan, "Northern Coffee Festival stand").id();
        new CampaignRepository(alice).save(renamed(campaign(alice, plan, "Northern Coffee Festival stand"), "Alice's name"));

        ImportPreview preview = files(alice).preview(r2, Progress.NONE);
        assertThat(preview.conflicts(Mode.MERGE)).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo("name");
            assertThat(c.mine()).isEqualTo("Alice's name");
            assertThat(c.theirs()).isEqualTo("Bob's name");
        });
        String key = preview.conflicts(Mode.MERGE).get(0).key();
        files(alice).apply(preview, Mode.MERGE, Set.of(key), Progress.NONE);
        assertThat(new CampaignRepository(alice).find(id).orElseThrow().name()).isEqualTo("Bob's name");
    }

    @Test
    void aDeletionMeetingAnEditIsAConflictAndMineKeepsTheEntity() throws Exception {
        UUID plan = shared();
        UUID festival = campaign(bob, plan, "Northern Coffee Festival stand").id();
        new CampaignRepository(bob).delete(festival);
        Path r2 = export(bob, plan, "r2");
        new CampaignRepository(alice).save(withBudget(campaign(alice, plan, "Northern Coffee Festival stand"), 99_900));

        ImportPreview preview = files(alice).preview(r2, Progress.NONE);
        assertThat(preview.conflicts(Mode.MERGE)).singleElement().satisfies(c -> {
            assertThat(c.mine()).isEqualTo("edited");
            assertThat(c.theirs()).isEqualTo("deleted in the file");
        });
        files(alice).apply(preview, Mode.MERGE, Set.of(), Progress.NONE);
        assertThat(new CampaignRepository(alice).find(festival).orElseThrow().plannedBudget()).isEqualTo(99_900);
    }

    @Test
    void withoutAKnownBaseTheNewerSideWinsAndTombstonesKeepDeletionsDeleted() throws Exception {
        UUID plan = shared();
        UUID flyer = campaign(bob, plan, "Bag and label refresh").id();
        new CampaignRepository(bob).delete(flyer);
        new CampaignRepository(bob).save(renamed(campaign(bob, plan, "Northern Coffee Festival stand"), "Newer on Bob's side"));
        Path r2 = export(bob, plan, "r2");
        alice.write(c -> c.createStatement().executeUpdate("DELETE FROM plan_revision"));
        bob.write(c -> c.createStatement().executeUpdate("DELETE FROM plan_revision"));
        Path mine = export(alice, plan, "mine");

        ImportPreview preview = files(alice).preview(r2, Progress.NONE);
        assertThat(preview.twoWay()).isTrue();
        files(alice).apply(preview, Mode.MERGE, Set.of(), Progress.NONE);
        assertThat(names(alice, plan)).contains("Newer on Bob's side").doesNotContain("Bag and label refresh");

        // and the other way round: the same plan
        files(bob).apply(files(bob).preview(mine, Progress.NONE), Mode.MERGE, Set.of(), Progress.NONE);
        assertThat(withoutStamp(Files.readString(export(bob, plan, "b")))).isEqualTo(withoutStamp(Files.readString(export(alice, plan, "a"))));
    }

    @Test
    void mergingAIntoBAndBIntoAGiveTheSamePlan() throws Exception {
        UUID plan = shared();
        new CampaignRepository(bob).save(renamed(campaign(bob, plan, "Northern Coffee Festival stand"), "Bob's festival"));
        new CampaignRepository(bob).delete(campaign(bob, plan, "Bag and label refresh").id());
        new CampaignRepository(alice).save(withNotes(campaign(alice, plan, "Northern Coffee Festival stand"), "Alice's notes"));
        Path fromBob = export(bob, plan, "bob");
        Path fromAlice = export(alice, plan, "alice");

        files(alice).apply(files(alice).preview(fromBob, Progress.NONE), Mode.MERGE, Set.of(), Progress.NONE);
        files(bob).apply(files(bob).preview(fromAlice, Progress.NONE), Mode.MERGE, Set.of(), Progress.NONE);
        assertThat(withoutStamp(Files.readString(export(bob, plan, "b")))).isEqualTo(withoutStamp(Files.readString(export(alice, plan, "a"))));
        assertThat(names(alice, plan)).contains("Bob's festival").doesNotContain("Bag and label refresh");
    }

    @Test
    void replaceKeepsTheOldPlanAsAVersionThatRestoresOverIt() throws Exception {
        UUID plan = shared();
        new CampaignRepository(bob).delete(campaign(bob, plan, "Bag and label refresh").id());
        Path r2 = export(bob, plan, "r2");
        files(alice).apply(files(alice).preview(r2, Progress.NONE), Mode.REPLACE, Set.of(), Progress.NONE);
        assertThat(names(alice, plan)).doesNotContain("Bag and label refresh");

        PlanVersion before = files(alice).history(plan).stream().filter(v -> v.kind().equals("before-replace"))
                .findFirst().orElseThrow();
        assertThat(files(alice).changesSince(before.id(), plan)).singleElement()
                .satisfies(c -> assertThat(c.removed()).isEqualTo(1));
        files(alice).restore(before.id(), false, Progress.NONE);
        assertThat(names(alice, plan)).contains("Bag and label refresh");
        assertThat(files(alice).history(plan)).extracting(PlanVersion::kind).contains("before-restore");
    }

    @Test
    void aNamedVersionRestoresAsANewPlanBesideTheCurrentOne() throws Exception {
        UUID plan = shared();
        PlanVersion kept = files(alice).keepVersion(plan, "Before the class");
        new CampaignRepository(alice).delete(campaign(alice, plan, "Bag and label refresh").id());
        PlanFiles.Imported copy = files(alice).restore(kept.id(), true, Progress.NONE);
        assertThat(copy.planId()).isNotEqualTo(plan);
        assertThat(copy.name()).endsWith("(restored)");
        assertThat(names(alice, copy.planId())).contains("Bag and label refresh");
        assertThat(names(alice, plan)).doesNotContain("Bag and label refresh");
    }

    @Test
    void aCancelledImportWritesNothing() throws Exception {
        Plan sample = new SamplePlan().addTo(new PlanImport(alice));
        Path file = export(alice, sample.id(), "s");
        ImportPreview preview = files(bob).preview(file, Progress.NONE);
        Progress cancelAtOnce = new Progress() {
            @Override
            public void done(long done, long total) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> files(bob).apply(preview, Mode.NEW, Set.of(), cancelAtOnce)).isInstanceOf(CancelledWork.class);
        assertThat(new PlanRepository(bob).list()).isEmpty();
    }

    @Test
    void aFileOfTheFirstFormatImportsThroughTheUpgrade() throws Exception {
        Path v1 = dir.resolve("v1.tandem.json");
        try (var in = SamplePlan.class.getResourceAsStream("/org/tandem/sample/sample.tandem.json")) {
            Files.copy(in, v1);
        }
        ImportPreview preview = files(bob).preview(v1, Progress.NONE);
        PlanFiles.Imported imported = files(bob).apply(preview, Mode.NEW, Set.of(), Progress.NONE);
        assertThat(new PlanRepository(bob).counts(imported.planId()).campaigns()).isEqualTo(20);
        assertThat(imported.name()).isEqualTo("Ember & Oak Coffee Roasters (sample)");
    }

    @Test
    void aVersionNamedWithAPastedParagraphKeepsItsFirst120Characters() throws Exception {
        UUID plan = shared();
        PlanVersion kept = files(alice).keepVersion(plan, "  " + "Before the workshop ".repeat(20));
        assertThat(kept.name()).hasSize(120).startsWith("Before the workshop");
        assertThat(files(alice).history(plan)).extracting(PlanVersion::name).contains(kept.name());
    }

    @Test
    void aReportIsAPdfForAPdfFileAndThePageItselfOtherwiseListingThePlansCampaigns() throws Exception {
        Plan sample = org.tandem.exchange.PlanFileFixtures.fullSample(alice);
        Campaign campaign = new CampaignRepository(alice).all(sample.id()).stream()
                .filter(c -> c.name().matches("[\\w ]+")).findFirst().orElseThrow();
        org.tandem.exchange.PlanReport.Options everything = org.tandem.exchange.PlanReport.Options.everything();

        files(alice).report(sample.id(), dir.resolve("plan.pdf"), everything);
        files(alice).report(sample.id(), dir.resolve("plan.html"), everything);

        assertThat(new String(Files.readAllBytes(dir.resolve("plan.pdf")), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String page = Files.readString(dir.resolve("plan.html"));
        assertThat(page).startsWith("<!DOCTYPE html>").contains("Ember").contains(campaign.name());
    }
}
