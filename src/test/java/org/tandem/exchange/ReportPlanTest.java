package org.tandem.exchange;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.domain.Aspect;
import org.tandem.domain.ResearchNote;
import org.tandem.store.PlanContent;
import org.tandem.store.PlanContentReader;
import org.tandem.store.PlanRow;
import org.tandem.store.PlanTables;
import org.tandem.store.ResearchNoteRepository;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What a report keeps of a plan read a section at a time: each aspect's notes it prints and their count, every other section whole. */
class ReportPlanTest {
    @TempDir
    Path dir;
    PlanFileFixtures.SampleDatabase sample;

    @BeforeEach
    void open() {
        sample = PlanFileFixtures.SampleDatabase.in(dir);
        Instant now = Instant.parse("2026-11-30T09:00:00Z");
        List<ResearchNote> notes = new ArrayList<>();
        // titles out of order, every seventh pinned, so the kept notes are neither the first read nor the first inserted
        for (int i = 0; i < 250; i++) {
            int n = (i * 97) % 250;
            notes.add(new ResearchNote(UUID.randomUUID(), sample.plan().id(), "Cafe visit " + n, "Notes of visit " + n,
                    Aspect.MARKET_RESEARCH, List.of(), "", null, null, n % 7 == 3, null, now, now));
        }
        new ResearchNoteRepository(sample.db()).insertAll(notes);
    }

    @AfterEach
    void close() {
        sample.close();
    }

    private ReportPlan readFromTheStore(int limit) throws Exception {
        return new PlanContentReader(sample.db()).bySection(sample.plan().id(), () -> false, parts -> ReportPlan.of(parts, limit))
                .orElseThrow();
    }

    @Test
    void eachAspectKeepsItsPinnedNotesFirstThenByTitleUpToTheLimitAndCountsTheRest() throws Exception {
        PlanContent whole = sample.content();
        int aspect = PlanTables.section("researchNotes").index("aspect");
        List<PlanRow> market = whole.rows("researchNotes").values().stream()
                .filter(r -> "market-research".equals(r.get(aspect))).sorted(ReportPlan.NOTE_ORDER).toList();

        ReportPlan read = readFromTheStore(30);

        ReportPlan.AspectNotes kept = read.notesByAspect().get("market-research");
        assertThat(kept.total()).isEqualTo(market.size()).isGreaterThan(250);
        assertThat(kept.shown()).extracting(PlanRow::id).containsExactlyElementsOf(market.subList(0, 30).stream().map(PlanRow::id).toList());
        int pinned = PlanTables.section("researchNotes").index("pinned");
        assertThat(kept.shown().get(0).get(pinned)).isEqualTo(true);
        assertThat(read.rows("researchNotes")).as("the notes are not kept whole").isEmpty();
    }

    @Test
    void anAspectWithFewerNotesThanTheLimitKeepsThemAll() throws Exception {
        PlanContent whole = sample.content();
        ReportPlan read = readFromTheStore(PlanReport.NOTES_PER_ASPECT);

        int all = read.notesByAspect().values().stream().mapToInt(ReportPlan.AspectNotes::total).sum();
        assertThat(all).isEqualTo(whole.rows("researchNotes").size());
        read.notesByAspect().forEach((code, notes) ->
                assertThat(notes.shown()).hasSize(Math.min(notes.total(), PlanReport.NOTES_PER_ASPECT)));
        assertThat(read.notesByAspect()).containsKey("competitive-analysis");
    }

    @Test
    void everySectionTheReportPrintsFromIsReadWholeAndTheCampaignsAreNotKept() throws Exception {
        PlanContent whole = sample.content();
        ReportPlan read = readFromTheStore(PlanReport.NOTES_PER_ASPECT);

        assertThat(whole.rows("campaigns")).isNotEmpty();
        assertThat(read.rows("campaigns")).isEmpty();
        for (PlanTables.Section section : PlanTables.SECTIONS) {
            if (!List.of("researchNotes", "campaigns", "channels", "overlays", "salesActuals").contains(section.name())) {
                assertThat(read.rows(section.name()).keySet()).as(section.name()).isEqualTo(whole.rows(section.name()).keySet());
            }
        }
        assertThat(read.plan().id()).isEqualTo(whole.planId());
    }

    @Test
    void eachSalesPlansActualsAreSummedByMeasureWithTheLastDayInItsPeriodAndNotKept() throws Exception {
        PlanContent whole = sample.content();
        ReportPlan read = readFromTheStore(PlanReport.NOTES_PER_ASPECT);
        PlanTables.Section actuals = PlanTables.section("salesActuals");
        PlanTables.Section plans = PlanTables.section("salesPlans");

        assertThat(whole.rows("salesActuals")).hasSizeGreaterThan(5);
        assertThat(read.rows("salesActuals")).isEmpty();
        java.util.Map<String, List<PlanRow>> byPlanAndMeasure = new java.util.HashMap<>();
        for (PlanRow a : whole.rows("salesActuals").values()) {
            byPlanAndMeasure.computeIfAbsent(a.get(actuals.index("salesPlanId")) + "/" + a.get(actuals.index("measure")),
                    k -> new ArrayList<>()).add(a);
        }
        for (List<PlanRow> group : byPlanAndMeasure.values()) {
            String planId = (String) group.get(0).get(actuals.index("salesPlanId"));
            PlanRow salesPlan = whole.rows("salesPlans").get(planId);
            String start = (String) salesPlan.get(plans.index("start"));
            String end = (String) salesPlan.get(plans.index("end"));
            double value = group.stream().map(a -> (Number) a.get(actuals.index("value"))).filter(java.util.Objects::nonNull)
                    .mapToDouble(Number::doubleValue).sum();
            long minor = group.stream().map(a -> (Long) a.get(actuals.index("valueMinor"))).filter(java.util.Objects::nonNull)
                    .mapToLong(Long::longValue).sum();
            String last = group.stream().map(a -> (String) a.get(actuals.index("day")))
                    .filter(d -> d.compareTo(start) >= 0 && d.compareTo(end) <= 0).max(String::compareTo).orElse(null);

            ReportPlan.Actuals summed = read.actuals(planId, (String) group.get(0).get(actuals.index("measure")));
            assertThat(summed.value()).isCloseTo(value, org.assertj.core.data.Offset.offset(1e-6));
            assertThat(summed.minor()).isEqualTo(minor);
            assertThat(summed.lastInPeriod() == null ? null : summed.lastInPeriod().toString()).isEqualTo(last);
        }
        assertThat(read.actuals(UUID.randomUUID().toString(), "revenue")).isNull();
    }

    @Test
    void theReportFromTheStoreIsTheReportOfTheWholePlan() throws Exception {
        java.time.LocalDate today = java.time.LocalDate.of(2026, 11, 30);
        String streamed = withoutChartIds(new PlanReport(readFromTheStore(PlanReport.NOTES_PER_ASPECT), sample.campaigns(), today)
                .html(PlanReport.Options.everything(), false));
        String whole = withoutChartIds(new PlanReport(sample.content(), sample.campaigns(), today).html(PlanReport.Options.everything(), false));

        assertThat(streamed).isEqualTo(whole).contains("more notes in this aspect");
    }

    /** A chart's clip paths are named from the clock. */
    private static String withoutChartIds(String html) {
        return html.replaceAll("_[0-9]+clip-", "clip-");
    }
}
