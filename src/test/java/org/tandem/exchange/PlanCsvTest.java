package org.tandem.exchange;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.domain.Campaign;
import org.tandem.domain.Plan;
import org.tandem.store.CampaignRepository;
import org.tandem.store.Database;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** CSV out: every table of the sample, read back through the same library as a spreadsheet would. */
class PlanCsvTest {
    @TempDir
    Path dir;
    PlanFileFixtures.SampleDatabase sample;
    Database db;
    Plan plan;

    @BeforeEach
    void open() {
        sample = PlanFileFixtures.SampleDatabase.in(dir);
        db = sample.db();
        plan = sample.plan();
    }

    @AfterEach
    void close() {
        sample.close();
    }

    private PlanCsv csv() {
        return new PlanCsv(sample.content(), sample.campaigns());
    }

    private List<CSVRecord> table(PlanCsv.Table table, boolean bom) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rows = csv().write(table, out, bom);
        String text = out.toString(StandardCharsets.UTF_8);
        if (bom) {
            assertThat(out.toByteArray()).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
            text = text.substring(1);
        }
        assertThat(text).contains("\r\n");
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))) {
            assertThat(parser.getHeaderNames()).containsExactlyElementsOf(PlanCsv.header(table));
            List<CSVRecord> records = parser.getRecords();
            assertThat(records).hasSize(rows);
            return records;
        }
    }

    @Test
    void everyTableOfTheSampleWritesAndReadsBack() throws Exception {
        assertThat(table(PlanCsv.Table.NOTES, false)).hasSize(20);
        assertThat(table(PlanCsv.Table.SEGMENTS, false)).hasSize(4);
        assertThat(table(PlanCsv.Table.COMPETITORS, false)).hasSize(6);
        assertThat(table(PlanCsv.Table.SCORES, false)).hasSizeGreaterThan(20);
        assertThat(table(PlanCsv.Table.CAMPAIGNS, true)).hasSize(20);
        assertThat(table(PlanCsv.Table.BUDGET, false)).isNotEmpty();
        assertThat(table(PlanCsv.Table.ACTIVITIES, false)).hasSize(6);
        assertThat(table(PlanCsv.Table.ACTUALS, false)).hasSize(66);
    }

    @Test
    void valuesAreQuotedAsRfc4180SaysWithMoneyInMajorUnitsAndIsoDates() throws Exception {
        CampaignRepository campaigns = new CampaignRepository(db);
        Campaign c = campaigns.all(plan.id()).stream().filter(x -> x.name().equals("Northern Coffee Festival stand")).findFirst().orElseThrow();
        campaigns.save(new Campaign(c.id(), c.planId(), "Stand \"A\", hall 2", c.channel(), c.start(), c.end(), c.status(), c.owner(), c.role(),
                123_456, c.actualSpend(), c.expectedLeads(), c.actualLeads(), c.segmentId(), "line one\nline two", c.link(), c.recurrence(),
                c.createdAt(), c.updatedAt()));
        CSVRecord row = table(PlanCsv.Table.CAMPAIGNS, false).stream().filter(r -> r.get("Name").startsWith("Stand")).findFirst().orElseThrow();
        assertThat(row.get("Name")).isEqualTo("Stand \"A\", hall 2");
        assertThat(row.get("Notes")).isEqualTo("line one\nline two");
        assertThat(row.get("Planned budget")).isEqualTo("1234.56");
        assertThat(row.get("Start")).isEqualTo(c.start().toString());
        assertThat(row.get("Segment")).isNotEmpty().doesNotContain("-");

        CSVRecord score = table(PlanCsv.Table.SCORES, false).get(0);
        assertThat(Integer.parseInt(score.get("Score"))).isBetween(1, 5);
        assertThat(score.get("Criterion")).isNotBlank();
    }

    @Test
    void theBudgetSumsTheCalendarsMonthsPerChannel() throws Exception {
        long planned = 0;
        for (CSVRecord r : table(PlanCsv.Table.BUDGET, false)) {
            planned += new java.math.BigDecimal(r.get("Planned budget")).movePointRight(2).longValueExact();
        }
        long expected = org.tandem.domain.CampaignMath.byMonth(new CampaignRepository(db).all(plan.id())).values().stream()
                .mapToLong(org.tandem.domain.CampaignMath.Totals::planned).sum();
        assertThat(planned).isEqualTo(expected).isPositive();
    }
}
