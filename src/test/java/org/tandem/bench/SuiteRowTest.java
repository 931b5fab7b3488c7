package org.tandem.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The suite's table from several walks of the window. */
class SuiteRowTest {

    @Test
    void aTimeIsTheMedianOfTheWalksAPeakTheHighestAndTheFileWorkItsOneWalks() {
        List<SuiteRow> first = List.of(new SuiteRow("L", "Campaign calendar: first showing", 420, "ms", 300, "one run"),
                new SuiteRow("L", "peak RSS (the whole process), using the window", 390, "MB", 500, ""));
        List<SuiteRow> second = List.of(new SuiteRow("L", "Campaign calendar: first showing", 260, "ms", 300, "one run"),
                new SuiteRow("L", "peak RSS (the whole process), using the window", 410, "MB", 500, ""));
        List<SuiteRow> last = List.of(new SuiteRow("L", "Campaign calendar: first showing", 280, "ms", 300, "one run"),
                new SuiteRow("L", "peak RSS (the whole process), using the window", 380, "MB", 500, ""),
                new SuiteRow("L", "export (183,533 entities)", 1429, "ms", 3671, "1424 1582 1429"));

        List<SuiteRow> merged = SuiteRow.merged(List.of(first, second, last));

        assertThat(merged).extracting(SuiteRow::what).containsExactly("Campaign calendar: first showing",
                "peak RSS (the whole process), using the window", "export (183,533 entities)");
        assertThat(merged.get(0).median()).isEqualTo(280);
        assertThat(merged.get(0).runs()).isEqualTo("walks 420 260 280");
        assertThat(merged.get(0).missed()).isFalse();
        assertThat(merged.get(1).median()).isEqualTo(410);
        assertThat(merged.get(2)).isEqualTo(last.get(2));
    }
}
