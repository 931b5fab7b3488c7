package org.tandem.store;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/** Versions of a plan read side by side share the rows they hold unchanged, and only the first pools its texts. */
class SharedRowsTest {
    private final AtomicInteger pooled = new AtomicInteger();
    private final UnaryOperator<PlanRow> pool = row -> {
        pooled.incrementAndGet();
        return new PlanRow(row.id(), row.values().clone());
    };

    private static PlanRow segment(String id, String name) {
        Object[] values = new Object[PlanTables.section("segments").fields().size()];
        values[PlanTables.section("segments").index("name")] = name;
        return new PlanRow(id, values);
    }

    @Test
    void aRowAnotherVersionHoldsUnchangedIsThatVersionsRowAndIsNotPooledAgain() {
        SharedRows shared = SharedRows.among();
        PlanRow first = shared.shared("segments", segment("s1", "Home brewers"), pool);
        PlanRow again = shared.shared("segments", segment("s1", "Home brewers"), pool);

        assertThat(again).isSameAs(first);
        assertThat(pooled).hasValue(1);
    }

    @Test
    void aRowThatDiffersIsItsOwnPooledAndTheFirstStaysShared() {
        SharedRows shared = SharedRows.among();
        PlanRow first = shared.shared("segments", segment("s1", "Home brewers"), pool);
        PlanRow changed = shared.shared("segments", segment("s1", "Cafes"), pool);
        PlanRow third = shared.shared("segments", segment("s1", "Home brewers"), pool);

        assertThat(changed).isNotSameAs(first).satisfies(r -> assertThat(r.sameAs(segment("s1", "Cafes"))).isTrue());
        assertThat(third).isSameAs(first);
        assertThat(pooled).hasValue(2);
    }

    @Test
    void aRowThatDiffersKeepsTheFirstVersionsIdSoTheVersionsHoldOneCopyOfEachId() {
        SharedRows shared = SharedRows.among();
        PlanRow first = shared.shared("segments", segment(new String("s1"), "Home brewers"), pool);
        PlanRow changed = shared.shared("segments", segment(new String("s1"), "Cafes"), pool);

        assertThat(changed.id()).isSameAs(first.id());
        assertThat(changed.sameAs(segment("s1", "Cafes"))).isTrue();
    }

    @Test
    void withoutSharingEveryRowIsPooled() {
        PlanRow one = SharedRows.NONE.shared("segments", segment("s1", "Home brewers"), pool);
        PlanRow two = SharedRows.NONE.shared("segments", segment("s1", "Home brewers"), pool);

        assertThat(one).isNotSameAs(two);
        assertThat(pooled).hasValue(2);
    }

    @Test
    void sharedForAPreviewLongTextsAreDigestsAndSharedToBeWrittenTheyStayWhole() {
        String description = "Independent cafes within an hour of Leeds that roast nothing themselves. ".repeat(10);
        int at = PlanTables.section("segments").index("description");
        PlanRow row = segment("s1", "Cafes").with(at, description);

        PlanRow previewed = SharedRows.among().shared("segments", row, pool);
        SharedRows toWrite = SharedRows.amongWhole();
        PlanRow file = toWrite.shared("segments", row, pool);
        PlanRow here = toWrite.shared("segments", segment("s1", "Cafes").with(at, description), pool);

        assertThat(previewed.get(at)).isInstanceOf(LongText.class).isEqualTo(LongText.of(description));
        assertThat(SharedRows.among().digests()).isTrue();
        assertThat(toWrite.digests()).isFalse();
        assertThat(file.get(at)).isEqualTo(description);
        assertThat(here).isSameAs(file);
    }

    @Test
    void onceTheVersionsAreReadTheIndexIsLetGoAndTheRowsKeptStayAsTheyAre() {
        SharedRows shared = SharedRows.among();
        PlanRow first = shared.shared("segments", segment("s1", "Home brewers"), pool);
        shared.readDone();
        PlanRow later = shared.shared("segments", segment("s1", "Home brewers"), pool);

        assertThat(later).isNotSameAs(first);
        assertThat(first.sameAs(segment("s1", "Home brewers"))).isTrue();
        assertThat(pooled).hasValue(2);
    }
}
