package org.tandem.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import org.tandem.store.PlanTables;
import org.tandem.store.PlanTables.Field;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** One value of a plan file, checked against its field and turned into what the store holds. */
final class PlanValues {
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final int MAX_LIST = 100_000;

    private PlanValues() {
    }

    /** The value of one field; missing or null gives the field's empty value, or a problem if it is required. */
    static Object value(Field f, JsonNode node, String path) {
        if (node == null || node.isNull()) {
            if (f.required()) {
                throw new PlanFileProblem(path, node == null ? "missing" : "must not be null");
            }
            return empty(f);
        }
        return switch (f.kind()) {
            case TEXT -> text(f, node, path);
            case WHOLE -> whole(f, node, path);
            case DECIMAL -> decimal(f, node, path);
            case BOOL -> {
                if (!node.isBoolean()) {
                    throw new PlanFileProblem(path, "must be true or false");
                }
                yield node.booleanValue();
            }
            case DATE -> date(textOf(node, path), path);
            case INSTANT -> instant(textOf(node, path), path);
            case CHOICE -> {
                String v = textOf(node, path);
                if (!f.choices().contains(v)) {
                    throw new PlanFileProblem(path, "\"" + shorten(v) + "\" is not one of " + String.join(", ", f.choices()));
                }
                yield v;
            }
            case COLOUR -> {
                String v = textOf(node, path);
                if (!COLOUR.matcher(v).matches()) {
                    throw new PlanFileProblem(path, "must be a colour like #3366CC");
                }
                yield v;
            }
            case REF -> uuid(textOf(node, path), path, true);
            case TEXT_LIST, POINTS -> {
                List<String> out = new ArrayList<>();
                for (int i = 0; i < list(node, path).size(); i++) {
                    out.add(text(f, node.get(i), path + "[" + i + "]"));
                }
                yield List.copyOf(out);
            }
            case DATE_LIST -> {
                TreeSet<String> out = new TreeSet<>();
                for (int i = 0; i < list(node, path).size(); i++) {
                    out.add(date(textOf(node.get(i), path + "[" + i + "]"), path + "[" + i + "]"));
                }
                yield List.copyOf(out);
            }
            case LINKS -> {
                TreeSet<String> out = new TreeSet<>();
                for (int i = 0; i < list(node, path).size(); i++) {
                    out.add(uuid(textOf(node.get(i), path + "[" + i + "]"), path + "[" + i + "]", true));
                }
                yield List.copyOf(out);
            }
            case SCORES -> scores(f, node, path);
            case EVENTS -> events(node, path);
        };
    }

    static Object empty(Field f) {
        return switch (f.kind()) {
            case TEXT -> "";
            case TEXT_LIST, DATE_LIST, LINKS, POINTS, EVENTS -> List.of();
            case SCORES -> new TreeMap<String, Long>();
            default -> null;
        };
    }

    private static String text(Field f, JsonNode node, String path) {
        String v = textOf(node, path);
        long length = f.max() >= PlanTables.TEXT ? v.getBytes(StandardCharsets.UTF_8).length : v.codePointCount(0, v.length());
        if (length > f.max()) {
            throw new PlanFileProblem(path, f.max() >= PlanTables.TEXT ? "is longer than 1 MB"
                    : "is " + length + " characters long; at most " + (long) f.max() + " fit");
        }
        if (v.indexOf('\0') >= 0) {
            // SQLite would keep the text but search and most programs would stop reading it at the NUL
            throw new PlanFileProblem(path, "holds a NUL character (an invisible control code); remove it");
        }
        if (f.min() >= 1 && v.strip().isEmpty()) {
            throw new PlanFileProblem(path, "must not be empty");
        }
        if (f.min() > 1 && length < f.min()) {
            throw new PlanFileProblem(path, "must be " + (long) f.min() + " characters long");
        }
        return v;
    }

    private static Long whole(Field f, JsonNode node, String path) {
        if (!node.isNumber()) {
            throw new PlanFileProblem(path, "must be a number");
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw new PlanFileProblem(path, "must be a whole number" + (f.name().endsWith("Minor")
                    ? " of minor units (cents)" : "") + " within range");
        }
        long v = node.longValue();
        if (v < f.min() || v > f.max()) {
            throw new PlanFileProblem(path, v + " is out of range (" + range(f) + ")");
        }
        return v;
    }

    private static Double decimal(Field f, JsonNode node, String path) {
        if (!node.isNumber()) {
            throw new PlanFileProblem(path, "must be a number");
        }
        double v = node.doubleValue();
        if (!Double.isFinite(v)) {
            throw new PlanFileProblem(path, "must be a finite number");
        }
        if (v < f.min() || v > f.max()) {
            throw new PlanFileProblem(path, PlanFileWriter.plain(v) + " is out of range (" + range(f) + ")");
        }
        return v == 0 ? 0.0 : v;
    }

    private static String range(Field f) {
        return PlanFileWriter.plain(f.min()) + " to " + PlanFileWriter.plain(f.max());
    }

    private static Map<String, Long> scores(Field f, JsonNode node, String path) {
        if (!node.isObject()) {
            throw new PlanFileProblem(path, "must be an object of criterion ids and scores");
        }
        TreeMap<String, Long> out = new TreeMap<>();
        for (var it = node.fields(); it.hasNext(); ) {
            var e = it.next();
            String at = path + "." + e.getKey();
            out.put(uuid(e.getKey(), at, true), whole(f, e.getValue(), at));
        }
        return out;
    }

    private static List<Map<String, String>> events(JsonNode node, String path) {
        List<Map<String, String>> out = new ArrayList<>();
        for (int i = 0; i < list(node, path).size(); i++) {
            String at = path + "[" + i + "]";
            JsonNode e = node.get(i);
            if (!e.isObject()) {
                throw new PlanFileProblem(at, "must be an object");
            }
            for (var names = e.fieldNames(); names.hasNext(); ) {
                String n = names.next();
                if (!List.of("uid", "title", "start", "end").contains(n)) {
                    throw new PlanFileProblem(at + "." + n, "unknown field");
                }
            }
            String start = date(requiredText(e, "start", at), at + ".start");
            String end = date(requiredText(e, "end", at), at + ".end");
            if (end.compareTo(start) < 0) {
                throw new PlanFileProblem(at + ".end", "is before the start");
            }
            String uid = requiredText(e, "uid", at);
            String title = requiredText(e, "title", at);
            if (uid.length() > 2048 || title.length() > 2048) {
                throw new PlanFileProblem(at, "the uid and title may be 2,048 characters at most");
            }
            out.add(org.tandem.store.PlanContentReader.event(uid, title, start, end));
        }
        return List.copyOf(out);
    }

    private static JsonNode list(JsonNode node, String path) {
        if (!node.isArray()) {
            throw new PlanFileProblem(path, "must be a list");
        }
        if (node.size() > MAX_LIST) {
            throw new PlanFileProblem(path, "has more than " + MAX_LIST + " items");
        }
        return node;
    }

    static String requiredText(JsonNode object, String name, String path) {
        JsonNode v = object.get(name);
        if (v == null || v.isNull()) {
            throw new PlanFileProblem(path + "." + name, "missing");
        }
        return textOf(v, path + "." + name);
    }

    private static String textOf(JsonNode node, String path) {
        if (!node.isTextual()) {
            throw new PlanFileProblem(path, "must be text");
        }
        return node.textValue();
    }

    static String uuid(String text, String path, boolean required) {
        if (text == null) {
            if (required) {
                throw new PlanFileProblem(path, "missing");
            }
            return null;
        }
        if (!isUuid(text)) {
            throw new PlanFileProblem(path, "\"" + shorten(text) + "\" is not an id (a UUID such as 123e4567-e89b-12d3-a456-426614174000)");
        }
        return text.toLowerCase(Locale.ROOT);
    }

    /** Checked by hand, not by a pattern: a plan file holds hundreds of thousands of ids (0.3 s of reading the L plan). */
    private static boolean isUuid(String text) {
        if (text.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = text.charAt(i);
            boolean ok = i == 8 || i == 13 || i == 18 || i == 23 ? c == '-'
                    : c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    static String date(String text, String path) {
        if (!org.tandem.store.StoredTime.isDate(text)) {
            throw new PlanFileProblem(path, "\"" + shorten(text) + "\" is not a date (YYYY-MM-DD, years 0001 to 9999)");
        }
        try {
            // YYYY-MM-DD that is a day of the calendar is already as a date writes itself
            org.tandem.store.StoredTime.date(text);
            return text;
        } catch (java.time.DateTimeException e) {
            throw new PlanFileProblem(path, text + " is not a day of the calendar");
        }
    }

    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    static String instant(String text, String path) {
        if (text == null) {
            throw new PlanFileProblem(path, "missing");
        }
        try {
            Instant t = org.tandem.store.StoredTime.instant(text);
            if (t.isBefore(EARLIEST) || t.isAfter(LATEST)) {
                throw new PlanFileProblem(path, text + " is out of range (years 0001 to 9999)");
            }
            return t.toString();
        } catch (java.time.DateTimeException e) {
            throw new PlanFileProblem(path, "\"" + shorten(text) + "\" is not a time (such as 2026-11-30T09:15:00Z)");
        }
    }

    static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "…";
    }

    /** "/plan/campaigns/3/start" as "$.plan.campaigns[3].start". */
    static String pathOf(String pointer) {
        StringBuilder path = new StringBuilder("$");
        for (String part : pointer.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.chars().allMatch(Character::isDigit)) {
                path.append('[').append(part).append(']');
            } else {
                path.append('.').append(part.replace("~1", "/").replace("~0", "~"));
            }
        }
        return path.toString();
    }
}
