package org.tandem.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.store.PlanTables.Field;
import org.tandem.store.PlanTables.Section;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plan files carry everything: every table and column that holds a plan's content is described in PlanTables,
 * so a column added by a later migration fails here until the plan file knows it.
 */
class PlanTablesTest {
    /** Tables that hold no plan content, or only Tandem's bookkeeping about plans. */
    static final Set<String> NOT_CONTENT = Set.of("app_setting", "plan_revision", "plan_revision_piece", "plan_tombstone", "plan_file_writing");
    /** Columns that are the store's own: row ids, derived keys, soft deletes. */
    // from_sample: whether this database made the plan from its bundled sample, not part of the plan
    static final Set<String> STORE_ONLY = Set.of("rid", "name_key", "deleted_at", "from_sample");

    @TempDir
    Path dir;

    @Test
    void everyTableAndColumnOfAPlanIsInThePlanFile() {
        try (Database db = Database.open(dir.resolve("tables.db"))) {
            List<String> tables = db.read(c -> Rows.list(c, "SELECT name FROM sqlite_master WHERE type = 'table'"
                    + " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%'", rs -> rs.getString(1)));
            Set<String> described = new HashSet<>();
            Stream.concat(Stream.of(PlanTables.PLAN), PlanTables.SECTIONS.stream()).forEach(s -> {
                described.add(s.table());
                s.fields().stream().filter(f -> f.linkTable() != null).forEach(f -> described.add(f.linkTable()));
            });
            assertThat(tables).filteredOn(t -> !NOT_CONTENT.contains(t)).allSatisfy(t -> assertThat(described).as("table " + t).contains(t));

            for (Section section : Stream.concat(Stream.of(PlanTables.PLAN), PlanTables.SECTIONS.stream()).toList()) {
                List<String> columns = db.read(c -> Rows.list(c, "SELECT name FROM pragma_table_info(?)", rs -> rs.getString(1),
                        section.table()));
                Set<String> mapped = new HashSet<>(STORE_ONLY);
                mapped.add(section.idColumn());
                if (section.ownerColumn() != null) {
                    mapped.add(section.ownerColumn());
                }
                section.fields().stream().filter(Field::stored).forEach(f -> mapped.add(f.column()));
                assertThat(columns).as("columns of " + section.table()).allSatisfy(col -> assertThat(mapped).contains(col));
            }
        }
    }
}
