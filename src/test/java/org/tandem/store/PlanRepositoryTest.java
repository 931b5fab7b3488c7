package org.tandem.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.domain.InvalidInput;
import org.tandem.domain.Plan;
import org.tandem.domain.PlanDetails;
import org.tandem.domain.PlanSummary;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;

class PlanRepositoryTest {
    @TempDir
    Path dir;
    Database db;
    PlanRepository plans;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("plans.db"));
        plans = new PlanRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static PlanDetails details(String name) {
        return new PlanDetails(name, "Roasts coffee", "EUR", Month.APRIL);
    }

    @Test
    void createdPlanIsStoredWithEveryField() {
        Plan created = plans.create(new PlanDetails("  Ember & Oak  ", " Small roaster ", "usd", Month.APRIL));
        Plan found = plans.find(created.id()).orElseThrow();
        assertThat(found.name()).isEqualTo("Ember & Oak");
        assertThat(found.description()).isEqualTo("Small roaster");
        assertThat(found.currency()).isEqualTo("USD");
        assertThat(found.firstMonth()).isEqualTo(Month.APRIL);
        assertThat(found.createdAt()).isEqualTo(found.updatedAt());
        assertThat(plans.list()).containsExactly(found);
    }

    @Test
    void plansSurviveReopeningTheFile() {
        Plan created = plans.create(details("Kept"));
        db.close();
        db = Database.open(dir.resolve("plans.db"));
        assertThat(new PlanRepository(db).find(created.id())).contains(created);
    }

    @Test
    void namesAreUniqueIgnoringCaseAndSurroundingSpace() {
        plans.create(details("Coffee Plan"));
        assertThatThrownBy(() -> plans.create(details(" coffee plan ")))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("A plan named \"coffee plan\" already exists.")
                .extracting(e -> ((InvalidInput) e).field()).isEqualTo("name");
        assertThatCode(() -> plans.create(details("ÉCLAIR"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> plans.create(details("éclair"))).isInstanceOf(InvalidInput.class);
        assertThat(plans.list()).hasSize(2);
    }

    @Test
    void emptyOrTooLongNamesAreRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> plans.create(details("   "))).isInstanceOf(InvalidInput.class).hasMessageContaining("name");
        assertThatThrownBy(() -> plans.create(details("x".repeat(121)))).isInstanceOf(InvalidInput.class).hasMessageContaining("120");
        assertThat(plans.create(details("x".repeat(120))).name()).hasSize(120);
        assertThat(plans.list()).hasSize(1);
    }

    @Test
    void unknownCurrencyIsRefused() {
        assertThatThrownBy(() -> plans.create(new PlanDetails("P", "", "XYZ", Month.JANUARY)))
                .isInstanceOf(InvalidInput.class).extracting(e -> ((InvalidInput) e).field()).isEqualTo("currency");
        assertThat(plans.list()).isEmpty();
    }

    @Test
    void renameKeepsIdAndChecksUniqueness() {
        Plan a = plans.create(details("Alpha"));
        plans.create(details("Beta"));
        Plan renamed = plans.update(a.id(), a.details().withName("Gamma"));
        assertThat(renamed.id()).isEqualTo(a.id());
        assertThat(plans.find(a.id()).orElseThrow().name()).isEqualTo("Gamma");
        assertThat(renamed.updatedAt()).isAfterOrEqualTo(a.updatedAt());
        assertThatThrownBy(() -> plans.update(a.id(), a.details().withName("BETA"))).isInstanceOf(InvalidInput.class);
        // renaming a plan to its own name in another case is fine
        assertThat(plans.update(a.id(), a.details().withName("GAMMA")).name()).isEqualTo("GAMMA");
    }

    @Test
    void deleteHidesThePlanAndRestoreBringsItBack() {
        Plan a = plans.create(details("Alpha"));
        plans.delete(a.id());
        assertThat(plans.list()).isEmpty();
        assertThat(plans.find(a.id())).isEmpty();
        // the name is free while deleted
        Plan other = plans.create(details("alpha"));
        Plan restored = plans.restore(a.id());
        assertThat(restored.id()).isEqualTo(a.id());
        assertThat(restored.name()).isEqualTo("Alpha (2)");
        assertThat(plans.list()).extracting(Plan::id).containsExactlyInAnyOrder(a.id(), other.id());
    }

    @Test
    void purgeRemovesDeletedPlansForGood() {
        Plan a = plans.create(details("Alpha"));
        Plan b = plans.create(details("Beta"));
        plans.delete(a.id());
        assertThat(plans.purgeDeleted()).isEqualTo(1);
        List<String> ids = db.read(c -> Rows.list(c, "SELECT id FROM plan", rs -> rs.getString(1)));
        assertThat(ids).containsExactly(b.id().toString());
        assertThatThrownBy(() -> plans.restore(a.id())).isInstanceOf(StoreException.class);
    }

    @Test
    void duplicateIsADeepCopyWithNewIdsAndSectionRowsCopiedInTheSameTransaction() {
        db.write(c -> Rows.update(c, "CREATE TABLE test_note (id TEXT PRIMARY KEY, plan_id TEXT REFERENCES plan(id) ON DELETE CASCADE, title TEXT)"));
        PlanRepository withNotes = new PlanRepository(db, List.of(new TestNotes()), Clock.systemUTC());
        Plan original = withNotes.create(details("Original"));
        UUID noteId = UUID.randomUUID();
        db.write(c -> Rows.update(c, "INSERT INTO test_note VALUES (?, ?, 'Persona')", noteId, original.id()));

        Plan copy = withNotes.duplicate(original.id(), "Original (copy)");

        assertThat(copy.id()).isNotEqualTo(original.id());
        assertThat(copy.name()).isEqualTo("Original (copy)");
        assertThat(copy.description()).isEqualTo(original.description());
        assertThat(copy.currency()).isEqualTo(original.currency());
        assertThat(copy.firstMonth()).isEqualTo(original.firstMonth());
        assertThat(withNotes.counts(copy.id()).notes()).isEqualTo(1);
        List<String> copiedIds = db.read(c -> Rows.list(c, "SELECT id FROM test_note WHERE plan_id = ?", rs -> rs.getString(1), copy.id()));
        assertThat(copiedIds).singleElement().isNotEqualTo(noteId.toString());
        // the original is untouched
        assertThat(withNotes.counts(original.id()).notes()).isEqualTo(1);
        assertThat(withNotes.summaries()).extracting(PlanSummary::plan).extracting(Plan::name)
                .containsExactly("Original", "Original (copy)");
    }

    @Test
    void failedDuplicateLeavesNoHalfWrittenPlan() {
        PlanRepository failing = new PlanRepository(db, List.of(new FailingSection()), Clock.systemUTC());
        Plan original = failing.create(details("Original"));
        assertThatThrownBy(() -> failing.duplicate(original.id(), "Copy")).isInstanceOf(StoreException.class);
        assertThat(plans.list()).extracting(Plan::name).containsExactly("Original");
    }

    @Test
    void duplicateRefusesATakenName() {
        Plan original = plans.create(details("Original"));
        assertThatThrownBy(() -> plans.duplicate(original.id(), "ORIGINAL")).isInstanceOf(InvalidInput.class);
        assertThat(plans.freeName("Original")).isEqualTo("Original (2)");
    }

    @Test
    void settingsAreSavedAndOverwritten() {
        SettingsRepository settings = new SettingsRepository(db);
        settings.putAll(Map.of("theme", "dark", "window.width", "1200"));
        settings.put("theme", "light");
        assertThat(settings.get("theme")).contains("light");
        assertThat(settings.all()).containsOnlyKeys("theme", "window.width");
        assertThat(settings.get("missing")).isEmpty();
    }

    private static final class TestNotes implements PlanSection {
        @Override
        public String countName() {
            return "notes";
        }

        @Override
        public int count(Connection c, UUID planId) throws SQLException {
            return Rows.one(c, "SELECT count(*) FROM test_note WHERE plan_id = ?", rs -> rs.getInt(1), planId).orElse(0);
        }

        @Override
        public void copy(Connection c, UUID fromPlan, UUID toPlan, Map<UUID, UUID> newIds) throws SQLException {
            for (String id : Rows.list(c, "SELECT id FROM test_note WHERE plan_id = ?", rs -> rs.getString(1), fromPlan)) {
                UUID newId = newIds.computeIfAbsent(UUID.fromString(id), k -> UUID.randomUUID());
                Rows.update(c, "INSERT INTO test_note SELECT ?, ?, title FROM test_note WHERE id = ?", newId, toPlan, id);
            }
        }
    }

    private static final class FailingSection implements PlanSection {
        @Override
        public String countName() {
            return "notes";
        }

        @Override
        public int count(Connection c, UUID planId) {
            return 0;
        }

        @Override
        public void copy(Connection c, UUID fromPlan, UUID toPlan, Map<UUID, UUID> newIds) throws SQLException {
            throw new SQLException("disk full");
        }
    }
}
