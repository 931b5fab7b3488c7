package org.tandem.store;

import org.tandem.domain.DeletedCompetitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.domain.Aspect;
import org.tandem.domain.Comparison;
import org.tandem.domain.Competitor;
import org.tandem.domain.InvalidInput;
import org.tandem.domain.Plan;
import org.tandem.domain.PlanDetails;
import org.tandem.domain.ResearchNote;
import org.tandem.domain.Segment;
import org.tandem.domain.SwotItem;
import org.tandem.domain.SwotQuadrant;
import org.tandem.domain.ThreatLevel;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CompetitorStoreTest {
    @TempDir
    Path dir;
    Database db;
    PlanRepository plans;
    CompetitorRepository competitors;
    ComparisonRepository comparison;
    SwotRepository swot;
    Plan plan;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("competitors.db"));
        plans = new PlanRepository(db);
        competitors = new CompetitorRepository(db);
        comparison = new ComparisonRepository(db);
        swot = new SwotRepository(db);
        plan = plans.create(new PlanDetails("Roaster", "", "GBP", Month.APRIL));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Competitor profile(String name, List<String> strengths, List<String> weaknesses, List<UUID> segments) {
        return new Competitor(UUID.randomUUID(), plan.id(), false, name, "https://example.org", "Espresso blends", 10.5, "Vans, web",
                segments, strengths, weaknesses, "Cheapest in the north", ThreatLevel.HIGH, 22.5, LocalDate.of(2026, 5, 20),
                "Met at the festival", Instant.EPOCH, Instant.EPOCH);
    }

    @Test
    void profileIsSavedWithOrderedListsAndSegments() {
        Segment cafes = new SegmentRepository(db).save(new Segment(UUID.randomUUID(), plan.id(), "Cafes", "", 10, 100, 1, 3, true, "",
                null, null));
        Competitor saved = competitors.save(profile("Northern Grind", List.of("Price", "Vans"), List.of("No training"), List.of(cafes.id())));
        assertThat(competitors.find(saved.id())).contains(saved);
        assertThat(saved.strengths()).containsExactly("Price", "Vans");
        assertThat(saved.weaknesses()).containsExactly("No training");
        assertThat(saved.targetSegments()).containsExactly(cafes.id());
        Competitor edited = competitors.save(new Competitor(saved.id(), plan.id(), false, saved.name(), saved.website(), saved.offer(),
                saved.priceLevel(), saved.channels(), List.of(), List.of("Vans", "Price", "Leasing"), List.of(), saved.positioning(),
                ThreatLevel.LOW, null, null, "", saved.createdAt(), saved.updatedAt()));
        assertThat(competitors.find(saved.id()).orElseThrow().strengths()).containsExactly("Vans", "Price", "Leasing");
        assertThat(edited.sharePercent()).isNull();
        assertThat(edited.threat()).isEqualTo(ThreatLevel.LOW);
    }

    @Test
    void ourBusinessIsOneRowPerPlanListedFirstAndNotCounted() {
        competitors.save(profile("Alpha", List.of(), List.of(), List.of()));
        Competitor own = competitors.ownBusiness(plan.id(), "Ember & Oak");
        assertThat(competitors.ownBusiness(plan.id(), "Other name").id()).isEqualTo(own.id());
        assertThat(competitors.list(plan.id())).extracting(Competitor::name).containsExactly("Ember & Oak", "Alpha");
        // what "reviews due" reads of them, without their points and segments: the same profiles, in the same order
        assertThat(competitors.reviews(plan.id())).containsExactlyElementsOf(
                competitors.list(plan.id()).stream().map(Competitor::review).toList());
        assertThat(plans.counts(plan.id()).competitors()).isEqualTo(1);
        assertThatThrownBy(() -> db.write(c -> Rows.update(c, "INSERT INTO competitor (id, plan_id, own, name, created_at, updated_at)"
                + " VALUES (?, ?, 1, 'Second own', 'x', 'x')", UUID.randomUUID(), plan.id()))).isInstanceOf(StoreException.class);
    }

    @Test
    void duplicateNamesAreOnlyAWarningAndBadValuesAreRefused() {
        Competitor first = competitors.save(profile("Dale Street", List.of(), List.of(), List.of()));
        assertThat(competitors.nameUsed(plan.id(), " dale street ", null)).isTrue();
        assertThat(competitors.nameUsed(plan.id(), "Dale Street", first.id())).isFalse();
        assertThatCode(() -> competitors.save(profile("Dale Street", List.of(), List.of(), List.of()))).doesNotThrowAnyException();
        Competitor bad = new Competitor(UUID.randomUUID(), plan.id(), false, "X", "", "", -1.0, "", List.of(), List.of(), List.of(), "",
                null, 140.0, null, "", Instant.EPOCH, Instant.EPOCH);
        assertThat(bad.problems()).extracting(InvalidInput::field).containsExactly("priceLevel", "sharePercent");
        assertThatThrownBy(() -> db.write(c -> Rows.update(c, "UPDATE competitor SET share_pct = 120 WHERE id = ?", first.id())))
                .isInstanceOf(StoreException.class);
    }

    @Test
    void searchFindsByNameOfferAndNotesWithPrefixesAndSafeInput() {
        Competitor grind = competitors.save(profile("Northern Grind", List.of(), List.of(), List.of()));
        Competitor dale = competitors.save(new Competitor(UUID.randomUUID(), plan.id(), false, "Dale Street", "", "Single origins",
                null, "", List.of(), List.of(), List.of(), "", null, null, null, "", Instant.EPOCH, Instant.EPOCH));
        assertThat(competitors.search(plan.id(), "north")).containsExactly(grind.id());
        assertThat(competitors.search(plan.id(), "festiv")).containsExactly(grind.id());
        assertThat(competitors.search(plan.id(), "single orig")).containsExactly(dale.id());
        assertThatCode(() -> competitors.search(plan.id(), "\"(( AND -*")).doesNotThrowAnyException();
        competitors.delete(grind.id());
        assertThat(competitors.search(plan.id(), "north")).isEmpty();
    }

    @Test
    void deleteAndUndoPutBackScoresAndNoteLinks() {
        Competitor grind = competitors.save(profile("Northern Grind", List.of("Price"), List.of(), List.of()));
        Comparison.Criterion price = comparison.saveCriterion(plan.id(), new Comparison.Criterion(UUID.randomUUID(), "Price", 2));
        comparison.setScore(grind.id(), price.id(), 4);
        ResearchNote note = new ResearchNoteRepository(db).save(new ResearchNote(UUID.randomUUID(), plan.id(), "Their prices", "",
                Aspect.COMPETITIVE_ANALYSIS, List.of(), "", null, null, false, null, null, null));
        competitors.linkNote(note.id(), List.of(grind.id()));
        assertThat(competitors.linkedNotes(grind.id())).extracting(Map.Entry::getValue).containsExactly("Their prices");

        DeletedCompetitor gone = competitors.delete(grind.id()).orElseThrow();
        assertThat(comparison.scores(plan.id())).isEmpty();
        competitors.restore(gone);
        assertThat(competitors.find(grind.id()).orElseThrow().strengths()).containsExactly("Price");
        assertThat(comparison.scores(plan.id())).containsEntry(grind.id(), Map.of(price.id(), 4));
        assertThat(competitors.linkedNotes(grind.id())).hasSize(1);
    }

    @Test
    void criteriaAndScoresFollowTheirRules() {
        Competitor grind = competitors.save(profile("Northern Grind", List.of(), List.of(), List.of()));
        Comparison.Criterion a = comparison.saveCriterion(plan.id(), new Comparison.Criterion(UUID.randomUUID(), "Price", 1));
        Comparison.Criterion b = comparison.saveCriterion(plan.id(), new Comparison.Criterion(UUID.randomUUID(), "Quality", 3));
        comparison.reorderCriteria(plan.id(), List.of(b.id(), a.id()));
        assertThat(comparison.criteria(plan.id())).extracting(Comparison.Criterion::name).containsExactly("Quality", "Price");
        comparison.saveCriterion(plan.id(), new Comparison.Criterion(a.id(), "Price level", 0));
        assertThat(comparison.criteria(plan.id())).extracting(Comparison.Criterion::weight).containsExactly(3.0, 0.0);
        assertThatThrownBy(() -> comparison.saveCriterion(plan.id(), new Comparison.Criterion(UUID.randomUUID(), "Bad", -1)))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> comparison.setScore(grind.id(), a.id(), 6)).isInstanceOf(InvalidInput.class);
        comparison.setScore(grind.id(), a.id(), 2);
        comparison.setScore(grind.id(), a.id(), 5);
        comparison.setScore(grind.id(), b.id(), 3);
        assertThat(comparison.scores(plan.id()).get(grind.id())).containsEntry(a.id(), 5).containsEntry(b.id(), 3);
        comparison.setScore(grind.id(), b.id(), null);
        comparison.deleteCriterion(a.id());
        assertThat(comparison.scores(plan.id())).isEmpty();
        assertThatThrownBy(() -> db.write(c -> Rows.update(c, "INSERT INTO score VALUES (?, ?, 0)", grind.id(), b.id())))
                .isInstanceOf(StoreException.class);
    }

    @Test
    void swotItemsMoveBetweenQuadrantsAndKeepAGaplessOrder() {
        SwotItem s1 = swot.save(item(SwotQuadrant.STRENGTHS, "Fresh roasting"));
        SwotItem s2 = swot.save(item(SwotQuadrant.STRENGTHS, "Barista training"));
        SwotItem t1 = swot.save(item(SwotQuadrant.THREATS, "Supermarket ranges"));
        swot.move(s1.id(), SwotQuadrant.THREATS, 0);
        List<SwotItem> board = swot.list(plan.id());
        assertThat(board).filteredOn(i -> i.quadrant() == SwotQuadrant.THREATS).extracting(SwotItem::text, SwotItem::position)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Fresh roasting", 0), org.assertj.core.groups.Tuple.tuple("Supermarket ranges", 1));
        assertThat(board).filteredOn(i -> i.quadrant() == SwotQuadrant.STRENGTHS).extracting(SwotItem::position).containsExactly(0);
        swot.move(t1.id(), SwotQuadrant.THREATS, 0);
        assertThat(swot.list(plan.id())).filteredOn(i -> i.quadrant() == SwotQuadrant.THREATS).extracting(SwotItem::text)
                .containsExactly("Supermarket ranges", "Fresh roasting");
        swot.delete(t1.id());
        assertThat(swot.list(plan.id())).filteredOn(i -> i.quadrant() == SwotQuadrant.THREATS).extracting(SwotItem::position)
                .containsExactly(0);
        assertThatThrownBy(() -> swot.save(item(SwotQuadrant.OPPORTUNITIES, "  "))).isInstanceOf(InvalidInput.class);
        assertThat(s2.position()).isEqualTo(1);
    }

    @Test
    void duplicatingAPlanCopiesProfilesMatrixSwotAndLinks() {
        Segment cafes = new SegmentRepository(db).save(new Segment(UUID.randomUUID(), plan.id(), "Cafes", "", 10, 100, 1, 3, true, "",
                null, null));
        Competitor grind = competitors.save(profile("Northern Grind", List.of("Price"), List.of("Phone"), List.of(cafes.id())));
        competitors.ownBusiness(plan.id(), "Ember & Oak");
        Comparison.Criterion price = comparison.saveCriterion(plan.id(), new Comparison.Criterion(UUID.randomUUID(), "Price", 2));
        comparison.setScore(grind.id(), price.id(), 4);
        swot.save(item(SwotQuadrant.OPPORTUNITIES, "Decaf demand"));
        ResearchNote note = new ResearchNoteRepository(db).save(new ResearchNote(UUID.randomUUID(), plan.id(), "Their prices", "",
                Aspect.COMPETITIVE_ANALYSIS, List.of(), "", null, null, false, null, null, null));
        competitors.linkNote(note.id(), List.of(grind.id()));

        Plan copy = plans.duplicate(plan.id(), "Roaster (copy)");

        List<Competitor> copied = competitors.list(copy.id());
        assertThat(copied).extracting(Competitor::name).containsExactly("Ember & Oak", "Northern Grind");
        Competitor copiedGrind = copied.get(1);
        assertThat(copiedGrind.id()).isNotEqualTo(grind.id());
        assertThat(copiedGrind.strengths()).containsExactly("Price");
        assertThat(copiedGrind.targetSegments()).singleElement().isNotEqualTo(cafes.id());
        Comparison.Criterion copiedPrice = comparison.criteria(copy.id()).get(0);
        assertThat(comparison.scores(copy.id())).containsEntry(copiedGrind.id(), Map.of(copiedPrice.id(), 4));
        assertThat(swot.list(copy.id())).extracting(SwotItem::text).containsExactly("Decaf demand");
        assertThat(competitors.linkedNotes(copiedGrind.id())).singleElement().satisfies(e -> assertThat(e.getKey()).isNotEqualTo(note.id()));
        assertThat(competitors.search(copy.id(), "north")).containsExactly(copiedGrind.id());
        assertThat(plans.counts(copy.id()).competitors()).isEqualTo(1);
    }

    private SwotItem item(SwotQuadrant quadrant, String text) {
        return new SwotItem(UUID.randomUUID(), plan.id(), quadrant, text, 0, null, null, null, null);
    }
}
