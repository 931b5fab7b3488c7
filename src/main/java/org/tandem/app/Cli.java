package org.tandem.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.tandem.domain.Campaign;
import org.tandem.domain.Plan;
import org.tandem.domain.PlanSummary;
import org.tandem.domain.SectionCounts;
import org.tandem.exchange.AtomicFile;
import org.tandem.exchange.IcsFile;
import org.tandem.exchange.PlanCsv;
import org.tandem.exchange.PlanFileProblem;
import org.tandem.exchange.PlanImport;
import org.tandem.exchange.SamplePlan;
import org.tandem.store.Database;
import org.tandem.store.CampaignRepository;
import org.tandem.store.PlanRepository;
import org.tandem.store.SegmentRepository;
import org.tandem.store.StoreException;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The command line: same jar, no window. Exit 0 on success, 2 on a usage error, 1 on any other
 * failure, always with one line on stderr and never a stack trace.
 */
public final class Cli {
    static final String USAGE = """
            Usage: tandem [--db FILE] [COMMAND]
              With no command, opens the Tandem window.

            Commands:
              plans [--json]   list every plan with its id, name, last update and a count per section
              sample           add a copy of the sample plan and print its id
              ics PLAN --out FILE.ics
                               export the plan's campaigns (PLAN: its name or id) to an iCalendar file
              export PLAN --out FILE.tandem.json
                               write the whole plan to a plan file
              import FILE [--as-new|--replace|--merge] [--dry-run] [--prefer mine|theirs]
                               add a plan file; a plan already here needs one of --as-new (keep both),
                               --replace or --merge; --dry-run shows the changes and writes nothing
              csv PLAN --what TABLE --out FILE.csv [--bom]
                               one table as CSV: notes, segments, competitors, scores, campaigns, budget,
                               activities or actuals; --bom adds a byte-order mark for Excel
              report PLAN --out FILE.html|FILE.pdf [--sections research,segments,competitors,swot,campaigns,sales]
                     [--sales-plan NAME] [--channel NAME] [--letter]
                               a printable report (A4 unless --letter), all sections unless chosen
              status PLAN [--json] [--sales-plan NAME] [--as-of DATE]
                               the dashboard's figures: both hats, the funnel, the time split, scenarios
              merge-driver BASE OURS THEIRS
                               git's merge driver for plan files: merges into OURS, exit 1 on conflicts
              --help, -h       show this help
              --version        show the version

            Options:
              --db FILE        use this database file (default: TANDEM_DB, else the user's data folder)
              --startup-probe  open the window, print first-frame-ms=<n> and exit

            Exit codes: 0 success, 1 failure, 2 usage error.
            """;
    private static final int NAME_WIDTH = 40;
    private static final DateTimeFormatter UPDATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;
    private final ZoneId zone;

    public Cli(PrintStream out, PrintStream err, Map<String, String> env, ZoneId zone) {
        this.out = out;
        this.err = err;
        this.env = env;
        this.zone = zone;
    }

    public int run(String... args) {
        try {
            return run(LaunchArgs.parse(args));
        } catch (UsageError e) {
            return usageError(e.getMessage());
        }
    }

    public int run(LaunchArgs args) {
        List<String> command = args.command();
        String name = command.isEmpty() ? "--help" : command.get(0);
        List<String> rest = command.subList(Math.min(1, command.size()), command.size());
        try {
            return switch (name) {
                case "--help", "-h", "help" -> {
                    out.print(USAGE);
                    yield 0;
                }
                case "--version" -> {
                    out.println("tandem " + Version.current());
                    yield 0;
                }
                case "plans" -> plans(args, rest);
                case "sample" -> sample(args, rest);
                case "ics" -> ics(args, rest);
                case "export" -> export(args, rest);
                case "import" -> importFile(args, rest);
                case "merge-driver" -> mergeDriver(rest);
                case "csv" -> csv(args, rest);
                case "report" -> report(args, rest);
                case "status" -> status(args, rest);
                default -> usageError("unknown command " + name);
            };
        } catch (UsageError e) {
            return usageError(e.getMessage());
        } catch (StoreException | PlanFileProblem | NoSuchPlan e) {
            err.println("tandem: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("tandem: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            err.println("tandem: unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage());
            if (env.containsKey("TANDEM_DEBUG")) {
                e.printStackTrace(err);
            }
            return 1;
        }
    }

    private int plans(LaunchArgs args, List<String> options) throws UsageError {
        boolean json = false;
        for (String option : options) {
            if (option.equals("--json")) {
                json = true;
            } else {
                throw new UsageError("plans: unknown option " + option);
            }
        }
        List<PlanSummary> summaries;
        try (Database db = Database.open(databaseFile(args))) {
            summaries = new PlanRepository(db).summaries();
        }
        if (json) {
            out.println(toJson(summaries));
        } else {
            printTable(summaries);
        }
        return 0;
    }

    private int sample(LaunchArgs args, List<String> options) throws UsageError {
        if (!options.isEmpty()) {
            throw new UsageError("sample: unknown argument " + options.get(0));
        }
        try (Database db = Database.open(databaseFile(args))) {
            Plan plan = new SamplePlan().addTo(new PlanImport(db));
            out.println(plan.id() + "\t" + plan.name());
        }
        return 0;
    }

    private int ics(LaunchArgs args, List<String> options) throws UsageError {
        PlanAndFile asked = PlanAndFile.parse("ics", options, "FILE.ics");
        String planRef = asked.plan();
        Path out = asked.file();
        int count;
        try (Database db = Database.open(databaseFile(args))) {
            Plan plan = findPlan(new PlanRepository(db), planRef);
            List<Campaign> campaigns = new CampaignRepository(db).all(plan.id());
            Map<UUID, String> segments = new LinkedHashMap<>();
            new SegmentRepository(db).list(plan.id()).forEach(s -> segments.put(s.id(), s.name()));
            byte[] bytes = IcsFile.export(plan.name(), campaigns, segments, plan.currency(),
                    Locale.getDefault(), Instant.now());
            AtomicFile.write(out, bytes);
            count = campaigns.size();
        } catch (IOException e) {
            err.println("tandem: could not write " + out + ": " + e.getMessage());
            return 1;
        }
        this.out.println(count + " campaign" + (count == 1 ? "" : "s") + " written to " + out);
        return 0;
    }

    private int export(LaunchArgs args, List<String> options) throws UsageError {
        PlanAndFile asked = PlanAndFile.parse("export", options, "FILE.tandem.json");
        String planRef = asked.plan();
        Path file = asked.file();
        try (Database db = Database.open(databaseFile(args))) {
            Plan plan = findPlan(new PlanRepository(db), planRef);
            return new PlanFileCommands(out, err).export(db, plan.id(), plan.name(), file);
        }
    }

    private int importFile(LaunchArgs args, List<String> options) throws UsageError {
        Path file = null;
        String mode = null;
        boolean dryRun = false;
        String prefer = null;
        for (int i = 0; i < options.size(); i++) {
            String option = options.get(i);
            switch (option) {
                case "--as-new", "--replace", "--merge" -> {
                    if (mode != null && !mode.equals(option)) {
                        throw new UsageError("import: choose one of --as-new, --replace and --merge");
                    }
                    mode = option;
                }
                case "--dry-run" -> dryRun = true;
                case "--prefer" -> {
                    if (i + 1 >= options.size() || !List.of("mine", "theirs").contains(options.get(i + 1))) {
                        throw new UsageError("import: --prefer takes mine or theirs");
                    }
                    prefer = options.get(++i);
                }
                default -> {
                    if (option.startsWith("-")) {
                        throw new UsageError("import: unknown option " + option);
                    }
                    if (file != null) {
                        throw new UsageError("import: unexpected argument " + option);
                    }
                    file = Path.of(option);
                }
            }
        }
        if (file == null) {
            throw new UsageError("import: name the plan file to import");
        }
        try (Database db = Database.open(databaseFile(args))) {
            return new PlanFileCommands(out, err).importFile(db, new PlanFileCommands.ImportOptions(file, mode, dryRun, prefer));
        }
    }

    private int csv(LaunchArgs args, List<String> options) throws UsageError, IOException {
        List<String> rest = new ArrayList<>(options);
        boolean bom = rest.remove("--bom");
        int what = rest.indexOf("--what");
        if (what < 0 || what + 1 >= rest.size()) {
            throw new UsageError("csv: choose the table with --what (" + String.join(", ",
                    java.util.Arrays.stream(PlanCsv.Table.values()).map(PlanCsv.Table::code).toList()) + ")");
        }
        String code = rest.remove(what + 1);
        rest.remove(what);
        PlanCsv.Table table = PlanCsv.Table.of(code).orElseThrow(() -> new UsageError("csv: no table is called " + code
                + " (" + String.join(", ", java.util.Arrays.stream(PlanCsv.Table.values()).map(PlanCsv.Table::code).toList()) + ")"));
        PlanAndFile asked = PlanAndFile.parse("csv", rest, "FILE.csv");
        try (Database db = Database.open(databaseFile(args))) {
            Plan plan = findPlan(new PlanRepository(db), asked.plan());
            int rows = PlanFileCommands.service(db).exportCsv(plan.id(), table, asked.file(), bom);
            out.println(rows + " row" + (rows == 1 ? "" : "s") + " of " + table.code() + " written to " + asked.file());
        }
        return 0;
    }

    private int report(LaunchArgs args, List<String> options) throws UsageError, IOException {
        PlanFileCommands.ReportRequest request = PlanFileCommands.reportRequest(options);
        PlanAndFile asked = PlanAndFile.parse("report", request.rest(), "FILE.html or FILE.pdf");
        try (Database db = Database.open(databaseFile(args))) {
            Plan plan = findPlan(new PlanRepository(db), asked.plan());
            return new PlanFileCommands(out, err).report(db, plan, asked.file(), request.options());
        }
    }

    private int status(LaunchArgs args, List<String> options) throws UsageError, IOException {
        StatusCommand.Request request = StatusCommand.Request.parse(options, java.time.LocalDate.now(zone));
        try (Database db = Database.open(databaseFile(args))) {
            return new StatusCommand(out, java.util.Locale.getDefault()).run(db, findPlan(new PlanRepository(db), request.plan()), request);
        }
    }

    private int mergeDriver(List<String> options) throws UsageError, IOException {
        if (options.size() != 3) {
            throw new UsageError("merge-driver: give the three files git passes: merge-driver %O %A %B");
        }
        return new PlanFileCommands(out, err).mergeDriver(Path.of(options.get(0)), Path.of(options.get(1)), Path.of(options.get(2)));
    }

    /** A plan by id, else by name ignoring case (names are unique ignoring case). */
    private static Plan findPlan(PlanRepository plans, String ref) {
        try {
            UUID id = UUID.fromString(ref);
            return plans.find(id).orElseThrow(() -> new NoSuchPlan("no plan has the id " + ref));
        } catch (IllegalArgumentException notAnId) {
            List<Plan> named = plans.list().stream().filter(p -> p.name().equalsIgnoreCase(ref.strip())).toList();
            if (named.isEmpty()) {
                throw new NoSuchPlan("no plan is named \"" + ref + "\" (see \"tandem plans\")");
            }
            return named.get(0);
        }
    }

    /** The plan named on the command line does not exist. */
    static final class NoSuchPlan extends RuntimeException {
        NoSuchPlan(String message) {
            super(message);
        }
    }

    private Path databaseFile(LaunchArgs args) {
        return AppPaths.database(args.db(), env);
    }

    private void printTable(List<PlanSummary> summaries) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"ID", "NAME", "UPDATED", "NOTES", "SEGMENTS", "COMPETITORS", "CAMPAIGNS", "SALES PLANS"});
        for (PlanSummary s : summaries) {
            SectionCounts c = s.counts();
            rows.add(new String[]{s.plan().id().toString(), shorten(s.plan().name()),
                    UPDATED.format(s.plan().updatedAt().atZone(zone)), Integer.toString(c.notes()),
                    Integer.toString(c.segments()), Integer.toString(c.competitors()), Integer.toString(c.campaigns()),
                    Integer.toString(c.salesPlans())});
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].codePointCount(0, row[i].length()));
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                boolean number = i >= 3;
                String cell = row[i];
                String pad = " ".repeat(widths[i] - cell.codePointCount(0, cell.length()));
                line.append(number ? pad + cell : cell + pad);
                if (i < row.length - 1) {
                    line.append("  ");
                }
            }
            out.println(line.toString().stripTrailing());
        }
        if (summaries.isEmpty()) {
            out.println("(no plans: open the window once, or run \"tandem sample\")");
        }
    }

    private static String shorten(String name) {
        if (name.codePointCount(0, name.length()) <= NAME_WIDTH) {
            return name;
        }
        return name.substring(0, name.offsetByCodePoints(0, NAME_WIDTH - 1)) + "…";
    }

    private static String toJson(List<PlanSummary> summaries) {
        ObjectMapper mapper = JsonMapper.builder().addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT).build();
        List<Map<String, Object>> out = new ArrayList<>();
        for (PlanSummary s : summaries) {
            Plan p = s.plan();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", p.id());
            row.put("name", p.name());
            row.put("description", p.description());
            row.put("currency", p.currency());
            row.put("firstMonth", p.firstMonth().getValue());
            row.put("createdAt", p.createdAt());
            row.put("updatedAt", p.updatedAt());
            row.put("counts", s.counts());
            out.add(row);
        }
        try {
            return mapper.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the plan list as JSON", e);
        }
    }

    private int usageError(String message) {
        err.println("tandem: " + message);
        err.print(USAGE);
        return 2;
    }
}
