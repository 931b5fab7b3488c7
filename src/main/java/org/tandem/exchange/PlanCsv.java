package org.tandem.exchange;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.tandem.domain.Campaign;
import org.tandem.domain.CampaignMath;
import org.tandem.domain.CurrencyCode;
import org.tandem.store.PlanContent;
import org.tandem.store.PlanRow;
import org.tandem.store.PlanTables;
import org.tandem.store.PlanTables.Section;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A plan's tables as CSV for spreadsheets, through Commons CSV: RFC 4180 quoting, CRLF, UTF-8 (with a byte-order
 * mark for Excel when asked), ISO dates, plain decimals with a point, money in the currency's major units (1800.50),
 * names rather than ids for what a row refers to.
 */
public final class PlanCsv {
    /** The tables a plan can be written as. */
    public enum Table {
        NOTES, SEGMENTS, COMPETITORS, SCORES, CAMPAIGNS, BUDGET, ACTIVITIES, ACTUALS;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static java.util.Optional<Table> of(String code) {
            return java.util.Arrays.stream(values()).filter(t -> t.code().equals(code)).findFirst();
        }

        /** The table in words, for the export dialog. */
        public String title() {
            return switch (this) {
                case NOTES -> "Research notes";
                case SEGMENTS -> "Segments";
                case COMPETITORS -> "Competitor profiles";
                case SCORES -> "Comparison scores (one row per competitor and criterion)";
                case CAMPAIGNS -> "Campaigns";
                case BUDGET -> "Budget by month and channel";
                case ACTIVITIES -> "Sales activities";
                case ACTUALS -> "Sales actuals";
            };
        }
    }

    private final PlanContent plan;
    private final List<Campaign> campaigns;
    private final int digits;

    /** @param campaigns the plan's campaigns as the calendar knows them (for the budget's months) */
    public PlanCsv(PlanContent plan, List<Campaign> campaigns) {
        this.plan = plan;
        this.campaigns = campaigns;
        this.digits = CurrencyCode.fractionDigits((String) plan.plan().get(PlanTables.PLAN.index("currency")));
    }

    /** Writes the table atomically; returns the number of rows below the header. */
    public int write(Table table, Path file, boolean byteOrderMark) throws IOException {
        int[] rows = new int[1];
        AtomicFile.write(file, temp -> {
            try (OutputStream out = Files.newOutputStream(temp)) {
                rows[0] = write(table, out, byteOrderMark);
            }
        });
        return rows[0];
    }

    public int write(Table table, OutputStream out, boolean byteOrderMark) throws IOException {
        List<List<Object>> rows = rows(table);
        print(out, header(table), rows, byteOrderMark);
        return rows.size();
    }

    /** Any table as RFC 4180 CSV in UTF-8; a byte-order mark first tells Excel the encoding. */
    public static void print(OutputStream out, List<String> header, List<? extends List<?>> rows, boolean byteOrderMark)
            throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        if (byteOrderMark) {
            writer.write('\uFEFF');
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(writer, format)) {
            for (List<?> row : rows) {
                printer.printRecord(row);
            }
        }
    }

    static List<String> header(Table table) {
        return switch (table) {
            case NOTES -> List.of("Title", "Aspect", "Tags", "Source", "Evidence date", "Confidence", "Pinned", "Segment",
                    "Competitors", "Body", "Updated");
            case SEGMENTS -> List.of("Name", "Description", "Buyers", "Yearly spend per buyer", "Growth %", "Attractiveness",
                    "Targeted", "Positioning");
            case COMPETITORS -> List.of("Name", "Own business", "Website", "Offer", "Price level", "Channels", "Positioning",
                    "Threat", "Market share %", "Last reviewed", "Strengths", "Weaknesses", "Target segments", "Notes");
            case SCORES -> List.of("Competitor", "Criterion", "Weight", "Score");
            case CAMPAIGNS -> List.of("Name", "Channel", "Start", "End", "Status", "Owner", "Role", "Planned budget", "Actual spend",
                    "Expected leads", "Actual leads", "Segment", "Repeats", "Every", "Repeats until", "Link", "Notes");
            case BUDGET -> List.of("Month", "Channel", "Planned budget", "Actual spend", "Expected leads", "Actual leads");
            case ACTIVITIES -> List.of("Sales plan", "Type", "Name", "Volume", "Cadence", "Hours per unit", "Cost per unit", "Rate",
                    "Owner", "Segment", "Objectives");
            case ACTUALS -> List.of("Sales plan", "Day", "Measure", "Value");
        };
    }

    private List<List<Object>> rows(Table table) {
        return switch (table) {
            case NOTES -> each("researchNotes", r -> List.of(text(r, "researchNotes", "title"), text(r, "researchNotes", "aspect"),
                    joined(r, "researchNotes", "tags", Function.identity()), text(r, "researchNotes", "source"),
                    text(r, "researchNotes", "evidenceDate"), text(r, "researchNotes", "confidence"), flag(r, "researchNotes", "pinned"),
                    name("segments", r, "researchNotes", "segmentId"), joined(r, "researchNotes", "competitors", id -> name("competitors", id)),
                    text(r, "researchNotes", "body"), text(r, "researchNotes", "updatedAt")));
            case SEGMENTS -> each("segments", r -> List.of(text(r, "segments", "name"), text(r, "segments", "description"),
                    text(r, "segments", "buyers"), money(r, "segments", "spendPerBuyerMinor"), text(r, "segments", "growthPercent"),
                    text(r, "segments", "attractiveness"), flag(r, "segments", "targeted"), text(r, "segments", "positioning")));
            case COMPETITORS -> each("competitors", r -> List.of(text(r, "competitors", "name"), flag(r, "competitors", "own"),
                    text(r, "competitors", "website"), text(r, "competitors", "offer"), text(r, "competitors", "priceLevel"),
                    text(r, "competitors", "channels"), text(r, "competitors", "positioning"), text(r, "competitors", "threat"),
                    text(r, "competitors", "sharePercent"), text(r, "competitors", "lastReviewed"),
                    joined(r, "competitors", "strengths", Function.identity()), joined(r, "competitors", "weaknesses", Function.identity()),
                    joined(r, "competitors", "targetSegments", id -> name("segments", id)), text(r, "competitors", "notes")));
            case SCORES -> scores();
            case CAMPAIGNS -> each("campaigns", r -> List.of(text(r, "campaigns", "name"), text(r, "campaigns", "channel"),
                    text(r, "campaigns", "start"), text(r, "campaigns", "end"), text(r, "campaigns", "status"), text(r, "campaigns", "owner"),
                    text(r, "campaigns", "role"), money(r, "campaigns", "plannedMinor"), money(r, "campaigns", "spentMinor"),
                    text(r, "campaigns", "expectedLeads"), text(r, "campaigns", "actualLeads"), name("segments", r, "campaigns", "segmentId"),
                    text(r, "campaigns", "repeat"), text(r, "campaigns", "repeatInterval"), text(r, "campaigns", "repeatUntil"),
                    text(r, "campaigns", "link"), text(r, "campaigns", "notes")));
            case BUDGET -> budget();
            case ACTIVITIES -> each("salesActivities", r -> List.of(name("salesPlans", r, "salesActivities", "salesPlanId"),
                    text(r, "salesActivities", "type"), text(r, "salesActivities", "name"), text(r, "salesActivities", "volume"),
                    text(r, "salesActivities", "cadence"), text(r, "salesActivities", "hoursPerUnit"),
                    money(r, "salesActivities", "costPerUnitMinor"), text(r, "salesActivities", "rate"), text(r, "salesActivities", "owner"),
                    name("segments", r, "salesActivities", "segmentId"),
                    joined(r, "salesActivities", "objectives", id -> name("salesObjectives", id))));
            case ACTUALS -> actuals();
        };
    }

    /** A section's rows in the order the screens list them (by position, then by name), one CSV row each. */
    private List<List<Object>> each(String section, Function<PlanRow, List<Object>> row) {
        return sorted(section).stream().map(row).toList();
    }

    private List<PlanRow> sorted(String section) {
        Section s = PlanTables.section(section);
        int position = s.index("position");
        return plan.rows(section).values().stream()
                .sorted(java.util.Comparator.comparing((PlanRow r) -> position >= 0 ? (Long) r.get(position) : 0L)
                        .thenComparing(r -> PlanMerge.label(s, r).toLowerCase(Locale.ROOT)))
                .toList();
    }

    private List<List<Object>> scores() {
        List<List<Object>> rows = new ArrayList<>();
        Section competitors = PlanTables.section("competitors");
        for (PlanRow r : sorted("competitors")) {
            @SuppressWarnings("unchecked")
            Map<String, Long> scores = (Map<String, Long>) r.get(competitors.index("scores"));
            for (Map.Entry<String, Long> score : new TreeMap<>(scores).entrySet()) {
                PlanRow criterion = plan.rows("criteria").get(score.getKey());
                rows.add(List.of(text(r, "competitors", "name"), name("criteria", score.getKey()),
                        criterion == null ? "" : text(criterion, "criteria", "weight"), score.getValue()));
            }
        }
        return rows;
    }

    private List<List<Object>> budget() {
        Map<String, List<Campaign>> byChannel = campaigns.stream().collect(Collectors.groupingBy(Campaign::channel, TreeMap::new,
                Collectors.toList()));
        List<List<Object>> rows = new ArrayList<>();
        TreeMap<YearMonth, List<List<Object>>> byMonth = new TreeMap<>();
        byChannel.forEach((channel, list) -> CampaignMath.byMonth(list).forEach((month, t) -> byMonth
                .computeIfAbsent(month, m -> new ArrayList<>()).add(List.of(month.toString(), channel, major(t.planned()),
                        major(t.spent()), t.expectedLeads(), t.actualLeads()))));
        byMonth.values().forEach(rows::addAll);
        return rows;
    }

    private List<List<Object>> actuals() {
        Section s = PlanTables.section("salesActuals");
        return plan.rows("salesActuals").values().stream()
                .sorted(java.util.Comparator.comparing((PlanRow r) -> name("salesPlans", (String) r.get(s.index("salesPlanId"))))
                        .thenComparing(r -> (String) r.get(s.index("day"))).thenComparing(r -> (String) r.get(s.index("measure"))))
                .map(r -> List.<Object>of(name("salesPlans", (String) r.get(s.index("salesPlanId"))), text(r, "salesActuals", "day"),
                        text(r, "salesActuals", "measure"), r.get(s.index("valueMinor")) != null
                                ? major((Long) r.get(s.index("valueMinor"))) : text(r, "salesActuals", "value")))
                .toList();
    }

    private static String text(PlanRow row, String section, String field) {
        return PlanReport.text(section, row, field);
    }

    private static String flag(PlanRow row, String section, String field) {
        return PlanReport.flag(row, section, field);
    }

    private String money(PlanRow row, String section, String field) {
        Object v = row.get(PlanTables.section(section).index(field));
        return v == null ? "" : major((Long) v);
    }

    /** 180050 cents as 1800.50: the currency's own number of decimals. */
    private String major(long minor) {
        return BigDecimal.valueOf(minor).movePointLeft(digits).toPlainString();
    }

    @SuppressWarnings("unchecked")
    private static String joined(PlanRow row, String section, String field, Function<String, String> each) {
        List<String> items = (List<String>) row.get(PlanTables.section(section).index(field));
        return items.stream().map(each).collect(Collectors.joining("; "));
    }

    private String name(String target, PlanRow row, String section, String field) {
        return name(target, (String) row.get(PlanTables.section(section).index(field)));
    }

    private String name(String target, String id) {
        if (id == null) {
            return "";
        }
        PlanRow referenced = plan.rows(target).get(id);
        return referenced == null ? "" : PlanMerge.label(PlanTables.section(target), referenced);
    }
}
