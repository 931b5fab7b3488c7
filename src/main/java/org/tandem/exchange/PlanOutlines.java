package org.tandem.exchange;

import org.tandem.domain.CurrencyCode;
import org.tandem.domain.PlanOutline;
import org.tandem.store.PlanContent;
import org.tandem.store.PlanRow;
import org.tandem.store.PlanTables;
import org.tandem.store.PlanTables.Field;
import org.tandem.store.PlanTables.Kind;
import org.tandem.store.PlanTables.Section;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A plan's content as an outline to read: every section in the order the screens take them, each entry by its
 * name with its fields in words; references by the name of what they point at, money in the plan's currency.
 */
public final class PlanOutlines {
    /** Fields that say nothing to a reader: bookkeeping and the owner's id. */
    private static final Set<String> UNSHOWN = Set.of("createdAt", PlanTables.UPDATED_AT, "position", "salesPlanId", "importedAt");

    private PlanOutlines() {
    }

    public static PlanOutline of(PlanContent content) {
        String currency = (String) content.plan().get(PlanTables.PLAN.index("currency"));
        int digits = CurrencyCode.fractionDigits(currency);
        List<PlanOutline.Section> sections = new ArrayList<>();
        for (Section section : PlanTables.SECTIONS) {
            // in the order the screens list them: by position where the user orders them, else by name
            int position = section.index("position");
            List<PlanRow> rows = content.rows(section.name()).values().stream()
                    .sorted(position >= 0 ? java.util.Comparator.comparing((PlanRow r) -> (Long) r.get(position))
                            : java.util.Comparator.comparing((PlanRow r) -> PlanMerge.label(section, r), String.CASE_INSENSITIVE_ORDER))
                    .toList();
            List<PlanOutline.Entry> entries = new ArrayList<>(rows.size());
            for (PlanRow row : rows) {
                List<String> details = new ArrayList<>();
                for (Field f : section.fields()) {
                    String text = text(content, f, row.get(section.index(f.name())), currency, digits);
                    if (!UNSHOWN.contains(f.name()) && !text.isEmpty()) {
                        details.add(words(f.name()) + ": " + text);
                    }
                }
                String label = PlanMerge.label(section, row);
                // an entry with no name of its own (the market sizing) goes by its section's
                entries.add(new PlanOutline.Entry(label.equals(row.id()) ? PlanChanges.title(section.name()) : label, details));
            }
            sections.add(new PlanOutline.Section(PlanChanges.title(section.name()), entries));
        }
        Object description = content.plan().get(PlanTables.PLAN.index("description"));
        return new PlanOutline(content.planName(), description == null ? "" : description.toString(), sections);
    }

    @SuppressWarnings("unchecked")
    private static String text(PlanContent content, Field f, Object v, String currency, int digits) {
        if (v == null) {
            return "";
        }
        if (f.name().endsWith("Minor") && v instanceof Long minor) {
            return String.format(Locale.UK, "%,.2f", BigDecimal.valueOf(minor).movePointLeft(digits)).replaceAll("\\.00$", "")
                    + " " + currency;
        }
        return switch (f.kind()) {
            case REF -> f.target() == null ? "" : name(content, f.target(), (String) v);
            case LINKS -> String.join(", ", ((List<String>) v).stream().map(id -> name(content, f.target(), id)).toList());
            case SCORES -> String.join(", ", ((Map<String, Long>) v).entrySet().stream()
                    .map(e -> name(content, f.target(), e.getKey()) + " " + e.getValue()).toList());
            case TEXT_LIST, DATE_LIST, POINTS -> String.join(", ", ((List<?>) v).stream().map(Object::toString).toList());
            case EVENTS -> ((List<?>) v).size() + " events";
            case BOOL -> Boolean.TRUE.equals(v) ? "yes" : "no";
            case DECIMAL -> f.max() <= 1 && f.name().toLowerCase(Locale.ROOT).contains("rate")
                    ? String.format(Locale.UK, "%.1f %%", ((Number) v).doubleValue() * 100) : number(((Number) v).doubleValue());
            default -> v.toString().strip();
        };
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.format(Locale.UK, "%,.0f", v) : String.format(Locale.UK, "%,.2f", v);
    }

    private static String name(PlanContent content, String section, String id) {
        PlanRow row = content.rows(section).get(id);
        return row == null ? "(gone)" : PlanMerge.label(PlanTables.section(section), row);
    }

    /** "expectedLeads" → "Expected leads", "targetMinor" → "Target". */
    static String words(String field) {
        String plain = field.endsWith("Minor") ? field.substring(0, field.length() - 5) : field;
        String spaced = plain.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
