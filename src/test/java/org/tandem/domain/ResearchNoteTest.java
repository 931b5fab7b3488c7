package org.tandem.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ResearchNoteTest {
    private static ResearchNote note(String title, String body, List<String> tags, String source) {
        return new ResearchNote(UUID.randomUUID(), UUID.randomUUID(), title, body, Aspect.MARKET_RESEARCH, tags, source,
                null, null, false, null, Instant.EPOCH, Instant.EPOCH);
    }

    @Test
    void everyAspectHasATemplateAndAStableCode() {
        for (Aspect aspect : Aspect.values()) {
            assertThat(aspect.template()).isNotBlank();
            assertThat(Aspect.fromCode(aspect.code())).contains(aspect);
        }
        assertThat(Aspect.TARGET_AUDIENCE.template()).contains("Who they are", "What they need", "How they buy", "What stops them");
        assertThat(Aspect.fromCode("nope")).isEmpty();
    }

    @Test
    void newNoteFromTemplateStartsWithTheHeadings() {
        ResearchNote note = ResearchNote.fromTemplate(UUID.randomUUID(), Aspect.MARKET_SIZE, "UK coffee market", Instant.EPOCH);
        assertThat(note.body()).isEqualTo(Aspect.MARKET_SIZE.template());
        assertThat(note.confidence()).isEqualTo(Confidence.MEDIUM);
        assertThat(note.problems()).isEmpty();
    }

    @Test
    void titleIsRequiredAndBodyIsLimitedToOneMegabyte() {
        assertThat(note("  ", "", List.of(), "").problems()).extracting(InvalidInput::field).containsExactly("title");
        String big = "é".repeat(ResearchNote.MAX_BODY_BYTES / 2 + 1);
        assertThat(note("T", big, List.of(), "").problems()).extracting(InvalidInput::field).containsExactly("body");
        assertThat(note("T", "x".repeat(ResearchNote.MAX_BODY_BYTES), List.of(), "").problems()).isEmpty();
    }

    @Test
    void bodyKeepsItsLineBreaksAndSpacing() {
        assertThat(note("T", "  line one\r\nline two\n\n", List.of(), "").body()).isEqualTo("  line one\r\nline two\n\n");
    }

    @Test
    void tagsAreTrimmedAndDeduplicatedIgnoringCase() {
        assertThat(Tags.parse(" pricing, Cafes ,,#wholesale, PRICING\nsubscriptions")).containsExactly("pricing", "Cafes", "wholesale", "subscriptions");
        assertThat(note("T", "", List.of("a", "A", " b "), "").tags()).containsExactly("a", "b");
        assertThat(Tags.format(List.of("a", "b"))).isEqualTo("a, b");
        assertThat(note("T", "", List.of("x".repeat(41)), "").problems()).extracting(InvalidInput::field).containsExactly("tags");
    }

    @Test
    void onlyWebAddressesCountAsOpenableSources() {
        assertThat(note("T", "", List.of(), "https://example.org/report.pdf").sourceIsUrl()).isTrue();
        assertThat(note("T", "", List.of(), "Mintel, UK Coffee Report 2025, p. 12").sourceIsUrl()).isFalse();
        assertThat(note("T", "", List.of(), "javascript:alert(1)").sourceIsUrl()).isFalse();
    }
}
