package org.tandem.exchange;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.domain.Campaign;
import org.tandem.domain.Plan;
import org.tandem.store.CampaignRepository;
import org.tandem.store.Database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The printable report: every section of the sample, the user's markup escaped, the PDF's text holding the figures. */
class PlanReportTest {
    @TempDir
    Path dir;
    PlanFileFixtures.SampleDatabase sample;
    Database db;
    Plan plan;

    @BeforeEach
    void open() {
        sample = PlanFileFixtures.SampleDatabase.in(dir);
        db = sample.db();
        plan = sample.plan();
    }

    @AfterEach
    void close() {
        sample.close();
    }

    private PlanReport report() {
        return new PlanReport(sample.content(), sample.campaigns(), LocalDate.of(2026, 11, 30));
    }

    private static final org.tandem.store.PlanTables.Section COMPETITORS = org.tandem.store.PlanTables.section("competitors");

    /** The section's rows replaced by {@code count} rows made from copies of its first one's values, numbered from 1. */
    private static void replaceWithCopiesOfTheFirst(org.tandem.store.PlanContent content, String section, int count,
                                                   java.util.function.BiFunction<Object[], Integer, org.tandem.store.PlanRow> made) {
        org.tandem.store.PlanRow model = content.rows(section).values().iterator().next();
        content.rows(section).clear();
        for (int i = 1; i <= count; i++) {
            org.tandem.store.PlanRow row = made.apply(model.values().clone(), i);
            content.rows(section).put(row.id(), row);
        }
    }

    /** A competitor as the plan's first other than our own, under another name and place in the list, with a share when given. */
    private static void addCompetitorLikeTheFirst(org.tandem.store.PlanContent content, String name, long position, Double share) {
        org.tandem.store.PlanRow model = content.rows("competitors").values().stream()
                .filter(r -> !Boolean.TRUE.equals(r.get(COMPETITORS.index("own")))).findFirst().orElseThrow();
        org.tandem.store.PlanRow row = new org.tandem.store.PlanRow(java.util.UUID.randomUUID().toString(), model.values().clone())
                .with(COMPETITORS.index("name"), name).with(COMPETITORS.index("position"), position);
        if (share != null) {
            row = row.with(COMPETITORS.index("sharePercent"), share);
        }
        content.rows("competitors").put(row.id(), row);
    }

    @Test
    void aLargeFieldOfCompetitorsListsTheOwnBusinessAndTheLargestSharesAndSaysHowManyThereAre() {
        org.tandem.store.PlanContent content = sample.content();
        int before = content.rows("competitors").size();
        for (int i = 0; i < 150; i++) {
            addCompetitorLikeTheFirst(content, String.format("Roaster %03d", i), 1000L + i, i / 10.0);
        }

        String html = new PlanReport(content, sample.campaigns(), LocalDate.of(2026, 11, 30)).html(PlanReport.Options.everything(), false);

        String part = html.substring(html.indexOf("<h2>" + PlanReport.Part.COMPETITORS.title() + "</h2>"), html.indexOf("<h2>SWOT</h2>"));
        String table = part.substring(0, part.indexOf("</table>"));
        assertThat(part).contains(String.format("100 of the %d competitors, chosen: your own business, then the largest known shares", before + 150));
        assertThat(table.split("<tr>", -1)).hasSize(1 + 1 + 100); // the header's row and a hundred
        assertThat(table).contains("Roaster 149").contains("(us)").doesNotContain("Roaster 000");
        // the positioning map places every one of them and names the first twenty: the largest shares, not the smallest
        String map = part.substring(part.indexOf("Positioning:"), part.indexOf("</svg>", part.indexOf("Positioning:")));
        assertThat(map).contains(String.format("(%d placed; up to 20 named", before + 150))
                .contains("Roaster 149").doesNotContain("Roaster 000");
        java.util.List<Integer> named = java.util.regex.Pattern.compile("Roaster (\\d{3})").matcher(map).results()
                .map(r -> Integer.parseInt(r.group(1))).distinct().sorted().toList();
        assertThat(named).as("the largest shares, a run down from 149, fewer than twenty beside our own business")
                .hasSizeBetween(1, 19).isEqualTo(java.util.stream.IntStream.rangeClosed(150 - named.size(), 149).boxed().toList());
    }

    @Test
    void competitorsOfOneSpotOnThePositioningMapHaveTheirNamesApartNotOnTopOfOneAnother() {
        org.tandem.store.PlanContent content = sample.content();
        for (int i = 0; i < 5; i++) { // the same price level and scores as the first: one spot on the map
            addCompetitorLikeTheFirst(content, "Twin " + i, 2000L + i, null);
        }

        String html = new PlanReport(content, sample.campaigns(), LocalDate.of(2026, 11, 30)).html(PlanReport.Options.everything(), false);

        String part = html.substring(html.indexOf("<h2>" + PlanReport.Part.COMPETITORS.title() + "</h2>"), html.indexOf("<h2>SWOT</h2>"));
        String map = part.substring(part.indexOf("Positioning:"), part.indexOf("</svg>", part.indexOf("Positioning:")));
        java.util.List<String> where = java.util.regex.Pattern.compile("<text x='([-0-9.]+)' y='([-0-9.]+)'[^>]*>Twin \\d</text>")
                .matcher(map).results().map(r -> r.group(1) + "," + r.group(2)).toList();
        assertThat(where).hasSize(5).doesNotHaveDuplicates();
    }

    @Test
    void aPlanOfTwentySegmentsChartsTheSixteenLargestAndSaysSo() {
        org.tandem.store.PlanContent content = sample.content();
        org.tandem.store.PlanTables.Section segments = org.tandem.store.PlanTables.section("segments");
        // Segment 20 the largest market, Segment 1 the smallest
        replaceWithCopiesOfTheFirst(content, "segments", 20, (values, i) -> new org.tandem.store.PlanRow(java.util.UUID.randomUUID().toString(), values)
                .with(segments.index("name"), "Segment " + i).with(segments.index("buyers"), 100L * i)
                .with(segments.index("spendPerBuyerMinor"), 10_000L).with(segments.index("position"), (long) i));

        String html = new PlanReport(content, sample.campaigns(), LocalDate.of(2026, 11, 30)).html(PlanReport.Options.everything(), false);

        String part = html.substring(html.indexOf("<h2>" + PlanReport.Part.SEGMENTS.title() + "</h2>"), html.indexOf("<h2>" + PlanReport.Part.COMPETITORS.title()));
        String chart = part.substring(part.indexOf("<div class=\"chart\">"), part.indexOf("</svg>"));
        assertThat(chart).contains("Market a year of the 16 largest of 20 segments (GBP)");
        // the chart's own markup holds the names of what it shows: upright names are outlines, its bars carry none, so count bars
        assertThat(chart.split("style='fill:rgb\\(9,105,218\\)'", -1).length - 1).isEqualTo(16);
        assertThat(part).contains("<td>Segment 1</td>");
    }

    @Test
    void onPaperThirtyCriteriaGoInTablesOfTenColumnsEachNamingTheCompetitorsAndOnScreenInOne() {
        org.tandem.store.PlanContent content = sample.content();
        org.tandem.store.PlanTables.Section criteria = org.tandem.store.PlanTables.section("criteria");
        replaceWithCopiesOfTheFirst(content, "criteria", 30, (values, i) -> new org.tandem.store.PlanRow(String.format("crit-%02d", i), values)
                .with(criteria.index("name"), String.format("Criterion %02d", i)).with(criteria.index("position"), (long) i));
        PlanReport report = new PlanReport(content, sample.campaigns(), LocalDate.of(2026, 11, 30));

        String paper = competitorsPart(report.html(PlanReport.Options.everything(), true));
        String screen = competitorsPart(report.html(PlanReport.Options.everything(), false));

        List<String> tables = java.util.Arrays.stream(paper.split("<table>")).skip(1).map(t -> t.substring(0, t.indexOf("</table>"))).toList();
        assertThat(tables).hasSize(4); // 6 criteria beside the competitor's fields, then 9, 9 and 6
        assertThat(tables).allSatisfy(t -> assertThat(t.substring(0, t.indexOf("</tr>")).split("<th>", -1).length - 1).isBetween(7, 10));
        assertThat(tables.get(1)).startsWith("<thead><tr><th>Competitor</th><th>Criterion 07</th>").contains("(us)");
        assertThat(tables.get(3)).contains("Criterion 25").contains("Criterion 30").doesNotContain("Criterion 24");
        for (int i = 1; i <= 30; i++) {
            assertThat(paper.split(String.format("<th>Criterion %02d</th>", i), -1)).as("criterion %d", i).hasSize(2);
        }
        assertThat(paper).contains("Scores, criteria 7 to 15 of 30");
        assertThat(screen.split("<table>", -1)).hasSize(2);
        assertThat(screen).contains("<th>Criterion 01</th>").contains("<th>Criterion 30</th>");
    }

    @Test
    void onPaperATableOverSeveralPagesNamesItsColumnsOnEach() throws Exception {
        org.tandem.store.PlanContent content = sample.content();
        org.tandem.store.PlanTables.Section competitors = org.tandem.store.PlanTables.section("competitors");
        org.tandem.store.PlanRow model = content.rows("competitors").values().iterator().next();
        for (int i = 0; i < 90; i++) {
            org.tandem.store.PlanRow row = new org.tandem.store.PlanRow(String.format("zz-%03d", i), model.values().clone())
                    .with(competitors.index("name"), String.format("Roaster %03d", i)).with(competitors.index("own"), false);
            content.rows("competitors").put(row.id(), row);
        }
        Path pdf = dir.resolve("competitors.pdf");

        PlanReport.write(pdf, new PlanReport(content, sample.campaigns(), LocalDate.of(2026, 11, 30))
                .html(new PlanReport.Options(EnumSet.of(PlanReport.Part.COMPETITORS), null, null, false), true), true);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            int withRoasters = 0;
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document);
                if (java.util.regex.Pattern.compile("Roaster \\d{3}(?!:)").matcher(text).find()) { // a row, not a positioning line
                    withRoasters++;
                    assertThat(text).as("page %d", page).contains("Price").contains("Threat");
                }
            }
            assertThat(withRoasters).isGreaterThan(1);
        }
    }

    @Test
    void aCompetitorWithoutPositioningGetsNoEmptyPositioningLine() {
        org.tandem.store.PlanContent content = sample.content();
        org.tandem.store.PlanTables.Section competitors = org.tandem.store.PlanTables.section("competitors");
        org.tandem.store.PlanRow model = content.rows("competitors").values().iterator().next();
        org.tandem.store.PlanRow silent = new org.tandem.store.PlanRow("zz-silent", model.values().clone())
                .with(competitors.index("name"), "Quiet Roasters").with(competitors.index("own"), false)
                .with(competitors.index("positioning"), null);
        content.rows("competitors").put(silent.id(), silent);

        String html = new PlanReport(content, sample.campaigns(), LocalDate.of(2026, 11, 30)).html(PlanReport.Options.everything(), false);
        String part = html.substring(html.indexOf("<h2>" + PlanReport.Part.COMPETITORS.title() + "</h2>"), html.indexOf("<h2>SWOT</h2>"));

        assertThat(part).contains("<td>Quiet Roasters</td>").doesNotContain("<b>Quiet Roasters</b>")
                .contains("<b>Northern Grind Co.</b>: ");
    }

    private static String competitorsPart(String html) {
        String part = html.substring(html.indexOf("<h2>" + PlanReport.Part.COMPETITORS.title() + "</h2>"), html.indexOf("<h2>SWOT</h2>"));
        return part.substring(0, part.indexOf("<svg") < 0 ? part.length() : part.indexOf("<svg"));
    }

    @Test
    void everySectionOfTheSampleIsInTheHtmlReportWithItsCharts() {
        String html = report().html(PlanReport.Options.everything(), false);
        for (PlanReport.Part part : PlanReport.Part.values()) {
            assertThat(html).contains("<h2>" + part.title() + "</h2>");
        }
        assertThat(html).contains("Home subscribers", "Northern Grind Co.", "Northern Coffee Festival stand", "Wholesale Q4 2026",
                "1,100,000,000 GBP", "Strengths", "<svg", "Positioning: price level against the weighted comparison score",
                // judged as the Control step judges it: pro rata up to the last actual
                "<td>23,500 of 27,652 due by 2026-11-22</td><td>40,792 by 2026-12-31</td><td>at risk</td>");
        assertThat(html).doesNotContain("<script").doesNotContain("more notes in this aspect").doesNotContain("campaigns nearest");
    }

    @Test
    void aLargePlanIsSummedUpNotPrintedWhole() {
        java.time.Instant now = java.time.Instant.parse("2026-11-30T09:00:00Z");
        java.util.List<org.tandem.domain.ResearchNote> notes = new java.util.ArrayList<>();
        for (int i = 0; i < 250; i++) {
            notes.add(new org.tandem.domain.ResearchNote(java.util.UUID.randomUUID(), plan.id(), "Cafe visit " + i, "Notes of visit " + i,
                    org.tandem.domain.Aspect.MARKET_RESEARCH, java.util.List.of(), "", null, null, i == 249, null, now, now));
        }
        new org.tandem.store.ResearchNoteRepository(db).insertAll(notes);
        CampaignRepository campaigns = new CampaignRepository(db);
        Campaign c = campaigns.all(plan.id()).get(0);
        java.util.List<Campaign> more = new java.util.ArrayList<>();
        for (int i = 0; i < 900; i++) {
            LocalDate start = LocalDate.of(2025, 1, 1).plusDays(i);
            more.add(new Campaign(java.util.UUID.randomUUID(), c.planId(), "Daily post " + i, c.channel(), start, start, c.status(), c.owner(),
                    c.role(), 100, 0, 1, 0, null, "", "", null, now, now));
        }
        campaigns.insertAll(more);
        int total = campaigns.all(plan.id()).size();
        org.tandem.store.SalesPlanRepository salesPlans = new org.tandem.store.SalesPlanRepository(db);
        int sample = salesPlans.list(plan.id()).size();
        for (int i = 0; i < 60; i++) {
            LocalDate start = LocalDate.of(2020, 1, 1).plusMonths(i * 2L);
            salesPlans.save(org.tandem.domain.SalesPlan.create(plan.id(), "Quarter " + start,
                    new org.tandem.domain.SalesPeriod(start, start.plusMonths(3).minusDays(1))));
        }

        String html = report().html(PlanReport.Options.everything(), false);

        assertThat(html.split("<b>Cafe visit ", -1)).as("100 notes of the aspect at most").hasSize(1 + PlanReport.NOTES_PER_ASPECT);
        assertThat(html).contains("<b>Cafe visit 249</b>") // pinned: shown first
                .containsPattern("And 1[0-9]{2} more notes in this aspect")
                .contains(String.format("The 400 campaigns nearest 2026-11-30 of %,d", total))
                .contains("<td>Daily post 698</td>").doesNotContain("<td>Daily post 0</td>"); // 2026-11-30 is today; 2025-01-01 far
        assertThat(html.split("<td>Daily post ", -1).length - 1).isLessThanOrEqualTo(PlanReport.CAMPAIGN_ROWS);
        String sales = html.substring(html.indexOf("<h2>Sales plans</h2>"));
        assertThat(sales.split("<h3>", -1).length - 1).as("sales plans printed").isEqualTo(PlanReport.SALES_PLANS);
        assertThat(html).contains(String.format("The 40 sales plans nearest 2026-11-30 of %d", 60 + sample))
                .contains("<h3>Quarter 2026-11-01</h3>").contains("<h3>Quarter 2026-09-01</h3>") // running today; just ended
                .doesNotContain("<h3>Quarter 2020-01-01</h3>");
        assertThat(report().html(new PlanReport.Options(java.util.Set.of(PlanReport.Part.SALES), "Quarter 2020-01-01", null, false), false))
                .contains("<h3>Quarter 2020-01-01</h3>").doesNotContain("nearest");
    }

    @Test
    void markupTheUserTypedIsShownNeverRun() {
        CampaignRepository campaigns = new CampaignRepository(db);
        Campaign c = campaigns.all(plan.id()).get(0);
        campaigns.save(new Campaign(c.id(), c.planId(), "<script>alert('x')</script> & \"friends\"", c.channel(), c.start(), c.end(),
                c.status(), c.owner(), c.role(), c.plannedBudget(), c.actualSpend(), c.expectedLeads(), c.actualLeads(), c.segmentId(),
                c.notes(), c.link(), c.recurrence(), c.createdAt(), c.updatedAt()));
        String html = report().html(PlanReport.Options.everything(), false);
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;friends&quot;");
    }

    @Test
    void aStakeholderReportHoldsTheChosenSectionsAndOneChannelsCampaigns() {
        String html = report().html(new PlanReport.Options(EnumSet.of(PlanReport.Part.CAMPAIGNS), null, "Events", false), false);
        assertThat(html).contains("Northern Coffee Festival stand").doesNotContain("Monthly roast newsletter")
                .doesNotContain("<h2>Competitors</h2>");
    }

    @Test
    void thePdfHasPagesNumbersAndThePlansFigures() throws Exception {
        Path pdf = dir.resolve("report.pdf");
        PlanReport.write(pdf, report().html(new PlanReport.Options(EnumSet.allOf(PlanReport.Part.class), null, null, true), true), true);
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isGreaterThan(5);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Ember & Oak Coffee Roasters (sample)", "1,100,000,000 GBP", "Northern Coffee Festival stand",
                    "Page 1 of " + document.getNumberOfPages(), "Market research page 2");
            // Letter: 8.5 x 11 inches
            assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
        }
    }
}
