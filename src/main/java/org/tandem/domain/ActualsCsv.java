package org.tandem.domain;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Actuals from the rows of a CSV file, as a spreadsheet in any language wrote them: which column holds the date,
 * the measure and the value, the order of a date's parts and the decimal mark are a {@link Mapping}, guessed from
 * the file and changed by the user in the preview. Every row is read: good rows become actuals, bad ones say what
 * is wrong on which line, so the preview shows both before anything is stored.
 */
public final class ActualsCsv {
    /** How a file writes its dates: 2026-10-05, 05/10/2026 or 10/05/2026. */
    public enum DateOrder {
        ISO("year-month-day (2026-10-31)"), DAY_MONTH_YEAR("day/month/year (31/10/2026)"), MONTH_DAY_YEAR("month/day/year (10/31/2026)");

        private final String label;

        DateOrder(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A point (1,250.50) or a comma (1.250,50) before the decimals. */
    public enum DecimalMark {
        POINT("point (1,250.50)"), COMMA("comma (1.250,50)");

        private final String label;

        DecimalMark(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Which columns (from 0) hold what, whether the first row is a header, and how dates and numbers are written. */
    public record Mapping(boolean header, int dateColumn, int measureColumn, int valueColumn, DateOrder dates, DecimalMark decimals) {
        public Mapping withHeader(boolean h) {
            return new Mapping(h, dateColumn, measureColumn, valueColumn, dates, decimals);
        }

        public Mapping withColumns(int date, int measure, int value) {
            return new Mapping(header, date, measure, value, dates, decimals);
        }

        public Mapping withDates(DateOrder order) {
            return new Mapping(header, dateColumn, measureColumn, valueColumn, order, decimals);
        }

        public Mapping withDecimals(DecimalMark mark) {
            return new Mapping(header, dateColumn, measureColumn, valueColumn, dates, mark);
        }
    }

    /** A line of the file: its number and its fields. */
    public record Line(long number, List<String> fields) {
    }

    /** A row as read: the line number, and either its figures or its problem. */
    public record Row(long line, LocalDate day, Measure measure, double value, String problem) {
        public boolean ok() {
            return problem.isEmpty();
        }
    }

    private static final Pattern DATE = Pattern.compile("(\\d{1,4})[./-](\\d{1,2})[./-](\\d{1,4})(?:[ T].*)?");
    private static final Set<String> DATE_NAMES = Set.of("date", "day", "datum", "fecha", "data", "jour", "tag", "dag", "päivä");
    private static final Set<String> MEASURE_NAMES = Set.of("measure", "metric", "type", "kind", "kennzahl", "maß", "art",
            "medida", "métrica", "mesure", "indicateur", "misura", "tipo", "maat", "mått");
    private static final Set<String> VALUE_NAMES = Set.of("value", "amount", "figure", "count", "wert", "betrag", "anzahl", "valor",
            "importe", "valeur", "montant", "valore", "importo", "waarde", "bedrag", "värde", "belopp");

    private ActualsCsv() {
    }

    /** The mapping a file most likely means: named columns, else columns by what their values look like. */
    public static Mapping guess(List<Line> lines, boolean semicolonSeparated) {
        List<Line> sample = lines.subList(0, Math.min(lines.size(), 50));
        boolean header = !sample.isEmpty() && sample.get(0).fields().stream().noneMatch(f -> anyDate(f).isPresent())
                && sample.stream().skip(1).anyMatch(l -> l.fields().stream().anyMatch(f -> anyDate(f).isPresent()));
        List<Line> body = header ? sample.subList(1, sample.size()) : sample;
        int width = sample.stream().mapToInt(l -> l.fields().size()).max().orElse(3);
        int date = header ? named(sample.get(0), DATE_NAMES) : -1;
        int measure = header ? named(sample.get(0), MEASURE_NAMES) : -1;
        int value = header ? named(sample.get(0), VALUE_NAMES) : -1;
        if (date < 0) {
            date = column(body, width, f -> anyDate(f).isPresent(), false);
        }
        if (value < 0) {
            value = column(body, width, f -> number(f, DecimalMark.POINT).isPresent() || number(f, DecimalMark.COMMA).isPresent(), true);
        }
        if (measure < 0) {
            int d = date;
            int v = value;
            measure = column(body, width, f -> !f.isBlank() && Measure.find(f).isPresent(), false);
            if (measure < 0 || measure == d || measure == v) {
                measure = java.util.stream.IntStream.range(0, width).filter(i -> i != d && i != v).findFirst().orElse(1);
            }
        }
        return new Mapping(header, Math.max(date, 0), measure, Math.max(value, 0), dateOrder(body, Math.max(date, 0)),
                decimalMark(body, Math.max(value, 0), semicolonSeparated));
    }

    private static int named(Line header, Set<String> names) {
        for (int i = 0; i < header.fields().size(); i++) {
            if (names.contains(header.fields().get(i).strip().toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return -1;
    }

    /** The first (or last) column where most of the sample's values pass the test. */
    private static int column(List<Line> body, int width, Predicate<String> test, boolean last) {
        int found = -1;
        for (int i = 0; i < width; i++) {
            int column = i;
            long passing = body.stream().filter(l -> column < l.fields().size() && test.test(l.fields().get(column))).count();
            if (!body.isEmpty() && passing * 5 >= body.size() * 4L) {
                found = i;
                if (!last) {
                    return i;
                }
            }
        }
        return found;
    }

    private static DateOrder dateOrder(List<Line> body, int column) {
        boolean dayFirst = false;
        boolean monthFirst = false;
        for (Line l : body) {
            if (column >= l.fields().size()) {
                continue;
            }
            Matcher m = DATE.matcher(l.fields().get(column).strip());
            if (m.matches()) {
                if (m.group(1).length() == 4) {
                    return DateOrder.ISO;
                }
                dayFirst |= Integer.parseInt(m.group(1)) > 12;
                monthFirst |= Integer.parseInt(m.group(2)) > 12;
            }
        }
        return monthFirst && !dayFirst ? DateOrder.MONTH_DAY_YEAR : DateOrder.DAY_MONTH_YEAR;
    }

    private static DecimalMark decimalMark(List<Line> body, int column, boolean semicolonSeparated) {
        int comma = 0;
        int point = 0;
        for (Line l : body) {
            if (column >= l.fields().size()) {
                continue;
            }
            String v = l.fields().get(column).replaceAll("[^0-9.,]", "");
            if (v.matches(".*,\\d{1,2}") || v.matches("\\d{1,3}(\\.\\d{3})+(,\\d+)?")) {
                comma++;
            } else if (v.matches(".*\\.\\d{1,2}") || v.matches("\\d{1,3}(,\\d{3})+(\\.\\d+)?")) {
                point++;
            }
        }
        if (comma != point) {
            return comma > point ? DecimalMark.COMMA : DecimalMark.POINT;
        }
        return semicolonSeparated ? DecimalMark.COMMA : DecimalMark.POINT;
    }

    /** Every line read with the mapping; the header line, if any, is left out. */
    public static List<Row> read(List<Line> lines, Mapping mapping, SalesPeriod period) {
        List<Row> rows = new ArrayList<>();
        for (int i = mapping.header() ? 1 : 0; i < lines.size(); i++) {
            rows.add(row(lines.get(i), mapping, period));
        }
        return rows;
    }

    private static Row row(Line line, Mapping m, SalesPeriod period) {
        long number = line.number();
        int needed = Math.max(m.dateColumn(), Math.max(m.measureColumn(), m.valueColumn())) + 1;
        if (line.fields().size() < needed) {
            return bad(number, "expected at least " + needed + " fields (date, measure, value), found " + line.fields().size() + ".");
        }
        String dateText = line.fields().get(m.dateColumn());
        LocalDate day = date(dateText, m.dates()).orElse(null);
        if (day == null) {
            return bad(number, "\"" + dateText + "\" is not a date written " + m.dates().label() + ".");
        }
        if (day.isBefore(period.start()) || day.isAfter(period.end())) {
            return bad(number, day + " is outside the period " + period.label() + ".");
        }
        String measureText = line.fields().get(m.measureColumn());
        Measure measure = Measure.find(measureText).orElse(null);
        if (measure == null) {
            return bad(number, "\"" + measureText + "\" is not a measure Tandem knows (for example revenue, leads, demo).");
        }
        String valueText = line.fields().get(m.valueColumn());
        Optional<BigDecimal> parsed = number(valueText, m.decimals());
        if (parsed.isEmpty()) {
            return bad(number, "\"" + valueText + "\" is not a number with a decimal " + m.decimals().label() + ".");
        }
        double value = parsed.get().doubleValue();
        if (!Double.isFinite(value) || Math.abs(value) >= NumberText.LARGEST) {
            return bad(number, "\"" + valueText + "\" is too large to be a figure of a sales plan.");
        }
        if (value < 0 && measure.counted()) {
            return bad(number, "a count or amount cannot be negative.");
        }
        return new Row(number, day, measure, value, "");
    }

    /** A date in the given order; a time after it (as spreadsheets add) is ignored; two-digit years are this century. */
    public static Optional<LocalDate> date(String text, DateOrder order) {
        Matcher m = DATE.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int[] p = {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))};
        boolean isoShape = m.group(1).length() == 4;
        if (isoShape != (order == DateOrder.ISO)) {
            return Optional.empty();
        }
        int year = order == DateOrder.ISO ? p[0] : p[2];
        int month = order == DateOrder.MONTH_DAY_YEAR ? p[0] : p[1];
        int day = order == DateOrder.ISO ? p[2] : order == DateOrder.MONTH_DAY_YEAR ? p[1] : p[0];
        if (year < 100) {
            year += 2000;
        }
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException impossible) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> anyDate(String text) {
        for (DateOrder order : DateOrder.values()) {
            Optional<LocalDate> d = date(text, order);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /**
     * A number as spreadsheets write money: "1,250.50", "£3,200.00", "1.250,50 €", "(120.00)" for minus 120; thousands
     * separators only where they group thousands.
     */
    public static Optional<BigDecimal> number(String text, DecimalMark mark) {
        String s = text.strip().replaceAll("[\\p{Sc}\\s\\u00A0\\u202F']", "").replaceAll("^[A-Z]{3}|[A-Z]{3}$", "");
        boolean negative = s.startsWith("(") && s.endsWith(")");
        if (negative) {
            s = s.substring(1, s.length() - 1);
        }
        char thousands = mark == DecimalMark.POINT ? ',' : '.';
        char decimal = mark == DecimalMark.POINT ? '.' : ',';
        String group = Pattern.quote(String.valueOf(thousands));
        if (s.indexOf(thousands) >= 0) {
            if (!s.matches("[-+]?\\d{1,3}(" + group + "\\d{3})+(" + Pattern.quote(String.valueOf(decimal)) + "\\d+)?")) {
                return Optional.empty();
            }
            s = s.replace(String.valueOf(thousands), "");
        }
        s = s.replace(decimal, '.');
        if (!s.matches("[-+]?\\d+(\\.\\d+)?")) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(s);
        return Optional.of(negative ? value.negate() : value);
    }

    private static Row bad(long number, String problem) {
        return new Row(number, null, null, 0, "Line " + number + ": " + problem);
    }
}
