package org.tandem.exchange;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.tandem.domain.Progress;
import org.tandem.store.PlanContent;
import org.tandem.store.PlanRow;
import org.tandem.store.PlanTables;
import org.tandem.store.PlanTables.Section;
import org.tandem.store.PlanTombstone;
import org.tandem.store.SharedRows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads a plan file's {@code plan} object and its tombstones from the stream, entity by entity, checking each
 * value as it comes: a plan of 100,000 entities is never held as one JSON tree.
 */
final class PlanBodyReader {
    private final ObjectMapper mapper;

    PlanBodyReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** What a read keeps of each entity it has checked ({@code pool} shares its short texts with the file's others). */
    @FunctionalInterface
    interface Keep {
        PlanRow kept(Section section, PlanRow row, java.util.function.UnaryOperator<PlanRow> pool) throws IOException;

        /** Whether the rules across entities (unique ids, references, one own profile) are checked; they need what is kept. */
        default boolean acrossEntities() {
            return true;
        }

        /** The whole entity, one copy of those other versions read beside this one hold unchanged. */
        static Keep whole(SharedRows shared) {
            return (section, row, pool) -> shared.shared(section.name(), row, pool);
        }

        /** The entity handed on whole, its outline kept (an id and the references to it one text). */
        static Keep outline(org.tandem.store.PlanParts.EntityWork each) {
            return (section, row, pool) -> {
                each.accept(section, row);
                return pool.apply(PlanEntityCheck.outline(section, row));
            };
        }

        /** The entity handed on, nothing kept, only each entity's own rules checked: for a file read before in outline. */
        static Keep nothing(org.tandem.store.PlanParts.EntityWork each) {
            return withoutRulesAcross((section, row, pool) -> {
                each.accept(section, row);
                return null;
            });
        }

        /** What {@code keep} keeps, the rules across entities not checked (a file checked before: a version kept, a second read). */
        static Keep withoutRulesAcross(Keep keep) {
            return new Keep() {
                @Override
                public PlanRow kept(Section section, PlanRow row, java.util.function.UnaryOperator<PlanRow> pool) throws IOException {
                    return keep.kept(section, row, pool);
                }

                @Override
                public boolean acrossEntities() {
                    return false;
                }
            };
        }
    }

    PlanContent plan(JsonParser p, Progress progress, Keep keep) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw new PlanFileProblem("$.plan", "must be an object");
        }
        PlanEntityCheck check = new PlanEntityCheck(keep.acrossEntities());
        Map<String, JsonNode> planFields = new java.util.TreeMap<>();
        java.util.Map<String, java.util.SortedMap<String, PlanRow>> sections = new java.util.LinkedHashMap<>();
        PlanTables.SECTIONS.forEach(s -> sections.put(s.name(), new org.tandem.store.SortedRows<>()));
        long read = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            Section section = PlanTables.section(name);
            if (section == null) {
                if (PlanTables.PLAN.field(name) == null && !name.equals("id")) {
                    throw new PlanFileProblem("$.plan." + name, "unknown field");
                }
                planFields.put(name, mapper.readTree(p));
                continue;
            }
            if (p.currentToken() != JsonToken.START_ARRAY) {
                throw new PlanFileProblem("$.plan." + name, "must be a list");
            }
            int index = 0;
            Map<String, Integer> fieldAt = new java.util.HashMap<>();
            for (int i = 0; i < section.fields().size(); i++) {
                fieldAt.put(section.fields().get(i).name(), i);
            }
            while (p.nextToken() != JsonToken.END_ARRAY) {
                PlanEntityCheck.At path = PlanEntityCheck.At.entity(name, index);
                PlanRow row = keep.kept(section, entity(p, section, fieldAt, check, path), check::pooled);
                if (row != null && sections.get(name).put(row.id(), row) != null) {
                    throw new PlanFileProblem(path + ".id", "the id " + row.id() + " appears twice");
                }
                index++;
                if (++read % 1000 == 0) {
                    progress.check();
                }
            }
        }
        PlanRow plan = check.plan(planFields);
        PlanContent content = new PlanContent(plan, sections, new java.util.TreeMap<>());
        if (keep.acrossEntities()) {
            check.wholePlan(content);
        }
        return content;
    }

    /** One entity read straight from the stream: its values as small nodes, no tree of the whole object. */
    private PlanRow entity(JsonParser p, Section section, Map<String, Integer> fieldAt, PlanEntityCheck check, PlanEntityCheck.At path)
            throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw new PlanFileProblem(path.toString(), "must be an object");
        }
        JsonNode[] fields = new JsonNode[section.fields().size()];
        JsonNode id = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken token = p.nextToken();
            Integer at = fieldAt.get(name);
            if (at == null && !name.equals("id")) {
                throw new PlanFileProblem(path + "." + name, "unknown field");
            }
            JsonNode value = switch (token) {
                case VALUE_STRING -> TextNode.valueOf(p.getText());
                case VALUE_NUMBER_INT -> switch (p.getNumberType()) {
                    case INT -> IntNode.valueOf(p.getIntValue());
                    case LONG -> LongNode.valueOf(p.getLongValue());
                    default -> BigIntegerNode.valueOf(p.getBigIntegerValue());
                };
                case VALUE_NUMBER_FLOAT -> DoubleNode.valueOf(p.getDoubleValue());
                case VALUE_TRUE -> BooleanNode.TRUE;
                case VALUE_FALSE -> BooleanNode.FALSE;
                case VALUE_NULL -> NullNode.instance;
                default -> mapper.readTree(p);
            };
            if (at == null) {
                id = value;
            } else {
                fields[at] = value;
            }
        }
        return check.entity(section, id, fields, path);
    }

    List<PlanTombstone> tombstones(JsonParser p) throws IOException {
        JsonNode list = mapper.readTree(p);
        if (!list.isArray()) {
            throw new PlanFileProblem("$.tombstones", "must be a list");
        }
        List<PlanTombstone> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String path = "$.tombstones[" + i + "]";
            JsonNode t = list.get(i);
            if (!t.isObject()) {
                throw new PlanFileProblem(path, "must be an object");
            }
            for (Iterator<String> names = t.fieldNames(); names.hasNext(); ) {
                String n = names.next();
                if (!List.of("id", "section", "deletedAt").contains(n)) {
                    throw new PlanFileProblem(path + "." + n, "unknown field");
                }
            }
            String section = PlanValues.requiredText(t, "section", path);
            if (PlanTables.section(section) == null || PlanTables.section(section).single()) {
                throw new PlanFileProblem(path + ".section", "unknown section \"" + section + "\"");
            }
            out.add(new PlanTombstone(PlanValues.uuid(PlanValues.requiredText(t, "id", path), path + ".id", true), section,
                    PlanValues.instant(PlanValues.requiredText(t, "deletedAt", path), path + ".deletedAt")));
        }
        return out;
    }

}
