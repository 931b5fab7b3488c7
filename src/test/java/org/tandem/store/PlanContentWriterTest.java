package org.tandem.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.bench.GeneratedPlan;
import org.tandem.exchange.PlanCopy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Writing whole plans, with sections large enough that their new rows go in through a staging table. */
class PlanContentWriterTest {
    private static final GeneratedPlan.Counts SMALL = new GeneratedPlan.Counts("small", 300, 20, 250, 2, 400);

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
