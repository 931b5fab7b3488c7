package org.tandem.service;

import org.tandem.exchange.Conflict;
import org.tandem.exchange.PlanChanges.SectionChange;
import org.tandem.exchange.PlanDocument;
import org.tandem.store.PlanContent;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What importing a plan file would do, worked out before anything is written: whether its plan is new here,
 * and for each way of importing it the changes per section and the conflicts to settle.
 */
public final class ImportPreview {
    /** How a file whose plan is already here comes in; a plan not here always comes in as NEW. */
    public enum Mode { NEW, REPLACE, KEEP_BOTH, MERGE }

    /** A conflict as the preview shows it: where, and the two values in words. */
    public record ConflictView(String key, String section, String label, String field, String mine, String theirs) {
    }

    /** A preview of a plan not here read in outline: the file as that read saw it, and how many entities it holds. */
    record Outlined(FileRead.Seen seen, int entities) {
    }

    /**
     * A preview of a plan here, its rows holding digests of their long texts ({@link org.tandem.store.LongText}): the file as
     * its read saw it and the kept version it was compared with, both read again whole to import.
     */
    record Reread(FileRead.Seen seen, String baseRevision) {
    }

    private final Path file;
    private final PlanDocument document;
    private final String currentName;
    private final PlanContent base;
    private final Map<Mode, List<SectionChange>> changes;
    private final Map<Mode, List<Conflict>> conflicts;
    private final boolean twoWay;
    private final Outlined outline;
    private final Reread reread;
    private final org.tandem.store.SharedRows shared;

    ImportPreview(Path file, PlanDocument document, String currentName, PlanContent base,
                  Map<Mode, List<SectionChange>> changes, Map<Mode, List<Conflict>> conflicts, boolean twoWay) {
        this(file, document, currentName, base, changes, conflicts, twoWay, null, null);
    }

    /** A preview of a plan not here read in outline (see {@link NewPlanImport}), or of one here with digests. */
    ImportPreview(Path file, PlanDocument document, String currentName, PlanContent base, Map<Mode, List<SectionChange>> changes,
                  Map<Mode, List<Conflict>> conflicts, boolean twoWay, Outlined outline, Reread reread) {
        this.file = file;
        this.document = document;
        this.currentName = currentName;
        this.base = base;
        this.changes = changes;
        this.conflicts = conflicts;
        this.twoWay = twoWay;
        this.outline = outline;
        this.reread = reread;
        this.shared = org.tandem.store.SharedRows.NONE;
    }

    private ImportPreview(ImportPreview digested, PlanDocument whole, PlanContent wholeBase, org.tandem.store.SharedRows shared) {
        this.file = digested.file;
        this.document = whole;
        this.currentName = digested.currentName;
        this.base = wholeBase;
        this.changes = digested.changes;
        this.conflicts = digested.conflicts;
        this.twoWay = digested.twoWay;
        this.outline = null;
        this.reread = null;
        this.shared = shared;
    }

    /** The rows the file's plan and the kept version share, for the plan here to share them too as it is read to write. */
    org.tandem.store.SharedRows shared() {
        return shared;
    }

    Optional<Reread> reread() {
        return Optional.ofNullable(reread);
    }

    /** The same preview holding the file's plan and the kept version whole, read again sharing their unchanged rows. */
    ImportPreview withWhole(PlanDocument whole, PlanContent wholeBase, org.tandem.store.SharedRows shared) {
        return new ImportPreview(this, whole, wholeBase, shared);
    }

    /** For a preview in outline, whose document holds the plan's own fields but no entities: the file is read again to write it. */
    Optional<Outlined> outline() {
        return Optional.ofNullable(outline);
    }

    public Path file() {
        return file;
    }

    PlanDocument document() {
        return document;
    }

    Optional<PlanContent> base() {
        return Optional.ofNullable(base);
    }

    /** The plan's name in the file. */
    public String planName() {
        return document.content().planName();
    }

    /** The name of the plan here with the file's plan id, if there is one. */
    public Optional<String> existingPlan() {
        return Optional.ofNullable(currentName);
    }

    /** The ways this file can be imported: NEW for a plan not here, else REPLACE, KEEP_BOTH and MERGE. */
    public List<Mode> modes() {
        return currentName == null ? List.of(Mode.NEW) : List.of(Mode.MERGE, Mode.REPLACE, Mode.KEEP_BOTH);
    }

    public List<SectionChange> changes(Mode mode) {
        return changes.getOrDefault(mode, List.of());
    }

    public List<ConflictView> conflicts(Mode mode) {
        return conflicts.getOrDefault(mode, List.of()).stream().map(ImportPreview::view).toList();
    }

    /** A merge without a known common version: the newer side of each entity wins. */
    public boolean twoWay() {
        return twoWay;
    }

    /** Entities in the file. */
    public int size() {
        return outline == null ? document.content().size() : outline.entities();
    }

    static ConflictView view(Conflict c) {
        String field = c.wholeEntity() ? "" : c.field();
        return new ConflictView(c.key(), org.tandem.exchange.PlanChanges.title(c.section()), c.label(), field,
                text(c, c.mine(), "deleted here"), text(c, c.theirs(), "deleted in the file"));
    }

    private static String text(Conflict c, Object value, String deleted) {
        if (c.wholeEntity()) {
            return value == null ? deleted : "edited";
        }
        if (value == null) {
            return "(empty)";
        }
        if (value instanceof List<?> list) {
            return list.isEmpty() ? "(none)" : String.join(", ", list.stream().map(String::valueOf).toList());
        }
        String text = value.toString();
        return text.length() > 200 ? text.substring(0, 199) + "…" : text;
    }
}
