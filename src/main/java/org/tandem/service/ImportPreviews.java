package org.tandem.service;

import org.tandem.domain.Progress;
import org.tandem.exchange.Conflict;
import org.tandem.exchange.PlanChanges;
import org.tandem.exchange.PlanChanges.SectionChange;
import org.tandem.exchange.PlanDocument;
import org.tandem.exchange.PlanFileParser;
import org.tandem.exchange.PlanFileProblem;
import org.tandem.exchange.PlanMerge;
import org.tandem.service.ImportPreview.Mode;
import org.tandem.store.PlanContent;
import org.tandem.store.PlanContentReader;
import org.tandem.store.PlanRepository;
import org.tandem.store.Revision;
import org.tandem.store.RevisionRepository;
import org.tandem.store.SharedRows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;

/**
 * An import's preview: the file read and checked, and for a plan here compared with it and with the version the file
 * was made from, for each way of importing it. A plan not here is previewed in outline ({@link NewPlanImport}).
 */
final class ImportPreviews {
    private final PlanFileParser parser;
    private final PlanContentReader reader;
    private final RevisionRepository revisions;
    private final PlanRepository plans;
    private final Executor background;
    private final NewPlanImport newPlans;
    /** A kept version's plan, sharing the rows other versions read beside it hold. */
    private final BiFunction<Revision, SharedRows, PlanContent> keptPlan;

    ImportPreviews(PlanFileParser parser, PlanContentReader reader, RevisionRepository revisions, PlanRepository plans,
                   Executor background, NewPlanImport newPlans, BiFunction<Revision, SharedRows, PlanContent> keptPlan) {
        this.parser = parser;
        this.reader = reader;
        this.revisions = revisions;
        this.plans = plans;
        this.background = background;
        this.newPlans = newPlans;
        this.keptPlan = keptPlan;
    }

    /** The length of a file to be read as a plan file; a problem of the file when there is none to read. */
    static long size(Path file) {
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new PlanFileProblem("$", "there is no file " + file);
        } catch (IOException e) {
            throw new PlanFileProblem("$", "could not be read: " + e.getMessage());
        }
        if (!Files.isRegularFile(file)) {
            throw new PlanFileProblem("$", file + " is not a file");
        }
        return size;
    }

    ImportPreview preview(Path file, Progress progress) {
        // what the file's first lines say (its plan id and the version it was made from) starts the plan's read from
        // the store and the common version's unpacking on the other core while the file itself is read and checked
        // the three versions share the entities they hold unchanged: one copy of the plan in memory, not three
        SharedRows shared = SharedRows.among();
        PlanFileParser.Peek peek = parser.peek(() -> Files.newInputStream(file));
        boolean peekedHere = peek.planId() != null && plans.find(UUID.fromString(peek.planId())).isPresent();
        if (peek.planId() != null && !peekedHere) {
            // a plan not here is previewed in outline and read again as it is written: never in memory whole
            Optional<ImportPreview> outlined = newPlans.preview(file, size(file), progress);
            String outlinedPlan = outlined.map(o -> o.document().content().planId()).orElse(null);
            if (outlinedPlan != null && (outlinedPlan.equals(peek.planId()) || plans.find(UUID.fromString(outlinedPlan)).isEmpty())) {
                return outlined.get();
            }
        }
        Early early = peekedHere ? early(peek, progress, shared) : null;
        FileRead[] read = new FileRead[1];
        PlanDocument document = read(file, progress, shared, read);
        return preview(file, document, early, progress, shared, read[0].seen());
    }

    /** The preview of the file read whole (its plan's ids are another's here, or it was read with digests for a plan not here). */
    ImportPreview whole(Path file, Progress progress) {
        return preview(file, read(file, progress, SharedRows.NONE, new FileRead[1]), null, progress, SharedRows.NONE, null);
    }

    /** A preview with digests made whole to import: the file and the kept version read again, the file as the preview read it. */
    ImportPreview again(ImportPreview digested, Progress progress) {
        ImportPreview.Reread reread = digested.reread().orElseThrow(() -> new IllegalArgumentException("not a preview with digests"));
        // one copy of each row the file, the common version and (as the import reads it) the plan here hold unchanged
        SharedRows shared = SharedRows.amongWhole();
        FileRead[] read = new FileRead[1];
        PlanDocument document = read(digested.file(), progress, shared, read);
        if (!read[0].seen().equals(reread.seen())) {
            throw FileRead.changed();
        }
        PlanContent base = Optional.ofNullable(reread.baseRevision()).flatMap(revisions::head)
                .map(r -> keptPlan.apply(r, shared)).orElse(null);
        return digested.withWhole(document, base, shared);
    }

    /** The file read, {@code read} given the last read of its bytes (the one its plan came from). */
    private PlanDocument read(Path file, Progress progress, SharedRows shared, FileRead[] read) {
        return parser.read(() -> read[0] = new FileRead(Files.newInputStream(file), null), size(file), progress, shared);
    }

    /** Work started before the file was read: the plan as it is here, and the kept version the file was made from. */
    private record Early(String planId, CompletableFuture<Optional<PlanContent>> here, String baseId,
                         CompletableFuture<Optional<PlanContent>> base) {
    }

    /** The reads started for a file whose peek named a plan here. */
    private Early early(PlanFileParser.Peek peek, Progress progress, SharedRows shared) {
        Optional<Revision> kept = peek.baseRevision() == null ? Optional.empty() : revisions.head(peek.baseRevision());
        UUID planId = UUID.fromString(peek.planId());
        return new Early(peek.planId(), CompletableFuture.supplyAsync(() -> reader.read(planId, progress::cancelled, shared), background),
                peek.baseRevision(), CompletableFuture.supplyAsync(() -> kept.map(r -> keptPlan.apply(r, shared)), background));
    }

    private ImportPreview preview(Path file, PlanDocument document, Early early, Progress progress, SharedRows shared, FileRead.Seen seen) {
        UUID planId = UUID.fromString(document.content().planId());
        boolean started = early != null && early.planId().equals(planId.toString());
        Optional<Revision> kept = started || plans.find(planId).isPresent() ? base(document) : Optional.empty();
        CompletableFuture<Optional<PlanContent>> common = started && kept.map(Revision::id).equals(Optional.ofNullable(early.baseId()))
                ? early.base() : CompletableFuture.supplyAsync(() -> kept.map(r -> keptPlan.apply(r, shared)), background);
        Optional<PlanContent> here = started ? PlanFiles.joined(early.here()) : reader.read(planId, progress::cancelled, shared);
        Map<Mode, List<SectionChange>> changes = new EnumMap<>(Mode.class);
        Map<Mode, List<Conflict>> conflicts = new EnumMap<>(Mode.class);
        List<Conflict> inFile = document.conflicts();
        PlanContent theirs = document.content();
        if (here.isEmpty() && shared.digests()) {
            return whole(file, progress); // a plan not here whose file was not laid out to be peeked at: imported from this read
        }
        if (here.isEmpty()) {
            changes.put(Mode.NEW, PlanChanges.between(null, theirs));
            conflicts.put(Mode.NEW, inFile);
            return new ImportPreview(file, document, null, null, changes, conflicts, false);
        }
        PlanContent mine = here.get();
        PlanContent base = PlanFiles.joined(common).filter(c -> c.planId().equals(theirs.planId())).orElse(null);
        shared.readDone();
        PlanMerge.Result merged = PlanFiles.merge(base, mine, theirs);
        changes.put(Mode.REPLACE, PlanChanges.between(mine, theirs));
        changes.put(Mode.KEEP_BOTH, PlanChanges.between(null, theirs));
        changes.put(Mode.MERGE, PlanChanges.between(mine, merged.merged()));
        conflicts.put(Mode.REPLACE, inFile);
        conflicts.put(Mode.KEEP_BOTH, inFile);
        conflicts.put(Mode.MERGE, java.util.stream.Stream.concat(inFile.stream(), merged.conflicts().stream()).toList());
        ImportPreview.Reread reread = shared.digests() ? new ImportPreview.Reread(seen, base == null ? null : kept.orElseThrow().id()) : null;
        return new ImportPreview(file, document, mine.planName(), base, changes, conflicts, merged.twoWay(), null, reread);
    }

    /**
     * The common version of the file and this database: the file itself if seen before, else the one it was made from.
     * Looked up without its content, unpacked only where it is read (looking it up whole held the L plan's 30 MB packed
     * copy twice through a preview).
     */
    private Optional<Revision> base(PlanDocument document) {
        for (String id : new String[]{document.revision(), document.baseRevision()}) {
            Optional<Revision> kept = id == null ? Optional.empty() : revisions.head(id);
            if (kept.isPresent()) {
                return kept;
            }
        }
        return Optional.empty();
    }
}
