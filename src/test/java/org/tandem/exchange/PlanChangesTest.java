package org.tandem.exchange;

import org.junit.jupiter.api.Test;
import org.tandem.store.PlanContent;
import org.tandem.store.PlanRow;
import org.tandem.store.PlanTables;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What going from one version of a plan to another adds, changes and removes, counted and named per section. */
class PlanChangesTest {
    private static PlanRow plan(String name) {
        Object[] values = new Object[PlanTables.PLAN.fields().size()];
        values[PlanTables.PLAN.index("name")] = name;
        return new PlanRow("p", values);
    }

    private static PlanRow segment(String id, String name) {
        Object[] values = new Object[PlanTables.section("segments").fields().size()];
        values[PlanTables.section("segments").index("name")] = name;
        return new PlanRow(id, values);
    }

    private static PlanContent with(PlanRow... segments) {
        PlanContent content = PlanContent.empty(plan("Harbour Bikes"));
        for (PlanRow s : segments) {
            content.sections().get("segments").put(s.id(), s);
        }
        return content;
    }

    @Test
    void addedChangedAndRemovedEntitiesAreCountedWhateverOrderTheirIdsComeIn() {
        PlanContent before = with(segment("a", "Cafes"), segment("c", "Gyms"), segment("e", "Hotels"), segment("g", "Schools"));
        PlanContent after = with(segment("b", "Bakeries"), segment("c", "Gyms and pools"), segment("e", "Hotels"), segment("f", "Offices"),
                segment("h", "Shops"));

        List<PlanChanges.SectionChange> changes = PlanChanges.between(before, after);

        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.section()).isEqualTo("segments");
            assertThat(c.added()).isEqualTo(3);
            assertThat(c.changed()).isEqualTo(1);
            assertThat(c.removed()).isEqualTo(2);
            // the first three added or changed, in id order, before any removed
            assertThat(c.examples()).containsExactly("+ Bakeries", "~ Gyms and pools", "+ Offices");
        });
    }

    @Test
    void removalsAreNamedWhenFewerThanThreeWereAddedOrChanged() {
        PlanContent before = with(segment("a", "Cafes"), segment("b", "Gyms"), segment("c", "Hotels"));
        PlanContent after = with(segment("b", "Gyms"), segment("d", "Shops"));

        assertThat(PlanChanges.between(before, after)).singleElement()
                .satisfies(c -> assertThat(c.examples()).containsExactly("+ Shops", "- Cafes", "- Hotels"));
    }

    @Test
    void aNewPlanAddsEverythingAndAnUnchangedOneChangesNothing() {
        PlanContent plan = with(segment("a", "Cafes"), segment("b", "Gyms"));

        assertThat(PlanChanges.between(null, plan)).singleElement().satisfies(c -> assertThat(c.added()).isEqualTo(2));
        assertThat(PlanChanges.between(plan, with(segment("a", "Cafes"), segment("b", "Gyms")))).isEmpty();
    }

    @Test
    void anEntityWithNothingToCallItByIsNamedByItsSectionAndEverySectionHasATitle() {
        PlanContent plan = with();
        plan.sections().get("marketSizing").put("p", new PlanRow("p", new Object[PlanTables.section("marketSizing").fields().size()]));

        assertThat(PlanChanges.between(null, plan)).singleElement().satisfies(c -> assertThat(c.examples()).containsExactly("+ Market sizing"));
        for (PlanTables.Section section : PlanTables.SECTIONS) {
            assertThat(PlanChanges.title(section.name())).as(section.name()).isNotEqualTo(section.name());
        }
    }
}
