package org.tandem.ui.calendar;

import org.tandem.service.CalendarService;
import org.tandem.domain.OverlayCalendar;
import org.tandem.domain.Channel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.domain.Campaign;
import org.tandem.domain.CampaignStatus;
import org.tandem.domain.Occurrence;
import org.tandem.domain.Plan;
import org.tandem.exchange.PlanImport;
import org.tandem.exchange.SamplePlan;
import org.tandem.store.CampaignRepository;
import org.tandem.store.OverlayRepository;
import org.tandem.store.SegmentRepository;
import org.tandem.ui.StoreFixture;
import org.tandem.ui.common.HeldDebouncer;
import org.tandem.ui.common.ImmediateDebouncer;
import org.tandem.ui.common.Typing;
import org.tandem.ui.common.RecordingErrorReporter;
import org.tandem.ui.common.SameThreadTaskRunner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarViewModelTest {
    @TempDir
    Path dir;
    StoreFixture store;
    CampaignRepository repository;
    CalendarViewModel vm;
    CampaignEditorViewModel editor;
    RecordingErrorReporter errors = new RecordingErrorReporter();
    Plan plan;
    org.tandem.ui.common.PlanHistories histories = new org.tandem.ui.common.PlanHistories();
    org.tandem.ui.common.QueuedTaskRunner queued = new org.tandem.ui.common.QueuedTaskRunner();

    @BeforeEach
    void open() {
        store = new StoreFixture(dir.resolve("calendar-vm.db"));
        repository = new CampaignRepository(store.db);
        plan = new SamplePlan().addTo(new PlanImport(store.db));
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
        vm = new CalendarViewModel(new CalendarService(repository, new SegmentRepository(store.db), new OverlayRepository(store.db), clock, store.db::changeMark),
                new SameThreadTaskRunner(), errors, Locale.UK, histories);
        editor = new CampaignEditorViewModel(vm, new ImmediateDebouncer());
        vm.showPlan(plan);
    }

    @AfterEach
    void close() {
        store.close();
        assertThat(errors.messages).isEmpty();
    }

    private Campaign stored(String name) {
        return repository.all(plan.id()).stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private Occurrence occurrence(String name, LocalDate from, LocalDate to) {
        return vm.occurrences(from, to).stream().filter(o -> o.campaign().name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void comingIntoViewWhileTheFirstReadIsOnItsWayDoesNotReadTheCampaignsTwice() {
        CalendarViewModel shown = readingWhenTold();

        shown.showPlan(plan); // the screen's first showing reads the plan
        shown.refresh(); // and the shell asks the screen to refresh as it comes into view
        assertThat(queued.waiting()).isEqualTo(1);
        queued.runAll();
        assertThat(shown.agenda()).hasSize(20);
        assertThat(shown.overlapCount()).isPositive();
        assertThat(shown.owners()).isNotEmpty();

        store.db.write(c -> c.createStatement().executeUpdate("UPDATE campaign SET name = 'Renamed elsewhere' WHERE name = 'Valentine''s blend'"));
        shown.refresh(); // back into view after a write: read again
        assertThat(queued.waiting()).isEqualTo(1);
        queued.runAll();
        assertThat(shown.agenda()).extracting(Campaign::name).contains("Renamed elsewhere");
    }

    /** A calendar whose reads wait in {@link #queued} until the test runs them. */
    private CalendarViewModel readingWhenTold() {
        return new CalendarViewModel(new CalendarService(repository, new SegmentRepository(store.db), new OverlayRepository(store.db),
                Clock.systemUTC(), store.db::changeMark), queued, errors, Locale.UK, histories);
    }

    /** A plan made on another screen, never shown in the calendar: no channels yet. */
    private Plan planNeverShown() {
        return store.plans.create(new org.tandem.domain.PlanDetails("Harbour Bikes", "", "GBP", java.time.Month.JANUARY));
    }

    private int channelRows(java.util.UUID planId) {
        return repository.storedChannels(planId).size();
    }

    @Test
    void aPlanReadAheadIsShownWithoutReadingAgainAndAPlanWithoutChannelsIsLeftUntouchedUntilShown() {
        CalendarViewModel ahead = readingWhenTold();

        Plan fresh = planNeverShown();
        ahead.readAhead(plan);
        queued.runAll();
        assertThat(ahead.agenda()).hasSize(20);
        assertThat(ahead.channels()).isNotEmpty();

        // another plan opens, never shown in the calendar: reading it ahead writes nothing, and nothing was written since
        // the first was read, yet its showing reads it rather than keep the first plan's campaigns
        ahead.readAhead(fresh);
        queued.runAll();
        assertThat(channelRows(fresh.id())).isZero();
        assertThat(ahead.planProperty().get()).isEqualTo(fresh);

        ahead.refresh(); // it comes into view: read, with its default channels made
        queued.runAll();
        assertThat(channelRows(fresh.id())).isEqualTo(CampaignRepository.DEFAULT_CHANNELS.size());
        assertThat(ahead.agenda()).isEmpty();
        assertThat(ahead.channels()).hasSize(CampaignRepository.DEFAULT_CHANNELS.size());
    }

    @Test
    void comingIntoViewWhileAReadAheadIsOnItsWayStillReads() {
        CalendarViewModel ahead = readingWhenTold();
        Plan fresh = planNeverShown();

        ahead.readAhead(fresh);
        ahead.refresh();
        assertThat(queued.waiting()).as("the read ahead finds no channels: the showing's own read makes them").isEqualTo(2);
        queued.runAll();
        assertThat(ahead.channels()).hasSize(CampaignRepository.DEFAULT_CHANNELS.size());
    }

    @Test
    void aFailedReadLetsTheNextShowingReadAgain() {
        CalendarViewModel shown = new CalendarViewModel(new CalendarService(repository, new SegmentRepository(store.db),
                new OverlayRepository(store.db), Clock.systemUTC(), () -> {
                    throw new org.tandem.store.StoreException("The disk is gone.");
                }), queued, errors, Locale.UK, histories);
        shown.showPlan(plan);
        queued.runAll();
        assertThat(errors.messages).hasSize(1);
        errors.messages.clear();

        shown.refresh();
        assertThat(queued.waiting()).as("not stuck as if a read were still on its way").isEqualTo(1);
        queued.runAll();
        errors.messages.clear();
    }

    @Test
    void aViewGetsOnlyItsRangeWithSeriesExpandedAndTheSamplesCollisionMarked() {
        List<Occurrence> october = vm.occurrences(LocalDate.of(2026, 9, 27), LocalDate.of(2026, 11, 7));
        assertThat(october).extracting(o -> o.campaign().name()).contains("Autumn subscriber bundle", "Halloween roast promo",
                "Monthly roast newsletter").doesNotContain("Valentine's blend", "Spring single origins launch");
        assertThat(october.stream().filter(o -> o.campaign().name().equals("Monthly roast newsletter")))
                .extracting(Occurrence::start).containsExactly(LocalDate.of(2026, 10, 3), LocalDate.of(2026, 11, 3));
        Occurrence bundle = occurrence("Autumn subscriber bundle", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31));
        assertThat(vm.overlapping(bundle)).isTrue();
        assertThat(vm.overlapsOf(bundle)).singleElement().asString().startsWith("Halloween roast promo (");
        assertThat(vm.overlapping(occurrence("Local press: Leeds roaster story", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31))))
                .isFalse();
    }

    @Test
    void filtersNarrowTheAgendaAndTheViewsAlike() {
        int all = vm.agenda().size();
        vm.filters().channelProperty().set("Email");
        assertThat(vm.agenda()).isNotEmpty().allSatisfy(c -> assertThat(c.channel()).isEqualTo("Email"));
        assertThat(vm.occurrences(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31)))
                .allSatisfy(o -> assertThat(o.campaign().channel()).isEqualTo("Email"));
        vm.filters().statusProperty().set(CampaignStatus.PLANNED);
        assertThat(vm.agenda()).extracting(Campaign::name).containsExactly("Wholesale training offer");
        vm.filters().clear();
        vm.filters().textProperty().set("ROAST");
        assertThat(vm.agenda()).extracting(Campaign::name).contains("Monthly roast newsletter", "Halloween roast promo");
        vm.filters().clear();
        assertThat(vm.agenda()).hasSize(all);
    }

    @Test
    void everyProblemOfACampaignShowsAtOnceAndNothingHalfTypedIsSaved() {
        HeldDebouncer pause = new HeldDebouncer();
        CampaignEditorViewModel typed = new CampaignEditorViewModel(vm, pause);
        Occurrence press = occurrence("Local press: Leeds roaster story", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31));
        Campaign before = stored("Local press: Leeds roaster story");
        vm.select(press);
        typed.plannedBudgetProperty().set("-100");
        typed.expectedLeadsProperty().set("lots");
        typed.endProperty().set(press.start().minusDays(3));
        assertThat(typed.errorProperty("plannedBudget").get()).isEqualTo("A budget cannot be negative.");
        assertThat(typed.errorProperty("expectedLeads").get()).contains("not a number");
        assertThat(typed.errorProperty("end").get()).isEqualTo("The campaign cannot end before it starts.");
        pause.flush();
        assertThat(stored("Local press: Leeds roaster story")).isEqualTo(before);

        typed.endProperty().set(press.end());
        typed.expectedLeadsProperty().set("");
        Typing.type(typed.plannedBudgetProperty(), "150x");
        pause.flush();
        assertThat(stored("Local press: Leeds roaster story")).as("150 was on the way to 150x").isEqualTo(before);
    }

    @Test
    void sidePanelTypingIsOneHistoryStepPerFieldAndUndoRedoReachTheStore() {
        Occurrence press = occurrence("Local press: Leeds roaster story", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31));
        Campaign before = stored("Local press: Leeds roaster story");
        vm.select(press);
        Typing.type(editor.nameProperty(), "Press day");
        editor.plannedBudgetProperty().set("250");
        var history = histories.of(plan.id());
        assertThat(history.undoNameProperty().get()).isEqualTo("edit \"Press day\"");
        assertThat(stored("Press day").plannedBudget()).isEqualTo(25_000);

        history.undo();
        assertThat(stored("Press day").plannedBudget()).isEqualTo(before.plannedBudget());
        assertThat(editor.plannedBudgetProperty().get()).as("the panel shows the undone value").isEqualTo(
                org.tandem.domain.NumberText.formatMoney(before.plannedBudget(), Locale.UK, 2));
        history.undo();
        assertThat(stored("Local press: Leeds roaster story")).usingRecursiveComparison().ignoringFields("updatedAt").isEqualTo(before);
        assertThat(editor.nameProperty().get()).isEqualTo("Local press: Leeds roaster story");
        assertThat(history.canUndo()).as("nine keystrokes were one step").isFalse();

        history.redo();
        assertThat(stored("Press day").plannedBudget()).isEqualTo(before.plannedBudget());
        history.redo();
        assertThat(stored("Press day").plannedBudget()).isEqualTo(25_000);
        assertThat(history.canRedo()).isFalse();
    }

    @Test
    void aPlansHistoryWaitsWhileAnotherPlanIsShown() {
        Occurrence press = occurrence("Local press: Leeds roaster story", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31));
        vm.move(press, LocalDate.of(2026, 10, 19), LocalDate.of(2026, 10, 23));
        Plan other = store.plans.create(new org.tandem.domain.PlanDetails("Other", "", "GBP", java.time.Month.JANUARY));
        vm.showPlan(other);
        assertThat(vm.undoTextProperty().get()).isEmpty();
        vm.showPlan(plan);
        assertThat(vm.undoTextProperty().get()).isEqualTo("Undo move \"Local press: Leeds roaster story\"");
        vm.undo();
        assertThat(stored("Local press: Leeds roaster story").start()).isEqualTo(press.start());
    }

    @Test
    void movingAndResizingSaveAtOnceAndUndoGoesBackOneStepAtATime() {
        Occurrence press = occurrence("Local press: Leeds roaster story", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31));
        vm.move(press, LocalDate.of(2026, 10, 19), LocalDate.of(2026, 10, 23));
        assertThat(stored("Local press: Leeds roaster story").start()).isEqualTo(LocalDate.of(2026, 10, 19));
        assertThat(vm.undoTextProperty().get()).isEqualTo("Undo move \"Local press: Leeds roaster story\"");
        Occurrence moved = occurrence("Local press: Leeds roaster story", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31));
        vm.move(moved, LocalDate.of(2026, 10, 19), LocalDate.of(2026, 10, 30));
        assertThat(stored("Local press: Leeds roaster story").end()).isEqualTo(LocalDate.of(2026, 10, 30));
        assertThat(vm.undoTextProperty().get()).startsWith("Undo change the dates of");
        vm.undo();
        assertThat(stored("Local press: Leeds roaster story").end()).isEqualTo(LocalDate.of(2026, 10, 23));
        vm.undo();
        assertThat(stored("Local press: Leeds roaster story").start()).isEqualTo(LocalDate.of(2026, 10, 12));
        assertThat(vm.undoTextProperty().get()).isEmpty();
    }

    @Test
    void aSeriesOccurrenceCanMoveAloneOrWithTheWholeSeries() {
        Occurrence november = occurrence("Monthly roast newsletter", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
        vm.setSeriesQuestion((action, o) -> Optional.of(CalendarViewModel.Scope.OCCURRENCE));
        vm.move(november, LocalDate.of(2026, 11, 5), LocalDate.of(2026, 11, 5));
        List<Campaign> newsletters = repository.all(plan.id()).stream().filter(c -> c.name().equals("Monthly roast newsletter")).toList();
        assertThat(newsletters).hasSize(2);
        assertThat(newsletters).filteredOn(c -> c.recurrence() != null).singleElement()
                .satisfies(c -> assertThat(c.recurrence().skipped()).containsExactly(LocalDate.of(2026, 11, 3)));
        assertThat(vm.occurrences(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)))
                .filteredOn(o -> o.campaign().name().equals("Monthly roast newsletter")).extracting(Occurrence::start)
                .containsExactly(LocalDate.of(2026, 11, 5));
        vm.undo();
        assertThat(repository.all(plan.id()).stream().filter(c -> c.name().equals("Monthly roast newsletter"))).hasSize(1);

        vm.setSeriesQuestion((action, o) -> Optional.of(CalendarViewModel.Scope.SERIES));
        vm.move(occurrence("Monthly roast newsletter", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)),
                LocalDate.of(2026, 11, 4), LocalDate.of(2026, 11, 4));
        assertThat(stored("Monthly roast newsletter").start()).isEqualTo(LocalDate.of(2026, 4, 4));

        vm.setSeriesQuestion((action, o) -> Optional.empty());
        vm.move(occurrence("Monthly roast newsletter", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)),
                LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 9));
        assertThat(stored("Monthly roast newsletter").start()).isEqualTo(LocalDate.of(2026, 4, 4));
    }

    @Test
    void deleteDuplicateAndCreateAreUndoable() {
        Occurrence press = occurrence("Local press: Leeds roaster story", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31));
        vm.duplicate(press);
        assertThat(stored("Local press: Leeds roaster story (copy)").start()).isEqualTo(LocalDate.of(2026, 10, 12));
        assertThat(vm.selectedProperty().get().campaign().name()).isEqualTo("Local press: Leeds roaster story (copy)");
        vm.delete(press);
        assertThat(repository.all(plan.id())).extracting(Campaign::name).doesNotContain("Local press: Leeds roaster story");
        vm.undo();
        assertThat(stored("Local press: Leeds roaster story").segmentId()).isEqualTo(press.campaign().segmentId());
        vm.create(LocalDate.of(2030, 6, 5), LocalDate.of(2030, 6, 3));
        assertThat(stored("New campaign").start()).isEqualTo(LocalDate.of(2030, 6, 3));
        assertThat(stored("New campaign").end()).isEqualTo(LocalDate.of(2030, 6, 5));
        vm.undo();
        assertThat(repository.all(plan.id())).extracting(Campaign::name).doesNotContain("New campaign");
    }

    @Test
    void theSidePanelSavesValidFieldsAndShowsProblemsAtTheirFields() {
        vm.select(stored("Local press: Leeds roaster story"));
        assertThat(editor.nameProperty().get()).isEqualTo("Local press: Leeds roaster story");
        editor.plannedBudgetProperty().set("1,250.50");
        assertThat(errors.messages).isEmpty();
        assertThat(stored("Local press: Leeds roaster story").plannedBudget()).isEqualTo(125_050);
        editor.endProperty().set(LocalDate.of(2026, 10, 1));
        assertThat(editor.errorProperty("end").get()).isEqualTo("The campaign cannot end before it starts.");
        editor.endProperty().set(LocalDate.of(2026, 10, 16));
        editor.expectedLeadsProperty().set("-3");
        assertThat(editor.errorProperty("expectedLeads").get()).isEqualTo("Expected leads cannot be negative.");
        editor.expectedLeadsProperty().set("12");
        editor.repeatProperty().set(CampaignEditorViewModel.Repeat.MONTHLY);
        assertThat(editor.errorProperty("recurrence").get()).isEqualTo("A repeating campaign needs an end date.");
        editor.repeatUntilProperty().set(LocalDate.of(2040, 1, 1));
        assertThat(editor.errorProperty("recurrence").get()).isEqualTo("A series can run for at most 10 years.");
        editor.repeatUntilProperty().set(LocalDate.of(2027, 3, 12));
        assertThat(editor.errorProperty("recurrence").get()).isEmpty();
        Campaign saved = stored("Local press: Leeds roaster story");
        assertThat(saved.expectedLeads()).isEqualTo(12);
        assertThat(saved.recurrence().until()).isEqualTo(LocalDate.of(2027, 3, 12));
        assertThat(saved.end()).isEqualTo(LocalDate.of(2026, 10, 16));
    }

    @Test
    void editingOneOccurrenceTakesItOutOfTheSeries() {
        vm.select(occurrence("Monthly roast newsletter", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)));
        assertThat(editor.ofSeriesProperty().get()).isTrue();
        editor.scopeProperty().set(CalendarViewModel.Scope.OCCURRENCE);
        editor.nameProperty().set("Christmas newsletter");
        assertThat(stored("Christmas newsletter").start()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(stored("Christmas newsletter").recurrence()).isNull();
        assertThat(stored("Monthly roast newsletter").recurrence().skipped()).containsExactly(LocalDate.of(2026, 12, 3));
        assertThat(editor.ofSeriesProperty().get()).isFalse();
        editor.notesProperty().set("Gift boxes and a festive blend.");
        assertThat(repository.all(plan.id()).stream().filter(c -> c.name().equals("Christmas newsletter"))).hasSize(1);
        assertThat(stored("Christmas newsletter").notes()).isEqualTo("Gift boxes and a festive blend.");
    }

    @Test
    void exportWritesTheFilteredCampaignsAndABrokenImportAddsNothing() throws Exception {
        vm.filters().channelProperty().set("Email");
        Path file = dir.resolve("email.ics");
        vm.icsModel().export(file, true, () -> { });
        assertThat(vm.messageProperty().get()).isEqualTo(vm.agenda().size() + " campaigns exported to email.ics.");
        assertThat(Files.readString(file)).contains("SUMMARY:Halloween roast promo").doesNotContain("SUMMARY:Brew-along reels");

        Path broken = Files.writeString(dir.resolve("fairs.ics"),
                "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:Fair\r\nDTSTART;VALUE=DATE:2027-13-01\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        vm.icsModel().importFile(broken);
        assertThat(vm.messageProperty().get()).startsWith("fairs.ics was not imported. Line 5: ");
        assertThat(vm.overlays()).isEmpty();
        assertThat(new OverlayRepository(store.db).list(plan.id())).isEmpty();

        Path holidays = Files.writeString(dir.resolve("UK holidays.ics"), "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\n"
                + "UID:boxing\r\nDTSTAMP:20260101T000000Z\r\nSUMMARY:Boxing Day\r\nDTSTART;VALUE=DATE:20261226\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        vm.icsModel().importFile(holidays);
        assertThat(vm.overlays()).extracting(OverlayCalendar::name).containsExactly("UK holidays");
        List<org.tandem.domain.OverlayEvent> shown = new java.util.ArrayList<>();
        vm.icsModel().overlayEvents(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), shown::addAll);
        assertThat(shown).extracting(org.tandem.domain.OverlayEvent::title).containsExactly("Boxing Day");
        vm.icsModel().show(vm.overlays().get(0), false);
        shown.clear();
        vm.icsModel().overlayEvents(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), shown::addAll);
        assertThat(shown).isEmpty();

        // hiding, removing and importing are steps of the plan's history
        var history = histories.of(plan.id());
        vm.icsModel().remove(vm.overlays().get(0));
        assertThat(new OverlayRepository(store.db).list(plan.id())).isEmpty();
        history.undo();
        assertThat(vm.overlays()).extracting(OverlayCalendar::name, OverlayCalendar::shown)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("UK holidays", false));
        history.undo();
        shown.clear();
        vm.icsModel().overlayEvents(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), shown::addAll);
        assertThat(shown).extracting(org.tandem.domain.OverlayEvent::title).as("shown again, its events kept").containsExactly("Boxing Day");
        history.undo();
        assertThat(new OverlayRepository(store.db).list(plan.id())).as("the import taken back").isEmpty();
        history.redo();
        assertThat(vm.overlays()).extracting(OverlayCalendar::name).containsExactly("UK holidays");
    }

    @Test
    void theBudgetPanelAddsUpMonthsAndChannelsOfThePlanningYear() {
        BudgetViewModel budget = new BudgetViewModel(vm, Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC),
                (planId, then) -> then.accept(new org.tandem.store.SalesPlanRepository(store.db).list(planId)));
        budget.setShown(true);
        // the sample plan's year starts in its first month
        assertThat(budget.months()).hasSize(12);
        long plannedInMonths = budget.months().stream().mapToLong(BudgetViewModel.Row::planned).sum();
        long plannedInChannels = budget.channels().stream().mapToLong(BudgetViewModel.Row::planned).sum();
        assertThat(plannedInMonths).isPositive().isEqualTo(plannedInChannels);
        assertThat(budget.channels()).filteredOn(r -> r.actualLeads() == 0).allSatisfy(r -> assertThat(r.costPerLead()).startsWith("-"));
        assertThat(budget.totalsProperty().get()).startsWith("Year ");
        // the sample's wholesale sales plan sets the marketing budget of its quarter (step 3)
        assertThat(budget.budgetLineProperty().get()).contains("\u201CWholesale Q4 2026\u201D sets 3,200.00 GBP for marketing")
                .containsPattern("campaigns in its period plan [0-9,.]+ GBP, [0-9,.]+ GBP (left|over)");
        // months still ahead show no actuals: spent so far belongs to the months that have been
        assertThat(budget.months()).filteredOn(BudgetViewModel.Row::ahead).extracting(BudgetViewModel.Row::label)
                .first().isEqualTo("Dec 2026");
        assertThat(budget.months()).filteredOn(BudgetViewModel.Row::ahead)
                .allSatisfy(r -> assertThat(r.spent()).isZero()).allSatisfy(r -> assertThat(r.actualLeads()).isZero());
        assertThat(budget.amount(38600)).as("every amount with its cents").isEqualTo("386.00");
    }

    @Test
    void channelsCanBeAddedRenamedWithTheirCampaignsAndRemoved() {
        int before = vm.channels().size();
        vm.channelsModel().add("Podcasts");
        assertThat(vm.channels()).extracting(Channel::name).contains("Podcasts");
        vm.channelsModel().add("podcasts");
        assertThat(vm.messageProperty().get()).isEqualTo("There is already a channel named \"podcasts\".");
        assertThat(vm.channels()).hasSize(before + 1);
        Channel email = vm.channels().stream().filter(c -> c.name().equals("Email")).findFirst().orElseThrow();
        vm.channelsModel().rename(email, "Newsletters");
        assertThat(stored("Halloween roast promo").channel()).isEqualTo("Newsletters");
        assertThat(repository.channels(plan.id())).extracting(Channel::name).contains("Newsletters").doesNotContain("Email");
        Channel renamed = vm.channels().stream().filter(c -> c.name().equals("Newsletters")).findFirst().orElseThrow();
        vm.channelsModel().remove(renamed);
        assertThat(repository.channels(plan.id())).extracting(Channel::name).doesNotContain("Newsletters");
        assertThat(stored("Halloween roast promo").channel()).isEqualTo("Newsletters");
        assertThat(vm.messageProperty().get()).contains("keep the name");
    }

    @Test
    void channelChangesAreStepsOfThePlansHistory() {
        var history = histories.of(plan.id());
        Channel email = vm.channels().stream().filter(c -> c.name().equals("Email")).findFirst().orElseThrow();
        vm.channelsModel().rename(email, "Newsletters");
        assertThat(stored("Halloween roast promo").channel()).isEqualTo("Newsletters");
        history.undo();
        assertThat(stored("Halloween roast promo").channel()).as("the campaigns move back too").isEqualTo("Email");
        assertThat(vm.channels()).extracting(Channel::name).contains("Email").doesNotContain("Newsletters");
        history.redo();
        assertThat(repository.channels(plan.id())).extracting(Channel::name).contains("Newsletters");

        Channel renamed = vm.channels().stream().filter(c -> c.name().equals("Newsletters")).findFirst().orElseThrow();
        vm.channelsModel().saveColour(renamed, "#123456");
        vm.channelsModel().remove(vm.channels().stream().filter(c -> c.name().equals("Newsletters")).findFirst().orElseThrow());
        history.undo();
        assertThat(repository.channels(plan.id())).extracting(Channel::name, Channel::colour).contains(
                org.assertj.core.groups.Tuple.tuple("Newsletters", "#123456"));
        history.undo();
        assertThat(repository.channels(plan.id())).filteredOn(c -> c.name().equals("Newsletters")).extracting(Channel::colour)
                .containsExactly(renamed.colour());
    }

    @Test
    void campaignsFromASpreadsheetArePreviewedThenImportedAsOneUndoStep() throws Exception {
        Path csv = dir.resolve("plan.csv");
        java.nio.file.Files.writeString(csv, "Name,Start,End,Channel,Budget\nSpring sampler,2027-03-01,2027-03-31,email,\"1,200.00\"\n"
                + "Broken,someday,,Email,\n");
        int before = repository.all(plan.id()).size();
        java.util.List<org.tandem.service.CalendarService.CampaignsPreview> shown = new java.util.ArrayList<>();
        vm.icsModel().previewCampaigns(csv, shown::add);
        assertThat(shown).singleElement().satisfies(p -> {
            assertThat(p.campaigns()).singleElement().satisfies(c -> {
                assertThat(c.channel()).isEqualTo("Email");
                assertThat(c.plannedBudget()).isEqualTo(120_000);
            });
            assertThat(p.rows().get(1).problem()).startsWith("Line 3:");
        });
        assertThat(repository.all(plan.id())).hasSize(before);

        vm.icsModel().importCampaigns(shown.get(0));
        assertThat(stored("Spring sampler").start()).isEqualTo(LocalDate.of(2027, 3, 1));
        var history = histories.of(plan.id());
        assertThat(history.undoNameProperty().get()).isEqualTo("import 1 campaign");
        history.undo();
        assertThat(repository.all(plan.id())).hasSize(before);
        history.redo();
        assertThat(repository.all(plan.id())).hasSize(before + 1);
    }
}
