package org.tandem.exchange;

import org.tandem.domain.NoteSort;
import org.tandem.domain.SalesPlanContents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.domain.Aspect;
import org.tandem.domain.MarketSize;
import org.tandem.domain.MarketSizing;
import org.tandem.domain.Plan;
import org.tandem.domain.ResearchNote;
import org.tandem.domain.Segment;
import org.tandem.store.Database;
import org.tandem.store.MarketSizingRepository;
import org.tandem.store.PlanRepository;
import org.tandem.store.ResearchNoteRepository;
import org.tandem.store.SegmentRepository;
import org.tandem.ui.StoreFixture;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlanImportTest {
    @TempDir
    Path dir;
    StoreFixture store;
    Database db;
    PlanRepository plans;

    @BeforeEach
    void open() {
        store = new StoreFixture(dir.resolve("import.db"));
        db = store.db;
        plans = store.plans;
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void sampleArrivesWithEverySectionAndLinksFollowingTheNewIds() {
        PlanFile file = SamplePlan.readBundled();
        Plan plan = new SamplePlan().addTo(new PlanImport(db));

        assertThat(plans.counts(plan.id()).notes()).isEqualTo(20);
        assertThat(plans.counts(plan.id()).segments()).isEqualTo(4);
        List<Segment> segments = new SegmentRepository(db).list(plan.id());
        assertThat(segments).filteredOn(Segment::targeted).hasSize(3);
        Set<UUID> fileIds = file.plan().segments().stream().map(PlanData.SegmentData::id).collect(Collectors.toSet());
        assertThat(segments).extracting(Segment::id).doesNotContainAnyElementsOf(fileIds);

        ResearchNoteRepository notes = new ResearchNoteRepository(db);
        for (Aspect aspect : Aspect.values()) {
            assertThat(notes.countsByAspect(plan.id()).get(aspect)).as(aspect.label()).isEqualTo(5);
        }
        Set<UUID> segmentIds = segments.stream().map(Segment::id).collect(Collectors.toSet());
        List<ResearchNote> linked = notes.list(plan.id(), null, null, NoteSort.TITLE).stream()
                .map(s -> notes.find(s.id()).orElseThrow()).filter(n -> n.segmentId() != null).toList();
        assertThat(linked).isNotEmpty().allSatisfy(n -> assertThat(segmentIds).contains(n.segmentId()));
        assertThat(notes.search(plan.id(), "baristas", null, null, 10)).isNotEmpty();

        var competitors = new org.tandem.store.CompetitorRepository(db).list(plan.id());
        assertThat(competitors).hasSize(6);
        assertThat(competitors.get(0).own()).isTrue();
        assertThat(plans.counts(plan.id()).competitors()).isEqualTo(5);
        var comparison = new org.tandem.store.ComparisonRepository(db);
        assertThat(comparison.criteria(plan.id())).hasSize(5);
        assertThat(comparison.scores(plan.id())).hasSize(6).allSatisfy((row, scores) -> assertThat(scores).hasSize(5));
        var swot = new org.tandem.store.SwotRepository(db).list(plan.id());
        for (org.tandem.domain.SwotQuadrant quadrant : org.tandem.domain.SwotQuadrant.values()) {
            assertThat(swot).filteredOn(i -> i.quadrant() == quadrant).hasSizeBetween(3, 4);
        }
        assertThat(new org.tandem.store.CompetitorRepository(db).linkedNotes(competitors.get(1).id())).isNotEmpty();

        var campaigns = new org.tandem.store.CampaignRepository(db).all(plan.id());
        assertThat(campaigns.stream().map(org.tandem.domain.Campaign::channel).distinct().count()).isGreaterThanOrEqualTo(6);
        assertThat(campaigns).anySatisfy(c -> assertThat(c.recurrence()).isNotNull());
        assertThat(campaigns).anySatisfy(c -> assertThat(c.actualLeads()).isPositive());
        assertThat(org.tandem.domain.CampaignMath.overlaps(campaigns)).hasSize(1);
        assertThat(plans.counts(plan.id()).campaigns()).isEqualTo(campaigns.size());

        // the sales plan: all six steps filled in, its activities on the calendar, one objective at risk, one corrective action
        assertThat(plans.counts(plan.id()).salesPlans()).isEqualTo(1);
        org.tandem.store.SalesPlanRepository sales = new org.tandem.store.SalesPlanRepository(db);
        org.tandem.domain.SalesPlanContents q4 = sales.contents(sales.list(plan.id()).get(0).id()).orElseThrow();
        assertThat(q4.objectives()).hasSize(3).allSatisfy(o -> assertThat(o.segmentId()).isIn(segments.stream().map(Segment::id).toList()));
        // selling activities are on the calendar; marketing work (campaign and content hours) is not a calendar item
        assertThat(q4.activities()).hasSize(6).filteredOn(a -> a.type() != org.tandem.domain.ActivityType.MARKETING_WORK).hasSize(4)
                .allSatisfy(a -> assertThat(q4.scheduled()).containsKey(a.id()));
        assertThat(sales.parts().scenarios.list(q4.plan().id())).extracting(org.tandem.domain.Scenario::name)
                .containsExactly("Cautious", "Expected", "Bold");
        assertThat(campaigns).filteredOn(c -> c.role().equals("sales")).hasSize(4);
        assertThat(q4.people()).isNotEmpty();
        assertThat(q4.milestones()).anyMatch(org.tandem.domain.Milestone::done).anyMatch(m -> !m.done());
        assertThat(q4.actions()).singleElement().satisfies(a -> assertThat(a.objectiveId()).isEqualTo(q4.objectives().get(0).id()));
        org.tandem.domain.SalesPlanFigures figures = new org.tandem.domain.SalesPlanFigures(q4.plan(), q4.objectives(), q4.activities(),
                q4.people(), q4.tools(), List.of(), new org.tandem.domain.SalesActuals(q4.actuals()), 2);
        assertThat(q4.objectives()).extracting(o -> figures.standing(o).status().orElseThrow())
                .containsExactly(org.tandem.domain.ObjectiveStatus.AT_RISK, org.tandem.domain.ObjectiveStatus.ON_TRACK,
                        org.tandem.domain.ObjectiveStatus.ON_TRACK);

        MarketSizing sizing = new MarketSizingRepository(db).find(plan.id());
        assertThat(sizing.method()).isEqualTo(MarketSizing.Method.TOP_DOWN);
        assertThat(MarketSize.figuresProblem(sizing.tam(), sizing.sam(), sizing.som())).isEmpty();
        assertThat(sizing.growth()).hasValueSatisfying(g -> assertThat(g).isBetween(3.0, 5.0));
    }

    @Test
    void aSecondCopyGetsANumberedNameAndItsOwnRows() {
        Plan first = new SamplePlan().addTo(new PlanImport(db));
        Plan second = new SamplePlan().addTo(new PlanImport(db));
        assertThat(second.name()).isEqualTo(first.name() + " (2)");
        assertThat(plans.counts(second.id()).notes()).isEqualTo(20);
        assertThat(plans.counts(first.id()).notes()).isEqualTo(20);
    }

    @Test
    void aBadValueNamesItsPathAndNothingIsWritten() {
        PlanData sample = SamplePlan.readBundled().plan();
        PlanData.SegmentData bad = new PlanData.SegmentData(UUID.randomUUID(), "Broken", "", -5, 100, 1, 3, true, "");
        PlanData broken = new PlanData(sample.id(), sample.name(), sample.description(), sample.currency(), sample.firstMonth(),
                sample.createdAt(), sample.updatedAt(), List.of(sample.segments().get(0), bad), sample.researchNotes(), null, null, null, null, null, null);
        assertThatThrownBy(() -> new PlanImport(db).asNewPlan(broken)).isInstanceOf(PlanFileProblem.class)
                .hasMessageStartingWith("$.plan.segments[1].buyers");
        assertThat(plans.list()).isEmpty();
    }

    @Test
    void aNoteLinkedToAMissingSegmentIsRefused() {
        PlanData sample = SamplePlan.readBundled().plan();
        PlanData noSegments = new PlanData(sample.id(), sample.name(), sample.description(), sample.currency(), sample.firstMonth(),
                sample.createdAt(), sample.updatedAt(), List.of(), sample.researchNotes(), null, null, null, null, null, null);
        assertThatThrownBy(() -> new PlanImport(db).asNewPlan(noSegments)).isInstanceOf(PlanFileProblem.class)
                .hasMessageContaining(".segmentId");
        assertThat(plans.list()).isEmpty();
    }

    @Test
    void aSalesFigureThatIsNoFiniteNumberIsRefusedByItsPathAndNothingIsWritten() throws Exception {
        String json = new String(SamplePlan.class.getResourceAsStream("/org/tandem/sample/sample.tandem.json").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        for (String[] bad : new String[][]{{"\"cost\": 90", "\"cost\": 1e400", ".tools[0].cost"},
                {"\"value\": 2600", "\"value\": -1e999", ".actuals[0].value"}}) {
            assertThat(json).contains(bad[0]);
            PlanFile file = new PlanFileReader().read(new java.io.ByteArrayInputStream(
                    json.replaceFirst(java.util.regex.Pattern.quote(bad[0]), bad[1]).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            assertThatThrownBy(() -> new PlanImport(db).asNewPlan(file.plan())).isInstanceOf(PlanFileProblem.class)
                    .hasMessageContaining(bad[2]).hasMessageContaining("must be a number");
            assertThat(plans.list()).isEmpty();
        }
    }
}
