package org.tandem.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.bench.GeneratedPlan;
import org.tandem.exchange.PlanCopy;

import org.tandem.domain.CancelledWork;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Writing whole plans, with sections large enough that their new rows go in through a staging table, and reading
 * them back an entity at a time as an export does.
 */
class PlanContentWriterTest {
    private static final GeneratedPlan.Counts SMALL = new GeneratedPlan.Counts("small", 300, 20, 250, 2, 400);
    private static final GeneratedPlan.Counts LISTS = new GeneratedPlan.Counts("lists", 120, 15, 90, 3, 150);

    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("plans.db"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aLargePlanIsWrittenWholeAndItsNotesAreFoundByTheirWords() {
        PlanContent plan = GeneratedPlan.of(SMALL);

        write(plan);

        PlanContent back = new PlanContentReader(db).read(UUID.fromString(plan.planId()), () -> false).orElseThrow();
        assertThat(back.size()).isEqualTo(plan.size());
        for (String section : List.of("researchNotes", "campaigns", "salesActuals", "competitors")) {
            assertThat(back.rows(section).keySet()).as(section).isEqualTo(plan.rows(section).keySet());
            plan.rows(section).forEach((id, row) -> assertThat(back.rows(section).get(id).sameAs(row)).as(section + " " + id).isTrue());
        }
        assertThat(matches("\"note 250\"")).isEqualTo(1);
        assertThat(matches("note")).isEqualTo(300);
    }

    @Test
    void aSecondLargeWriteAddsAndChangesRowsAndTheIndexFollows() {
        PlanContent plan = GeneratedPlan.of(SMALL);
        write(plan);

        SortedMap<String, PlanRow> notes = new TreeMap<>(plan.rows("researchNotes"));
        plan.rows("researchNotes").values().forEach(n -> {
            String copy = UUID.randomUUID().toString();
            notes.put(copy, new PlanRow(copy, n.values()));
        });
        int title = PlanTables.section("researchNotes").index("title");
        String first = notes.firstKey();
        notes.put(first, notes.get(first).with(title, "Renamed zanzibar"));
        plan.sections().put("researchNotes", notes);

        write(plan);

        assertThat(count("SELECT count(*) FROM research_note WHERE plan_id = '" + plan.planId() + "'")).isEqualTo(600);
        assertThat(matches("note")).isEqualTo(599);
        assertThat(matches("zanzibar")).isEqualTo(1);
    }

    @Test
    void aWriteRefusedHalfWayLeavesNothingAndTheNextWriteStillWorks() {
        PlanContent plan = GeneratedPlan.of(SMALL);
        write(plan);
        // another plan holding the same campaigns' ids: refused after its notes went into the staging table
        PlanContent other = PlanCopy.withNewIds(plan, "Other plan");
        other.sections().put("campaigns", plan.rows("campaigns"));

        assertThatThrownBy(() -> write(other)).satisfies(e -> assertThat(PlanContentWriter.idTaken(e)).isTrue());

        assertThat(count("SELECT count(*) FROM plan WHERE id = '" + other.planId() + "'")).isZero();
        assertThat(count("SELECT count(*) FROM research_note")).isEqualTo(300);
        assertThat(count("SELECT count(*) FROM temp.sqlite_master")).isZero();
        PlanContent third = PlanCopy.withNewIds(plan, "Third plan");
        write(third);
        assertThat(count("SELECT count(*) FROM research_note")).isEqualTo(600);
    }

    @Test
    void everyEntityComesInIdOrderWithItsOwnLinksScoresAndPoints() throws Exception {
        PlanContent plan = GeneratedPlan.of(LISTS);
        GeneratedPlan.write(db, plan);

        int size = new PlanContentReader(db).bySection(UUID.fromString(plan.planId()), () -> false, parts -> {
            assertThat(parts.plan().sameAs(plan.plan())).isTrue();
            assertThat(parts.tombstones()).isEqualTo(plan.tombstones());
            for (PlanTables.Section section : PlanTables.SECTIONS) {
                List<PlanRow> read = new ArrayList<>();
                parts.eachRow(section.name(), read::add);
                assertThat(read).extracting(PlanRow::id).as(section.name())
                        .containsExactlyElementsOf(plan.rows(section.name()).keySet());
                for (PlanRow row : read) {
                    assertThat(row.sameAs(plan.rows(section.name()).get(row.id()))).as(section.name() + " " + row.id()).isTrue();
                }
            }
            return parts.size();
        }).orElseThrow();

        assertThat(size).isEqualTo(plan.size());
        // the sections with list fields were really exercised: some entities have items, some none
        assertThat(plan.rows("competitors").values()).anySatisfy(c -> assertThat(c.values()).anySatisfy(v ->
                assertThat(v).isInstanceOf(java.util.Map.class).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP).isNotEmpty()));
    }

    @Test
    void aPlanThatIsNotLiveIsEmptyAndACancelStopsBeforeTheNextSection() throws Exception {
        PlanContent plan = GeneratedPlan.of(LISTS);
        GeneratedPlan.write(db, plan);
        PlanContentReader reader = new PlanContentReader(db);

        assertThat(reader.bySection(UUID.randomUUID(), () -> false, PlanParts::size)).isEmpty();
        boolean[] cancelled = {false};
        assertThatThrownBy(() -> reader.bySection(UUID.fromString(plan.planId()), () -> cancelled[0], parts -> {
            parts.eachRow("campaigns", row -> cancelled[0] = true);
            parts.eachRow("researchNotes", row -> {
            });
            return 0;
        })).isInstanceOf(CancelledWork.class);
    }

    @Test
    void readBesideAnotherVersionThePlansRowsAreKeyedByTheSharedRowsIdsNotCopiesOfThem() {
        PlanContent plan = GeneratedPlan.of(SMALL);
        write(plan);
        SharedRows shared = SharedRows.among();
        // another version read first (as a preview's kept version can be): its rows, ids and all, are the ones kept
        PlanContent other = PlanContent.empty(plan.plan());
        plan.sections().forEach((name, rows) -> rows.values().forEach(row -> {
            PlanRow kept = shared.shared(name, new PlanRow(new String(row.id()), row.values()), r -> r);
            other.rows(name).put(kept.id(), kept);
        }));

        PlanContent back = new PlanContentReader(db).read(UUID.fromString(plan.planId()), () -> false, shared).orElseThrow();

        for (String section : List.of("researchNotes", "campaigns", "segments")) {
            assertThat(back.rows(section)).as(section).isNotEmpty();
            back.rows(section).forEach((id, row) -> {
                String otherId = other.rows(section).get(id).id();
                assertThat(id).as(section).isSameAs(otherId).isSameAs(row.id());
            });
        }
    }

    private void write(PlanContent target) {
        GeneratedPlan.write(db, target);
    }

    private long matches(String words) {
        return db.read(c -> {
            try (var s = c.prepareStatement("SELECT count(*) FROM research_note_fts WHERE research_note_fts MATCH ?")) {
                s.setString(1, words);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.getLong(1);
                }
            }
        });
    }

    private long count(String sql) {
        return db.read(c -> {
            try (var s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                return rs.getLong(1);
            }
        });
    }
}
