package org.tandem.exchange;

import org.tandem.store.PlanContent;
import org.tandem.store.PlanRow;
import org.tandem.store.PlanTables;
import org.tandem.store.PlanTables.Section;
import org.tandem.store.PlanTombstone;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Merges two versions of one plan entity by entity and field by field. With their common base (three-way),
 * a change on one side is taken, the same field changed on both sides to different values is a conflict,
 * and a deletion on one side removes the entity unless the other side edited it. Without a base
 * (two-way), entities match by id, the newer update wins and tombstones keep deleted entities deleted.
 * The merged plan holds "mine" wherever there is a conflict; {@link #resolve} puts in the choices.
 */
public final class PlanMerge {
    private static final String[] LABELS = {"name", "title", "text", "what", "metric", "day"};

    /** The merged plan, its conflicts, and whether a base was known. */
    public record Result(PlanContent merged, List<Conflict> conflicts, boolean twoWay) {
    }

    /** Which side a conflict is settled for. */
    public enum Side { MINE, THEIRS }

    private PlanMerge() {
    }

    public static Result threeWay(PlanContent base, PlanContent mine, PlanContent theirs) {
        List<Conflict> conflicts = new ArrayList<>();
        PlanRow plan = fields(PlanTables.PLAN, "plan", base.plan(), mine.plan(), theirs.plan(), conflicts);
        PlanContent merged = each(plan, mine, theirs, (section, id, m, t) ->
                entity(section, base.rows(section.name()).get(id), m, t, conflicts));
        return new Result(repaired(merged), List.copyOf(conflicts), false);
    }

    private static PlanRow entity(Section section, PlanRow b, PlanRow m, PlanRow t, List<Conflict> conflicts) {
        if (m == null && t == null) {
            return null;
        }
        if (b == null) {
            if (m == null || t == null) {
                return m == null ? t : m;
            }
            return fields(section, section.name(), null, m, t, conflicts);
        }
        if (m == null || t == null) {
            PlanRow kept = m == null ? t : m;
            if (kept.sameAs(b) || sameButTime(section, kept, b)) {
                return null;
            }
            conflicts.add(new Conflict(section.name(), b.id(), null, label(section, kept), b, m, t));
            return m;
        }
        return fields(section, section.name(), b, m, t, conflicts);
    }

    /** Mine with the changes theirs brings field by field: mine's own row when it brings none (most rows of a merge). */
    private static PlanRow fields(Section section, String name, PlanRow b, PlanRow m, PlanRow t, List<Conflict> conflicts) {
        if (m.sameAs(t)) {
            return m;
        }
        Object[] out = m.values().clone();
        for (int i = 0; i < out.length; i++) {
            Object mv = m.get(i);
            Object tv = t.get(i);
            Object bv = b == null ? null : b.get(i);
            String field = section.fields().get(i).name();
            if (Objects.equals(mv, tv)) {
                continue;
            }
            if (field.equals(PlanTables.UPDATED_AT)) {
                out[i] = later((String) mv, (String) tv);
            } else if (b != null && Objects.equals(mv, bv)) {
                out[i] = tv;
            } else if (b != null && Objects.equals(tv, bv)) {
                out[i] = mv;
            } else if (!field.equals("createdAt")) {
                conflicts.add(new Conflict(name, m.id(), field, label(section, m), bv, mv, tv));
            }
        }
        return new PlanRow(m.id(), out);
    }

    public static Result twoWay(PlanContent mine, PlanContent theirs) {
        PlanRow plan = newer(PlanTables.PLAN, mine.plan(), theirs.plan());
        PlanContent merged = each(plan, mine, theirs, (section, id, m, t) -> {
            if (m != null && t != null) {
                return newer(section, m, t);
            }
            if (m != null) {
                return survives(section, m, theirs.tombstones().get(id)) ? m : null;
            }
            return survives(section, t, mine.tombstones().get(id)) ? t : null;
        });
        return new Result(repaired(merged), List.of(), true);
    }

    /** How one entity merges: its row in the merged plan, or null for none. */
    @FunctionalInterface
    private interface EntityMerge {
        PlanRow merge(Section section, String id, PlanRow mine, PlanRow theirs);
    }

    /** Every entity of either side through {@code merge}, section by section in id order, then the tombstones. */
    private static PlanContent each(PlanRow plan, PlanContent mine, PlanContent theirs, EntityMerge merge) {
        PlanContent merged = PlanContent.empty(plan);
        for (Section section : PlanTables.SECTIONS) {
            SortedMap<String, PlanRow> out = merged.sections().get(section.name());
            TreeSet<String> ids = new TreeSet<>(mine.rows(section.name()).keySet());
            ids.addAll(theirs.rows(section.name()).keySet());
            for (String id : ids) {
                PlanRow row = merge.merge(section, id, mine.rows(section.name()).get(id), theirs.rows(section.name()).get(id));
                if (row != null) {
                    out.put(id, row);
                }
            }
        }
        tombstones(merged, mine, theirs);
        return merged;
    }

    /** An entity one side deleted stays deleted, unless the other side changed it after the deletion. */
    private static boolean survives(Section section, PlanRow row, PlanTombstone tombstone) {
        if (tombstone == null) {
            return true;
        }
        String updated = updatedAt(section, row);
        return updated != null && Instant.parse(updated).isAfter(Instant.parse(tombstone.deletedAt()));
    }

    private static PlanRow newer(Section section, PlanRow m, PlanRow t) {
        if (m.sameAs(t)) {
            return m;
        }
        String mu = updatedAt(section, m);
        String tu = updatedAt(section, t);
        int order = mu == null || tu == null ? 0 : Instant.parse(mu).compareTo(Instant.parse(tu));
        if (order == 0) {
            // the same moment on both sides: any fixed rule keeps A-into-B and B-into-A alike
            order = java.util.Arrays.deepToString(m.values()).compareTo(java.util.Arrays.deepToString(t.values()));
        }
        return order >= 0 ? m : t;
    }

    private static String updatedAt(Section section, PlanRow row) {
        int i = section.index(PlanTables.UPDATED_AT);
        return i < 0 ? null : (String) row.get(i);
    }

    private static boolean sameButTime(Section section, PlanRow a, PlanRow b) {
        int i = section.index(PlanTables.UPDATED_AT);
        return i >= 0 && a.with(i, null).sameAs(b.with(i, null));
    }

    private static String later(String a, String b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return Instant.parse(a).isAfter(Instant.parse(b)) ? a : b;
    }

    private static void tombstones(PlanContent merged, PlanContent mine, PlanContent theirs) {
        TreeMap<String, PlanTombstone> all = new TreeMap<>(mine.tombstones());
        theirs.tombstones().forEach((id, t) -> all.merge(id, t, (a, b) -> a.deletedAt().compareTo(b.deletedAt()) >= 0 ? a : b));
        all.forEach((id, t) -> {
            if (!merged.rows(t.section()).containsKey(id)) {
                merged.tombstones().put(id, t);
            }
        });
    }

    /** The merged plan with each conflict settled as chosen (mine where no choice is given). */
    public static PlanContent resolve(Result result, Map<String, Side> choices) {
        PlanContent out = copy(result.merged());
        PlanRow plan = out.plan();
        for (Conflict c : result.conflicts()) {
            if (choices.getOrDefault(c.key(), Side.MINE) != Side.THEIRS) {
                continue;
            }
            if (c.section().equals("plan")) {
                plan = plan.with(PlanTables.PLAN.index(c.field()), c.theirs());
                continue;
            }
            Section section = PlanTables.section(c.section());
            SortedMap<String, PlanRow> rows = out.sections().get(c.section());
            if (c.wholeEntity()) {
                if (c.theirs() == null) {
                    rows.remove(c.id());
                } else {
                    rows.put(c.id(), (PlanRow) c.theirs());
                    out.tombstones().remove(c.id());
                }
            } else if (rows.containsKey(c.id())) {
                rows.put(c.id(), rows.get(c.id()).with(section.index(c.field()), c.theirs()));
            }
        }
        return repaired(new PlanContent(plan, out.sections(), out.tombstones()));
    }

    private static PlanContent copy(PlanContent content) {
        PlanContent out = PlanContent.empty(content.plan());
        content.sections().forEach((name, rows) -> out.sections().get(name).putAll(rows));
        out.tombstones().putAll(content.tombstones());
        return out;
    }

    static boolean isLabel(String field) {
        return java.util.Arrays.asList(LABELS).contains(field);
    }

    /** The label a person knows an entity by: its name, title or text. */
    static String label(Section section, PlanRow row) {
        for (String name : LABELS) {
            int i = section.index(name);
            if (i >= 0 && row.get(i) != null) {
                return row.get(i).toString();
            }
        }
        return row.id();
    }

    static PlanContent repaired(PlanContent content) {
        return PlanRepair.repair(content);
    }
}
