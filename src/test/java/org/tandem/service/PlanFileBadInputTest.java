package org.tandem.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tandem.domain.Plan;
import org.tandem.exchange.PlanFileFixtures;
import org.tandem.exchange.PlanFileProblem;
import org.tandem.store.Database;
import org.tandem.domain.Progress;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * Bad plan files: each is refused with one message naming the JSON path, and the database is byte for byte
 * as it was. The mutants are made from a real export of the sample with every kind of value.
 */
class PlanFileBadInputTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static String good;

    @TempDir
    Path dir;
    Database db;
    Path dbFile;

    @BeforeEach
    void open() throws Exception {
        dbFile = dir.resolve("mine.db");
        db = Database.open(dbFile);
        Plan plan = PlanFileFixtures.fullSample(db);
        Path file = dir.resolve("good.tandem.json");
        PlanFilesTest.files(db).export(plan.id(), file, Progress.NONE);
        good = Files.readString(file);
        // the file's plan becomes a stranger here, so a good file would import as a new plan
        good = good.replace(plan.id().toString(), UUID.randomUUID().toString());
    }

    @AfterEach
    void close() {
        db.close();
    }

    static UnaryOperator<String> tree(java.util.function.Consumer<ObjectNode> change) {
        return text -> {
            try {
                ObjectNode root = (ObjectNode) JSON.readTree(text);
                change.accept(root);
                return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    static ObjectNode campaign(ObjectNode root, int i) {
        return (ObjectNode) root.get("plan").get("campaigns").get(i);
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("not JSON", (UnaryOperator<String>) t -> "Dear team, the plan is attached.", "$: not valid JSON"),
                Arguments.of("truncated", (UnaryOperator<String>) t -> t.substring(0, t.length() / 2), "not valid JSON"),
                Arguments.of("text after the document", (UnaryOperator<String>) t -> t + "{\"more\": 1}", "more text after"),
                Arguments.of("wrong format", tree(r -> r.put("format", "gantt-project")), "$.format"),
                Arguments.of("missing formatVersion", tree(r -> r.remove("formatVersion")), "$.formatVersion: missing"),
                Arguments.of("newer formatVersion", tree(r -> r.put("formatVersion", 99)), "made by a newer Tandem"),
                Arguments.of("a wrong type", tree(r -> campaign(r, 3).put("start", 20260301)), "$.plan.campaigns[3].start: must be text"),
                Arguments.of("a missing required field", tree(r -> campaign(r, 3).remove("start")), "$.plan.campaigns[3].start: missing"),
                Arguments.of("NaN", (UnaryOperator<String>) t -> t.replaceFirst("\"plannedMinor\": [0-9]+", "\"plannedMinor\": NaN"),
                        "$.plan.campaigns[0].plannedMinor"),
                Arguments.of("Infinity", (UnaryOperator<String>) t -> t.replaceFirst("\"growthPercent\": [-0-9.]+", "\"growthPercent\": Infinity"),
                        "growthPercent"),
                Arguments.of("1e309", (UnaryOperator<String>) t -> t.replaceFirst("\"weight\": [0-9.]+", "\"weight\": 1e309"),
                        "$.plan.criteria[0].weight: must be a finite number"),
                Arguments.of("a year beyond 9999", tree(r -> campaign(r, 2).put("end", "10000-01-01")), "$.plan.campaigns[2].end"),
                Arguments.of("an impossible date", tree(r -> campaign(r, 2).put("end", "2026-02-30")),
                        "$.plan.campaigns[2].end: 2026-02-30 is not a day of the calendar"),
                Arguments.of("negative money", tree(r -> campaign(r, 1).put("plannedMinor", -100)), "$.plan.campaigns[1].plannedMinor: -100 is out of range"),
                Arguments.of("money with cents as a fraction", tree(r -> campaign(r, 1).put("plannedMinor", 12.5)), "minor units"),
                Arguments.of("a negative count", tree(r -> campaign(r, 1).put("expectedLeads", -1)), "$.plan.campaigns[1].expectedLeads"),
                Arguments.of("an unknown enum value", tree(r -> campaign(r, 0).put("status", "someday")), "$.plan.campaigns[0].status: \"someday\" is not one of"),
                Arguments.of("a NUL character in a text", tree(r -> campaign(r, 0).put("notes", "before\0after")),
                        "$.plan.campaigns[0].notes: holds a NUL character"),
                Arguments.of("duplicate ids", tree(r -> campaign(r, 1).put("id", campaign(r, 0).get("id").asText())), "is used twice"),
                Arguments.of("a reference to nothing", tree(r -> campaign(r, 0).put("segmentId", UUID.randomUUID().toString())),
                        "$.plan.campaigns[0].segmentId: no segments entry"),
                Arguments.of("a name over 120 characters", tree(r -> campaign(r, 0).put("name", "N".repeat(121))),
                        "$.plan.campaigns[0].name: is 121 characters long"),
                Arguments.of("a text over 1 MB", tree(r -> campaign(r, 0).put("notes", "x".repeat(1_048_577))),
                        "$.plan.campaigns[0].notes: is longer than 1 MB"),
                Arguments.of("nesting deeper than the schema", tree(r -> {
                    ObjectNode deep = campaign(r, 0).putObject("notes");
                    for (int i = 0; i < 40; i++) {
                        deep = deep.putObject("deeper");
                    }
                }), "goes beyond what a plan file may hold"),
                Arguments.of("an object where text belongs", tree(r -> campaign(r, 0).putObject("notes").put("a", 1)),
                        "$.plan.campaigns[0].notes: must be text"),
                Arguments.of("polymorphic typing", tree(r -> campaign(r, 0).put("@class", "java.lang.ProcessBuilder")),
                        "$.plan.campaigns[0].@class: unknown field"),
                Arguments.of("a duplicate key", (UnaryOperator<String>) t -> t.replaceFirst("\"app\": ", "\"app\": \"x\", \"app\": "),
                        "Duplicate field"),
                Arguments.of("a score out of range", tree(r -> {
                    for (JsonNode c : r.get("plan").get("competitors")) {
                        if (c.get("scores").size() > 0) {
                            String criterion = c.get("scores").fieldNames().next();
                            ((ObjectNode) c.get("scores")).put(criterion, 9);
                            return;
                        }
                    }
                }), ".scores."),
                Arguments.of("an end before the start", tree(r -> campaign(r, 0).put("end", "2001-01-01")), "$.plan.campaigns[0].end: is before start"),
                Arguments.of("a tombstone of a live entity", tree(r -> ((ArrayNode) r.get("tombstones")).addObject()
                        .put("id", campaign(r, 0).get("id").asText()).put("section", "campaigns").put("deletedAt", "2026-01-01T00:00:00Z")),
                        "is both in the plan and deleted"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aBadFileIsRefusedWithOneMessageAndChangesNothing(String what, UnaryOperator<String> mutate, String expected) throws Exception {
        Path file = dir.resolve("bad.tandem.json");
        Files.writeString(file, mutate.apply(good));
        byte[][] before = databaseBytes();

        assertThatThrownBy(() -> PlanFilesTest.files(db).preview(file, Progress.NONE))
                .isInstanceOf(PlanFileProblem.class)
                .satisfies(e -> {
                    assertThat(e.getMessage()).startsWith("$").contains(expected).doesNotContain("\n");
                    assertThat(e.getMessage().length()).isLessThan(400);
                });
        assertThat(databaseBytes()).isDeepEqualTo(before);
    }

    @Test
    void aFileOver200MegabytesIsRefusedBeforeItIsRead() throws Exception {
        Path file = dir.resolve("huge.tandem.json");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(201L * 1024 * 1024);
        }
        assertThatThrownBy(() -> PlanFilesTest.files(db).preview(file, Progress.NONE))
                .hasMessage("$: the file is 201 MB; a plan file may be 200 MB at most");
    }

    @Test
    void theGoodFileThatTheMutantsComeFromImports() throws Exception {
        Path file = dir.resolve("good.tandem.json");
        Files.writeString(file, good);
        ImportPreview preview = PlanFilesTest.files(db).preview(file, Progress.NONE);
        assertThat(PlanFilesTest.files(db).apply(preview, ImportPreview.Mode.NEW, Set.of(), Progress.NONE).entities())
                .isGreaterThan(150);
    }

    /**
     * 200 mutants of a real export (byte flips, truncations, type swaps, deleted, duplicated and huge fields):
     * each is either refused with one clear message and the database unchanged, or is still a valid plan and
     * imports without any error from the store.
     */
    @Test
    void twoHundredMutantsNeverEscapeTheChecks() throws Exception {
        Random random = new Random(13);
        byte[] original = good.getBytes(StandardCharsets.UTF_8);
        int refused = 0;
        for (int n = 0; n < 200; n++) {
            byte[] mutant = mutant(random, n % 6, original);
            Path file = dir.resolve("mutant.tandem.json");
            Files.write(file, mutant);
            byte[][] before = databaseBytes();
            ImportPreview preview;
            try {
                preview = PlanFilesTest.files(db).preview(file, Progress.NONE);
            } catch (PlanFileProblem e) {
                assertThat(e.getMessage()).as("mutant %d", n).startsWith("$").doesNotContain("\n");
                assertThat(databaseBytes()).as("mutant %d", n).isDeepEqualTo(before);
                refused++;
                continue;
            } catch (RuntimeException e) {
                fail("mutant " + n + " escaped the checks: " + e, e);
                return;
            }
            try {
                PlanFilesTest.files(db).apply(preview, preview.modes().get(0), Set.of(), Progress.NONE);
            } catch (RuntimeException e) {
                fail("mutant " + n + " passed the checks but the store refused it: " + e, e);
            }
        }
        assertThat(refused).isGreaterThan(100);
    }

    private static byte[] mutant(Random random, int kind, byte[] original) {
        String text = new String(original, StandardCharsets.UTF_8);
        switch (kind) {
            case 0 -> {
                byte[] flipped = original.clone();
                for (int i = 0; i < 1 + random.nextInt(3); i++) {
                    int at = random.nextInt(flipped.length);
                    flipped[at] = (byte) (flipped[at] ^ (1 << random.nextInt(8)));
                }
                return flipped;
            }
            case 1 -> {
                return Arrays.copyOf(original, random.nextInt(original.length));
            }
            default -> {
                List<String> lines = new java.util.ArrayList<>(text.lines().toList());
                int at = 8 + random.nextInt(lines.size() - 10);
                String line = lines.get(at);
                String changed = switch (kind) {
                    case 2 -> line.replaceFirst(": \"[^\"]*\"", ": 7").replaceFirst(": (-?[0-9.]+|true|false|null)", ": \"swapped\"");
                    case 3 -> null;
                    case 4 -> line + (line.endsWith(",") ? "" : ",") + "\n" + line;
                    default -> line.replaceFirst(": \"[^\"]*\"", ": \"" + "W".repeat(200 + random.nextInt(2_000_000)) + "\"");
                };
                if (changed == null) {
                    lines.remove(at);
                } else {
                    lines.set(at, changed);
                }
                return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
            }
        }
    }

    private byte[][] databaseBytes() throws IOException {
        Path wal = dbFile.resolveSibling(dbFile.getFileName() + "-wal");
        return new byte[][]{Files.readAllBytes(dbFile), Files.exists(wal) ? Files.readAllBytes(wal) : new byte[0]};
    }
}
