package org.tandem.exchange;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.tandem.domain.Campaign;
import org.tandem.domain.CampaignMath;
import org.tandem.domain.CurrencyCode;
import org.tandem.store.PlanContent;
import org.tandem.store.PlanRow;
import org.tandem.store.PlanTables;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A plan as a printable report: cover and contents, research by aspect, segments and sizing with a chart,
 * competitors with their scores, SWOT, the campaigns by month with budget and leads and a chart, and each sales
 * plan through its six steps with variance and a run-rate forecast. One self-contained HTML file (inline styles,
 * charts as inline SVG), or a PDF in A4 or Letter with page numbers and a contents list that gives pages.
 * Every text the user typed is escaped.
 */
public final class PlanReport {
    /** The parts a report can hold; a stakeholder report picks some. */
    public enum Part {
        RESEARCH("Market research"), SEGMENTS("Segments and market size"), COMPETITORS("Competitors"), SWOT("SWOT"),
        CAMPAIGNS("Campaigns by month"), SALES("Sales plans");

        private final String title;

        Part(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }

        public static Part of(String code) {
            return valueOf(code.strip().toUpperCase(Locale.ROOT));
        }
    }

    /** What goes in: the parts, one sales plan by name (null: all), campaigns of one channel (null: all), paper size. */
    public record Options(Set<Part> parts, String salesPlan, String channel, boolean letter) {
        public static Options everything() {
            return new Options(EnumSet.allOf(Part.class), null, null, false);
        }
    }

    /** PDFBox and openhtmltopdf talk on stderr about fonts and timings; the command line prints one line. */
    private static final java.util.logging.Logger PDFBOX_LOG = java.util.logging.Logger.getLogger("org.apache.pdfbox");

    static {
        PDFBOX_LOG.setLevel(java.util.logging.Level.SEVERE);
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }

    private final ReportPlan plan;
    private final List<Campaign> campaigns;
    private final int digits;
    private final LocalDate today;

    /** Notes of one aspect a report shows; campaigns its list shows. Larger plans are summed up, not printed whole. */
    public static final int NOTES_PER_ASPECT = 100;
    static final int CAMPAIGN_ROWS = 400;
    static final int SALES_PLANS = 40;
    /** Competitors the comparison table lists (2,000 of 34 columns were 68,000 cells, most of a large report's memory). */
    static final int COMPETITOR_ROWS = 100;
    /** Competitors named on the positioning map: the first of the table's (your own business, the largest shares). */
    static final int MAP_NAMES = 20;

    /** A report of a whole plan in memory. */
    public PlanReport(PlanContent plan, List<Campaign> campaigns, LocalDate today) {
        this(read(plan), campaigns, today);
    }

    /** A report of what {@link ReportPlan#of} gathered, {@link #NOTES_PER_ASPECT} notes of each aspect at most. */
    public PlanReport(ReportPlan plan, List<Campaign> campaigns, LocalDate today) {
        this.plan = plan;
        this.campaigns = campaigns;
        this.digits = CurrencyCode.fractionDigits(currency());
        this.today = today;
    }

    private static ReportPlan read(PlanContent plan) {
        try {
            return ReportPlan.of(plan, NOTES_PER_ASPECT);
        } catch (IOException e) {
            throw new IllegalStateException(e); // a plan in memory is read without input or output
        }
    }

    /**
     * A report's page ({@link #html}) written as a PDF or as the page itself. Given the page, not the report, so the
     * plan it was made from can be let go before the PDF's layout, which holds the most.
     */
    public static void write(Path file, String page, boolean pdf) throws IOException {
        if (pdf) {
            pdf(file, page);
        } else {
            AtomicFile.write(file, page.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** An XHTML page as a PDF file, written whole or not at all. */
    static void pdf(Path file, String xhtml) throws IOException {
        AtomicFile.write(file, temp -> {
            try (OutputStream out = Files.newOutputStream(temp)) {
                PdfRendererBuilder builder = new PdfRendererBuilder();
                builder.useFastMode();
                builder.withHtmlContent(xhtml, null);
                builder.toStream(out);
                builder.run();
            }
        });
    }

    /** The report as XHTML; for a PDF, charts are images and the page rules apply. */
    public String html(Options o, boolean forPdf) {
        StringBuilder h = new StringBuilder(64_000);
        String name = text(PlanTables.PLAN, plan.plan(), "name");
        h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta charset=\"UTF-8\"/><title>")
                .append(esc(name)).append("</title><style>").append(ReportStyle.css(forPdf, o.letter())).append("</style></head><body>");
        h.append("<section class=\"cover\"><h1>").append(esc(name)).append("</h1><p class=\"lead\">")
                .append(esc(text(PlanTables.PLAN, plan.plan(), "description"))).append("</p><p class=\"muted\">Marketing and sales plan, ")
                .append(today).append(o.channel() == null ? "" : " · campaigns of the channel " + esc(o.channel()))
                .append("</p><h2>Contents</h2><ol class=\"toc\">");
        for (Part p : o.parts()) {
            h.append("<li><a href=\"#").append(p.name().toLowerCase(Locale.ROOT)).append("\">").append(p.title()).append("</a></li>");
        }
        h.append("</ol></section>");
        for (Part p : o.parts()) {
            h.append("<section class=\"part\" id=\"").append(p.name().toLowerCase(Locale.ROOT)).append("\"><h2>").append(p.title()).append("</h2>");
            switch (p) {
                case RESEARCH -> research(h);
                case SEGMENTS -> segments(h, forPdf);
                case COMPETITORS -> competitors(h, forPdf);
                case SWOT -> swot(h);
                case CAMPAIGNS -> campaigns(h, o.channel(), forPdf);
                case SALES -> new ReportSales(plan, digits, today).write(h, o.salesPlan());
            }
            h.append("</section>");
        }
        return h.append("</body></html>").toString();
    }

    private void research(StringBuilder h) {
        if (plan.notesByAspect().isEmpty()) {
            h.append("<p class=\"muted\">No research notes yet.</p>");
        }
        // a report is read, not searched: pinned notes first, and a page's worth, not thousands of pages
        plan.notesByAspect().forEach((aspect, notes) -> {
            h.append("<h3>").append(esc(aspect.replace('-', ' '))).append("</h3>");
            for (PlanRow n : notes.shown()) {
                h.append("<div class=\"note\"><p><b>").append(esc(text("researchNotes", n, "title"))).append("</b> <span class=\"muted\">")
                        .append(esc(text("researchNotes", n, "source"))).append(" · confidence ")
                        .append(esc(text("researchNotes", n, "confidence"))).append("</span></p><p>")
                        .append(esc(shorten(text("researchNotes", n, "body"), 600))).append("</p></div>");
            }
            if (notes.total() > notes.shown().size()) {
                h.append(String.format("<p class=\"muted\">And %,d more notes in this aspect: the plan file and the notes CSV hold them all.</p>",
                        notes.total() - notes.shown().size()));
            }
        });
    }

    private void segments(StringBuilder h, boolean forPdf) {
        List<String[]> rows = new ArrayList<>();
        Map<String, Double> market = new java.util.LinkedHashMap<>();
        for (PlanRow s : rows("segments")) {
            long spend = (Long) s.get(PlanTables.section("segments").index("spendPerBuyerMinor"));
            long buyers = (Long) s.get(PlanTables.section("segments").index("buyers"));
            BigDecimal size = BigDecimal.valueOf(spend).movePointLeft(digits).multiply(BigDecimal.valueOf(buyers));
            market.put(text("segments", s, "name"), size.doubleValue());
            rows.add(new String[]{text("segments", s, "name"), String.format(Locale.UK, "%,d", buyers), money(spend),
                    money(size.movePointRight(digits).longValue()), text("segments", s, "growthPercent") + " %",
                    text("segments", s, "attractiveness") + " / 5", flag(s, "segments", "targeted")});
        }
        table(h, List.of("Segment", "Buyers", "Yearly spend per buyer", "Market a year", "Growth", "Attractiveness", "Targeted"), rows);
        String chart = "Market a year by segment (" + esc(currency()) + ")";
        if (market.size() > ReportCharts.NAMED_CATEGORIES) { // two hundred bars were hairlines with no names under them
            Set<String> largest = market.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .limit(ReportCharts.NAMED_CATEGORIES).map(Map.Entry::getKey).collect(java.util.stream.Collectors.toSet());
            chart = String.format("Market a year of the %d largest of %,d segments (%s)", largest.size(), market.size(), esc(currency()));
            market.keySet().retainAll(largest);
        }
        h.append(ReportCharts.bars(chart, market, null, null, forPdf));
        rows("marketSizing").forEach(m -> table(h, List.of("Total market (TAM)", "Serviceable (SAM)", "Obtainable (SOM)", "Method"),
                List.<String[]>of(new String[]{money((Long) m.get(PlanTables.section("marketSizing").index("tamMinor"))),
                        money((Long) m.get(PlanTables.section("marketSizing").index("samMinor"))),
                        money((Long) m.get(PlanTables.section("marketSizing").index("somMinor"))), text("marketSizing", m, "method")})));
    }

    /** Each competitor with a price level and scores: price across, its weighted score up; those in {@code named} with their names. */
    private List<ReportCharts.Spot> spots(List<PlanRow> criteria, java.util.Set<PlanRow> named) {
        List<ReportCharts.Spot> spots = new ArrayList<>();
        for (PlanRow c : rows("competitors")) {
            Object price = c.get(PlanTables.section("competitors").index("priceLevel"));
            @SuppressWarnings("unchecked")
            Map<String, Long> scores = (Map<String, Long>) c.get(PlanTables.section("competitors").index("scores"));
            double weights = 0;
            double total = 0;
            for (PlanRow k : criteria) {
                double w = (Double) k.get(PlanTables.section("criteria").index("weight"));
                if (scores.containsKey(k.id()) && w > 0) {
                    weights += w;
                    total += w * scores.get(k.id());
                }
            }
            if (price != null && weights > 0) {
                spots.add(new ReportCharts.Spot(named.contains(c) ? text("competitors", c, "name") : null, (Double) price, total / weights,
                        Boolean.TRUE.equals(c.get(PlanTables.section("competitors").index("own")))));
            }
        }
        return spots;
    }

    private void competitors(StringBuilder h, boolean forPdf) {
        List<PlanRow> criteria = rows("criteria");
        // a large field lists your own business and the largest shares of the market, in the order the screen has them
        PlanTables.Section section = PlanTables.section("competitors");
        List<PlanRow> all = rows("competitors");
        List<PlanRow> first = all.stream()
                .sorted(Comparator.comparing((PlanRow c) -> !Boolean.TRUE.equals(c.get(section.index("own"))))
                        .thenComparing(c -> c.get(section.index("sharePercent")) == null ? 1.0 : -(Double) c.get(section.index("sharePercent"))))
                .limit(COMPETITOR_ROWS).toList();
        java.util.Set<PlanRow> chosen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        chosen.addAll(first);
        // the map places every competitor; named, more than a few cover one another (the L plan's 2,000 were a cloud)
        java.util.Set<PlanRow> named = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        named.addAll(first.subList(0, Math.min(MAP_NAMES, first.size())));
        List<PlanRow> listed = all.stream().filter(chosen::contains).toList();
        if (listed.size() < all.size()) {
            h.append(String.format("<p class=\"muted\">%,d of the %,d competitors, chosen: your own business, then the largest known shares of"
                    + " the market, then the others in your order. All of them are on the positioning map, and the plan file and the"
                    + " competitors CSV hold them all.</p>", listed.size(), all.size()));
        }
        CompetitorTables.write(h, listed, criteria, forPdf);
        List<ReportCharts.Spot> spots = spots(criteria, named);
        String title = "Positioning: price level against the weighted comparison score"
                + (all.size() > MAP_NAMES ? String.format(" (%,d placed; up to %d named: your own business, then the largest known shares)",
                spots.size(), MAP_NAMES) : "");
        h.append(ReportCharts.map(title, "Price level", "Weighted score (1 to 5)", spots, forPdf));
        for (PlanRow c : listed) {
            String positioning = text("competitors", c, "positioning");
            if (!positioning.isBlank()) { // a line of a name alone said nothing (the L plan's 2,000 of them)
                h.append("<p><b>").append(esc(text("competitors", c, "name"))).append("</b>: ").append(esc(positioning)).append("</p>");
            }
        }
    }

    private void swot(StringBuilder h) {
        h.append("<table class=\"swot\"><tr>");
        int n = 0;
        for (String q : List.of("strengths", "weaknesses", "opportunities", "threats")) {
            if (n++ == 2) {
                h.append("</tr><tr>");
            }
            h.append("<td><h3>").append(q.substring(0, 1).toUpperCase(Locale.ROOT)).append(q.substring(1)).append("</h3><ul>");
            rows("swot").stream().filter(r -> q.equals(text("swot", r, "quadrant")))
                    .forEach(r -> h.append("<li>").append(esc(text("swot", r, "text"))).append("</li>"));
            h.append("</ul></td>");
        }
        h.append("</tr></table>");
    }

    private void campaigns(StringBuilder h, String channel, boolean forPdf) {
        List<Campaign> chosen = campaigns.stream().filter(c -> channel == null || c.channel().equalsIgnoreCase(channel)).toList();
        Map<YearMonth, CampaignMath.Totals> months = CampaignMath.byMonth(chosen, today);
        List<String[]> rows = new ArrayList<>();
        Map<String, Double> planned = new java.util.LinkedHashMap<>();
        Map<String, Double> spent = new java.util.LinkedHashMap<>();
        months.forEach((m, t) -> {
            rows.add(new String[]{m.toString(), money(t.planned()), money(t.spent()), Integer.toString(t.expectedLeads()),
                    Integer.toString(t.actualLeads())});
            planned.put(m.toString(), BigDecimal.valueOf(t.planned()).movePointLeft(digits).doubleValue());
            spent.put(m.toString(), BigDecimal.valueOf(t.spent()).movePointLeft(digits).doubleValue());
        });
        table(h, List.of("Month", "Planned budget", "Actual spend", "Expected leads", "Actual leads"), rows);
        h.append(ReportCharts.bars("Budget by month (" + esc(currency()) + ")", planned, "Planned", spent, forPdf));
        // the month table counts every campaign; the list shows those nearest today
        List<String[]> list = chosen.stream()
                .sorted(Comparator.comparing((Campaign c) -> Math.abs(c.start().toEpochDay() - today.toEpochDay())))
                .limit(CAMPAIGN_ROWS).sorted(Comparator.comparing(Campaign::start))
                .map(c -> new String[]{c.name(), c.channel(), c.start() + " – " + c.end(), c.status().code(), money(c.plannedBudget()),
                        Integer.toString(c.expectedLeads())}).toList();
        table(h, List.of("Campaign", "Channel", "Dates", "Status", "Budget", "Expected leads"), list);
        if (chosen.size() > list.size()) {
            h.append(String.format("<p class=\"muted\">The %,d campaigns nearest %s of %,d: the campaigns CSV lists them all.</p>",
                    list.size(), today, chosen.size()));
        }
    }

    private List<PlanRow> rows(String section) {
        int position = PlanTables.section(section).index("position");
        return plan.rows(section).values().stream().sorted(Comparator.comparing((PlanRow r) -> position < 0 ? 0L : (Long) r.get(position))
                .thenComparing(r -> PlanMerge.label(PlanTables.section(section), r))).toList();
    }

    static void table(StringBuilder h, List<String> header, List<String[]> rows) {
        if (rows.isEmpty()) {
            h.append("<p class=\"muted\">Nothing yet.</p>");
            return;
        }
        h.append("<table><thead><tr>");
        header.forEach(c -> h.append("<th>").append(esc(c)).append("</th>"));
        h.append("</tr></thead><tbody>");
        for (String[] row : rows) {
            h.append("<tr>");
            for (String cell : row) {
                h.append("<td>").append(esc(cell)).append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</tbody></table>");
    }

    private String currency() {
        return text(PlanTables.PLAN, plan.plan(), "currency");
    }

    String money(long minor) {
        return String.format(Locale.UK, "%,.2f", BigDecimal.valueOf(minor).movePointLeft(digits)).replaceAll("\\.00$", "")
                + " " + currency();
    }

    static String text(String section, PlanRow row, String field) {
        return text(PlanTables.section(section), row, field);
    }

    static String text(PlanTables.Section section, PlanRow row, String field) {
        Object v = row.get(section.index(field));
        return v == null ? "" : v instanceof Double d ? PlanFileWriter.plain(d) : v.toString();
    }

    static String flag(PlanRow row, String section, String field) {
        return Boolean.TRUE.equals(row.get(PlanTables.section(section).index(field))) ? "yes" : "no";
    }

    static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** Markup in the user's text is shown, never run. */
    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
