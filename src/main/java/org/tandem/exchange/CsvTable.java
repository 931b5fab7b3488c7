package org.tandem.exchange;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV file as a spreadsheet wrote it, read through Commons CSV: its encoding (a byte-order mark, else UTF-8 if the
 * bytes are valid UTF-8, else Windows-1252) and separator (comma, semicolon or tab, whichever splits the first lines
 * most consistently) found unless chosen, quoted fields kept whole ("1,250.50"), empty lines and trailing empty
 * columns dropped. Each row keeps its line number for messages.
 */
public record CsvTable(Charset encoding, char separator, List<Row> rows) {
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    public static final List<Character> SEPARATORS = List.of(',', ';', '\t');
    private static final int SAMPLE_LINES = 20;

    /** The file cannot be split into fields at all; says where. */
    public static final class Unreadable extends RuntimeException {
        public Unreadable(String message) {
            super(message);
        }
    }

    /** One record of the file: the line it ends on and its fields. */
    public record Row(long line, List<String> fields) {
    }

    /**
     * @param encoding null to find it
     * @param separator null to find it
     */
    public static CsvTable read(byte[] bytes, Charset encoding, Character separator) {
        Charset charset = encoding != null ? encoding : encodingOf(bytes);
        String text = decode(bytes, charset);
        char sep = separator != null ? separator : separatorOf(text);
        return new CsvTable(charset, sep, parse(text, sep, Integer.MAX_VALUE));
    }

    static Charset encodingOf(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException notUtf8) {
            return WINDOWS_1252;
        }
    }

    private static String decode(byte[] bytes, Charset charset) {
        String text = new String(bytes, charset);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The separator that gives the first lines the same number of fields, most of them. */
    static char separatorOf(String text) {
        record Score(char separator, int agreeing, int fields) {
        }
        List<Score> scores = new ArrayList<>();
        for (char candidate : SEPARATORS) {
            List<Row> sample;
            try {
                sample = parse(text, candidate, SAMPLE_LINES);
            } catch (Unreadable notThisOne) {
                continue;
            }
            Map<Integer, Integer> counts = new HashMap<>();
            sample.forEach(r -> counts.merge(r.fields().size(), 1, Integer::sum));
            counts.entrySet().stream().filter(e -> e.getKey() > 1).max(Map.Entry.<Integer, Integer>comparingByValue()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .ifPresent(e -> scores.add(new Score(candidate, e.getValue(), e.getKey())));
        }
        return scores.stream().max(Comparator.comparingInt(Score::agreeing).thenComparingInt(Score::fields))
                .map(Score::separator).orElse(',');
    }

    private static List<Row> parse(String text, char separator, int limit) {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true).setTrim(true).get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            for (CSVRecord record : parser) {
                List<String> fields = new ArrayList<>(record.toList());
                while (!fields.isEmpty() && fields.get(fields.size() - 1).isBlank()) {
                    fields.remove(fields.size() - 1);
                }
                if (!fields.isEmpty()) {
                    rows.add(new Row(parser.getCurrentLineNumber(), List.copyOf(fields)));
                }
                if (rows.size() >= limit) {
                    break;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            long line = rows.isEmpty() ? 1 : rows.get(rows.size() - 1).line() + 1;
            throw new Unreadable("Line " + line + ": a quoted field never ends (a \" is missing)");
        }
        return rows;
    }
}
