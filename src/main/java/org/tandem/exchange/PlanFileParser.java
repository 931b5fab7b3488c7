package org.tandem.exchange;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.tandem.store.PlanContent;
import org.tandem.store.SharedRows;
import org.tandem.store.PlanTables;
import org.tandem.store.PlanTombstone;
import org.tandem.domain.Progress;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a plan file and checks every value of it before anything reaches the store: JSON that is not a
 * plan file, a wrong type, a missing field, a date that does not exist, a number out of range, a duplicate
 * id or a reference to nothing each stop the read with one message naming the JSON path. Reading is
 * bounded whatever the file says: 200 MB at most, nesting and string lengths capped by the parser.
 */
public final class PlanFileParser {
    public static final long MAX_BYTES = 200L * 1024 * 1024;
    private static final int MAX_DEPTH = 16;

    /** Where the file's bytes come from; read twice (its header first), so it opens a fresh stream each time. */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }

    /** Turns a file of the first format into today's (the app does it through a scratch store). */
    @FunctionalInterface
    public interface Upgrade {
        PlanContent fromVersion1(PlanFile file);
    }

    private final ObjectMapper mapper;
    private final PlanBodyReader body;
    private final Upgrade upgrade;

    public PlanFileParser(Upgrade upgrade) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                        .maxStringLength(8 * PlanTables.TEXT).maxNumberLength(64).build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        this.mapper = JsonMapper.builder(factory).build();
        this.body = new PlanBodyReader(mapper);
        this.upgrade = upgrade;
    }

    /** A file's plan id and the revision it was made from, as its first lines say; nulls where they do not. */
    public record Peek(String planId, String baseRevision) {
    }

    /**
     * A quick look at a file as Tandem writes it (keys sorted: baseRevision first, the plan's id after its bigger
     * sections), without checking it; anything unexpected gives an empty peek, and the real read says what is wrong.
     */
    public Peek peek(Source source) {
        String base = null;
        try (InputStream in = source.open(); JsonParser p = mapper.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return new Peek(null, null);
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals("baseRevision") && value == JsonToken.VALUE_STRING) {
                    base = p.getText();
                } else if (name.equals("plan") && value == JsonToken.START_OBJECT) {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String field = p.currentName();
                        if (p.nextToken() == JsonToken.VALUE_STRING && field.equals("id")) {
                            return new Peek(PlanValues.uuid(p.getText(), "$.plan.id", true), base == null ? null
                                    : PlanValues.uuid(base, "$.baseRevision", false));
                        }
                        p.skipChildren();
                    }
                    return new Peek(null, null);
                } else {
                    p.skipChildren();
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // the full read reports it
        }
        return new Peek(null, null);
    }

    private record Header(String format, Integer version, String exportedAt, String app, String revision, String base,
                          boolean hasPlan) {
    }

    public PlanDocument read(Source source, long size, Progress progress) {
        return read(source, size, progress, SharedRows.NONE);
    }

    /** The same, sharing the entities other versions read beside it hold unchanged. */
    public PlanDocument read(Source source, long size, Progress progress, SharedRows shared) {
        return read(source, size, progress, PlanBodyReader.Keep.whole(shared));
    }

    /**
     * A version of a plan this app kept, read whole: checked when it was kept, it is read without the rules across
     * entities (which would remember every entity's place in it, 20 MB for the L plan, while a merge preview reads it).
     */
    public PlanDocument readKept(Source source, long size, SharedRows shared) {
        return read(source, size, Progress.NONE, PlanBodyReader.Keep.withoutRulesAcross(PlanBodyReader.Keep.whole(shared)));
    }

    private PlanDocument read(Source source, long size, Progress progress, PlanBodyReader.Keep keep) {
        return PlanFileReading.guarded(size, () -> {
            Scan quick = scan(source, true, progress, keep);
            if (quick.whole()) {
                return document(checked(quick.header()), quick.content(), quick.tombstones(), quick.conflicts());
            }
            Header header = scan(source, false, progress, keep).header();
            if (header.version() == 1) {
                return fromVersion1(source, header);
            }
            return body(source, header, progress, keep);
        });
    }

    /**
     * The file read and checked as {@link #read} does, in one pass, each entity handed to {@code each} as it is read;
     * the document holds the plan in outline ({@link PlanEntityCheck#outline}: its references and labels, not its
     * texts). Empty for a file that cannot be read so (not laid out as Tandem writes files, an older format, or
     * carrying conflicts to settle), which is to be read whole: what {@code each} was handed before that showed is void.
     */
    public Optional<PlanDocument> outline(Source source, long size, Progress progress, org.tandem.store.PlanParts.EntityWork each) {
        return onePass(source, size, progress, PlanBodyReader.Keep.outline(each));
    }

    /**
     * A file read before by {@link #outline} read again, each entity handed to {@code each}: each entity's own values and
     * rules are checked again, the rules across entities not (nothing is kept to check them by), so the caller makes
     * sure the bytes are those the outline read checked. The document holds the plan's own fields and its tombstones.
     */
    public Optional<PlanDocument> again(Source source, long size, Progress progress, org.tandem.store.PlanParts.EntityWork each) {
        return onePass(source, size, progress, PlanBodyReader.Keep.nothing(each));
    }

    /** The file in one pass, as Tandem lays files out, without conflicts; empty when it is not such a file. */
    private Optional<PlanDocument> onePass(Source source, long size, Progress progress, PlanBodyReader.Keep keep) {
        return PlanFileReading.guarded(size, () -> {
            Scan quick = scan(source, true, progress, keep);
            if (!quick.whole() || quick.conflicts() != null && !quick.conflicts().isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(document(checked(quick.header()), quick.content(), quick.tombstones(), quick.conflicts()));
        });
    }

    /** What one pass over the file found: its header, and its plan when it could be read on the way. */
    private record Scan(Header header, PlanContent content, List<PlanTombstone> tombstones, JsonNode conflicts, boolean whole) {
    }

    /**
     * One pass over the top-level fields. With {@code readPlan}, a file as Tandem writes it (keys sorted, so
     * format and formatVersion come before plan) is read whole; anything else ends the pass with {@code whole}
     * false, to be read again the slow way. Without it, the plan is skipped and the header checked.
     */
    private Scan scan(Source source, boolean readPlan, Progress progress, PlanBodyReader.Keep keep) throws IOException {
        String format = null;
        Integer version = null;
        String exportedAt = null;
        String app = null;
        String revision = null;
        String base = null;
        boolean hasPlan = false;
        PlanContent content = null;
        List<PlanTombstone> tombstones = List.of();
        JsonNode conflicts = null;
        try (InputStream in = source.open(); JsonParser p = mapper.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new PlanFileProblem("$", "a plan file is one JSON object; this is not");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                switch (name) {
                    case "format" -> format = text(p, value, "$.format");
                    case "formatVersion" -> {
                        if (value != JsonToken.VALUE_NUMBER_INT) {
                            throw new PlanFileProblem("$.formatVersion", "must be a whole number");
                        }
                        version = p.getIntValue();
                    }
                    case "exportedAt" -> exportedAt = text(p, value, "$.exportedAt");
                    case "app" -> app = text(p, value, "$.app");
                    case "revision" -> revision = text(p, value, "$.revision");
                    case "baseRevision" -> base = text(p, value, "$.baseRevision");
                    case "plan" -> {
                        hasPlan = true;
                        boolean current = PlanDocument.FORMAT.equals(format) && Integer.valueOf(PlanDocument.FORMAT_VERSION).equals(version);
                        if (readPlan && !current) {
                            return new Scan(null, null, tombstones, null, false);
                        }
                        if (readPlan) {
                            content = body.plan(p, progress, keep);
                        } else {
                            p.skipChildren();
                        }
                    }
                    case "tombstones" -> {
                        if (readPlan) {
                            tombstones = body.tombstones(p);
                        } else {
                            p.skipChildren();
                        }
                    }
                    case "conflicts" -> {
                        if (readPlan) {
                            conflicts = mapper.readTree(p);
                        } else {
                            p.skipChildren();
                        }
                    }
                    default -> {
                        if (readPlan) {
                            return new Scan(null, null, tombstones, null, false);
                        }
                        p.skipChildren();
                    }
                }
            }
            if (p.nextToken() != null) {
                if (readPlan) {
                    return new Scan(null, null, tombstones, null, false);
                }
                throw new PlanFileProblem("$", "there is more text after the plan file's end (line "
                        + p.currentLocation().getLineNr() + ")");
            }
        }
        Header header = new Header(format, version, exportedAt, app, revision, base, hasPlan);
        return new Scan(readPlan ? header : checked(header), content, tombstones, conflicts, !readPlan || content != null);
    }

    private static Header checked(Header h) {
        String format = h.format();
        Integer version = h.version();
        String revision = h.revision();
        String base = h.base();
        String exportedAt = h.exportedAt();
        if (!PlanDocument.FORMAT.equals(format)) {
            throw new PlanFileProblem("$.format", format == null ? "missing: this is not a Tandem plan file"
                    : "expected \"" + PlanDocument.FORMAT + "\": this is not a Tandem plan file");
        }
        if (version == null) {
            throw new PlanFileProblem("$.formatVersion", "missing");
        }
        if (version < 1) {
            throw new PlanFileProblem("$.formatVersion", "must be 1 or more");
        }
        if (version > PlanDocument.FORMAT_VERSION) {
            throw new PlanFileProblem("$.formatVersion", "version " + version + " was made by a newer Tandem;"
                    + " this one reads up to version " + PlanDocument.FORMAT_VERSION);
        }
        if (!h.hasPlan()) {
            throw new PlanFileProblem("$.plan", "missing");
        }
        if (version >= 2) {
            revision = PlanValues.uuid(revision, "$.revision", true);
            base = PlanValues.uuid(base, "$.baseRevision", false);
            exportedAt = PlanValues.instant(exportedAt, "$.exportedAt");
        }
        return new Header(format, version, exportedAt, h.app() == null ? "" : h.app(), revision, base, true);
    }

    private PlanDocument fromVersion1(Source source, Header header) throws IOException {
        try (InputStream in = source.open()) {
            PlanFile file = new PlanFileReader().read(in);
            PlanContent content = upgrade.fromVersion1(file);
            return new PlanDocument(1, header.exportedAt() == null ? "" : header.exportedAt(), header.app(),
                    java.util.UUID.randomUUID().toString(), null, content, List.of());
        }
    }

    private PlanDocument body(Source source, Header header, Progress progress, PlanBodyReader.Keep keep) throws IOException {
        List<PlanTombstone> tombstones = new ArrayList<>();
        List<JsonNode> conflicts = new ArrayList<>();
        PlanContent content = null;
        try (InputStream in = source.open(); JsonParser p = mapper.createParser(in)) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "plan" -> content = body.plan(p, progress, keep);
                    case "tombstones" -> tombstones = body.tombstones(p);
                    case "conflicts" -> {
                        JsonNode list = mapper.readTree(p);
                        if (!list.isArray()) {
                            throw new PlanFileProblem("$.conflicts", "must be a list");
                        }
                        list.forEach(conflicts::add);
                    }
                    case "format", "formatVersion", "exportedAt", "app", "revision", "baseRevision" -> p.skipChildren();
                    default -> throw new PlanFileProblem("$." + name, "unknown field (a plan file has app, baseRevision,"
                            + " conflicts, exportedAt, format, formatVersion, plan, revision and tombstones)");
                }
            }
        }
        JsonNode conflictList = mapper.getNodeFactory().arrayNode().addAll(conflicts);
        return document(header, content, tombstones, conflictList);
    }

    private static PlanDocument document(Header header, PlanContent content, List<PlanTombstone> tombstones, JsonNode conflicts) {
        if (conflicts != null && !conflicts.isArray()) {
            throw new PlanFileProblem("$.conflicts", "must be a list");
        }
        for (int i = 0; i < tombstones.size(); i++) {
            PlanTombstone t = tombstones.get(i);
            if (content.rows(t.section()).containsKey(t.id())) {
                throw new PlanFileProblem("$.tombstones[" + i + "].id", "the entity " + t.id() + " is both in the plan and deleted");
            }
            content.tombstones().put(t.id(), t);
        }
        List<Conflict> read = new ArrayList<>();
        for (int i = 0; conflicts != null && i < conflicts.size(); i++) {
            read.add(PlanConflicts.read(conflicts.get(i), "$.conflicts[" + i + "]", content));
        }
        return new PlanDocument(header.version(), header.exportedAt(), header.app(), header.revision(), header.base(),
                content, read);
    }

    private static String text(JsonParser p, JsonToken token, String path) throws IOException {
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.VALUE_STRING) {
            throw new PlanFileProblem(path, "must be text");
        }
        return p.getText();
    }
}
