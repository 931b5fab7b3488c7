package org.tandem.store;

import org.tandem.domain.NoteSort;
import org.tandem.domain.NoteSummary;
import org.tandem.domain.DeletedSegment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tandem.domain.Aspect;
import org.tandem.domain.Confidence;
import org.tandem.domain.InvalidInput;
import org.tandem.domain.MarketSizing;
import org.tandem.domain.Plan;
import org.tandem.domain.PlanDetails;
import org.tandem.domain.ResearchNote;
import org.tandem.domain.Segment;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResearchStoreTest {
    @TempDir
    Path dir;
    Database db;
    PlanRepository plans;
    ResearchNoteRepository notes;
    SegmentRepository segments;
    MarketSizingRepository sizings;
    Plan plan;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("research.db"));
        plans = new PlanRepository(db);
        notes = new ResearchNoteRepository(db);
        segments = new SegmentRepository(db);
        sizings = new MarketSizingRepository(db);
        plan = plans.create(new PlanDetails("Roaster", "", "GBP", Month.APRIL));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private ResearchNote note(String title, String body, Aspect aspect, String... tags) {
        return new ResearchNote(UUID.randomUUID(), plan.id(), title, body, aspect, List.of(tags), "", null, Confidence.MEDIUM,
                false, null, null, null);
    }

    private Segment segment(String name, boolean targeted) {
        return new Segment(UUID.randomUUID(), plan.id(), name, "", 1000, 120_00, 4.5, 4, targeted, "", null, null);
    }

    private List<String> searchTitles(String text) {
        return notes.search(plan.id(), text, null, null, 50).stream().map(NoteSummary::title).toList();
    }

    @Test
    void savedNoteKeepsEveryFieldAndItsLineBreaks() {
        Segment cafes = segments.save(segment("Independent cafes", true));
        ResearchNote draft = new ResearchNote(UUID.randomUUID(), plan.id(), "Cafe owners", "Who they are\r\n\n  owners", Aspect.TARGET_AUDIENCE,
                List.of("cafes", "wholesale"), "https://example.org/survey", LocalDate.of(2026, 3, 1), Confidence.HIGH, true,
                cafes.id(), null, null);
        ResearchNote saved = notes.save(draft);
        assertThat(notes.find(draft.id())).contains(saved);
        assertThat(saved.body()).isEqualTo("Who they are\r\n\n  owners");
        assertThat(saved.tags()).containsExactly("cafes", "wholesale");
        assertThat(saved.segmentId()).isEqualTo(cafes.id());
        assertThat(saved.createdAt()).isNotNull();
    }

    @Test
    void searchFindsTitleBodyTagsAndSourceWithPrefixesAndIgnoresAccents() {
        notes.save(note("Competitor pricing", "They charge more", Aspect.COMPETITIVE_ANALYSIS));
        notes.save(note("Subscribers", "Home brewers want freshness", Aspect.TARGET_AUDIENCE, "subscriptions"));
        ResearchNote sourced = note("Survey", "", Aspect.MARKET_RESEARCH);
        notes.save(new ResearchNote(sourced.id(), plan.id(), "Survey", "", Aspect.MARKET_RESEARCH, List.of(), "Mintel coffee report",
                null, null, false, null, null, null));
        notes.save(note("Café culture", "Flat whites dominate", Aspect.MARKET_RESEARCH));
        assertThat(searchTitles("compet")).containsExactly("Competitor pricing");
        assertThat(searchTitles("fresh")).containsExactly("Subscribers");
        assertThat(searchTitles("subscript")).containsExactly("Subscribers");
        assertThat(searchTitles("mintel")).containsExactly("Survey");
        assertThat(searchTitles("cafe")).containsExactly("Café culture");
        assertThat(searchTitles("home brew")).containsExactly("Subscribers");
        assertThat(searchTitles("home pricing")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "\"unbalanced", "*", "-", "- compet", "AND", "compet AND", "OR OR", "NEAR(", "(((", ")",
            "title:compet", "^compet", "compet*", "'; DROP TABLE research_note; --", "{}", "\\", "   ", "NOT compet", "+"})
    void anyTypedTextIsSearchedAsPlainWordsWithoutError(String typed) {
        notes.save(note("Competitor pricing", "and or not near", Aspect.COMPETITIVE_ANALYSIS));
        assertThatCode(() -> notes.search(plan.id(), typed, null, null, 50)).doesNotThrowAnyException();
        assertThat(notes.list(plan.id(), null, null, NoteSort.UPDATED)).hasSize(1);
    }

    @Test
    void operatorWordsAreSearchedLiterally() {
        notes.save(note("Logic", "this AND that", Aspect.MARKET_RESEARCH));
        notes.save(note("Other", "something else", Aspect.MARKET_RESEARCH));
        assertThat(searchTitles("AND")).containsExactly("Logic");
        assertThat(searchTitles("compet*")).isEmpty();
    }

    @Test
    void searchIndexFollowsUpdatesAndDeletes() {
        ResearchNote saved = notes.save(note("Old title", "espresso", Aspect.MARKET_RESEARCH));
        notes.save(new ResearchNote(saved.id(), plan.id(), "New title", "filter coffee", Aspect.MARKET_RESEARCH, List.of("decaf"), "",
                null, null, false, null, saved.createdAt(), saved.updatedAt()));
        assertThat(searchTitles("espresso")).isEmpty();
        assertThat(searchTitles("filter")).containsExactly("New title");
        assertThat(searchTitles("decaf")).containsExactly("New title");
        notes.delete(saved.id());
        assertThat(searchTitles("filter")).isEmpty();
        assertThat(ftsIntegrityOk()).isTrue();
    }

    @Test
    void deletingAPlanClearsItsNotesFromTheSearchIndex() {
        notes.save(note("Beans", "single origin", Aspect.MARKET_RESEARCH));
        plans.delete(plan.id());
        plans.purgeDeleted();
        int indexed = db.read(c -> Rows.one(c, "SELECT count(*) FROM research_note_fts WHERE research_note_fts MATCH 'origin'",
                rs -> rs.getInt(1)).orElseThrow());
        assertThat(indexed).isZero();
        assertThat(ftsIntegrityOk()).isTrue();
    }

    @Test
    void searchSnippetMarksTheMatchedWords() {
        notes.save(note("Pricing", "Cafes pay about eleven pounds a kilo for house espresso blends", Aspect.MARKET_RESEARCH));
        NoteSummary hit = notes.search(plan.id(), "espres", null, null, 5).get(0);
        assertThat(hit.snippet()).contains(NoteSummary.MATCH_START + "espresso" + NoteSummary.MATCH_END);
    }

    @Test
    void listFiltersByAspectAndTagAndPutsPinnedFirst() {
        notes.save(note("B note", "", Aspect.MARKET_RESEARCH, "pricing"));
        ResearchNote pinned = note("Z pinned", "", Aspect.MARKET_RESEARCH);
        notes.save(new ResearchNote(pinned.id(), plan.id(), pinned.title(), "", pinned.aspect(), List.of("Pricing"), "", null, null,
                true, null, null, null));
        notes.save(note("A note", "", Aspect.TARGET_AUDIENCE));
        assertThat(notes.list(plan.id(), null, null, NoteSort.TITLE)).extracting(NoteSummary::title)
                .containsExactly("Z pinned", "A note", "B note");
        assertThat(notes.list(plan.id(), Aspect.MARKET_RESEARCH, "PRICING", NoteSort.TITLE))
                .extracting(NoteSummary::title).containsExactly("Z pinned", "B note");
        assertThat(notes.search(plan.id(), "note", Aspect.TARGET_AUDIENCE, null, 10)).extracting(NoteSummary::title)
                .containsExactly("A note");
        assertThat(notes.tags(plan.id())).containsExactly("Pricing");
        assertThat(notes.countsByAspect(plan.id())).containsEntry(Aspect.MARKET_RESEARCH, 2).containsEntry(Aspect.TARGET_AUDIENCE, 1)
                .containsEntry(Aspect.MARKET_SIZE, 0);
    }

    @Test
    void insertAllIsAllOrNothing() {
        ResearchNote good = note("Good", "", Aspect.MARKET_RESEARCH);
        ResearchNote clash = new ResearchNote(good.id(), plan.id(), "Same id", "", Aspect.MARKET_RESEARCH, List.of(), "", null, null,
                false, null, Instant.EPOCH, Instant.EPOCH);
        assertThatThrownBy(() -> notes.insertAll(List.of(
                new ResearchNote(good.id(), plan.id(), "Good", "", Aspect.MARKET_RESEARCH, List.of(), "", null, null, false, null,
                        Instant.EPOCH, Instant.EPOCH), clash))).isInstanceOf(StoreException.class);
        assertThat(notes.list(plan.id(), null, null, NoteSort.UPDATED)).isEmpty();
    }

    @Test
    void deletedNoteCanBePutBack() {
        ResearchNote saved = notes.save(note("Keep me", "body text", Aspect.MARKET_RESEARCH));
        ResearchNote gone = notes.delete(saved.id()).orElseThrow();
        notes.insertAll(List.of(gone));
        assertThat(notes.find(saved.id())).contains(saved);
        assertThat(searchTitles("body")).containsExactly("Keep me");
    }

    @Test
    void invalidRowsAreRefusedByTheDatabaseItself() {
        assertThatThrownBy(() -> db.write(c -> Rows.update(c, "INSERT INTO research_note (id, plan_id, title, aspect, created_at, updated_at)"
                + " VALUES (?, ?, '  ', 'market-research', 'x', 'x')", UUID.randomUUID(), plan.id()))).isInstanceOf(StoreException.class);
        assertThatThrownBy(() -> db.write(c -> Rows.update(c, "INSERT INTO research_note (id, plan_id, title, aspect, created_at, updated_at)"
                + " VALUES (?, ?, 'T', 'gossip', 'x', 'x')", UUID.randomUUID(), plan.id()))).isInstanceOf(StoreException.class);
        assertThatThrownBy(() -> db.write(c -> Rows.update(c, "INSERT INTO segment (id, plan_id, name, buyers, created_at, updated_at)"
                + " VALUES (?, ?, 'S', -1, 'x', 'x')", UUID.randomUUID(), plan.id()))).isInstanceOf(StoreException.class);
        assertThatThrownBy(() -> db.write(c -> Rows.update(c, "INSERT INTO segment (id, plan_id, name, growth_pct, created_at, updated_at)"
                + " VALUES (?, ?, 'S', -100.5, 'x', 'x')", UUID.randomUUID(), plan.id()))).isInstanceOf(StoreException.class);
        assertThatThrownBy(() -> db.write(c -> Rows.update(c, "INSERT INTO market_sizing (plan_id, tam_minor, sam_minor, som_minor, updated_at)"
                + " VALUES (?, 100, 50, 60, 'x')", plan.id()))).isInstanceOf(StoreException.class);
    }

    @Test
    void segmentsSaveUpdateDeleteAndSayWhereTheyAreUsed() {
        Segment cafes = segments.save(segment("Cafes", true));
        segments.save(segment("Offices", false));
        Segment renamed = segments.save(new Segment(cafes.id(), plan.id(), "Independent cafes", "", 60, 2_400_00, 6, 5, true,
                "The roaster that trains your baristas", cafes.createdAt(), cafes.updatedAt()));
        assertThat(renamed.value()).isEqualTo(60L * 2_400_00);
        assertThat(segments.list(plan.id())).extracting(Segment::name).containsExactly("Independent cafes", "Offices");
        ResearchNote linked = note("Barista training", "", Aspect.TARGET_AUDIENCE);
        notes.save(new ResearchNote(linked.id(), plan.id(), linked.title(), "", linked.aspect(), List.of(), "", null, null, false,
                cafes.id(), null, null));
        assertThat(segments.usages(cafes.id())).containsExactly("1 research note");
        DeletedSegment deleted = segments.delete(cafes.id()).orElseThrow();
        assertThat(deleted.segment()).isEqualTo(renamed);
        assertThat(deleted.linkedNotes()).containsExactly(linked.id());
        assertThat(notes.find(linked.id()).orElseThrow().segmentId()).as("link cleared, note kept").isNull();
        segments.restore(deleted);
        assertThat(segments.find(cafes.id())).contains(renamed);
        assertThat(notes.find(linked.id()).orElseThrow().segmentId()).as("undo brings the link back").isEqualTo(cafes.id());
        assertThatThrownBy(() -> segments.save(segment(" ", true))).isInstanceOf(InvalidInput.class);
    }

    @Test
    void sizingIsSavedPerPlanAndItsRulesHold() {
        assertThat(sizings.find(plan.id()).tam()).isZero();
        MarketSizing sizing = new MarketSizing(plan.id(), MarketSizing.Method.TOP_DOWN, 1_000_000_00, 200_000_00, 10_000_00, 0, null,
                new MarketSizing.DatedFigure(LocalDate.of(2022, 1, 1), 900_000_00), new MarketSizing.DatedFigure(LocalDate.of(2025, 1, 1),
                1_000_000_00), null);
        MarketSizing saved = sizings.save(sizing);
        assertThat(sizings.find(plan.id())).isEqualTo(saved);
        assertThat(saved.growth()).hasValueSatisfying(g -> assertThat(g).isBetween(3.5, 3.6));
        assertThatThrownBy(() -> sizings.save(new MarketSizing(plan.id(), MarketSizing.Method.TOP_DOWN, 100, 50, 60, 0, null, null, null, null)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("SOM");
        assertThat(sizings.find(plan.id())).isEqualTo(saved);
    }

    @Test
    void duplicatingAPlanCopiesNotesSegmentsAndSizingWithLinksFollowing() {
        Segment cafes = segments.save(segment("Cafes", true));
        ResearchNote linked = note("Barista training", "latte art", Aspect.TARGET_AUDIENCE, "cafes");
        notes.save(new ResearchNote(linked.id(), plan.id(), linked.title(), linked.body(), linked.aspect(), linked.tags(), "", null, null,
                false, cafes.id(), null, null));
        sizings.save(new MarketSizing(plan.id(), MarketSizing.Method.BOTTOM_UP, 0, 0, 0, 12.5, 4.0, null, null, null));

        Plan copy = plans.duplicate(plan.id(), "Roaster (copy)");

        List<Segment> copiedSegments = segments.list(copy.id());
        assertThat(copiedSegments).singleElement().satisfies(s -> {
            assertThat(s.id()).isNotEqualTo(cafes.id());
            assertThat(s.name()).isEqualTo("Cafes");
        });
        NoteSummary copiedNote = notes.list(copy.id(), null, null, NoteSort.UPDATED).get(0);
        assertThat(copiedNote.id()).isNotEqualTo(linked.id());
        assertThat(notes.find(copiedNote.id()).orElseThrow().segmentId()).isEqualTo(copiedSegments.get(0).id());
        assertThat(notes.search(copy.id(), "latte", null, null, 5)).hasSize(1);
        assertThat(sizings.find(copy.id()).sharePercent()).isEqualTo(12.5);
        assertThat(plans.counts(copy.id()).notes()).isEqualTo(1);
        assertThat(plans.counts(copy.id()).segments()).isEqualTo(1);
        assertThat(ftsIntegrityOk()).isTrue();
    }

    private boolean ftsIntegrityOk() {
        try {
            db.write(c -> Rows.update(c, "INSERT INTO research_note_fts (research_note_fts, rank) VALUES ('integrity-check', 1)"));
            return true;
        } catch (StoreException corrupt) {
            return false;
        }
    }
}
