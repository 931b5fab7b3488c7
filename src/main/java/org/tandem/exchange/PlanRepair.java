package org.tandem.exchange;

import org.tandem.domain.PlanName;
import org.tandem.store.PlanContent;
import org.tandem.store.PlanRow;
import org.tandem.store.PlanTables;
import org.tandem.store.PlanTables.Field;
import org.tandem.store.PlanTables.Kind;
import org.tandem.store.PlanTables.Section;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * After a merge the two sides' changes may not fit together: a campaign added on one side for a segment
 * deleted on the other, two profiles marked as one's own, two new channels of one name. This makes the
 * merged plan whole the way the store would: a reference to nothing is cleared (an entity that cannot live
 * without its sales plan goes with it), a second own profile becomes a competitor, a second channel name
 * gets a number.
 */
final class PlanRepair {
    private PlanRepair() {
    }

    @SuppressWarnings("unchecked")
    static PlanContent repair(PlanContent content) {
        for (Section section : PlanTables.SECTIONS) {
            SortedMap<String, PlanRow> rows = content.sections().get(section.name());
            for (Iterator<Map.Entry<String, PlanRow>> it = rows.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<String, PlanRow> entry = it.next();
                PlanRow row = entry.getValue();
                boolean keep = true;
                for (int i = 0; i < section.fields().size() && keep; i++) {
                    Field f = section.fields().get(i);
                    Object v = row.get(i);
                    if (f.target() == null || v == null) {
                        continue;
                    }
                    Map<String, PlanRow> target = content.rows(f.target());
                    if (f.kind() == Kind.REF && !target.containsKey((String) v)) {
                        if (f.required()) {
                            keep = false;
                        } else {
                            row = row.with(i, null);
                        }
                    } else if (f.kind() == Kind.LINKS) {
                        List<String> ids = ((List<String>) v).stream().filter(target::containsKey).toList();
                        if (ids.size() != ((List<String>) v).size()) {
                            row = row.with(i, ids);
                        }
                    } else if (f.kind() == Kind.SCORES) {
                        TreeMap<String, Long> scores = new TreeMap<>((Map<String, Long>) v);
                        if (scores.keySet().retainAll(target.keySet())) {
                            row = row.with(i, scores);
                        }
                    }
                }
                if (keep) {
                    entry.setValue(row);
                } else {
                    it.remove();
                }
            }
        }
        oneOwnProfile(content);
        uniqueChannelNames(content);
        return content;
    }

    private static void oneOwnProfile(PlanContent content) {
        Section section = PlanTables.section("competitors");
        int own = section.index("own");
        boolean seen = false;
        for (Map.Entry<String, PlanRow> e : content.sections().get("competitors").entrySet()) {
            if (Boolean.TRUE.equals(e.getValue().get(own))) {
                if (seen) {
                    e.setValue(e.getValue().with(own, false));
                }
                seen = true;
            }
        }
    }

    private static void uniqueChannelNames(PlanContent content) {
        Section section = PlanTables.section("channels");
        int name = section.index("name");
        Set<String> taken = new HashSet<>();
        for (Map.Entry<String, PlanRow> e : content.sections().get("channels").entrySet()) {
            String wanted = (String) e.getValue().get(name);
            String free = PlanName.firstFree(wanted, candidate -> taken.contains(candidate.toLowerCase(Locale.ROOT)));
            taken.add(free.toLowerCase(Locale.ROOT));
            if (!free.equals(wanted)) {
                e.setValue(e.getValue().with(name, free));
            }
        }
    }
}
