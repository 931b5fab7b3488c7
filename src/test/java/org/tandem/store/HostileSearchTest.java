package org.tandem.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.domain.Aspect;
import org.tandem.domain.Confidence;
import org.tandem.domain.InvalidInput;
import org.tandem.domain.NoteSummary;
import org.tandem.domain.Plan;
import org.tandem.domain.PlanDetails;
import org.tandem.domain.ResearchNote;
import org.tandem.domain.SearchWords;

import java.nio.file.Path;
import java.time.Month;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Search on notes from hostile or foreign ground: a word repeated 150,000 times, long queries, Japanese, NUL. */
class HostileSearchTest {
    @TempDir
    Path dir;
    Database db;
    ResearchNoteRepository notes;
    Plan plan;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("search.db"));
        notes = new ResearchNoteRepository(db);
        plan = new PlanRepository(db).create(new PlanDetails("Roaster", "", "GBP", Month.APRIL));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private ResearchNote note(String title, String body) {
        return new ResearchNote(UUID.randomUUID(), plan.id(), title, body, Aspect.MARKET_RESEARCH, List.of(), "", null,
                Confidence.MEDIUM, false, null, null, null);
    }

    private List<NoteSummary> search(String text) {
        return notes.search(plan.id(), text, null, null, 50);
    }

    @Test
    void aNoteRepeatingAWord150000TimesShowsAShortPassageWithTheWordMarked() {
        notes.save(note("Bean diary", "Intro line. " + "bean ".repeat(150_000) + "the end"));
        notes.save(note("Other", "no match here"));

        List<NoteSummary> found = search("bean");

        assertThat(found).singleElement().satisfies(n -> {
            assertThat(n.title()).isEqualTo("Bean diary");
            assertThat(n.snippet()).contains(NoteSummary.MATCH_START + "bean" + NoteSummary.MATCH_END).hasSizeLessThan(400)
                    .endsWith("…");
        });
    }

    @Test
    void aMatchFarIntoANoteShowsThePassageAroundItCutAtWholeWords() {
        notes.save(note("Long read", "Roasting profiles differ. ".repeat(2000) + "Our wholesale customers prefer the espresso blend."));

        NoteSummary found = search("wholesale").get(0);

        assertThat(found.snippet()).startsWith("…").contains(NoteSummary.MATCH_START + "wholesale" + NoteSummary.MATCH_END)
                .contains("espresso blend.").doesNotStartWith("…ofiles");
    }

    @Test
    void everyWordOfALongQueryCountsAndWordsPastTheMostAreSaidToBeLeftOut() {
        String twenty = IntStream.range(0, 20).mapToObj(i -> "word" + (char) ('a' + i)).collect(Collectors.joining(" "));
        notes.save(note("Twenty", twenty));
        assertThat(search(twenty)).hasSize(1);
        // the 17th word is searched too (it used to be dropped, so this found the note)
        assertThat(search(twenty.replace("wordq", "zebra"))).isEmpty();
        assertThat(SearchWords.leftOut(twenty)).isEmpty();
        String forty = IntStream.range(0, 40).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
        assertThat(SearchWords.leftOut(forty)).contains("first " + SearchWords.MAX_TERMS).contains("8 more");
    }

    @Test
    void japaneseAndChineseTextIsFoundByItsPartsAndForgottenWhenItChanges() {
        ResearchNote tokyo = notes.save(note("東京の市場", "東京都庁舎は新宿にある。カフェの数は増えている。"));
        notes.save(note("Leeds", "Independent cafes in Leeds"));

        assertThat(search("都庁舎")).extracting(NoteSummary::title).containsExactly("東京の市場");
        assertThat(search("新宿")).extracting(NoteSummary::title).containsExactly("東京の市場");
        assertThat(search("カフェ")).extracting(NoteSummary::title).containsExactly("東京の市場");
        assertThat(search("大阪")).isEmpty();
        assertThat(search("leeds")).extracting(NoteSummary::title).containsExactly("Leeds");
        assertThat(search("都庁舎").get(0).snippet()).contains(NoteSummary.MATCH_START + "都庁舎" + NoteSummary.MATCH_END);

        notes.save(new ResearchNote(tokyo.id(), plan.id(), "Tokyo", "Now in English only", Aspect.MARKET_RESEARCH, List.of(), "",
                null, Confidence.MEDIUM, false, null, tokyo.createdAt(), tokyo.updatedAt()));
        assertThat(search("都庁舎")).isEmpty();
        assertThat(search("新宿")).isEmpty();
        assertThat(search("english")).extracting(NoteSummary::title).containsExactly("Tokyo");
    }

    @Test
    void textWithANulCharacterIsRefusedAtItsField() {
        assertThatThrownBy(() -> notes.save(note("Pasted", "before\0after"))).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("NUL").extracting(e -> ((InvalidInput) e).field()).isEqualTo("body");
        assertThat(search("before")).isEmpty();
    }

    private List<String> plan(String sql) {
        return db.read(c -> Rows.list(c, "EXPLAIN QUERY PLAN " + sql, rs -> rs.getString("detail"), plan.id().toString(), "2025-11-30"));
    }

    @Test
    void onlyTextWithCharactersBeyondAsciiIsLookedAtForJapaneseAndTheOldEvidenceCountUsesAnIndex() {
        notes.save(note("Leeds cafes", "Plain English, all ASCII"));
        ResearchNote mixed = notes.save(note("Tokyo", "Cafe near 東京都庁舎 (Shinjuku)"));
        notes.save(note("Café crème", "No Japanese here, but not ASCII"));
        List<Long> indexed = db.read(c -> Rows.list(c, "SELECT rid FROM research_note_fts_cjk_notes", rs -> rs.getLong(1)));
        long mixedRid = db.read(c -> Rows.one(c, "SELECT rid FROM research_note WHERE id = ?", rs -> rs.getLong(1), mixed.id().toString()))
                .orElseThrow();
        assertThat(indexed).containsExactly(mixedRid);
        assertThat(search("都庁舎")).extracting(NoteSummary::title).containsExactly("Tokyo");

        // the dashboard's count of research older than a year, on a plan of thousands of notes
        assertThat(String.join(" / ", plan("SELECT count(*) FROM research_note n WHERE n.plan_id = ?"
                + " AND n.evidence_date IS NOT NULL AND n.evidence_date < ?"))).contains("research_note_by_evidence");
    }
}
