package org.tandem.exchange;

import org.tandem.store.PlanRow;
import org.tandem.store.PlanTables;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The report's table of competitors and their scores: on paper, split so that every table fits the page's width. */
final class CompetitorTables {
    /** Criteria beside the competitor's own fields in the first table, and in each table after it. */
    private static final int FIRST = 6;
    private static final int MORE = 9;

    private CompetitorTables() {
    }

    /**
     * The competitors listed with their scores. A page is ten columns wide: on paper the criteria past the first six go
     * in tables of their own, nine a table, each row named again (one table of the L plan's ten criteria was cut at
     * the page's edge); on screen one table scrolls.
     */
    static void write(StringBuilder h, List<PlanRow> listed, List<PlanRow> criteria, boolean forPdf) {
        int from = 0;
        do {
            int to = forPdf ? Math.min(criteria.size(), from + (from == 0 ? FIRST : MORE)) : criteria.size();
            List<PlanRow> part = criteria.subList(from, to);
            if (from > 0) {
                h.append(String.format("<p class=\"muted\">Scores, criteria %d to %d of %d</p>", from + 1, to, criteria.size()));
            }
            PlanReport.table(h, header(part, from == 0), rows(listed, part, from == 0));
            from = to;
        } while (from < criteria.size());
    }

    private static List<String> header(List<PlanRow> criteria, boolean whole) {
        List<String> header = new ArrayList<>(whole ? List.of("Competitor", "Price level", "Share %", "Threat") : List.of("Competitor"));
        criteria.forEach(c -> header.add(PlanReport.text("criteria", c, "name")));
        return header;
    }

    private static List<String[]> rows(List<PlanRow> listed, List<PlanRow> criteria, boolean whole) {
        PlanTables.Section section = PlanTables.section("competitors");
        List<String[]> rows = new ArrayList<>();
        for (PlanRow c : listed) {
            @SuppressWarnings("unchecked")
            Map<String, Long> scores = (Map<String, Long>) c.get(section.index("scores"));
            List<String> row = new ArrayList<>(List.of(PlanReport.text(section, c, "name")
                    + (Boolean.TRUE.equals(c.get(section.index("own"))) ? " (us)" : "")));
            if (whole) {
                row.addAll(List.of(PlanReport.text(section, c, "priceLevel"), PlanReport.text(section, c, "sharePercent"),
                        PlanReport.text(section, c, "threat")));
            }
            criteria.forEach(k -> row.add(scores.containsKey(k.id()) ? scores.get(k.id()).toString() : ""));
            rows.add(row.toArray(String[]::new));
        }
        return rows;
    }
}
