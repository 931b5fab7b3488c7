package org.tandem.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A class review's table written out: as CSV for a spreadsheet or a gradebook, or as a report (PDF for a .pdf
 * file, else one HTML page) with the exercise's task, the table, and the files that could not be read.
 */
public final class ClassReviewFiles {
    /** The review as the table shows it. */
    public record Table(String title, String task, List<String> header, List<List<String>> rows, List<String[]> skipped) {
        public Table {
            header = List.copyOf(header);
            rows = List.copyOf(rows);
            skipped = List.copyOf(skipped);
        }
    }

    private ClassReviewFiles() {
    }

    public static void csv(Table table, Path file, boolean byteOrderMark) throws IOException {
        AtomicFile.write(file, temp -> {
            try (OutputStream out = Files.newOutputStream(temp)) {
                PlanCsv.print(out, table.header(), table.rows(), byteOrderMark);
            }
        });
    }

    public static void report(Table table, Path file, java.time.LocalDate today) throws IOException {
        boolean pdf = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf");
        String html = html(table, today, pdf);
        if (pdf) {
            PlanReport.pdf(file, html);
        } else {
            AtomicFile.write(file, html.getBytes(StandardCharsets.UTF_8));
        }
    }

    static String html(Table table, java.time.LocalDate today, boolean forPdf) {
        StringBuilder h = new StringBuilder(16_000);
        h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta charset=\"UTF-8\"/><title>")
                .append(PlanReport.esc(table.title())).append("</title><style>").append(ReportStyle.css(forPdf, false))
                .append("</style></head><body><h1>").append(PlanReport.esc(table.title())).append("</h1><p class=\"muted\">Class review, ")
                .append(today).append(", ").append(table.rows().size()).append(table.rows().size() == 1 ? " student" : " students")
                .append("</p>");
        if (!table.task().isBlank()) {
            h.append("<h2>The task</h2><p>").append(PlanReport.esc(table.task())).append("</p>");
        }
        h.append("<h2>Students</h2>");
        PlanReport.table(h, table.header(), table.rows().stream().map(r -> r.toArray(String[]::new)).toList());
        if (!table.skipped().isEmpty()) {
            h.append("<h2>Files not reviewed</h2>");
            PlanReport.table(h, List.of("File", "Problem"), table.skipped());
        }
        return h.append("</body></html>").toString();
    }
}
