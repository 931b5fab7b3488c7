package org.tandem.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A plan in a plan file: its own fields and every section. Money is in minor units of the currency. */
public record PlanData(UUID id, String name, String description, String currency, Integer firstMonth,
                       Instant createdAt, Instant updatedAt, List<SegmentData> segments,
                       List<ResearchNoteData> researchNotes, MarketSizingData marketSizing, List<CompetitorData> competitors,
                       List<CriterionData> criteria, List<SwotItemData> swot, List<CampaignData> campaigns,
                       List<SalesPlanData> salesPlans) {

    public PlanData {
        segments = segments == null ? List.of() : segments;
        researchNotes = researchNotes == null ? List.of() : researchNotes;
        competitors = competitors == null ? List.of() : competitors;
        criteria = criteria == null ? List.of() : criteria;
        swot = swot == null ? List.of() : swot;
        campaigns = campaigns == null ? List.of() : campaigns;
        salesPlans = salesPlans == null ? List.of() : salesPlans;
    }

    /**
     * A campaign; dates all-day with an inclusive end; {@code repeat} is weekly or monthly, with
     * {@code repeatUntil}, and {@code repeatSkipped} the occurrence dates taken out of the series.
     */
    public record CampaignData(UUID id, String name, String channel, LocalDate start, LocalDate end, String status, String owner,
                               String role, long plannedMinor, long spentMinor, int expectedLeads, int actualLeads, UUID segmentId,
                               String notes, String link, String repeat, Integer repeatInterval, LocalDate repeatUntil,
                               List<LocalDate> repeatSkipped) {
    }

    /** A competitor profile, or our business when {@code own}; {@code scores} by criterion id, 1 to 5. */
    public record CompetitorData(UUID id, boolean own, String name, String website, String offer, Double priceLevel, String channels,
                                 List<UUID> targetSegments, List<String> strengths, List<String> weaknesses, String positioning,
                                 String threat, Double sharePercent, LocalDate lastReviewed, String notes,
                                 java.util.Map<UUID, Integer> scores, List<UUID> researchNotes) {
    }

    public record CriterionData(UUID id, String name, double weight) {
    }

    public record SwotItemData(UUID id, String quadrant, String text) {
    }

    public record SegmentData(UUID id, String name, String description, long buyers, long spendPerBuyerMinor,
                              double growthPercent, int attractiveness, boolean targeted, String positioning) {
    }

    public record ResearchNoteData(UUID id, String title, String body, String aspect, List<String> tags, String source,
                                   LocalDate evidenceDate, String confidence, boolean pinned, UUID segmentId) {
    }

    public record MarketSizingData(String method, long tamMinor, long samMinor, long somMinor, double sharePercent,
                                   Double growthPercent, DatedFigureData first, DatedFigureData second) {
    }

    public record DatedFigureData(LocalDate date, long valueMinor) {
    }

    /**
     * A sales plan and its parts. Figures in major units; rates and thresholds are shares 0..1;
     * an activity marked {@code scheduled} is put on the calendar on import.
     */
    public record SalesPlanData(UUID id, String name, LocalDate start, LocalDate end, Integer step, String segmentsTargeted,
                                String pricing, String retention, Double averageDealSize, Double conversionRate, Double salesBudget,
                                Double marketingBudget, Double onTrack, Double atRisk, List<ObjectiveData> objectives,
                                List<ActivityData> activities, List<PersonData> people, List<ToolData> tools,
                                List<MilestoneData> milestones, List<ActualData> actuals, List<ActionData> correctiveActions,
                                List<ScenarioData> scenarios) {
        public SalesPlanData {
            objectives = objectives == null ? List.of() : objectives;
            activities = activities == null ? List.of() : activities;
            people = people == null ? List.of() : people;
            tools = tools == null ? List.of() : tools;
            milestones = milestones == null ? List.of() : milestones;
            actuals = actuals == null ? List.of() : actuals;
            correctiveActions = correctiveActions == null ? List.of() : correctiveActions;
        }
    }

    public record ObjectiveData(UUID id, String metric, Double target, Double baseline, String owner, UUID segmentId, String priority) {
    }

    public record ActivityData(UUID id, String type, String name, List<UUID> objectives, double volume, String cadence,
                               double hoursPerUnit, double costPerUnit, Double rate, String owner, UUID segmentId, boolean scheduled) {
    }

    public record PersonData(String name, String role, double hoursPerWeek) {
    }

    public record ToolData(String name, double cost) {
    }

    public record MilestoneData(String name, LocalDate due, boolean done) {
    }

    /** A what-if scenario; factors are shares (1.2 = 120 %), null rate or size: as planned. */
    public record ScenarioData(String name, Double conversionRate, Double averageDealSize, Double leadsFactor,
                               java.util.Map<String, Double> channelFactors, Double hoursFactor, boolean chosen) {
    }

    public record ActualData(LocalDate day, String measure, double value) {
    }

    public record ActionData(String what, String owner, LocalDate due, UUID objectiveId, String outcome) {
    }
}
