package org.tandem.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import org.tandem.domain.CurrencyCode;
import org.tandem.domain.PlanName;
import org.tandem.store.PlanContent;
import org.tandem.store.PlanRow;
import org.tandem.store.PlanTables;
import org.tandem.store.PlanTables.Field;
import org.tandem.store.PlanTables.Kind;
import org.tandem.store.PlanTables.Section;
import org.tandem.store.TextPool;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rules a plan file's entities keep beyond each value's own: an end not before its start, a market's
 * shares nested, one own profile, channel names unique, every reference pointing at an entity in the file.
 * The same rules as the store's, so a checked file never meets a constraint error half way.
 */
final class PlanEntityCheck {
    /** Where each entity was in the file, for messages about it after the read. */
    private final Map<String, At> pathOf = new HashMap<>();
    /** Whether each entity's id is remembered, for the rules across entities. */
    private final boolean acrossEntities;

    PlanEntityCheck() {
        this(true);
    }

    PlanEntityCheck(boolean acrossEntities) {
        this.acrossEntities = acrossEntities;
    }

    /**
     * Where an entity is in the file: its JSON path when printed ("$.plan.campaigns[3]"), spelled out only for a
     * message (a string made for each of a large file's entities was most of what its read kept besides the plan).
     */
    record At(String section, int index, String path) {
        static At entity(String section, int index) {
            return new At(section, index, null);
        }

        static At path(String path) {
            return new At(null, 0, path);
        }

        @Override
        public String toString() {
            return path != null ? path : "$.plan." + section + "[" + index + "]";
        }
    }
    private final TextPool texts = new TextPool();

    PlanRow entity(Section section, JsonNode node, String path) {
        if (!node.isObject()) {
            throw new PlanFileProblem(path, "must be an object");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals("id") && section.field(name) == null) {
                throw new PlanFileProblem(path + "." + name, "unknown field");
            }
        }
        JsonNode[] fields = new JsonNode[section.fields().size()];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = node.get(section.fields().get(i).name());
        }
        return entity(section, node.get("id"), fields, At.path(path));
    }

    /** An entity from its id and its fields' values in the section's order (null where missing). */
    PlanRow entity(Section section, JsonNode id, JsonNode[] fields, At path) {
        String uuid = idOf(id, path);
        if (id != null && !id.isTextual()) {
            throw new PlanFileProblem(path + ".id", "must be text");
        }
        if (acrossEntities && pathOf.putIfAbsent(uuid, path) != null) {
            throw new PlanFileProblem(path + ".id", "the id " + uuid + " is used twice (also at " + pathOf.get(uuid) + ")");
        }
        Object[] values = new Object[section.fields().size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = valueAt(section.fields().get(i), fields[i], path);
        }
        PlanRow row = new PlanRow(uuid, values);
        rules(section, row, path);
        return row;
    }

    /** The row with its short texts pooled across the file (see {@link TextPool}). */
    PlanRow pooled(PlanRow row) {
        return texts.pooled(row);
    }

    /**
     * A value read by {@code read}, given the JSON path its problems name. The path is spelled out only for a problem:
     * read again with it, the value fails the same way and says where (building the path of every value of a large
     * file made a string per value read).
     */
    private static <T> T placed(java.util.function.Function<String, T> read, java.util.function.Supplier<String> path) {
        try {
            return read.apply("");
        } catch (PlanFileProblem unplaced) {
            return read.apply(path.get());
        }
    }

    private static String idOf(JsonNode id, At path) {
        String text = id == null || !id.isTextual() ? null : id.textValue();
        return placed(where -> PlanValues.uuid(text, where, true), () -> path + ".id");
    }

    private static Object valueAt(Field f, JsonNode node, At entityPath) {
        return placed(where -> PlanValues.value(f, node, where), () -> entityPath + "." + f.name());
    }

    PlanRow plan(Map<String, JsonNode> fields) {
        String path = "$.plan";
        JsonNode id = fields.get("id");
        String uuid = PlanValues.uuid(id == null || !id.isTextual() ? null : id.textValue(), path + ".id", true);
        Section plan = PlanTables.PLAN;
        Object[] values = new Object[plan.fields().size()];
        for (int i = 0; i < values.length; i++) {
            Field f = plan.fields().get(i);
            values[i] = PlanValues.value(f, fields.get(f.name()), path + "." + f.name());
        }
        PlanName.problem((String) values[plan.index("name")]).ifPresent(m -> {
            throw new PlanFileProblem(path + ".name", m);
        });
        CurrencyCode.problem((String) values[plan.index("currency")]).ifPresent(m -> {
            throw new PlanFileProblem(path + ".currency", m);
        });
        return new PlanRow(uuid, values);
    }

    private static void rules(Section section, PlanRow row, At path) {
        switch (section.name()) {
            case "campaigns" -> {
                notBefore(section, row, "end", "start", path);
                boolean repeats = value(section, row, "repeat") != null;
                if (repeats != (value(section, row, "repeatUntil") != null)) {
                    throw new PlanFileProblem(path + ".repeatUntil", repeats ? "a repeating campaign needs the date it repeats until"
                            : "only a repeating campaign has a date it repeats until");
                }
                if (repeats) {
                    notBefore(section, row, "repeatUntil", "start", path);
                    LocalDate start = LocalDate.parse((String) value(section, row, "start"));
                    if (LocalDate.parse((String) value(section, row, "repeatUntil")).isAfter(start.plusYears(10))) {
                        throw new PlanFileProblem(path + ".repeatUntil", "a series may run ten years at most");
                    }
                } else if (!((List<?>) value(section, row, "repeatSkipped")).isEmpty()) {
                    throw new PlanFileProblem(path + ".repeatSkipped", "only a repeating campaign skips dates");
                }
            }
            case "salesPlans" -> {
                notBefore(section, row, "end", "start", path);
                if ((Double) value(section, row, "atRisk") > (Double) value(section, row, "onTrack")) {
                    throw new PlanFileProblem(path + ".atRisk", "must not be above onTrack");
                }
            }
            case "marketSizing" -> {
                if ((Long) value(section, row, "samMinor") > (Long) value(section, row, "tamMinor")) {
                    throw new PlanFileProblem(path + ".samMinor", "the serviceable market cannot exceed the total market");
                }
                if ((Long) value(section, row, "somMinor") > (Long) value(section, row, "samMinor")) {
                    throw new PlanFileProblem(path + ".somMinor", "the obtainable market cannot exceed the serviceable market");
                }
            }
            case "salesObjectives" -> {
                String metric = (String) value(section, row, "metric");
                for (String name : List.of("target", "baseline")) {
                    Double v = (Double) value(section, row, name);
                    if (v != null && v < 0 && !metric.equals("sales_growth")) {
                        throw new PlanFileProblem(path + "." + name, "must not be negative for " + metric);
                    }
                    if (v != null && v > 100 && (metric.equals("conversion_rate") || metric.equals("retention_rate"))) {
                        throw new PlanFileProblem(path + "." + name, "a rate is a percentage, 0 to 100");
                    }
                }
            }
            case "salesActuals" -> {
                if ((value(section, row, "value") == null) == (value(section, row, "valueMinor") == null)) {
                    throw new PlanFileProblem(path + ".value", "an actual has either a value or a valueMinor (an amount), not both or neither");
                }
            }
            default -> {
            }
        }
    }

    private static void notBefore(Section section, PlanRow row, String later, String earlier, At path) {
        if (((String) value(section, row, later)).compareTo((String) value(section, row, earlier)) < 0) {
            throw new PlanFileProblem(path + "." + later, "is before " + earlier);
        }
    }

    private static Object value(Section section, PlanRow row, String field) {
        return row.get(section.index(field));
    }

    /** The longest label an outline keeps: a change's example shows 60 characters, an ellipsis past them. */
    private static final int LABEL = 61;

    /**
     * What {@link #wholePlan} and a preview's examples need of an entity, the rest left out: its references, its
     * label (cut to what an example shows), whether a profile is one's own; channels and the market sizing whole (few).
     * A file's plan read in outline holds a tenth of the heap it holds whole.
     */
    static PlanRow outline(Section section, PlanRow row) {
        if (section.name().equals("channels") || section.name().equals("marketSizing")) {
            return row;
        }
        Object[] kept = new Object[row.values().length];
        for (int i = 0; i < kept.length; i++) {
            Field f = section.fields().get(i);
            Object value = row.get(i);
            if (f.target() != null || f.name().equals("own")) {
                kept[i] = value;
            } else if (PlanMerge.isLabel(f.name())) {
                kept[i] = value instanceof String text && text.length() > LABEL ? text.substring(0, LABEL) : value;
            }
        }
        return new PlanRow(row.id(), kept);
    }

    /** Rules across entities: references, the one own profile, unique channel names, the sizing's id. */
    void wholePlan(PlanContent content) {
        for (Section section : PlanTables.SECTIONS) {
            for (PlanRow row : content.rows(section.name()).values()) {
                for (int i = 0; i < section.fields().size(); i++) {
                    Field f = section.fields().get(i);
                    if (f.target() != null) {
                        references(content, f, row.get(i), () -> pathOf.get(row.id()) + "." + f.name());
                    }
                }
            }
        }
        for (PlanRow sizing : content.rows("marketSizing").values()) {
            if (!sizing.id().equals(content.planId())) {
                throw new PlanFileProblem(pathOf.get(sizing.id()) + ".id", "the market sizing's id is the plan's id");
            }
        }
        Section competitors = PlanTables.section("competitors");
        long own = content.rows("competitors").values().stream().filter(r -> Boolean.TRUE.equals(r.get(competitors.index("own")))).count();
        if (own > 1) {
            throw new PlanFileProblem("$.plan.competitors", "only one profile can be your own business (" + own + " are)");
        }
        Section channels = PlanTables.section("channels");
        Set<String> names = new HashSet<>();
        for (PlanRow row : content.rows("channels").values()) {
            String name = ((String) row.get(channels.index("name"))).toLowerCase(Locale.ROOT);
            if (!names.add(name)) {
                throw new PlanFileProblem(pathOf.get(row.id()) + ".name", "another channel has this name");
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void references(PlanContent content, Field f, Object value, java.util.function.Supplier<String> where) {
        if (value == null) {
            return;
        }
        Map<String, PlanRow> target = content.rows(f.target());
        if (f.kind() == Kind.SCORES) {
            for (String id : ((Map<String, Long>) value).keySet()) {
                if (!target.containsKey(id)) {
                    throw new PlanFileProblem(where.get() + "." + id, "no " + f.target() + " entry in the file has this id");
                }
            }
        } else if (value instanceof List<?> ids) {
            for (int i = 0; i < ids.size(); i++) {
                if (!target.containsKey((String) ids.get(i))) {
                    throw new PlanFileProblem(where.get() + "[" + i + "]", "no " + f.target() + " entry in the file has the id " + ids.get(i));
                }
            }
        } else if (!target.containsKey((String) value)) {
            throw new PlanFileProblem(where.get(), "no " + f.target() + " entry in the file has the id " + value);
        }
    }
}
