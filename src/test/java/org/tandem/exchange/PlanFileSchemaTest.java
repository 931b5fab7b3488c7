package org.tandem.exchange;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.domain.Plan;
import org.tandem.store.Database;
import org.tandem.store.PlanContentReader;
import org.tandem.domain.Progress;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The schema in the jar and in docs/ is the one the reader follows, and every export validates against it. */
class PlanFileSchemaTest {
    static final Path DOCS_COPY = Path.of("docs/plan.schema.json");
    static final Path SOURCE_COPY = Path.of("src/main/resources" + PlanFileSchema.RESOURCE);

    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("schema.db"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    static Schema schema() throws IOException {
        try (InputStream in = PlanFileSchema.class.getResourceAsStream(PlanFileSchema.RESOURCE)) {
            assertThat(in).as("the schema ships in the jar").isNotNull();
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private String fullSampleExport() {
        Plan plan = PlanFileFixtures.fullSample(db);
        PlanDocument document = new PlanDocument(PlanDocument.FORMAT_VERSION, "2026-11-30T09:00:00Z", "Tandem test",
                "7afd913f-533d-44e5-b2f6-75c04bee9a7c", null,
                new PlanContentReader(db).read(plan.id(), () -> false).orElseThrow(), List.of());
        return new String(new PlanFileWriter().bytes(document), StandardCharsets.UTF_8);
    }

    @Test
    void theShippedSchemaAndTheDocsCopyAreTheOneTheReaderFollows() throws IOException {
        String made = PlanFileSchema.text();
        if (Boolean.getBoolean("tandem.schema.write")) {
            Files.writeString(DOCS_COPY, made);
            Files.writeString(SOURCE_COPY, made);
        }
        assertThat(Files.readString(SOURCE_COPY)).as("run mvn test -Dtest=PlanFileSchemaTest -Dtandem.schema.write=true").isEqualTo(made);
        assertThat(Files.readString(DOCS_COPY)).isEqualTo(made);
    }

    @Test
    void anExportOfAPlanWithEveryKindOfValueValidates() throws IOException {
        String json = fullSampleExport();
        assertThat(json).contains("\"events\": [", "\"repeatSkipped\": [\n");

        List<Error> errors = schema().validate(json, InputFormat.JSON);
        assertThat(errors).isEmpty();
    }

    @Test
    void theSchemaRefusesWhatTheReaderRefuses() throws IOException {
        String json = fullSampleExport();
        String wrongStatus = json.replaceFirst("\"status\": \"[a-z]+\"", "\"status\": \"someday\"");
        String extraField = json.replaceFirst("\"app\": ", "\"colour\": 1, \"app\": ");
        String negativeMoney = json.replaceFirst("\"plannedMinor\": [0-9]+", "\"plannedMinor\": -5");

        assertThat(schema().validate(wrongStatus, InputFormat.JSON)).isNotEmpty();
        assertThat(schema().validate(extraField, InputFormat.JSON)).isNotEmpty();
        assertThat(schema().validate(negativeMoney, InputFormat.JSON)).isNotEmpty();
        PlanFileParser parser = new PlanFileParser(new PlanFileUpgrade());
        for (String bad : List.of(wrongStatus, extraField, negativeMoney)) {
            byte[] bytes = bad.getBytes(StandardCharsets.UTF_8);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> parser.read(() -> new java.io.ByteArrayInputStream(bytes),
                    bytes.length, Progress.NONE)).isInstanceOf(PlanFileProblem.class);
        }
    }
}
