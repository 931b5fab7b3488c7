package org.tandem.service;

import org.tandem.exchange.PlanChanges;
import org.tandem.exchange.PlanChanges.SectionChange;
import org.tandem.exchange.PlanCopy;
import org.tandem.exchange.PlanDocument;
import org.tandem.exchange.PlanFileParser;
import org.tandem.exchange.PackedCopy;
import org.tandem.exchange.PlanFileWriter;
import org.tandem.exchange.PlanFileWriter.Head;
import org.tandem.exchange.PlanMerge;
import org.tandem.service.ImportPreview.Mode;
import org.tandem.store.Database;
import org.tandem.store.PlanContent;
import org.tandem.store.PlanContentReader;
import org.tandem.store.PlanContentWriter;
import org.tandem.store.SharedRows;
import org.tandem.store.PlanRepository;
import org.tandem.domain.Progress;
import org.tandem.store.Revision;
import org.tandem.store.RevisionRepository;
import org.tandem.store.StoreException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;

/**
 * Plan files: export, import with a preview (new, replace, keep both, merge), and each plan's kept versions.
 * Every write is one transaction; a version of the plan as it was is kept before anything replaces it.
 * Called off the JavaFX thread.
 */
public class PlanFiles {
    private final PlanContentReader reader;
    private final PlanContentWriter writer;
    private final RevisionRepository revisions;
    private final PlanRepository plans;
    private final org.tandem.store.CampaignRepository campaigns;
    private final PlanFileParser parser;
    private final NewPlanImport newPlans;
    private final ImportPreviews previews;
    private final PlanFileWriter files = new PlanFileWriter();
    private final Clock clock;
    private final String app;
    /** How long a helper thread waits for work before it ends. */
    static final java.time.Duration HELPERS_IDLE = java.time.Duration.ofSeconds(2);

    /**
     * Two helpers for a preview's reads beside the store thread's own. They end after {@link #HELPERS_IDLE} without
     * work: a PlanFiles left behind (each class review's, the command line's, each import's in the benchmark) kept its
     * two threads for as long as the app ran (a walk of the L plan's file work ended with nine of them).
     */
    private final java.util.concurrent.ThreadPoolExecutor background = new java.util.concurrent.ThreadPoolExecutor(2, 2,
            HELPERS_IDLE.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS, new java.util.concurrent.LinkedBlockingQueue<>(), work -> {
        Thread thread = new Thread(work, "tandem-plan-files");
        thread.setDaemon(true);
        return thread;
    });

    public PlanFiles(Database database, PlanFileParser parser, Clock clock, String app) {
        this.reader = new PlanContentReader(database);
        this.writer = new PlanContentWriter(database);
        this.revisions = new RevisionRepository(database);
        this.plans = new PlanRepository(database);
        this.campaigns = new org.tandem.store.CampaignRepository(database);
        this.parser = parser;
        this.clock = clock;
        this.app = app;
        this.newPlans = new NewPlanImport(parser, new org.tandem.store.IncomingPlan(database), background, this::now);
        this.previews = new ImportPreviews(parser, reader, revisions, plans, background, newPlans, this::contentOf);
        background.allowCoreThreadTimeOut(true);
    }

    /** The helper threads alive now. */
    int helperThreads() {
        return background.getPoolSize();
    }

    /** A file written: where, how many entities, and the revision it is. */
    public record Exported(Path file, int entities, String revision) {
    }

    /**
     * A plan written from a file or a kept version; {@code keptBefore} is the version kept of the plan as it was
     * (restoring it undoes this), null when the plan is new.
     */
    public record Imported(UUID planId, String name, Mode mode, int entities, List<SectionChange> changes, String keptBefore) {
    }

    public Exported export(UUID planId, Path file, Progress progress) throws IOException {
        Head head = new Head(now().toString(), app, UUID.randomUUID().toString(), revisions.latestExchanged(planId).orElse(null), List.of());
        // the file and the version kept of it are written from one read of the plan a section at a time (a large plan
        // is never in memory whole), the kept version packed on the other core
        try (PackedCopy kept = new PackedCopy(background)) {
            int entities = reader.bySection(planId, progress::cancelled, plan -> {
                files.write(head, plan, file, kept, progress);
                return plan.size();
            }).orElseThrow(() -> gone(planId));
            revisions.add(new Revision(head.revision(), planId.toString(), Revision.EXPORT, "", head.baseRevision(), now(), kept.packed()));
            return new Exported(file, entities, head.revision());
        }
    }

    /** The plan as it is now, as a plan file in memory (a version kept by name). */
    public PlanDocument document(UUID planId) {
        return new PlanDocument(PlanDocument.FORMAT_VERSION, now().toString(), app, UUID.randomUUID().toString(),
                revisions.latestExchanged(planId).orElse(null), current(planId, Progress.NONE), List.of());
    }

    public PlanDocument read(Path file, Progress progress) {
        return read(file, progress, SharedRows.NONE);
    }

    private PlanDocument read(Path file, Progress progress, SharedRows shared) {
        return parser.read(() -> Files.newInputStream(file), ImportPreviews.size(file), progress, shared);
    }

    /** What importing the file would do: read and checked, compared with the plan here when it is here. */
    public ImportPreview preview(Path file, Progress progress) {
        return previews.preview(file, progress);
    }

    /** Writes the file's plan as the mode says; {@code theirs} names the conflicts settled for the file's side. */
    public Imported apply(ImportPreview preview, Mode mode, Set<String> theirs, Progress progress) {
        if (!preview.modes().contains(mode)) {
            throw new IllegalArgumentException("A file whose plan is " + (preview.existingPlan().isPresent() ? "" : "not ")
                    + "here cannot be imported as " + mode);
        }
        if (preview.outline().isPresent()) {
            try {
                return newPlans.apply(preview, progress);
            } catch (StoreException e) {
                if (!PlanContentWriter.idTaken(e)) {
                    throw e;
                }
                // another plan here already uses some of the file's ids: the file read whole, its plan given new ids
                return apply(previews.whole(preview.file(), progress), mode, theirs, progress);
            }
        }
        return applyWhole(preview.reread().isPresent() ? previews.again(preview, progress) : preview, mode, theirs, progress);
    }

    private Imported applyWhole(ImportPreview preview, Mode mode, Set<String> theirs, Progress progress) {
        PlanDocument document = preview.document();
        SharedRows shared = preview.shared();
        Map<String, PlanMerge.Side> choices = new HashMap<>();
        theirs.forEach(key -> choices.put(key, PlanMerge.Side.THEIRS));
        PlanContent file = PlanMerge.resolve(new PlanMerge.Result(document.content(), document.conflicts(), false), choices);
        // the kept copy of the file is packed on another core while the plan is written
        CompletableFuture<Revision> packing = CompletableFuture.supplyAsync(() ->
                revision(document.withConflicts(List.of()), Revision.IMPORT, ""));
        Supplier<Revision> imported = () -> joined(packing);
        return switch (mode) {
            case NEW -> {
                try {
                    yield write(file, mode, progress, shared, current -> List.of(retarget(imported.get(), file.planId())));
                } catch (StoreException e) {
                    if (!PlanContentWriter.idTaken(e)) {
                        throw e;
                    }
                    // another plan here already uses some of the file's ids (an earlier copy of it): new ids then
                    PlanContent copy = PlanCopy.withNewIds(file, file.planName());
                    yield write(copy, mode, progress, shared, current -> List.of(retarget(imported.get(), copy.planId())));
                }
            }
            case KEEP_BOTH -> {
                PlanContent target = PlanCopy.withNewIds(file, plans.freeName(file.planName()));
                yield write(target, mode, progress, shared, current -> List.of(retarget(imported.get(), target.planId())));
            }
            case REPLACE -> write(file, mode, progress, shared, current -> java.util.Arrays.asList(
                    snapshot(current, Revision.BEFORE_REPLACE, "Before replacing with " + preview.file().getFileName()), imported.get()));
            case MERGE -> {
                PlanContent base = preview.base().orElse(null);
                yield apply(file.planId(), mode, progress, shared, current -> {
                    PlanMerge.Result merged = merge(base, current.orElseThrow(), file);
                    return PlanMerge.resolve(merged, choices);
                }, current -> java.util.Arrays.asList(snapshot(current, Revision.BEFORE_MERGE, "Before merging " + preview.file().getFileName()),
                        imported.get()));
            }
        };
    }

    private Imported write(PlanContent target, Mode mode, Progress progress, SharedRows shared,
                           java.util.function.Function<PlanContent, List<Revision>> kept) {
        return apply(target.planId(), mode, progress, shared, current -> target, kept);
    }

    /** Writes what {@code target} makes of the plan as it is now, read sharing the rows {@code shared} holds. */
    private Imported apply(String planId, Mode mode, Progress progress, SharedRows shared,
                           java.util.function.Function<Optional<PlanContent>, PlanContent> target,
                           java.util.function.Function<PlanContent, List<Revision>> kept) {
        PlanContent[] before = new PlanContent[1];
        String[] keptBefore = new String[1];
        PlanContent written = writer.apply(planId, new PlanContentWriter.Step() {
            @Override
            public PlanContent target(Optional<PlanContent> current) {
                before[0] = current.orElse(null);
                return target.apply(current);
            }

            @Override
            public List<Revision> revisions(Optional<PlanContent> current, PlanContent target) {
                List<Revision> revisions = kept.apply(current.orElse(null)).stream().filter(java.util.Objects::nonNull).toList();
                revisions.stream().filter(r -> r.kind().startsWith("before-")).findFirst().ifPresent(r -> keptBefore[0] = r.id());
                return revisions;
            }
        }, progress, shared);
        return new Imported(UUID.fromString(written.planId()), written.planName(), mode, written.size(),
                PlanChanges.between(before[0], written), keptBefore[0]);
    }

    static PlanMerge.Result merge(PlanContent base, PlanContent mine, PlanContent theirs) {
        return base == null ? PlanMerge.twoWay(mine, theirs) : PlanMerge.threeWay(base, mine, theirs);
    }

    /** One of the plan's tables as a CSV file for spreadsheets; returns the number of rows written. */
    public int exportCsv(UUID planId, org.tandem.exchange.PlanCsv.Table table, Path file, boolean byteOrderMark) throws IOException {
        PlanContent content = current(planId, Progress.NONE);
        return new org.tandem.exchange.PlanCsv(content, campaigns.all(planId)).write(table, file, byteOrderMark);
    }

    /** The plan as a printable report: a .pdf file gets a PDF, any other an HTML file. */
    public void report(UUID planId, Path file, org.tandem.exchange.PlanReport.Options options) throws IOException {
        boolean pdf = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf");
        // the page first, from a method of its own: what it was made of (the L plan's 20,000 campaigns among it) is let
        // go before the PDF's layout, the report's peak, instead of staying beside it
        org.tandem.exchange.PlanReport.write(file, reportPage(planId, options, pdf), pdf);
    }

    private String reportPage(UUID planId, org.tandem.exchange.PlanReport.Options options, boolean pdf) throws IOException {
        // read a section at a time, keeping what the report prints: not the L plan's 50,000 notes, of which it shows 400
        org.tandem.exchange.ReportPlan printed = reader.bySection(planId, () -> false,
                parts -> org.tandem.exchange.ReportPlan.of(parts, org.tandem.exchange.PlanReport.NOTES_PER_ASPECT)).orElseThrow(() -> gone(planId));
        return new org.tandem.exchange.PlanReport(printed, campaigns.all(planId), java.time.LocalDate.now(clock)).html(options, pdf);
    }

    // --- versions ---

    public List<PlanVersion> history(UUID planId) {
        return revisions.list(planId).stream().map(r -> new PlanVersion(r.id(), r.kind(), r.name(), r.createdAt())).toList();
    }

    /** Keeps the plan as it is now under a name. */
    public PlanVersion keepVersion(UUID planId, String name) {
        PlanDocument document = document(planId);
        String kept = name.strip();
        // a version's name is a label in a list: a pasted paragraph keeps its first 120 characters
        Revision r = revision(document, Revision.NAMED, kept.length() > 120 ? kept.substring(0, 120) : kept);
        revisions.add(r);
        return new PlanVersion(r.id(), r.kind(), r.name(), r.createdAt());
    }

    /** What changed from a kept version to the plan as it is now. */
    public List<SectionChange> changesSince(String versionId, UUID planId) {
        return PlanChanges.between(contentOf(kept(versionId)), current(planId, Progress.NONE));
    }

    /** Puts a kept version back: over its plan (kept first as it is now), or beside it as a new plan. */
    public Imported restore(String versionId, boolean asNew, Progress progress) {
        Revision revision = kept(versionId);
        PlanContent content = contentOf(revision);
        if (asNew) {
            PlanContent copy = PlanCopy.withNewIds(content, plans.freeName(content.planName() + " (restored)"));
            return write(copy, Mode.NEW, progress, SharedRows.NONE, current -> List.of());
        }
        PlanContent over = retargetContent(content, revision.planId());
        return write(over, Mode.REPLACE, progress, SharedRows.NONE, current -> java.util.Arrays.asList(snapshot(current, Revision.BEFORE_RESTORE,
                "Before restoring " + new PlanVersion(revision.id(), revision.kind(), revision.name(), revision.createdAt()).title())));
    }

    /** Puts {@code content} over the plan under the plan's own name and ids, the plan as it was kept first (Reset sample). */
    public Imported replace(UUID planId, PlanContent content, String keptName, Progress progress) {
        PlanContent over = PlanCopy.withNewIds(content, current(planId, progress).planName(), planId.toString());
        return write(over, Mode.REPLACE, progress, SharedRows.NONE, current -> java.util.Arrays.asList(snapshot(current, Revision.BEFORE_RESTORE, keptName)));
    }

    /** A plan file's content, read and checked as an import reads it. */
    public PlanContent content(byte[] planFile, Progress progress) {
        return parser.read(() -> new ByteArrayInputStream(planFile), planFile.length, progress).content();
    }

    private Revision kept(String versionId) {
        return revisions.head(versionId).orElseThrow(PlanFiles::notKept);
    }

    private static StoreException notKept() {
        return new StoreException("That version is no longer kept.");
    }

    private PlanContent contentOf(Revision revision) {
        return contentOf(revision, SharedRows.NONE);
    }

    /** A kept version's plan, unpacked and read as its pieces come from the store (never its packed copy whole). */
    PlanContent contentOf(Revision revision, SharedRows shared) {
        return revisions.unpack(revision.id(), (open, size) -> parser.readKept(() -> new GZIPInputStream(open.get()), size, shared).content())
                .orElseThrow(PlanFiles::notKept);
    }

    private static PlanContent retargetContent(PlanContent content, String planId) {
        if (content.planId().equals(planId)) {
            return content;
        }
        return PlanCopy.withNewIds(content, content.planName());
    }

    private PlanContent current(UUID planId, Progress progress) {
        return reader.read(planId, progress::cancelled).orElseThrow(() -> gone(planId));
    }

    private static StoreException gone(UUID planId) {
        return new StoreException("The plan " + planId + " no longer exists.");
    }

    private Revision snapshot(PlanContent current, String kind, String name) {
        if (current == null) {
            return null;
        }
        UUID planId = UUID.fromString(current.planId());
        PlanDocument document = new PlanDocument(PlanDocument.FORMAT_VERSION, now().toString(), app, UUID.randomUUID().toString(),
                revisions.latestExchanged(planId).orElse(null), current, List.of());
        return revision(document, kind, name.length() > 120 ? name.substring(0, 119) + "…" : name);
    }

    private Revision revision(PlanDocument document, String kind, String name) {
        return new Revision(document.revision(), document.content().planId(), kind, name, document.baseRevision(), now(),
                files.gzipped(document));
    }

    private static Revision retarget(Revision r, String planId) {
        return new Revision(r.id(), planId, r.kind(), r.name(), r.baseId(), r.createdAt(), r.content());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** The result of work done on another core, its failure as if it had failed here. */
    static <T> T joined(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        }
    }
}
