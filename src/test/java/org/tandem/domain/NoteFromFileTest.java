package org.tandem.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class NoteFromFileTest {
    @Test
    void onlyTextAndMarkdownFilesAreAccepted() {
        assertThat(NoteFromFile.accepts("notes.TXT")).isTrue();
        assertThat(NoteFromFile.accepts("interview.md")).isTrue();
        assertThat(NoteFromFile.accepts("report.pdf")).isFalse();
        assertThat(NoteFromFile.accepts("md")).isFalse();
    }

    @Test
    void titleComesFromTheFirstHeadingElseTheFileName() {
        assertThat(NoteFromFile.title("x.md", "intro\n\n## Cafe owners in Leeds  \ntext")).isEqualTo("Cafe owners in Leeds");
        assertThat(NoteFromFile.title("competitor_prices.txt", "no heading here")).isEqualTo("competitor prices");
        assertThat(NoteFromFile.title(".txt", "")).isEqualTo("Imported note");
        assertThat(NoteFromFile.title("long.md", "# " + "t".repeat(300))).hasSize(200).endsWith("…");
    }

    @Test
    void bodyKeepsLineBreaksAndLosesAByteOrderMark() {
        ResearchNote note = NoteFromFile.note(UUID.randomUUID(), Aspect.MARKET_RESEARCH, "a.txt", "\uFEFFline 1\r\nline 2\n", Instant.EPOCH);
        assertThat(note.body()).isEqualTo("line 1\r\nline 2\n");
        assertThat(note.source()).isEqualTo("a.txt");
        assertThat(note.problems()).isEmpty();
    }
}
