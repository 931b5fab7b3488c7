package org.tandem.store;

import org.tandem.domain.SalesPlanContents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.domain.ActivitySchedule;
import org.tandem.domain.ActivityType;
import org.tandem.domain.Cadence;
import org.tandem.domain.Campaign;
import org.tandem.domain.Capacity;
import org.tandem.domain.CorrectiveAction;
import org.tandem.domain.Objective;
import org.tandem.domain.Plan;
import org.tandem.domain.PlanDetails;
import org.tandem.domain.Priority;
import org.tandem.domain.SalesActivity;
import org.tandem.domain.SalesActual;
import org.tandem.domain.SalesMetric;
import org.tandem.domain.SalesPeriod;
import org.tandem.domain.SalesPerson;
import org.tandem.domain.SalesPlan;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SalesPlanStoreTest {
    @TempDir
    Path dir;
    Database db;
    PlanRepository plans;
    SalesPlanRepository sales;
    CampaignRepository campaigns;
    Plan plan;
    SalesPlan q4;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("sales.db"));
        plans = new PlanRepository(db);
        sales = new SalesPlanRepository(db);
        campaigns = new CampaignRepository(db);
        plan = plans.create(new PlanDetails("Roaster", "", "GBP", Month.JANUARY));
        q4 = sales.save(SalesPlan.create(plan.id(), "Wholesale Q4", SalesPeriod.quarter(2026, 4)));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Objective revenue(double target) {
        return new Objective(UUID.randomUUID(), q4.id(), SalesMetric.REVENUE, target, 30_000.0, "Ana", null, Priority.HIGH);
    }

    private SalesActivity calls(Objective linked) {
        return new SalesActivity(UUID.randomUUID(), q4.id(), ActivityType.PROSPECTING, "Cafe calls", List.of(linked.id()), 40,
                Cadence.PER_WEEK, 0.25, 1.5, 0.1, "Ana", null);
    }

    @Test
    void salesPlanAndItsPartsComeBackAsSavedInTheOrderAdded() {
        Objective first = sales.parts().objectives.save(revenue(40_000));
        Objective second = sales.parts().objectives.save(new Objective(UUID.randomUUID(), q4.id(), SalesMetric.RETENTION_RATE, 90.0, 85.0,
                "Ben", null, Priority.LOW));
        sales.parts().objectives.save(new Objective(first.id(), q4.id(), SalesMetric.REVENUE, 45_000.0, 30_000.0, "Ana", null, Priority.HIGH));
        SalesActivity activity = sales.parts().activities.save(calls(first));
        sales.parts().people.save(new SalesPerson(UUID.randomUUID(), q4.id(), "Ana", Capacity.Role.BOTH, 30));
        sales.save(q4.withStep(3));

        SalesPlanContents back = sales.contents(q4.id()).orElseThrow();
        assertThat(back.plan().step()).isEqualTo(3);
        assertThat(back.objectives()).extracting(Objective::id).containsExactly(first.id(), second.id());
        assertThat(back.objectives().get(0).target()).isEqualTo(45_000);
        assertThat(back.activities()).containsExactly(activity);
        assertThat(back.people()).extracting(SalesPerson::role).containsExactly(Capacity.Role.BOTH);
        assertThat(plans.counts(plan.id()).salesPlans()).isEqualTo(1);
    }

    @Test
    void theDatabaseRefusesAPercentageOver100EvenIfTheAppMissedIt() {
        Objective tooHigh = new Objective(UUID.randomUUID(), q4.id(), SalesMetric.CONVERSION_RATE, 120.0, 10.0, "Ana", null, Priority.LOW);
        assertThatThrownBy(() -> sales.parts().objectives.save(tooHigh)).isInstanceOf(StoreException.class);
        assertThat(sales.parts().objectives.list(q4.id())).isEmpty();
    }

    @Test
    void schedulingAgainUpdatesTheSameCalendarItemInsteadOfAddingAnother() {
        Objective objective = sales.parts().objectives.save(revenue(40_000));
        SalesActivity activity = sales.parts().activities.save(calls(objective));
        Campaign first = sales.schedule(Map.of(activity.id(), ActivitySchedule.item(activity, q4, Locale.UK))).get(activity.id());
        SalesActivity more = sales.parts().activities.save(activity.withVolume(60));
        Campaign second = sales.schedule(Map.of(more.id(), ActivitySchedule.item(more, q4, Locale.UK))).get(more.id());

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(campaigns.all(plan.id())).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("Cafe calls (60 a week)");
            assertThat(c.role()).isEqualTo("sales");
        });
        assertThat(sales.contents(q4.id()).orElseThrow().scheduled()).containsEntry(activity.id(), first.id());

        Objective other = sales.parts().objectives.save(revenue(10_000));
        SalesActivity dropped = sales.parts().activities.save(calls(other));
        sales.schedule(Map.of(dropped.id(), ActivitySchedule.item(dropped, q4, Locale.UK)));
        assertThat(campaigns.all(plan.id())).hasSize(2);
        sales.parts().activities.delete(dropped.id());
        assertThat(campaigns.all(plan.id())).extracting(Campaign::id).containsExactly(first.id());

        sales.delete(q4.id());
        assertThat(campaigns.all(plan.id())).isEmpty();
        assertThat(plans.counts(plan.id()).salesPlans()).isZero();
    }

    @Test
    void duplicatingThePlanCopiesSalesPlansWithLinksToTheCopiedObjectivesAndCalendarItems() {
        Objective objective = sales.parts().objectives.save(revenue(40_000));
        SalesActivity activity = sales.parts().activities.save(calls(objective));
        sales.schedule(Map.of(activity.id(), ActivitySchedule.item(activity, q4, Locale.UK)));
        sales.parts().actuals.save(new SalesActual(UUID.randomUUID(), q4.id(), LocalDate.of(2026, 10, 31), "revenue", 12_000));
        sales.parts().actions.save(new CorrectiveAction(UUID.randomUUID(), q4.id(), "Call lapsed cafes", "Ana",
                LocalDate.of(2026, 11, 30), objective.id(), ""));

        Plan copy = plans.duplicate(plan.id(), "Roaster copy");
        SalesPlan copied = sales.list(copy.id()).get(0);
        SalesPlanContents whole = sales.contents(copied.id()).orElseThrow();
        assertThat(copied.id()).isNotEqualTo(q4.id());
        assertThat(whole.objectives()).singleElement().satisfies(o -> assertThat(o.id()).isNotEqualTo(objective.id()));
        UUID copiedObjective = whole.objectives().get(0).id();
        assertThat(whole.activities().get(0).objectiveIds()).containsExactly(copiedObjective);
        assertThat(whole.actions().get(0).objectiveId()).isEqualTo(copiedObjective);
        assertThat(whole.actuals()).extracting(SalesActual::value).containsExactly(12_000.0);
        UUID copiedItem = whole.scheduled().get(whole.activities().get(0).id());
        assertThat(campaigns.all(copy.id())).extracting(Campaign::id).containsExactly(copiedItem);
        // the original keeps its own
        assertThat(sales.contents(q4.id()).orElseThrow().activities().get(0).objectiveIds()).containsExactly(objective.id());
    }

    @Test
    void startingTheNextCycleIsAllOrNothing() {
        SalesPlan next = SalesPlan.create(plan.id(), "Wholesale Q1", q4.period().next());
        Objective carried = new Objective(UUID.randomUUID(), next.id(), SalesMetric.REVENUE, 40_000.0, 38_000.0, "Ana", null, Priority.HIGH);
        Objective broken = new Objective(UUID.randomUUID(), next.id(), SalesMetric.RETENTION_RATE, 150.0, 10.0, "Ana", null, Priority.HIGH);
        assertThatThrownBy(() -> sales.startNext(next, List.of(carried, broken), List.of())).isInstanceOf(StoreException.class);
        assertThat(sales.list(plan.id())).extracting(SalesPlan::name).containsExactly("Wholesale Q4");

        SalesPlan started = sales.startNext(next, List.of(carried), List.of());
        assertThat(started.period()).isEqualTo(SalesPeriod.quarter(2027, 1));
        assertThat(sales.contents(started.id()).orElseThrow().objectives()).extracting(Objective::baseline).containsExactly(38_000.0);
    }
}
