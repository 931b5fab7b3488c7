package org.tandem.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Actuals from a CSV file of {@code date,measure,value} rows (a header row is allowed; comma or
 * semicolon between fields). Every row is read: good rows become actuals, bad ones say what is
 * wrong on which line, so the preview can show both before anything is stored.
 */
public final class ActualsCsv {
    private ActualsCsv() {
    }

    /** A row as read: the line number, and either its figures or its problem. */
    public record Row(int line, LocalDate day, Measure measure, double value, String problem) {
        public boolean ok() {
            return problem.isEmpty();
        }
    }

    public static List<Row> read(String text, SalesPeriod period) {
        List<Row> rows = new ArrayList<>();
        String[] lines = text.replace("\uFEFF", "").split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int number = i + 1;
            if (line.isEmpty() || rows.isEmpty() && i == 0 && line.toLowerCase(java.util.Locale.ROOT).startsWith("date")) {
                continue;
            }
            rows.add(row(number, line, period));
        }
        return rows;
    }

    private static Row row(int number, String line, SalesPeriod period) {
        String[] fields = line.split(line.contains(";") ? ";" : ",", -1);
        if (fields.length != 3) {
            return bad(number, "expected 3 fields (date, measure, value), found " + fields.length + ".");
        }
        LocalDate day;
        try {
            day = LocalDate.parse(unquote(fields[0]));
        } catch (DateTimeParseException e) {
            return bad(number, "\"" + unquote(fields[0]) + "\" is not a date; write it as 2026-10-31.");
        }
        if (day.isBefore(period.start()) || day.isAfter(period.end())) {
            return bad(number, day + " is outside the period " + period.label() + ".");
        }
        Measure measure = Measure.find(unquote(fields[1])).orElse(null);
        if (measure == null) {
            return bad(number, "\"" + unquote(fields[1]) + "\" is not a measure Tandem knows (for example revenue, leads, demo).");
        }
        double value;
        try {
            value = new BigDecimal(unquote(fields[2])).doubleValue();
        } catch (NumberFormatException e) {
            return bad(number, "\"" + unquote(fields[2]) + "\" is not a number; write it as 1250.50.");
        }
        if (!Double.isFinite(value) || Math.abs(value) >= NumberText.LARGEST) {
            return bad(number, "\"" + unquote(fields[2]) + "\" is too large to be a figure of a sales plan.");
        }
        if (value < 0 && measure.counted()) {
            return bad(number, "a count or amount cannot be negative.");
        }
        return new Row(number, day, measure, value, "");
    }

    private static Row bad(int number, String problem) {
        return new Row(number, null, null, 0, "Line " + number + ": " + problem);
    }

    private static String unquote(String field) {
        String s = field.strip();
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1).strip() : s;
    }
}
