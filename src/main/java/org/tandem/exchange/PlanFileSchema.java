package org.tandem.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tandem.store.PlanTables;
import org.tandem.store.PlanTables.Field;
import org.tandem.store.PlanTables.Section;

/**
 * The JSON Schema (draft 2020-12) of plan files, made from the same description of sections and fields the
 * reader checks files against. The jar and docs/ carry it as {@code plan.schema.json}; a test keeps both
 * copies equal to what this makes.
 */
public final class PlanFileSchema {
    public static final String RESOURCE = "/org/tandem/exchange/plan.schema.json";
    private static final String UUID = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private PlanFileSchema() {
    }

    public static String text() {
        ObjectNode schema = NODES.objectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$id", "https://github.com/tandem-planner/tandem/docs/plan.schema.json");
        schema.put("title", "Tandem plan file");
        schema.put("description", "One plan with every section, as Tandem exports it (formatVersion "
                + PlanDocument.FORMAT_VERSION + "). See docs/plan-files.md.");
        schema.put("type", "object");
        schema.put("additionalProperties", false);
        required(schema, "app", "exportedAt", "format", "formatVersion", "plan", "revision", "tombstones");
        ObjectNode props = schema.putObject("properties");
        props.putObject("app").put("type", "string");
        props.putObject("baseRevision").set("anyOf", NODES.arrayNode().add(ref("uuid")).add(NODES.objectNode().put("type", "null")));
        props.putObject("conflicts").put("type", "array").set("items", ref("conflict"));
        props.set("exportedAt", ref("instant"));
        props.putObject("format").put("const", PlanDocument.FORMAT);
        props.putObject("formatVersion").put("const", PlanDocument.FORMAT_VERSION);
        props.set("plan", ref("plan"));
        props.set("revision", ref("uuid"));
        props.putObject("tombstones").put("type", "array").set("items", ref("tombstone"));

        ObjectNode defs = schema.putObject("$defs");
        defs.putObject("uuid").put("type", "string").put("pattern", UUID);
        defs.putObject("date").put("type", "string").put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$").put("format", "date");
        defs.putObject("instant").put("type", "string").put("format", "date-time");
        defs.set("plan", plan());
        for (Section section : PlanTables.SECTIONS) {
            defs.set(section.name(), entity(section));
        }
        ObjectNode tombstone = defs.putObject("tombstone").put("type", "object").put("additionalProperties", false);
        required(tombstone, "deletedAt", "id", "section");
        ObjectNode t = tombstone.putObject("properties");
        t.set("deletedAt", ref("instant"));
        t.set("id", ref("uuid"));
        ArrayNode sections = t.putObject("section").putArray("enum");
        PlanTables.SECTIONS.stream().filter(s -> !s.single()).forEach(s -> sections.add(s.name()));
        ObjectNode conflict = defs.putObject("conflict").put("type", "object").put("additionalProperties", false)
                .put("description", "A change both sides made differently, left by a merge for a person to settle;"
                        + " the plan holds mine. field null: the whole entity (a side null where it was deleted).");
        required(conflict, "id", "section");
        ObjectNode c = conflict.putObject("properties");
        c.putObject("base");
        c.putObject("field").set("type", NODES.arrayNode().add("string").add("null"));
        c.set("id", ref("uuid"));
        c.putObject("label").put("type", "string");
        c.putObject("mine");
        c.putObject("section").put("type", "string");
        c.putObject("theirs");
        return write(schema);
    }

    private static ObjectNode plan() {
        ObjectNode plan = NODES.objectNode().put("type", "object").put("additionalProperties", false);
        ArrayNode required = plan.putArray("required").add("id");
        ObjectNode props = plan.putObject("properties");
        props.set("id", ref("uuid"));
        for (Field f : PlanTables.PLAN.fields()) {
            props.set(f.name(), field(f));
            if (f.required()) {
                required.add(f.name());
            }
        }
        for (Section section : PlanTables.SECTIONS) {
            ObjectNode list = props.putObject(section.name()).put("type", "array");
            list.set("items", ref(section.name()));
            if (section.single()) {
                list.put("maxItems", 1);
            }
        }
        return plan;
    }

    private static ObjectNode entity(Section section) {
        ObjectNode entity = NODES.objectNode().put("type", "object").put("additionalProperties", false);
        ArrayNode required = entity.putArray("required").add("id");
        ObjectNode props = entity.putObject("properties");
        props.set("id", ref("uuid"));
        for (Field f : section.fields()) {
            props.set(f.name(), field(f));
            if (f.required()) {
                required.add(f.name());
            }
        }
        return entity;
    }

    private static ObjectNode field(Field f) {
        ObjectNode s = NODES.objectNode();
        switch (f.kind()) {
            case TEXT -> {
                s.set("type", type("string", f));
                if (f.min() > 0) {
                    s.put("minLength", (long) f.min());
                }
                s.put("maxLength", (long) f.max());
            }
            case WHOLE -> {
                s.set("type", type("integer", f));
                s.put("minimum", (long) f.min()).put("maximum", (long) f.max());
            }
            case DECIMAL -> {
                s.set("type", type("number", f));
                s.put("minimum", f.min()).put("maximum", f.max());
            }
            case BOOL -> s.put("type", "boolean");
            case DATE -> nullable(s, ref("date"), f);
            case INSTANT -> nullable(s, ref("instant"), f);
            case REF -> nullable(s, ref("uuid"), f);
            case CHOICE -> {
                ArrayNode values = s.putArray("enum");
                f.choices().forEach(values::add);
                if (!f.required()) {
                    values.addNull();
                }
            }
            case COLOUR -> s.put("type", "string").put("pattern", "^#[0-9a-fA-F]{6}$");
            case TEXT_LIST -> s.put("type", "array").putObject("items").put("type", "string").put("maxLength", (long) f.max());
            case POINTS -> s.put("type", "array").putObject("items").put("type", "string").put("minLength", 1)
                    .put("maxLength", (long) f.max());
            case DATE_LIST -> s.put("type", "array").set("items", ref("date"));
            case LINKS -> s.put("type", "array").put("uniqueItems", true).set("items", ref("uuid"));
            case SCORES -> {
                s.put("type", "object");
                s.putObject("propertyNames").put("pattern", UUID);
                s.putObject("additionalProperties").put("type", "integer").put("minimum", (long) f.min()).put("maximum", (long) f.max());
            }
            case EVENTS -> {
                ObjectNode event = s.put("type", "array").putObject("items").put("type", "object").put("additionalProperties", false);
                required(event, "end", "start", "title", "uid");
                ObjectNode p = event.putObject("properties");
                p.set("end", ref("date"));
                p.set("start", ref("date"));
                p.putObject("title").put("type", "string").put("maxLength", 2048);
                p.putObject("uid").put("type", "string").put("maxLength", 2048);
            }
        }
        return s;
    }

    private static com.fasterxml.jackson.databind.JsonNode type(String type, Field f) {
        return f.required() ? NODES.textNode(type) : NODES.arrayNode().add(type).add("null");
    }

    private static void nullable(ObjectNode s, ObjectNode ref, Field f) {
        if (f.required()) {
            s.setAll(ref);
        } else {
            s.set("anyOf", NODES.arrayNode().add(ref).add(NODES.objectNode().put("type", "null")));
        }
    }

    private static ObjectNode ref(String def) {
        return NODES.objectNode().put("$ref", "#/$defs/" + def);
    }

    private static void required(ObjectNode node, String... names) {
        ArrayNode required = node.putArray("required");
        for (String name : names) {
            required.add(name);
        }
    }

    private static String write(ObjectNode schema) {
        try {
            return new ObjectMapper().writer(PlanFileWriter.pretty()).writeValueAsString(schema) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the plan file schema", e);
        }
    }
}
