package org.tandem.service;

import org.tandem.domain.Milestone;
import org.tandem.domain.SalesTool;
import org.tandem.domain.SalesPerson;
import org.tandem.domain.DeletedSalesPlan;
import org.tandem.domain.SalesPlanContents;
import org.tandem.domain.ActivitySchedule;
import org.tandem.domain.Campaign;
import org.tandem.domain.CorrectiveAction;
import org.tandem.domain.Objective;
import org.tandem.domain.Occurrence;
import org.tandem.domain.SalesActivity;
import org.tandem.domain.SalesActual;
import org.tandem.domain.SalesPeriod;
import org.tandem.domain.SalesPlan;
import org.tandem.domain.SalesPlanFigures;
import org.tandem.domain.Scenario;
import org.tandem.domain.Segment;
import org.tandem.store.CampaignRepository;
import org.tandem.store.SalesPartTable;
import org.tandem.store.SalesPlanRepository;
import org.tandem.store.SegmentRepository;
import org.tandem.store.SettingsRepository;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** What the sales plan screen asks of the store and of files. Called off the FX thread. */
public class SalesPlanService {
    static final String EXPLANATION_SETTING = "salesPlan.explanationExpanded";

    private final SalesPlanRepository salesPlans;
    private final CampaignRepository campaigns;
    private final SegmentRepository segments;
    private final SettingsRepository settings;

    public SalesPlanService(SalesPlanRepository salesPlans, CampaignRepository campaigns, SegmentRepository segments,
                            SettingsRepository settings) {
        this.salesPlans = salesPlans;
        this.campaigns = campaigns;
        this.segments = segments;
        this.settings = settings;
    }

    /** A plan's sales plans, its segments and whether the explanation panel is open. */
    public record Overview(List<SalesPlan> salesPlans, List<Segment> segments, boolean explanationExpanded) {
    }

    /** One sales plan with everything in it and the calendar's campaigns in its period. */
    public record Opened(SalesPlanContents contents, List<Occurrence> campaigns) {
    }

    public Overview overview(UUID planId) {
        return new Overview(salesPlans.list(planId), segments.list(planId),
                settings.get(EXPLANATION_SETTING).map(Boolean::parseBoolean).orElse(true));
    }

    public Optional<Opened> open(UUID salesPlanId) {
        return salesPlans.contents(salesPlanId).map(c -> new Opened(c, campaignsIn(c.plan())));
    }

    /** Occurrences starting in the period, marketing's only: sales items scheduled from activities carry no leads or budget. */
    public List<Occurrence> campaignsIn(SalesPlan plan) {
        SalesPeriod period = plan.period();
        return SalesPlanFigures.marketingStartingIn(campaigns.between(plan.planId(), period.start(), period.end()), period);
    }

    public SalesPart<Scenario> scenarios() {
        return part(salesPlans.parts().scenarios);
    }

    public SalesPlan save(SalesPlan plan) {
        return salesPlans.save(plan);
    }

    public void delete(UUID salesPlanId) {
        salesPlans.delete(salesPlanId);
    }

    /** Deletes a sales plan and hands back everything it held (its calendar items too), for an undo to put back. */
    public DeletedSalesPlan deleteKeeping(UUID salesPlanId) {
        return salesPlans.deleteKeeping(salesPlanId);
    }

    /** A deleted sales plan back as it was, calendar items included, in one transaction. */
    public void restore(DeletedSalesPlan kept) {
        salesPlans.restore(kept);
    }

    public SalesPart<Objective> objectives() {
        return part(salesPlans.parts().objectives);
    }

    public SalesPart<SalesActivity> activities() {
        return part(salesPlans.parts().activities);
    }

    public SalesPart<SalesPerson> people() {
        return part(salesPlans.parts().people);
    }

    public SalesPart<SalesTool> tools() {
        return part(salesPlans.parts().tools);
    }

    public SalesPart<Milestone> milestones() {
        return part(salesPlans.parts().milestones);
    }

    public SalesPart<SalesActual> actuals() {
        return part(salesPlans.parts().actuals);
    }

    public SalesPart<CorrectiveAction> actions() {
        return part(salesPlans.parts().actions);
    }

    private static <T> SalesPart<T> part(SalesPartTable<T> table) {
        return new SalesPart<>() {
            @Override
            public void save(T row) {
                table.save(row);
            }

            @Override
            public void delete(UUID id) {
                table.delete(id);
            }

            @Override
            public String noun() {
                return table.noun();
            }
        };
    }

    /** Takes imported actuals away again, all or none. */
    public void deleteActuals(List<UUID> ids) {
        salesPlans.parts().actuals.deleteAll(ids);
    }

    public void saveActuals(List<SalesActual> actuals) {
        salesPlans.parts().actuals.saveAll(actuals);
    }

    public void replaceActuals(UUID salesPlanId, String measure, LocalDate from, LocalDate to, SalesActual replacement) {
        salesPlans.replaceActuals(salesPlanId, measure, from, to, replacement);
    }

    /** The measure's actuals in [from, to] become {@code replacements}, all or none. */
    public void replaceActuals(UUID salesPlanId, String measure, LocalDate from, LocalDate to, List<SalesActual> replacements) {
        salesPlans.replaceActuals(salesPlanId, measure, from, to, replacements);
    }

    /** Puts every activity on the calendar (again): the same items are updated, none added twice. */
    public Map<UUID, Campaign> schedule(SalesPlan plan, List<SalesActivity> activities, Locale locale) {
        Map<UUID, Campaign> items = new LinkedHashMap<>();
        activities.forEach(a -> items.put(a.id(), ActivitySchedule.item(a, plan, locale)));
        return salesPlans.schedule(items);
    }

    public Map<UUID, Campaign> scheduledItems(List<UUID> activityIds) {
        return salesPlans.scheduledItems(activityIds);
    }

    /** Takes a scheduling back: the activities' calendar items as they were before it. */
    public void unschedule(List<UUID> activityIds, Map<UUID, Campaign> before) {
        salesPlans.unschedule(activityIds, before);
    }

    public SalesPlan startNext(SalesPlan next, List<Objective> objectives, List<CorrectiveAction> actions) {
        return salesPlans.startNext(next, objectives, actions);
    }

    public void rememberExplanation(boolean expanded) {
        settings.put(EXPLANATION_SETTING, Boolean.toString(expanded));
    }

    /** A CSV file of actuals, split into fields: its encoding and separator found, or as chosen (null: find them). */
    public org.tandem.exchange.CsvTable readCsv(Path file, java.nio.charset.Charset encoding, Character separator) throws IOException {
        return org.tandem.exchange.CsvTable.read(Files.readAllBytes(file), encoding, separator);
    }
}
