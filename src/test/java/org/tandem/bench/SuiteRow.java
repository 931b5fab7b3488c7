package org.tandem.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One line of the suite's table: a size, what was measured, its median, the target and the runs. A child JVM prints
 * rows on its standard output as "row|S|what|median|unit|target|runs"; the suite reads them back.
 */
public record SuiteRow(String size, String what, double median, String unit, double target, String runs) {
    private static final String MARK = "row|";

    /** Prints the row for a median of {@code nanos} (one run or many) against a target in milliseconds. */
    static void time(String size, String what, List<Long> nanos, double targetMs) {
        System.out.println(new SuiteRow(size, what, median(nanos) / 1e6, "ms", targetMs, runs(nanos)).line());
    }

    /** A first showing on its own and the median of the later ones, each against the target. */
    static void time(String size, String what, long first, List<Long> later, double targetMs) {
        double firstMs = first / 1e6;
        double laterMs = median(later) / 1e6;
        System.out.println(new SuiteRow(size, what, Math.max(firstMs, laterMs), "ms", targetMs,
                String.format("first %.0f, later %.0f (%s)", firstMs, laterMs, runs(later))).line());
    }

    /** The JVM's peak heap in use and its peak resident memory (Linux: VmHWM) so far, each against 500 MB. */
    static void peaks(String size, String when) {
        long heap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.println(new SuiteRow(size, "peak heap in use, " + when, heap / 1048576.0, "MB", 500, "").line());
        residentPeakKb().ifPresent(kb -> System.out.println(new SuiteRow(size, "peak RSS (the whole process), " + when, kb / 1024.0, "MB",
                500, "").line()));
    }

    /** Where the peaks stood after a stage of the walk, on standard error: what drove them up. */
    static void trace(String stage) {
        long heap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.err.printf("peaks after %s: heap %,d MB, RSS %,d MB%n", stage, heap >> 20, residentPeakKb().orElse(0) >> 10);
    }

    static java.util.OptionalLong residentPeakKb() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM:"))
                    .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst();
        } catch (IOException | RuntimeException notLinux) {
            return java.util.OptionalLong.empty();
        }
    }

    static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /**
     * The rows of several walks as one table, in the last walk's order: a time is the median of the walks' figures, a
     * peak of memory the highest; a row only one walk measured (the file work) is that walk's.
     */
    static List<SuiteRow> merged(List<List<SuiteRow>> walks) {
        List<SuiteRow> out = new java.util.ArrayList<>();
        for (SuiteRow row : walks.get(walks.size() - 1)) {
            List<SuiteRow> same = walks.stream().flatMap(List::stream)
                    .filter(r -> r.size().equals(row.size()) && r.what().equals(row.what())).toList();
            if (same.size() == 1) {
                out.add(row);
                continue;
            }
            double[] figures = same.stream().mapToDouble(SuiteRow::median).sorted().toArray();
            double figure = row.unit().equals("MB") ? figures[figures.length - 1]
                    : figures.length % 2 == 1 ? figures[figures.length / 2]
                    : (figures[figures.length / 2 - 1] + figures[figures.length / 2]) / 2;
            String each = same.stream().map(r -> Long.toString(Math.round(r.median()))).collect(Collectors.joining(" "));
            out.add(new SuiteRow(row.size(), row.what(), figure, row.unit(), row.target(),
                    "walks " + each + (row.runs().isEmpty() || row.runs().equals("one run") ? "" : "; last: " + row.runs())));
        }
        return out;
    }

    static long median(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static String runs(List<Long> nanos) {
        return nanos.size() == 1 ? "one run" : nanos.stream().map(n -> Long.toString(Math.round(n / 1e6))).collect(Collectors.joining(" "));
    }

    boolean missed() {
        return target > 0 && median > target;
    }

    String line() {
        return String.join("|", "row", size, what, Double.toString(median), unit, Double.toString(target), runs);
    }

    static List<SuiteRow> parse(List<String> output) {
        List<SuiteRow> rows = new ArrayList<>();
        for (String line : output) {
            if (line.startsWith(MARK)) {
                String[] p = line.split("\\|", -1);
                rows.add(new SuiteRow(p[1], p[2], Double.parseDouble(p[3]), p[4], Double.parseDouble(p[5]), p[6]));
            }
        }
        return rows;
    }

    /** The table in Markdown: one line per measure, misses marked. */
    static String table(List<SuiteRow> rows) {
        StringBuilder out = new StringBuilder("| Plan | Measure | Median | Target | | Runs |\n|---|---|---:|---:|---|---|\n");
        for (SuiteRow r : rows) {
            out.append(String.format("| %s | %s | %,.0f %s | %s | %s | %s |%n", r.size, r.what, r.median, r.unit,
                    r.target > 0 ? String.format("%,.0f %s", r.target, r.unit) : "", r.target <= 0 ? "" : r.missed() ? "**MISS**" : "met",
                    r.runs));
        }
        return out.toString();
    }
}
