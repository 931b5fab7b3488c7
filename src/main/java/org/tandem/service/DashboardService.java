package org.tandem.service;

import org.tandem.domain.Campaign;
import org.tandem.domain.NoteSummary;
import org.tandem.domain.Plan;
import org.tandem.domain.PlanStatus;
import org.tandem.domain.SalesPeriod;
import org.tandem.domain.SalesPlan;
import org.tandem.domain.SalesPlanContents;
import org.tandem.domain.SalesPlanFigures;
import org.tandem.domain.Scenario;
import org.tandem.domain.StatusInputs;
import org.tandem.exchange.PlanImport;
import org.tandem.exchange.SamplePlan;
import org.tandem.store.CampaignRepository;
import org.tandem.store.CompetitorRepository;
import org.tandem.store.Database;
import org.tandem.store.PlanRepository;
import org.tandem.store.ResearchNoteRepository;
import org.tandem.store.SalesPlanRepository;
import org.tandem.store.ScratchDatabase;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** What the dashboard and {@code tandem status} read: a plan's figures for both hats, and its sales plans' scenarios. */
public final class DashboardService {
    /** Research notes due for a fresh look listed by name; the rest are counted. */
    static final int NOTES_LISTED = 5;

    private final PlanRepository plans;
    private final CampaignRepository campaigns;
    private final SalesPlanRepository salesPlans;
    private final ResearchNoteRepository notes;
    private final CompetitorRepository competitors;
    private final Database database;

    public DashboardService(Database database) {
        this.database = database;
        this.plans = new PlanRepository(database);
        this.campaigns = new CampaignRepository(database);
        this.salesPlans = new SalesPlanRepository(database);
        this.notes = new ResearchNoteRepository(database);
        this.competitors = new CompetitorRepository(database);
    }

    /** The database's change mark: it moves whenever anything was written, here or by another program. */
    public String changeMark() {
        return database.changeMark();
    }

    /**
     * Everything the dashboard is worked out from, for the sales plan given (null or unknown: the one
     * whose period holds today); empty when the plan is gone.
     */
    public Optional<StatusInputs> read(UUID planId, UUID salesPlanId, LocalDate today) {
        Optional<Plan> plan = plans.find(planId);
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        List<SalesPlan> all = salesPlans.list(planId);
        SalesPlan chosen = all.stream().filter(p -> p.id().equals(salesPlanId)).findFirst()
                .orElseGet(() -> StatusInputs.defaultChoice(all, today));
        SalesPlanContents contents = chosen == null ? null : salesPlans.contents(chosen.id()).orElse(null);
        SalesPeriod period = contents != null ? contents.plan().period()
                : SalesPeriod.quarter(today.getYear(), (today.getMonthValue() - 1) / 3 + 1);
        SalesPeriod window = StatusInputs.window(period, today);
        List<Campaign> near = campaigns.between(planId, window.start(), window.end());
        Map.Entry<Integer, List<NoteSummary>> old = notes.evidenceBefore(planId, today.minusDays(StatusInputs.NOTE_AGE_DAYS), NOTES_LISTED);
        List<Scenario> scenarios = contents == null ? List.of() : salesPlans.parts().scenarios.list(contents.plan().id());
        return Optional.of(new StatusInputs(plan.get(), today, plans.counts(planId), near, all, contents,
                contents == null ? List.of() : SalesPlanFigures.marketingStartingIn(near, period), old.getValue(), old.getKey(),
                competitors.reviews(planId), scenarios));
    }

    /**
     * The dashboard worked out {@code passes} times on a copy of the bundled sample in a scratch database (deleted
     * after), for a window that opened on an empty plan: the first plan with content opened after it then runs code the
     * JVM has loaded and compiled. The L plan's figures took 330-440 ms to read and work out in a JVM that had not run
     * them yet, 110-155 ms after twenty passes over the sample. Touches nothing of the user's.
     *
     * @return the sample's figures, for the screen to build its parts from ahead
     */
    public static PlanStatus rehearse(int passes, LocalDate today, Locale locale) throws IOException {
        try (ScratchDatabase scratch = ScratchDatabase.create("tandem-rehearsal-")) {
            Plan sample = new SamplePlan().addTo(new PlanImport(scratch.database()));
            DashboardService service = new DashboardService(scratch.database());
            PlanStatus status = null;
            for (int i = 0; i < passes; i++) {
                status = service.read(sample.id(), null, today).map(in -> PlanStatus.of(in, locale)).orElseThrow();
            }
            return status;
        }
    }

    /** The plan's sales plans, for choosing one by name. */
    public List<SalesPlan> salesPlans(UUID planId) {
        return salesPlans.list(planId);
    }

    /** Saves the scenarios given (a choice changes two at once), in one transaction. */
    public void saveScenarios(List<Scenario> changed) {
        salesPlans.parts().scenarios.saveAll(changed);
    }

    public void deleteScenario(UUID id) {
        salesPlans.parts().scenarios.delete(id);
    }
}
