package org.tandem.app;

import org.tandem.exchange.PlanChanges.SectionChange;
import org.tandem.exchange.PlanDocument;
import org.tandem.exchange.PlanFileParser;
import org.tandem.exchange.PlanFileProblem;
import org.tandem.exchange.PlanFileUpgrade;
import org.tandem.exchange.PlanFileWriter;
import org.tandem.exchange.PlanMerge;
import org.tandem.service.ImportPreview;
import org.tandem.service.ImportPreview.ConflictView;
import org.tandem.service.ImportPreview.Mode;
import org.tandem.service.PlanFiles;
import org.tandem.store.Database;
import org.tandem.domain.Progress;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** The command line's plan-file commands: export, import and git's merge driver. */
final class PlanFileCommands {
    private final PrintStream out;
    private final PrintStream err;

    PlanFileCommands(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    static PlanFiles service(Database db) {
        return new PlanFiles(db, parser(), Clock.systemUTC(), "Tandem " + Version.current());
    }

    private static PlanFileParser parser() {
        return new PlanFileParser(new PlanFileUpgrade());
    }

    int export(Database db, UUID planId, String planName, Path file) {
        try {
            PlanFiles.Exported done = service(db).export(planId, file, Progress.NONE);
            out.println("\"" + planName + "\": " + done.entities() + " entities written to " + file + " (revision "
                    + done.revision() + ")");
            return 0;
        } catch (IOException e) {
            err.println("tandem: could not write " + file + ": " + e.getMessage());
            return 1;
        }
    }

    /** Options of {@code import}: the mode asked for, a dry run, and which side settles conflicts. */
    record ImportOptions(Path file, String mode, boolean dryRun, String prefer) {
    }

    int importFile(Database db, ImportOptions options) throws UsageError {
        PlanFiles files = service(db);
        ImportPreview preview = files.preview(options.file(), Progress.NONE);
        Mode mode = mode(preview, options.mode());
        out.println(describe(preview, mode));
        if (preview.changes(mode).isEmpty()) {
            out.println("  no changes");
        }
        for (SectionChange change : preview.changes(mode)) {
            out.println("  " + change.title() + ": " + change.added() + " added, " + change.changed() + " changed, "
                    + change.removed() + " removed  (" + String.join(", ", change.examples()) + ")");
        }
        List<ConflictView> conflicts = preview.conflicts(mode);
        for (ConflictView c : conflicts) {
            out.println("  conflict " + c.key() + " (" + c.section() + " \"" + c.label() + "\" " + c.field() + "): mine "
                    + c.mine() + " | theirs " + c.theirs());
        }
        if (options.dryRun()) {
            out.println("Dry run: nothing was written.");
            return 0;
        }
        if (!conflicts.isEmpty() && options.prefer() == null) {
            err.println("tandem: " + conflicts.size() + " conflict" + (conflicts.size() == 1 ? "" : "s")
                    + " to settle: run again with --prefer mine or --prefer theirs, or import in the window to choose each");
            return 1;
        }
        Set<String> theirs = new HashSet<>();
        if ("theirs".equals(options.prefer())) {
            conflicts.forEach(c -> theirs.add(c.key()));
        }
        PlanFiles.Imported done = files.apply(preview, mode, theirs, Progress.NONE);
        out.println((mode == Mode.MERGE ? "Merged into \"" : mode == Mode.REPLACE ? "Replaced \"" : "Imported \"") + done.name()
                + "\" (" + done.planId() + "): " + done.entities() + " entities.");
        return 0;
    }

    private static Mode mode(ImportPreview preview, String asked) throws UsageError {
        if (preview.existingPlan().isEmpty()) {
            return Mode.NEW;
        }
        if (asked == null) {
            throw new UsageError("import: the plan \"" + preview.existingPlan().get() + "\" is already here; choose"
                    + " --replace, --as-new (keep both) or --merge");
        }
        return switch (asked) {
            case "--replace" -> Mode.REPLACE;
            case "--merge" -> Mode.MERGE;
            default -> Mode.KEEP_BOTH;
        };
    }

    private static String describe(ImportPreview preview, Mode mode) {
        return switch (mode) {
            case NEW -> "New plan \"" + preview.planName() + "\" from " + preview.file() + ":";
            case REPLACE -> "Replacing \"" + preview.existingPlan().orElseThrow() + "\" with " + preview.file() + ":";
            case KEEP_BOTH -> "Adding " + preview.file() + " beside \"" + preview.existingPlan().orElseThrow() + "\" as a new plan:";
            case MERGE -> "Merging " + preview.file() + " into \"" + preview.existingPlan().orElseThrow() + "\" ("
                    + (preview.twoWay() ? "two-way: no common version is known, the newer change of each item wins"
                    : "three-way, from the version both were made from") + "):";
        };
    }

    /**
     * git's merge driver: merges theirs ({@code %B}) into ours ({@code %A}) from the ancestor ({@code %O}),
     * entity by entity, and writes the result over ours. Conflicts stay in the file for the import preview
     * to settle, and the exit code is then 1 so git reports the merge as conflicted.
     */
    int mergeDriver(Path base, Path mine, Path theirs) throws IOException {
        Function<Path, PlanDocument> read = file -> {
            try {
                return parser().read(() -> Files.newInputStream(file), Files.size(file), Progress.NONE);
            } catch (IOException e) {
                throw new PlanFileProblem("$", file + " could not be read: " + e.getMessage());
            } catch (PlanFileProblem e) {
                throw new PlanFileProblem(e.path(), file + ": " + e.getMessage().substring(e.path().length() + 2));
            }
        };
        PlanDocument o = read.apply(base);
        PlanDocument a = read.apply(mine);
        PlanDocument b = read.apply(theirs);
        if (!a.content().planId().equals(b.content().planId())) {
            err.println("tandem: the two sides are different plans; keeping ours, merge them by hand");
            return 1;
        }
        PlanMerge.Result merged = o.content().planId().equals(a.content().planId())
                ? PlanMerge.threeWay(o.content(), a.content(), b.content())
                : PlanMerge.twoWay(a.content(), b.content());
        PlanDocument result = new PlanDocument(PlanDocument.FORMAT_VERSION, java.time.Instant.now().toString(),
                "Tandem " + Version.current(), UUID.randomUUID().toString(), a.revision(), merged.merged(), merged.conflicts());
        new PlanFileWriter().write(result, mine, Progress.NONE);
        if (!merged.conflicts().isEmpty()) {
            err.println("tandem: " + merged.conflicts().size() + " conflict" + (merged.conflicts().size() == 1 ? "" : "s")
                    + " left in " + mine + ": import the file in Tandem to settle them");
            return 1;
        }
        return 0;
    }

    /** The report's options as given, and the rest of the arguments (the plan and --out). */
    record ReportRequest(org.tandem.exchange.PlanReport.Options options, List<String> rest) {
    }

    static ReportRequest reportRequest(List<String> options) throws UsageError {
        List<String> rest = new java.util.ArrayList<>();
        java.util.Set<org.tandem.exchange.PlanReport.Part> parts = java.util.EnumSet.allOf(org.tandem.exchange.PlanReport.Part.class);
        String salesPlan = null;
        String channel = null;
        boolean letter = false;
        for (int i = 0; i < options.size(); i++) {
            String option = options.get(i);
            switch (option) {
                case "--letter" -> letter = true;
                case "--sections", "--sales-plan", "--channel" -> {
                    if (i + 1 >= options.size()) {
                        throw new UsageError("report: " + option + " needs a value");
                    }
                    String value = options.get(++i);
                    if (option.equals("--sales-plan")) {
                        salesPlan = value;
                    } else if (option.equals("--channel")) {
                        channel = value;
                    } else {
                        parts = java.util.EnumSet.noneOf(org.tandem.exchange.PlanReport.Part.class);
                        for (String code : value.split(",")) {
                            try {
                                parts.add(org.tandem.exchange.PlanReport.Part.of(code));
                            } catch (IllegalArgumentException e) {
                                throw new UsageError("report: no section is called " + code.strip()
                                        + " (research, segments, competitors, swot, campaigns, sales)");
                            }
                        }
                    }
                }
                default -> rest.add(option);
            }
        }
        return new ReportRequest(new org.tandem.exchange.PlanReport.Options(parts, salesPlan, channel, letter), rest);
    }

    int report(Database db, org.tandem.domain.Plan plan, Path file, org.tandem.exchange.PlanReport.Options options) {
        try {
            service(db).report(plan.id(), file, options);
        } catch (IOException e) {
            err.println("tandem: could not write " + file + ": " + e.getMessage());
            return 1;
        }
        out.println("Report of \"" + plan.name() + "\" written to " + file);
        return 0;
    }
}
