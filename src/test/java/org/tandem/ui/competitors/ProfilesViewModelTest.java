package org.tandem.ui.competitors;

import org.tandem.domain.ProfileSort;
import org.tandem.service.CompetitorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.domain.Competitor;
import org.tandem.domain.Plan;
import org.tandem.domain.ThreatLevel;
import org.tandem.exchange.PlanImport;
import org.tandem.exchange.SamplePlan;
import org.tandem.store.ComparisonRepository;
import org.tandem.store.CompetitorRepository;
import org.tandem.store.SegmentRepository;
import org.tandem.store.SwotRepository;
import org.tandem.ui.StoreFixture;
import org.tandem.ui.common.HeldDebouncer;
import org.tandem.ui.common.ImmediateDebouncer;
import org.tandem.ui.common.Typing;
import org.tandem.ui.common.RecordingErrorReporter;
import org.tandem.ui.common.SameThreadTaskRunner;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ProfilesViewModelTest {
    @TempDir
    Path dir;
    StoreFixture store;
    CompetitorRepository competitors;
    ProfilesViewModel vm;
    Plan plan;

    @BeforeEach
    void open() {
        store = new StoreFixture(dir.resolve("profiles-vm.db"));
        competitors = new CompetitorRepository(store.db);
        plan = new SamplePlan().addTo(new PlanImport(store.db));
        Clock july = Clock.fixed(Instant.parse("2026-07-01T10:00:00Z"), ZoneOffset.UTC);
        vm = new ProfilesViewModel(new CompetitorService(competitors, new SegmentRepository(store.db), new ComparisonRepository(store.db), new SwotRepository(store.db)), new SameThreadTaskRunner(),
                new RecordingErrorReporter(), new ImmediateDebouncer(), july, Locale.UK, histories);
        vm.showPlan(plan);
    }

    org.tandem.ui.common.PlanHistories histories = new org.tandem.ui.common.PlanHistories();

    @AfterEach
    void close() {
        store.close();
    }

    private ProfilesViewModel.Row row(String name) {
        return vm.rows().stream().filter(r -> r.competitor().name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void everyBadFieldIsMarkedAtOnceAndAHalfTypedShareIsNeverSaved() {
        HeldDebouncer pause = new HeldDebouncer();
        ProfilesViewModel typed = new ProfilesViewModel(new CompetitorService(competitors, new SegmentRepository(store.db),
                new ComparisonRepository(store.db), new SwotRepository(store.db)), new SameThreadTaskRunner(),
                new RecordingErrorReporter(), pause, Clock.systemUTC(), Locale.UK);
        typed.showPlan(plan);
        ProfilesViewModel.Row moorland = typed.rows().stream().filter(r -> r.competitor().name().equals("Moorland Coffee Co."))
                .findFirst().orElseThrow();
        typed.selectedProperty().set(moorland);
        var before = competitors.find(moorland.competitor().id()).orElseThrow();

        Typing.type(typed.form().shareProperty(), "150");
        assertThat(typed.form().shareErrorProperty().get()).isNotEmpty();
        pause.flush();
        assertThat(competitors.find(before.id()).orElseThrow().sharePercent()).as("15 was on the way to 150")
                .isEqualTo(before.sharePercent());

        typed.form().priceProperty().set("12 euros");
        typed.form().shareProperty().set("-5");
        assertThat(typed.form().priceErrorProperty().get()).contains("not a number");
        assertThat(typed.form().shareErrorProperty().get()).isNotEmpty();
        pause.flush();
        assertThat(competitors.find(before.id()).orElseThrow()).isEqualTo(before);
    }

    @Test
    void ourBusinessComesFirstAndOldReviewsAreMarkedDue() {
        assertThat(vm.rows()).hasSize(6);
        assertThat(vm.rows().get(0).competitor().own()).isTrue();
        assertThat(row("Moorland Coffee Co.").reviewDue()).isTrue();
        assertThat(row("Northern Grind Co.").reviewDue()).isFalse();
        assertThat(vm.rows().get(0).reviewDue()).as("our own business is never due").isFalse();
    }

    @Test
    void sortsByThreatOrShareAndSearchesProfiles() {
        vm.sortProperty().set(ProfileSort.THREAT);
        assertThat(vm.rows().get(1).competitor().threat()).isEqualTo(ThreatLevel.HIGH);
        vm.sortProperty().set(ProfileSort.SHARE);
        assertThat(vm.rows().get(1).competitor().name()).isEqualTo("Supermarket premium ranges");
        vm.searchProperty().set("van flee");
        assertThat(vm.rows()).extracting(r -> r.competitor().name()).containsExactly("Ember & Oak Coffee Roasters", "Northern Grind Co.");
        vm.searchProperty().set("");
        assertThat(vm.rows()).hasSize(6);
    }

    @Test
    void aNewCompetitorIsSavedWithItsStrengthsAndWeaknessesInOrder() {
        vm.add();
        assertThat(vm.selectedProperty().get().competitor().name()).isEqualTo("New competitor");
        vm.form().nameProperty().set("Roast Rebels");
        vm.form().strengths().addAll("Cheap", "Fast delivery");
        vm.form().weaknesses().add("Stale beans");
        vm.form().movePoint(vm.form().strengths(), 1, 0);
        vm.form().threatProperty().set(ThreatLevel.HIGH);
        Competitor stored = competitors.list(plan.id()).stream().filter(c -> c.name().equals("Roast Rebels")).findFirst().orElseThrow();
        assertThat(stored.strengths()).containsExactly("Fast delivery", "Cheap");
        assertThat(stored.weaknesses()).containsExactly("Stale beans");
        assertThat(stored.threat()).isEqualTo(ThreatLevel.HIGH);
        assertThat(vm.statusProperty().get()).isEqualTo("Saved");
    }

    @Test
    void aDuplicateNameIsWarnedButSavedAndBadSharesAreRefusedAtTheField() {
        vm.selectedProperty().set(row("Moorland Coffee Co."));
        vm.form().nameProperty().set("dale street roastery");
        assertThat(vm.nameMessageProperty().get()).contains("Another profile has this name");
        vm.form().shareProperty().set("120");
        assertThat(vm.form().shareErrorProperty().get()).isEqualTo("A market share is a percentage from 0 to 100.");
        vm.form().shareProperty().set("lots");
        assertThat(vm.form().shareErrorProperty().get()).isEqualTo("\"lots\" is not a number.");
        vm.form().shareProperty().set("55");
        assertThat(vm.sharesWarningProperty().get()).contains("more than the whole market");
    }

    @Test
    void deleteOffersUndoWhichRestoresTheProfile() {
        vm.selectedProperty().set(row("Moorland Coffee Co."));
        vm.deleteSelected();
        assertThat(vm.rows()).hasSize(5);
        vm.undoDelete();
        assertThat(vm.rows()).hasSize(6);
        assertThat(row("Moorland Coffee Co.").competitor().strengths()).containsExactly("Beautiful packaging", "Strong gift trade");
    }

    @Test
    void profileEditsAndDeletesAreStepsOfThePlansHistory() {
        ProfilesViewModel.Row moorland = row("Moorland Coffee Co.");
        vm.selectedProperty().set(moorland);
        var before = competitors.find(moorland.competitor().id()).orElseThrow();
        Typing.type(vm.form().channelsProperty(), "Online shop");
        vm.form().shareProperty().set("7");
        var history = histories.of(plan.id());
        history.undo();
        assertThat(competitors.find(before.id()).orElseThrow().sharePercent()).isEqualTo(before.sharePercent());
        assertThat(competitors.find(before.id()).orElseThrow().channels()).isEqualTo("Online shop");
        history.undo();
        assertThat(competitors.find(before.id()).orElseThrow().channels()).isEqualTo(before.channels());
        assertThat(vm.form().channelsProperty().get()).isEqualTo(before.channels());
        history.redo();
        assertThat(vm.form().channelsProperty().get()).isEqualTo("Online shop");

        vm.selectedProperty().set(row("Moorland Coffee Co."));
        vm.deleteSelected();
        assertThat(competitors.find(before.id())).isEmpty();
        history.undo();
        assertThat(competitors.find(before.id())).isPresent();
        history.redo();
        assertThat(competitors.find(before.id())).isEmpty();
    }
}
