package org.tandem.exchange;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import org.tandem.store.PlanParts;
import org.tandem.store.PlanRow;
import org.tandem.store.PlanTables;
import org.tandem.store.PlanTables.Field;
import org.tandem.store.PlanTables.Section;
import org.tandem.store.PlanTombstone;
import org.tandem.domain.Progress;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes plan files the same way every time: keys sorted, entities sorted by id, two-space indents, plain
 * decimals, so two exports of an unchanged plan differ only in their export time and revision, and a git
 * diff shows what changed. Files are written atomically: a temporary file, flushed to disk, then renamed.
 */
public final class PlanFileWriter {
    private static final JsonFactory JSON = JsonFactory.builder().disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    private static final int CHECK_EVERY = 1000;

    /** What a plan file says besides the plan. */
    public record Head(String exportedAt, String app, String revision, String baseRevision, List<Conflict> conflicts) {
        static Head of(PlanDocument document) {
            return new Head(document.exportedAt(), document.app(), document.revision(), document.baseRevision(),
                    document.conflicts());
        }
    }

    public void write(PlanDocument document, Path file, Progress progress) throws IOException {
        write(Head.of(document), document.content(), file, OutputStream.nullOutputStream(), progress);
    }

    /** The plan written to the file and, byte for byte, to {@code copy} too (a version kept as it is exported). */
    public void write(Head head, PlanParts plan, Path file, OutputStream copy, Progress progress) throws IOException {
        AtomicFile.write(file, temp -> {
            try (FileOutputStream out = new FileOutputStream(temp.toFile())) {
                OutputStream both = new BufferedOutputStream(new OutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        out.write(b);
                        copy.write(b);
                    }

                    @Override
                    public void write(byte[] bytes, int offset, int length) throws IOException {
                        out.write(bytes, offset, length);
                        copy.write(bytes, offset, length);
                    }
                }, 1 << 16);
                write(head, plan, both, progress);
                both.flush();
                out.getFD().sync();
            }
        });
    }

    public byte[] bytes(PlanDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(document, out, Progress.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The document gzipped, in pieces, as the store keeps revisions. */
    public org.tandem.store.PackedPlan gzipped(PlanDocument document) {
        PackedCopy.Blocks out = new PackedCopy.Blocks();
        try (OutputStream gz = PackedCopy.gzip(out)) {
            write(document, gz, Progress.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.packed();
    }

    public void write(PlanDocument document, OutputStream out, Progress progress) throws IOException {
        write(Head.of(document), document.content(), out, progress);
    }

    private void write(Head head, PlanParts plan, OutputStream out, Progress progress) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(pretty());
            g.writeStartObject();
            g.writeStringField("app", head.app());
            g.writeStringField("baseRevision", head.baseRevision());
            if (!head.conflicts().isEmpty()) {
                g.writeArrayFieldStart("conflicts");
                for (Conflict c : head.conflicts()) {
                    writeConflict(g, c);
                }
                g.writeEndArray();
            }
            g.writeStringField("exportedAt", head.exportedAt());
            g.writeStringField("format", PlanDocument.FORMAT);
            g.writeNumberField("formatVersion", PlanDocument.FORMAT_VERSION);
            g.writeFieldName("plan");
            writePlan(g, plan, progress);
            g.writeStringField("revision", head.revision());
            g.writeArrayFieldStart("tombstones");
            for (PlanTombstone t : plan.tombstones().values()) {
                g.writeStartObject();
                g.writeStringField("deletedAt", t.deletedAt());
                g.writeStringField("id", t.id());
                g.writeStringField("section", t.section());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void writePlan(JsonGenerator g, PlanParts content, Progress progress) throws IOException {
        // the plan's own fields and its sections, all in one sorted run of keys
        Map<String, Object> keys = new TreeMap<>();
        for (Field f : PlanTables.PLAN.fields()) {
            keys.put(f.name(), f);
        }
        keys.put("id", "id");
        PlanTables.SECTIONS.forEach(s -> keys.put(s.name(), s));
        long total = content.size();
        long[] done = {0};
        g.writeStartObject();
        for (Map.Entry<String, Object> key : keys.entrySet()) {
            g.writeFieldName(key.getKey());
            if (key.getValue() instanceof Section section) {
                g.writeStartArray();
                content.eachRow(section.name(), row -> {
                    writeEntity(g, section, row);
                    if (++done[0] % CHECK_EVERY == 0) {
                        progress.check();
                        progress.done(done[0], total);
                    }
                });
                g.writeEndArray();
            } else if (key.getValue() instanceof Field f) {
                writeValue(g, f, content.plan().get(PlanTables.PLAN.index(f.name())));
            } else {
                g.writeString(content.planId());
            }
        }
        g.writeEndObject();
    }

    /** Two-space indents, "key": value, [] and {} when empty: how plan files and their schema look. */
    static DefaultPrettyPrinter pretty() {
        return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER).withArrayEmptySeparator("").withObjectEmptySeparator(""))
                .withObjectIndenter(new DefaultIndenter("  ", "\n")).withArrayIndenter(new DefaultIndenter("  ", "\n"));
    }

    static void writeEntity(JsonGenerator g, Section section, PlanRow row) throws IOException {
        List<Field> fields = new ArrayList<>(section.sortedFields());
        g.writeStartObject();
        boolean idWritten = false;
        for (Field f : fields) {
            if (!idWritten && f.name().compareTo("id") > 0) {
                g.writeStringField("id", row.id());
                idWritten = true;
            }
            g.writeFieldName(f.name());
            writeValue(g, f, row.get(section.index(f.name())));
        }
        if (!idWritten) {
            g.writeStringField("id", row.id());
        }
        g.writeEndObject();
    }

    @SuppressWarnings("unchecked")
    static void writeValue(JsonGenerator g, Field f, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Long l) {
            g.writeNumber(l);
        } else if (value instanceof Double d) {
            g.writeNumber(plain(d));
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<String, ?> e : new TreeMap<>((Map<String, ?>) map).entrySet()) {
                g.writeFieldName(e.getKey());
                writeValue(g, f, e.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof List<?> list) {
            g.writeStartArray();
            for (Object item : list) {
                writeValue(g, f, item);
            }
            g.writeEndArray();
        } else {
            throw new IllegalArgumentException("Cannot write " + value.getClass().getSimpleName() + " in " + f.name());
        }
    }

    /** 0.25 as 0.25, 3.0 as 3, 1e7 as 10000000: plain decimals diff and read well. */
    static String plain(double d) {
        if (d == 0) {
            return "0";
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    private static void writeConflict(JsonGenerator g, Conflict c) throws IOException {
        Section section = PlanTables.section(c.section());
        g.writeStartObject();
        g.writeFieldName("base");
        writeSide(g, section, c.field(), c.base());
        g.writeStringField("field", c.field());
        g.writeStringField("id", c.id());
        g.writeStringField("label", c.label());
        g.writeFieldName("mine");
        writeSide(g, section, c.field(), c.mine());
        g.writeStringField("section", c.section());
        g.writeFieldName("theirs");
        writeSide(g, section, c.field(), c.theirs());
        g.writeEndObject();
    }

    private static void writeSide(JsonGenerator g, Section section, String field, Object value) throws IOException {
        if (value instanceof PlanRow row) {
            writeEntity(g, section, row);
        } else if (field == null || value == null) {
            g.writeNull();
        } else {
            Section owner = section == null ? PlanTables.PLAN : section;
            writeValue(g, owner.field(field), value);
        }
    }
}
