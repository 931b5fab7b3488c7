package org.tandem.exchange;

import org.junit.jupiter.api.Test;
import org.tandem.domain.ActualsCsv;
import org.tandem.domain.SalesPeriod;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** CSV files as Excel and LibreOffice write them in English and German, read with their encoding and separator found. */
class CsvTableTest {
    static final SalesPeriod Q4 = new SalesPeriod(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31));

    static byte[] bytes(String text, Charset charset, byte... bom) {
        byte[] body = text.getBytes(charset);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        return all;
    }

    static List<ActualsCsv.Row> actuals(CsvTable table) {
        List<ActualsCsv.Line> lines = table.rows().stream().map(r -> new ActualsCsv.Line(r.line(), r.fields())).toList();
        return ActualsCsv.read(lines, ActualsCsv.guess(lines, table.separator() == ';'), Q4);
    }

    @Test
    void excelInEnglishWritesUtf8WithABomCommasAndQuotedThousands() {
        byte[] file = bytes("Date,Measure,Value\r\n05/10/2026,revenue,\"1,250.50\"\r\n13/10/2026,revenue,\"£3,200.00\"\r\n14/10/2026,leads,7\r\n",
                StandardCharsets.UTF_8, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        CsvTable table = CsvTable.read(file, null, null);
        assertThat(table.encoding()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(table.separator()).isEqualTo(',');
        assertThat(table.rows().get(0).fields()).containsExactly("Date", "Measure", "Value");
        List<ActualsCsv.Row> rows = actuals(table);
        assertThat(rows).allSatisfy(r -> assertThat(r.problem()).isEmpty());
        assertThat(rows).extracting(ActualsCsv.Row::value).containsExactly(1250.5, 3200.0, 7.0);
        assertThat(rows.get(1).day()).isEqualTo(LocalDate.of(2026, 10, 13));
    }

    @Test
    void excelInGermanWritesWindows1252SemicolonsDecimalCommasAndTrailingEmptyColumns() {
        byte[] file = bytes("Datum;Kennzahl;Wert;;\r\n05.10.2026;revenue;1.250,50;;\r\n06.10.2026;leads;3;;\r\n07.10.2026;revenue;99,9;Büro;\r\n",
                CsvTable.WINDOWS_1252);
        CsvTable table = CsvTable.read(file, null, null);
        assertThat(table.encoding()).isEqualTo(CsvTable.WINDOWS_1252);
        assertThat(table.separator()).isEqualTo(';');
        assertThat(table.rows().get(0).fields()).containsExactly("Datum", "Kennzahl", "Wert");
        assertThat(table.rows().get(3).fields()).contains("Büro");
        List<ActualsCsv.Row> rows = actuals(table);
        assertThat(rows).extracting(ActualsCsv.Row::value).containsExactly(1250.5, 3.0, 99.9);
    }

    @Test
    void libreOfficeInGermanWritesUtf8AndQuotesTexts() {
        byte[] file = bytes("\"Datum\";\"Kennzahl\";\"Wert\"\n2026-10-05;\"revenue\";\"1.250,50\"\n2026-10-06;\"Demos held\";2\n",
                StandardCharsets.UTF_8);
        CsvTable table = CsvTable.read(file, null, null);
        assertThat(table.separator()).isEqualTo(';');
        assertThat(actuals(table)).extracting(ActualsCsv.Row::value).containsExactly(1250.5, 2.0);
    }

    @Test
    void aTabSeparatedUtf16FileWithItsByteOrderMarkReads() {
        byte[] file = bytes("date\tmeasure\tvalue\r\n2026-11-02\tleads\t4\r\n", StandardCharsets.UTF_16LE, (byte) 0xFF, (byte) 0xFE);
        CsvTable table = CsvTable.read(file, null, null);
        assertThat(table.encoding()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(table.separator()).isEqualTo('\t');
        assertThat(actuals(table)).singleElement().satisfies(r -> assertThat(r.value()).isEqualTo(4.0));
    }

    @Test
    void aChosenEncodingAndSeparatorWinOverWhatIsFound() {
        byte[] file = bytes("a;b,c\n", StandardCharsets.UTF_8);
        assertThat(CsvTable.read(file, StandardCharsets.ISO_8859_1, ',').rows().get(0).fields()).containsExactly("a;b", "c");
    }

    @Test
    void aQuoteThatNeverClosesIsNamedByLine() {
        byte[] file = bytes("date,measure,value\n2026-10-05,revenue,\"12\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CsvTable.read(file, null, ',')).isInstanceOf(CsvTable.Unreadable.class).hasMessageStartingWith("Line 2:");
    }
}
