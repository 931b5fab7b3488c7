package org.tandem.exchange;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlanFileReaderTest {
    private final PlanFileReader reader = new PlanFileReader();

    private PlanFile read(String json) throws Exception {
        return reader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static String file(String plan) {
        return "{\"format\":\"tandem-plan\",\"formatVersion\":1,\"plan\":" + plan + "}";
    }

    @Test
    void theBundledSampleIsAValidPlanFileWithADescription() {
        PlanFile sample = new SamplePlan().read();
        assertThat(sample.format()).isEqualTo("tandem-plan");
        assertThat(sample.plan().name()).contains("(sample)");
        assertThat(sample.plan().description()).hasSizeGreaterThan(200);
        assertThat(sample.plan().firstMonth()).isEqualTo(4);
    }

    @Test
    void problemsNameTheJsonPath() {
        assertThatThrownBy(() -> read("{\"format\":\"spreadsheet\",\"formatVersion\":1}"))
                .isInstanceOf(PlanFileProblem.class).extracting(e -> ((PlanFileProblem) e).path()).isEqualTo("$.format");
        assertThatThrownBy(() -> read(file("{\"name\":\"\",\"currency\":\"EUR\"}")))
                .isInstanceOf(PlanFileProblem.class).hasMessage("$.plan.name: Give the plan a name.");
        assertThatThrownBy(() -> read(file("{\"name\":\"A\",\"currency\":\"EUR\",\"firstMonth\":13}")))
                .hasMessageStartingWith("$.plan.firstMonth");
        assertThatThrownBy(() -> read(file("{\"name\":\"A\",\"currency\":\"EUR\",\"createdAt\":\"yesterday\"}")))
                .hasMessageStartingWith("$.plan.createdAt");
        assertThatThrownBy(() -> read("{\"format\":\"tandem-plan\",\"formatVersion\":9,\"plan\":{}}"))
                .hasMessageContaining("newer Tandem");
        assertThatThrownBy(() -> read("{ not json")).hasMessageStartingWith("$: not valid JSON");
    }
}
