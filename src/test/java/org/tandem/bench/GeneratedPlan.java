package org.tandem.bench;

import org.tandem.store.PlanContent;
import org.tandem.store.PlanContentReader;
import org.tandem.store.PlanRow;
import org.tandem.store.PlanTables;
import org.tandem.store.PlanTables.Field;
import org.tandem.store.PlanTables.Section;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.IntFunction;

/**
 * A plan of a chosen size, as plan-file content: notes with bodies of words a coffee roaster writes, competitors
 * with lists and scores, campaigns over five years, sales plans with objectives, activities, people and actuals.
 * The same seed gives the same plan, so runs compare.
 */
public final class GeneratedPlan {
    private static final String NOW = Instant.parse("2026-11-30T09:00:00Z").toString();

    /** How many of each the plan holds; the rest (objectives, activities, people...) follows the sales plans. */
    public record Counts(String name, int notes, int competitors, int campaigns, int salesPlans, int actuals) {
        /** The medium plan. */
        public static final Counts M = new Counts("M", 2_000, 200, 2_000, 20, 4_000);
        /** The large plan. */
        public static final Counts L = new Counts("L", 50_000, 2_000, 20_000, 200, 100_000);
        /** About 100,000 entities: the plan-file benchmark's plan (issue 13's targets). */
        public static final Counts PLAN_FILES = new Counts("files", 25_000, 500, 23_000, 20, 50_000);

        public static Counts named(String name) {
            return switch (name) {
                case "M" -> M;
                case "L" -> L;
                default -> PLAN_FILES;
            };
        }
    }

    private final Random random = new Random(11);

    private GeneratedPlan() {
    }

    public static PlanContent of(Counts counts) {
        return new GeneratedPlan().generate(counts);
    }

    /** Makes the plan in the store equal to {@code content} as it is (no kept versions), in one transaction. */
    public static void write(org.tandem.store.Database db, PlanContent content) {
        new org.tandem.store.PlanContentWriter(db).apply(content.planId(), new org.tandem.store.PlanContentWriter.Step() {
            @Override
            public PlanContent target(java.util.Optional<PlanContent> current) {
                return content;
            }

            @Override
            public List<org.tandem.store.Revision> revisions(java.util.Optional<PlanContent> current, PlanContent target) {
                return List.of();
            }
        }, org.tandem.domain.Progress.NONE);
    }

    private PlanContent generate(Counts n) {
        String planId = UUID.randomUUID().toString();
        PlanRow plan = row(PlanTables.PLAN, planId, Map.of("name", "Benchmark plan " + n.name(), "currency", "EUR",
                "firstMonth", 1L));
        PlanContent content = PlanContent.empty(plan);
        List<String> segments = add(content, "segments", Math.max(20, n.competitors() / 10), i -> Map.of("name", "Segment " + i,
                "buyers", 1000L + i, "attractiveness", 1L + i % 5));
        add(content, "channels", 20, i -> Map.of("name", "Channel " + i, "colour", String.format("#%06x", random.nextInt(0xffffff))));
        List<String> criteria = add(content, "criteria", 10, i -> Map.of("name", "Criterion " + i, "weight", 1.0 + i % 3));
        List<String> competitors = add(content, "competitors", n.competitors(), i -> {
            TreeMap<String, Long> scores = new TreeMap<>();
            criteria.forEach(c -> scores.put(c, 1L + random.nextInt(5)));
            return Map.of("name", "Competitor " + i, "strengths", List.of("Strong brand " + i, "Wide range"),
                    "weaknesses", List.of("Slow delivery", "Few reviews"), "scores", scores,
                    "targetSegments", List.of(pick(segments), pick(segments)).stream().distinct().sorted().toList(),
                    "priceLevel", 5.0 + i % 10, "own", i == 0); // the user's own business, as every plan that showed Competitors has
        });
        String[] words = ResearchBenchmark.WORDS;
        add(content, "researchNotes", n.notes(), i -> {
            StringBuilder body = new StringBuilder(1300);
            while (body.length() < 1200) {
                body.append(words[random.nextInt(words.length)]).append(random.nextInt(12) == 0 ? ".\n" : " ");
            }
            return Map.of("title", words[random.nextInt(words.length)] + " " + words[random.nextInt(words.length)] + " note " + i,
                    "body", body.toString(), "aspect", List.of("target-audience", "market-research", "competitive-analysis",
                            "market-size").get(i % 4), "tags", List.of(words[i % words.length], "q" + (i % 4 + 1)),
                    "segmentId", pick(segments), "competitors", List.of(pick(competitors)));
        });
        List<String> campaigns = add(content, "campaigns", n.campaigns(), i -> {
            LocalDate start = LocalDate.of(2024, 1, 1).plusDays(i % 1826);
            return Map.of("name", "Campaign " + i, "channel", "Channel " + i % 20, "start", start.toString(),
                    "end", start.plusDays(i % 30).toString(), "plannedMinor", 10_000L * (i % 50), "expectedLeads", (long) (i % 40),
                    "segmentId", pick(segments));
        });
        add(content, "swot", 100, i -> Map.of("quadrant", List.of("strengths", "weaknesses", "opportunities", "threats").get(i % 4),
                "text", "Point " + i));
        List<Map<String, String>> events = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            String day = LocalDate.of(2026, 1, 1).plusDays(i).toString();
            events.add(PlanContentReader.event("e" + i + "@bench", "Event " + i, day, day));
        }
        add(content, "overlays", 2, i -> Map.of("name", "Holidays " + i, "events", events));
        int plans = n.salesPlans();
        List<String> salesPlans = add(content, "salesPlans", plans, i -> Map.of("name", "Sales plan " + i,
                "start", "2026-01-01", "end", "2026-12-31", "dealSizeMinor", 150_000L, "conversionRate", 0.25));
        List<String> objectives = add(content, "salesObjectives", plans * 10, i -> Map.of("salesPlanId", salesPlans.get(i % plans),
                "metric", "revenue", "targetMinor", 4_800_000L));
        add(content, "salesActivities", plans * 20, i -> Map.of("salesPlanId", salesPlans.get(i % plans), "type", "calls",
                "volume", 20.0, "objectives", List.of(objectives.get(i % objectives.size())),
                "scheduledCampaigns", List.of(campaigns.get(i % campaigns.size()))));
        add(content, "salesPeople", plans * 5, i -> Map.of("salesPlanId", salesPlans.get(i % plans), "name", "Person " + i,
                "hoursPerWeek", 20.0));
        add(content, "salesTools", plans * 5, i -> Map.of("salesPlanId", salesPlans.get(i % plans), "name", "Tool " + i,
                "costMinor", 2_000L));
        add(content, "salesMilestones", plans * 10, i -> Map.of("salesPlanId", salesPlans.get(i % plans), "name", "Milestone " + i,
                "due", "2026-06-01"));
        add(content, "salesActuals", n.actuals(), i -> Map.of("salesPlanId", salesPlans.get(i % plans),
                "day", LocalDate.of(2026, 1, 1).plusDays(i % 330).toString(), "measure", "calls", "value", (double) (i % 30)));
        add(content, "correctiveActions", plans * 5, i -> Map.of("salesPlanId", salesPlans.get(i % plans), "what", "Call back " + i));
        return content;
    }

    private String pick(List<String> ids) {
        return ids.get(random.nextInt(ids.size()));
    }

    private List<String> add(PlanContent content, String section, int count, IntFunction<Map<String, Object>> values) {
        Section s = PlanTables.section(section);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = s.single() ? content.planId() : new UUID(random.nextLong(), random.nextLong()).toString();
            content.sections().get(section).put(id, row(s, id, values.apply(i)));
            ids.add(id);
        }
        return ids;
    }

    private static PlanRow row(Section section, String id, Map<String, Object> given) {
        Object[] values = new Object[section.fields().size()];
        for (int i = 0; i < values.length; i++) {
            Field f = section.fields().get(i);
            values[i] = given.containsKey(f.name()) ? given.get(f.name()) : fallback(f);
        }
        return new PlanRow(id, values);
    }

    private static Object fallback(Field f) {
        return switch (f.kind()) {
            case TEXT -> f.required() ? "x" : "";
            case WHOLE -> f.required() ? (long) Math.max(0, f.min()) : null;
            case DECIMAL -> f.required() ? Math.max(0.0, f.min()) + (f.name().equals("onTrack") ? 0.95 : f.name().equals("atRisk") ? 0.8 : 0) : null;
            case BOOL -> false;
            case DATE -> f.required() ? "2026-01-01" : null;
            case INSTANT -> NOW;
            case CHOICE -> f.required() ? f.choices().get(0) : null;
            case COLOUR -> "#336699";
            case TEXT_LIST, DATE_LIST, LINKS, POINTS, EVENTS -> List.of();
            case SCORES -> new TreeMap<String, Long>();
            case REF -> null;
        };
    }
}
