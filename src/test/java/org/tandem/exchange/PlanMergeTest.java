package org.tandem.exchange;

import org.junit.jupiter.api.Test;
import org.tandem.store.PlanContent;
import org.tandem.store.PlanRow;
import org.tandem.store.PlanTables;
import org.tandem.store.PlanTables.Section;

import static org.assertj.core.api.Assertions.assertThat;

class PlanMergeTest {
    private static final Section SEGMENTS = PlanTables.section("segments");
    private static final String PLAN = "11111111-1111-4111-8111-111111111111";

    private static PlanContent plan(PlanRow... segments) {
        PlanContent content = PlanContent.empty(new PlanRow(PLAN, new Object[PlanTables.PLAN.fields().size()]));
        for (PlanRow row : segments) {
            content.sections().get("segments").put(row.id(), row);
        }
        return content;
    }

    private static PlanRow segment(String id, String name) {
        Object[] values = new Object[SEGMENTS.fields().size()];
        values[SEGMENTS.index("name")] = name;
        return new PlanRow(id, values);
    }

    @Test
    void anEntityNeitherSideChangedIsMinesOwnRowAndAChangedOneTakesTheirField() {
        String same = "22222222-2222-4222-8222-222222222222";
        String renamed = "33333333-3333-4333-8333-333333333333";
        PlanRow mine = segment(same, "Cafe owners");
        PlanRow mineRenamed = segment(renamed, "Office managers");

        PlanMerge.Result merged = PlanMerge.threeWay(
                plan(segment(same, "Cafe owners"), segment(renamed, "Office managers")),
                plan(mine, mineRenamed),
                plan(segment(same, "Cafe owners"), segment(renamed, "Office and facilities managers")));

        assertThat(merged.conflicts()).isEmpty();
        assertThat(merged.merged().rows("segments").get(same)).isSameAs(mine);
        assertThat(merged.merged().rows("segments").get(renamed).get(SEGMENTS.index("name"))).isEqualTo("Office and facilities managers");
        assertThat(mineRenamed.get(SEGMENTS.index("name"))).isEqualTo("Office managers");
    }
}
