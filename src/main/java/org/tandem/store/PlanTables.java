package org.tandem.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every table that holds a plan's content, as a plan file names it: one section per table, one field per
 * column (or per list of link rows). The plan file's reader, its JSON Schema, the merge and the store all
 * follow this one description, so a new column is added here once.
 */
public final class PlanTables {
    /** What a field holds; the plan file and the store agree on each. */
    public enum Kind {
        /** Another entity's id in this plan ({@code target} names its section); null when optional. */
        REF,
        TEXT, WHOLE, DECIMAL, BOOL, DATE, INSTANT, CHOICE, COLOUR,
        /** A JSON array of strings kept in one column (a note's tags). */
        TEXT_LIST,
        /** ISO dates kept comma-separated in one column (a series' skipped dates). */
        DATE_LIST,
        /** Ids of other entities, kept as rows of a link table: sorted, no duplicates. */
        LINKS,
        /** A competitor's strengths or weaknesses: texts in order, kept in competitor_point. */
        POINTS,
        /** A competitor's score per criterion id, 1 to 5. */
        SCORES,
        /** An overlay calendar's events: {uid, title, start, end}. */
        EVENTS
    }

    /**
     * One field. {@code required}: present and not null in every file. {@code min}/{@code max}: the
     * range of a number, or the length of a text. For LINKS: {@code linkTable}, {@code ownerColumn}
     * and {@code column} (the linked id's column); for POINTS, {@code column} is the point kind.
     */
    public record Field(String name, String column, Kind kind, boolean required, double min, double max,
                        List<String> choices, String target, String linkTable, String ownerColumn) {

        public boolean stored() {
            return kind != Kind.LINKS && kind != Kind.POINTS && kind != Kind.SCORES && kind != Kind.EVENTS;
        }
    }

    /**
     * A section: its table, the column holding the entity's id, and the column tying it to its owner
     * ({@code plan_id}, or {@code sales_plan_id} under {@code ownerSection}).
     */
    public record Section(String name, String table, String idColumn, String ownerColumn, String ownerSection,
                          List<Field> fields, boolean single) {

        /** Field names in the order a plan file writes them: sorted. */
        public List<Field> sortedFields() {
            List<Field> sorted = new ArrayList<>(fields);
            sorted.sort(Comparator.comparing(Field::name));
            return sorted;
        }

        public int index(String field) {
            for (int i = 0; i < fields.size(); i++) {
                if (fields.get(i).name().equals(field)) {
                    return i;
                }
            }
            return -1;
        }

        public Field field(String name) {
            int i = index(name);
            return i < 0 ? null : fields.get(i);
        }
    }

    public static final String UPDATED_AT = "updatedAt";
    /** Names up to 120 characters, texts up to 1 MB: the limits a file is held to whatever it says. */
    public static final int NAME = 120;
    public static final int TEXT = 1_048_576;
    private static final double MONEY_MAX = 1e15;
    private static final double COUNT_MAX = 1e15;

    public static final Section PLAN = new Section("plan", "plan", "id", null, null, List.of(
            text("name", "name", true, NAME),
            text("description", "description", false, TEXT),
            new Field("currency", "currency", Kind.TEXT, true, 3, 3, List.of(), null, null, null),
            whole("firstMonth", "first_month", true, 1, 12),
            // an exercise handed out in class, and a student's plan answering it: the exercise's id and task
            text("exerciseId", "exercise_id", false, 36), text("exerciseTask", "exercise_task", false, TEXT),
            instant("createdAt", "created_at"),
            instant(UPDATED_AT, "updated_at")), true);

    /** The sections in the order they are written to the store: an entity's owner and references come first. */
    public static final List<Section> SECTIONS = List.of(
            new Section("marketSizing", "market_sizing", "plan_id", "plan_id", null, List.of(
                    choice("method", "method", true, "top-down", "bottom-up"),
                    money("tamMinor", "tam_minor", true), money("samMinor", "sam_minor", true),
                    money("somMinor", "som_minor", true),
                    decimal("sharePercent", "share_pct", true, 0, 100),
                    decimal("growthPercent", "growth_pct", false, -100, 1e6),
                    date("firstDate", "first_date", false), money("firstMinor", "first_minor", false),
                    date("secondDate", "second_date", false), money("secondMinor", "second_minor", false),
                    instant(UPDATED_AT, "updated_at")), true),
            new Section("segments", "segment", "id", "plan_id", null, List.of(
                    text("name", "name", true, NAME), text("description", "description", false, TEXT),
                    whole("buyers", "buyers", true, 0, COUNT_MAX), money("spendPerBuyerMinor", "spend_minor", true),
                    decimal("growthPercent", "growth_pct", true, -100, 1e6),
                    whole("attractiveness", "attractiveness", true, 1, 5), bool("targeted", "targeted"),
                    text("positioning", "positioning", false, TEXT), position(),
                    instant("createdAt", "created_at"), instant(UPDATED_AT, "updated_at")), false),
            new Section("channels", "channel", "id", "plan_id", null, List.of(
                    text("name", "name", true, 60), new Field("colour", "colour", Kind.COLOUR, true, 7, 7, List.of(), null, null, null),
                    position(), instant(UPDATED_AT, "updated_at")), false),
            new Section("competitors", "competitor", "id", "plan_id", null, List.of(
                    bool("own", "own"), text("name", "name", true, NAME), text("website", "website", false, 2048),
                    text("offer", "offer", false, TEXT), decimal("priceLevel", "price_level", false, 0, MONEY_MAX),
                    text("channels", "channels", false, TEXT), text("positioning", "positioning", false, TEXT),
                    choice("threat", "threat", true, "low", "medium", "high"),
                    decimal("sharePercent", "share_pct", false, 0, 100), date("lastReviewed", "last_reviewed", false),
                    text("notes", "notes", false, TEXT), position(),
                    links("targetSegments", "competitor_segment", "competitor_id", "segment_id", "segments"),
                    points("strengths", "strength"), points("weaknesses", "weakness"),
                    new Field("scores", "score", Kind.SCORES, false, 1, 5, List.of(), "criteria", "score", "competitor_id"),
                    instant("createdAt", "created_at"), instant(UPDATED_AT, "updated_at")), false),
            new Section("criteria", "criterion", "id", "plan_id", null, List.of(
                    text("name", "name", true, 80), decimal("weight", "weight", true, 0, 1e6), position(),
                    instant("createdAt", "created_at"), instant(UPDATED_AT, "updated_at")), false),
            new Section("researchNotes", "research_note", "id", "plan_id", null, List.of(
                    text("title", "title", true, 200), text("body", "body", false, TEXT),
                    choice("aspect", "aspect", true, "target-audience", "market-research", "competitive-analysis", "market-size"),
                    new Field("tags", "tags", Kind.TEXT_LIST, false, 0, NAME, List.of(), null, null, null),
                    text("source", "source", false, 2048), date("evidenceDate", "evidence_date", false),
                    choice("confidence", "confidence", true, "low", "medium", "high"), bool("pinned", "pinned"),
                    ref("segmentId", "segment_id", "segments"),
                    links("competitors", "note_competitor", "note_id", "competitor_id", "competitors"),
                    instant("createdAt", "created_at"), instant(UPDATED_AT, "updated_at")), false),
            new Section("campaigns", "campaign", "id", "plan_id", null, List.of(
                    text("name", "name", true, NAME), text("channel", "channel", false, 60),
                    date("start", "start_date", true), date("end", "end_date", true),
                    choice("status", "status", true, "idea", "planned", "running", "done", "cancelled"),
                    text("owner", "owner", false, NAME), choice("role", "role", true, "marketing", "sales"),
                    money("plannedMinor", "planned_minor", true), money("spentMinor", "spent_minor", true),
                    whole("expectedLeads", "leads_expected", true, 0, COUNT_MAX),
                    whole("actualLeads", "leads_actual", true, 0, COUNT_MAX), ref("segmentId", "segment_id", "segments"),
                    text("notes", "notes", false, TEXT), text("link", "link", false, 2048),
                    choice("repeat", "repeat_every", false, "weekly", "monthly"),
                    whole("repeatInterval", "repeat_interval", false, 1, 1000), date("repeatUntil", "repeat_until", false),
                    new Field("repeatSkipped", "repeat_skip", Kind.DATE_LIST, false, 0, 0, List.of(), null, null, null),
                    instant("createdAt", "created_at"), instant(UPDATED_AT, "updated_at")), false),
            new Section("swot", "swot_item", "id", "plan_id", null, List.of(
                    choice("quadrant", "quadrant", true, "strengths", "weaknesses", "opportunities", "threats"),
                    text("text", "text", true, 500), position(),
                    choice("linkKind", "link_kind", false, "campaign", "objective"),
                    new Field("linkId", "link_id", Kind.REF, false, 0, 0, List.of(), null, null, null),
                    instant("createdAt", "created_at"), instant(UPDATED_AT, "updated_at")), false),
            new Section("overlays", "overlay_calendar", "id", "plan_id", null, List.of(
                    text("name", "name", true, 200), bool("shown", "shown"), instant("importedAt", "imported_at"),
                    new Field("events", "overlay_event", Kind.EVENTS, false, 0, 0, List.of(), null, "overlay_event", "overlay_id"),
                    instant(UPDATED_AT, "updated_at")), false),
            new Section("salesPlans", "sales_plan", "id", "plan_id", null, List.of(
                    text("name", "name", true, NAME), date("start", "start_date", true), date("end", "end_date", true),
                    whole("step", "step", true, 1, 6), text("segmentsText", "segments_text", false, TEXT),
                    text("pricing", "pricing", false, TEXT), text("retention", "retention", false, TEXT),
                    money("dealSizeMinor", "deal_size_minor", false), decimal("conversionRate", "conversion_rate", false, 0, 1),
                    money("salesBudgetMinor", "sales_budget_minor", false),
                    money("marketingBudgetMinor", "marketing_budget_minor", false),
                    decimal("onTrack", "on_track", true, 0, 1), decimal("atRisk", "at_risk", true, 0, 1),
                    instant("createdAt", "created_at"), instant(UPDATED_AT, "updated_at")), false),
            salesPart("salesObjectives", "sales_objective",
                    choice("metric", "metric", true, "revenue", "deals_closed", "new_customers", "conversion_rate",
                            "average_deal_size", "sales_growth", "retention_rate"),
                    decimal("target", "target", false, -1e6, COUNT_MAX), decimal("baseline", "baseline", false, -1e6, COUNT_MAX),
                    money("targetMinor", "target_minor", false), money("baselineMinor", "baseline_minor", false),
                    text("owner", "owner", false, NAME), ref("segmentId", "segment_id", "segments"),
                    choice("priority", "priority", true, "high", "medium", "low")),
            salesPart("salesActivities", "sales_activity",
                    text("type", "type", true, 60), text("name", "name", false, NAME),
                    decimal("volume", "volume", true, 0, COUNT_MAX),
                    choice("cadence", "cadence", true, "per_week", "per_month", "per_period"),
                    decimal("hoursPerUnit", "hours_per_unit", true, 0, 1e6), money("costPerUnitMinor", "cost_per_unit_minor", true),
                    decimal("rate", "rate", false, 0, 1), text("owner", "owner", false, NAME),
                    ref("segmentId", "segment_id", "segments"),
                    links("objectives", "sales_activity_objective", "activity_id", "objective_id", "salesObjectives"),
                    links("scheduledCampaigns", "sales_activity_schedule", "activity_id", "campaign_id", "campaigns")),
            salesPart("salesPeople", "sales_person",
                    text("name", "name", true, NAME), choice("role", "role", true, "marketing", "sales", "both"),
                    decimal("hoursPerWeek", "hours_per_week", true, 0, 168)),
            salesPart("salesTools", "sales_tool", text("name", "name", true, NAME), money("costMinor", "cost_minor", true)),
            salesPart("salesMilestones", "sales_milestone", text("name", "name", true, NAME), date("due", "due", false),
                    bool("done", "done")),
            salesPart("salesActuals", "sales_actual", date("day", "day", true), text("measure", "measure", true, 60),
                    decimal("value", "value", false, -COUNT_MAX, COUNT_MAX), whole("valueMinor", "value_minor", false, -MONEY_MAX, MONEY_MAX)),
            salesPart("correctiveActions", "sales_corrective_action", text("what", "what", true, TEXT),
                    text("owner", "owner", false, NAME), date("due", "due", false),
                    ref("objectiveId", "objective_id", "salesObjectives"), text("outcome", "outcome", false, TEXT)),
            salesPart("salesScenarios", "sales_scenario", text("name", "name", true, NAME),
                    decimal("conversionRate", "conversion_rate", false, 0, 1), money("dealSizeMinor", "deal_size_minor", false),
                    decimal("leadsFactor", "leads_factor", true, 0, 100),
                    new Field("channelFactors", "channel_factors", Kind.TEXT_LIST, false, 0, NAME + 20, List.of(), null, null, null),
                    decimal("hoursFactor", "hours_factor", true, 0, 100), bool("chosen", "chosen")));

    private static final Map<String, Section> BY_NAME = new LinkedHashMap<>();

    static {
        SECTIONS.forEach(s -> BY_NAME.put(s.name(), s));
    }

    private PlanTables() {
    }

    public static Section section(String name) {
        return BY_NAME.get(name);
    }

    private static Section salesPart(String name, String table, Field... own) {
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("salesPlanId", "sales_plan_id", Kind.REF, true, 0, 0, List.of(), "salesPlans", null, null));
        fields.addAll(List.of(own));
        fields.add(position());
        fields.add(instant(UPDATED_AT, "updated_at"));
        return new Section(name, table, "id", "sales_plan_id", "salesPlans", List.copyOf(fields), false);
    }

    private static Field text(String name, String column, boolean required, int max) {
        return new Field(name, column, Kind.TEXT, required, required ? 1 : 0, max, List.of(), null, null, null);
    }

    private static Field whole(String name, String column, boolean required, double min, double max) {
        return new Field(name, column, Kind.WHOLE, required, min, max, List.of(), null, null, null);
    }

    private static Field money(String name, String column, boolean required) {
        return whole(name, column, required, 0, MONEY_MAX);
    }

    private static Field decimal(String name, String column, boolean required, double min, double max) {
        return new Field(name, column, Kind.DECIMAL, required, min, max, List.of(), null, null, null);
    }

    private static Field position() {
        return whole("position", "position", true, -1e9, 1e9);
    }

    private static Field bool(String name, String column) {
        return new Field(name, column, Kind.BOOL, true, 0, 1, List.of(), null, null, null);
    }

    private static Field date(String name, String column, boolean required) {
        return new Field(name, column, Kind.DATE, required, 0, 0, List.of(), null, null, null);
    }

    private static Field instant(String name, String column) {
        return new Field(name, column, Kind.INSTANT, true, 0, 0, List.of(), null, null, null);
    }

    private static Field choice(String name, String column, boolean required, String... choices) {
        return new Field(name, column, Kind.CHOICE, required, 0, 0, List.of(choices), null, null, null);
    }

    private static Field ref(String name, String column, String target) {
        return new Field(name, column, Kind.REF, false, 0, 0, List.of(), target, null, null);
    }

    private static Field links(String name, String table, String owner, String column, String target) {
        return new Field(name, column, Kind.LINKS, false, 0, 0, List.of(), target, table, owner);
    }

    private static Field points(String name, String kind) {
        return new Field(name, kind, Kind.POINTS, false, 1, 500, List.of(), null, "competitor_point", "competitor_id");
    }
}
