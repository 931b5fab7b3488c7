package org.tandem.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Campaigns from a plan kept in a spreadsheet: columns found by their header (in English and a few other
 * languages), dates in the order the file writes them, amounts in either decimal mark, a status and role by name.
 * Every row becomes a campaign or says what is wrong on which line, for the preview.
 */
public final class CampaignRows {
    /** Where each field is (-1: not in the file), and how the file writes dates and numbers. */
    public record Columns(int name, int start, int end, int channel, int planned, int spent, int expectedLeads, int actualLeads,
                          int status, int owner, int notes, ActualsCsv.DateOrder dates, ActualsCsv.DecimalMark decimals) {
    }

    /** A row as read: its line and its campaign, or its problem. */
    public record Row(long line, Campaign campaign, String problem) {
        public boolean ok() {
            return problem.isEmpty();
        }
    }

    private static final Map<String, List<String>> NAMES = Map.ofEntries(
            Map.entry("name", List.of("name", "campaign", "title", "kampagne", "campaña", "campagne", "nom", "titel")),
            Map.entry("start", List.of("start", "from", "begin", "start date", "starts", "beginn", "von", "inicio", "début", "date")),
            Map.entry("end", List.of("end", "to", "until", "end date", "ends", "ende", "bis", "fin")),
            Map.entry("channel", List.of("channel", "kanal", "canal", "medium")),
            Map.entry("planned", List.of("planned budget", "budget", "planned", "budget geplant", "presupuesto")),
            Map.entry("spent", List.of("actual spend", "spent", "spend", "ausgaben", "gasto", "dépenses")),
            Map.entry("expected", List.of("expected leads", "leads expected", "leads")),
            Map.entry("actual", List.of("actual leads", "leads actual")),
            Map.entry("status", List.of("status", "state", "estado", "statut")),
            Map.entry("owner", List.of("owner", "who", "verantwortlich", "responsable")),
            Map.entry("notes", List.of("notes", "description", "notizen", "notas", "remarques")));

    private CampaignRows() {
    }

    /** The columns a header row names; dates and decimals guessed from the rows below it. */
    public static Columns columns(List<String> header, List<ActualsCsv.Line> body, boolean semicolonSeparated) {
        int start = find(header, "start");
        ActualsCsv.Mapping guessed = ActualsCsv.guess(body.stream().map(l -> new ActualsCsv.Line(l.number(),
                start >= 0 && start < l.fields().size() ? List.of(l.fields().get(start), "x", "1") : List.of("", "x", "1"))).toList(),
                semicolonSeparated);
        ActualsCsv.DecimalMark mark = semicolonSeparated ? ActualsCsv.DecimalMark.COMMA : ActualsCsv.DecimalMark.POINT;
        return new Columns(find(header, "name"), start, find(header, "end"), find(header, "channel"), find(header, "planned"),
                find(header, "spent"), find(header, "expected"), find(header, "actual"), find(header, "status"), find(header, "owner"),
                find(header, "notes"), guessed.dates(), mark);
    }

    private static int find(List<String> header, String field) {
        List<String> names = NAMES.get(field);
        for (String wanted : names) {
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).strip().toLowerCase(Locale.ROOT).equals(wanted)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Every body line as a campaign of the plan, or its problem. */
    public static List<Row> read(List<ActualsCsv.Line> body, Columns c, UUID planId, int digits, Instant now) {
        List<Row> rows = new ArrayList<>();
        for (ActualsCsv.Line line : body) {
            rows.add(row(line, c, planId, digits, now));
        }
        return rows;
    }

    private static Row row(ActualsCsv.Line line, Columns c, UUID planId, int digits, Instant now) {
        long n = line.number();
        if (c.name() < 0 || c.start() < 0) {
            return new Row(n, null, "Line " + n + ": the file needs a column named Name and one named Start.");
        }
        String name = field(line, c.name());
        if (name.isBlank()) {
            return new Row(n, null, "Line " + n + ": the campaign has no name.");
        }
        Optional<LocalDate> start = ActualsCsv.date(field(line, c.start()), c.dates());
        if (start.isEmpty()) {
            return new Row(n, null, "Line " + n + ": \"" + field(line, c.start()) + "\" is not a date written " + c.dates().label() + ".");
        }
        LocalDate end = start.get();
        if (c.end() >= 0 && !field(line, c.end()).isBlank()) {
            Optional<LocalDate> e = ActualsCsv.date(field(line, c.end()), c.dates());
            if (e.isEmpty() || e.get().isBefore(start.get())) {
                return new Row(n, null, "Line " + n + ": \"" + field(line, c.end()) + "\" is not an end on or after the start.");
            }
            end = e.get();
        }
        long planned;
        long spent;
        int expected;
        int actual;
        try {
            planned = money(line, c.planned(), c.decimals(), digits);
            spent = money(line, c.spent(), c.decimals(), digits);
            expected = (int) whole(line, c.expectedLeads(), c.decimals());
            actual = (int) whole(line, c.actualLeads(), c.decimals());
        } catch (IllegalArgumentException e) {
            return new Row(n, null, "Line " + n + ": " + e.getMessage());
        }
        String statusText = field(line, c.status()).toLowerCase(Locale.ROOT);
        CampaignStatus status = statusText.isBlank() ? CampaignStatus.PLANNED
                : java.util.Arrays.stream(CampaignStatus.values()).filter(s -> s.code().equals(statusText)).findFirst().orElse(null);
        if (status == null) {
            return new Row(n, null, "Line " + n + ": \"" + statusText + "\" is not a status (idea, planned, running, done, cancelled).");
        }
        Campaign campaign = new Campaign(UUID.randomUUID(), planId, name.strip(), field(line, c.channel()).strip(), start.get(), end, status,
                field(line, c.owner()).strip(), "marketing", planned, spent, expected, actual, null, field(line, c.notes()), "", null, now, now);
        List<InvalidInput> problems = campaign.problems();
        return problems.isEmpty() ? new Row(n, campaign, "") : new Row(n, null, "Line " + n + ": " + problems.get(0).getMessage());
    }

    private static String field(ActualsCsv.Line line, int column) {
        return column < 0 || column >= line.fields().size() ? "" : line.fields().get(column);
    }

    private static long money(ActualsCsv.Line line, int column, ActualsCsv.DecimalMark mark, int digits) {
        String text = field(line, column);
        if (text.isBlank()) {
            return 0;
        }
        BigDecimal value = ActualsCsv.number(text, mark).orElseThrow(() -> new IllegalArgumentException("\"" + text
                + "\" is not an amount with a decimal " + mark.label() + "."));
        if (value.signum() < 0 || value.abs().doubleValue() >= NumberText.LARGEST) {
            throw new IllegalArgumentException("\"" + text + "\" is not an amount a campaign can have.");
        }
        return value.movePointRight(digits).setScale(0, java.math.RoundingMode.HALF_EVEN).longValueExact();
    }

    private static long whole(ActualsCsv.Line line, int column, ActualsCsv.DecimalMark mark) {
        String text = field(line, column);
        if (text.isBlank()) {
            return 0;
        }
        BigDecimal value = ActualsCsv.number(text, mark).orElseThrow(() -> new IllegalArgumentException("\"" + text + "\" is not a number."));
        if (value.signum() < 0 || value.scale() > 0 && value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            throw new IllegalArgumentException("\"" + text + "\" is not a count of leads.");
        }
        return value.longValue();
    }
}
