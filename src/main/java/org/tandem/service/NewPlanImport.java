package org.tandem.service;

import org.tandem.domain.Progress;
import org.tandem.exchange.PackedCopy;
import org.tandem.exchange.PlanChanges;
import org.tandem.exchange.PlanDocument;
import org.tandem.exchange.PlanFileParser;
import org.tandem.service.ImportPreview.Mode;
import org.tandem.store.IncomingPlan;
import org.tandem.store.PlanContent;
import org.tandem.store.Revision;
import org.tandem.store.StoreException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * A plan file whose plan is not here, previewed and written without holding its plan: the preview reads and checks
 * the file keeping only an outline of it (ids, references, labels), and the import reads it again, handing each
 * entity to the store as it comes and keeping the file's own bytes, packed, as the version imported. The L plan's
 * 140 MB file was held whole twice over before (its plan, then the copy kept of it). A file changed between the
 * preview and the import stops the import, which then writes nothing.
 */
final class NewPlanImport {
    private final PlanFileParser parser;
    private final IncomingPlan incoming;
    private final Executor packer;
    private final Supplier<Instant> now;

    NewPlanImport(PlanFileParser parser, IncomingPlan incoming, Executor packer, Supplier<Instant> now) {
        this.parser = parser;
        this.incoming = incoming;
        this.packer = packer;
        this.now = now;
    }

    /** The preview of the file with its plan in outline; empty for a file to be read whole (see {@link PlanFileParser#outline}). */
    Optional<ImportPreview> preview(Path file, long size, Progress progress) {
        FileRead[] read = new FileRead[1];
        Optional<PlanDocument> outline = parser.outline(() -> read[0] = new FileRead(Files.newInputStream(file), null), size, progress,
                (section, row) -> { });
        return outline.map(document -> {
            PlanContent plan = document.content();
            // what the preview shows is worked out from the outline; it keeps the plan's own fields, not the outline
            PlanDocument head = new PlanDocument(document.formatVersion(), document.exportedAt(), document.app(), document.revision(),
                    document.baseRevision(), new PlanContent(plan.plan(), PlanContent.empty(plan.plan()).sections(), plan.tombstones()),
                    List.of());
            return new ImportPreview(file, head, null, null, Map.of(Mode.NEW, PlanChanges.between(null, plan)),
                    Map.of(Mode.NEW, List.of()), false, new ImportPreview.Outlined(read[0].seen(), plan.size()), null);
        });
    }

    /**
     * Writes the previewed file's plan as a new plan, the file read again (each entity's own rules checked again; those
     * across entities were checked in the preview, of the same bytes); the file's bytes are kept as the version imported.
     */
    PlanFiles.Imported apply(ImportPreview preview, Progress progress) {
        ImportPreview.Outlined outlined = preview.outline().orElseThrow(() -> new IllegalArgumentException("not a preview in outline"));
        PlanDocument document = preview.document();
        Path file = preview.file();
        try (PackedCopy kept = new PackedCopy(packer)) {
            PlanContent written = incoming.write(document.content().planId(), outlined.entities(), each -> {
                FileRead[] read = new FileRead[1];
                Optional<PlanDocument> again = parser.again(() -> read[0] = new FileRead(Files.newInputStream(file), kept),
                        outlined.seen().bytes(), progress, each);
                if (again.isEmpty() || read[0] == null || !read[0].seen().equals(outlined.seen())) {
                    throw FileRead.changed();
                }
                return again.get().content();
            }, target -> List.of(new Revision(document.revision(), target.planId(), Revision.IMPORT, "", document.baseRevision(),
                    now.get(), packed(kept))), progress);
            return new PlanFiles.Imported(UUID.fromString(written.planId()), written.planName(), Mode.NEW, outlined.entities(),
                    preview.changes(Mode.NEW), null);
        }
    }

    private static org.tandem.store.PackedPlan packed(PackedCopy kept) {
        try {
            return kept.packed();
        } catch (IOException e) {
            throw new StoreException("Could not keep a copy of the file: " + e.getMessage(), e);
        }
    }
}
