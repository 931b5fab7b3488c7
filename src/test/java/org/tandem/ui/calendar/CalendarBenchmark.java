package org.tandem.ui.calendar;

import org.tandem.domain.Channel;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.domain.Campaign;
import org.tandem.domain.CampaignStatus;
import org.tandem.domain.Plan;
import org.tandem.domain.PlanDetails;
import org.tandem.domain.Recurrence;
import org.tandem.domain.Segment;
import org.tandem.store.CampaignRepository;
import org.tandem.store.Database;
import org.tandem.store.PlanRepository;
import org.tandem.store.SegmentRepository;
import org.tandem.ui.AppDriver;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The campaign calendar with 20,000 campaigns over five years (one in 200 a monthly series; -Dcampaigns=600 for a
 * smaller plan), headless: opening the calendar section, switching months (load event to entries fed, CSS and layout
 * done), a bare CalendarFX MonthView switching months over the same entries in the same run (to see where the time
 * goes), and filtering the agenda by channel (filter to table laid out). Not part of mvn verify:
 * mvn -Pbench test -Dtest=CalendarBenchmark -Dsurefire.failIfNoSpecifiedTests=false [-Dcampaigns=600]
 */
class CalendarBenchmark extends FxRobot {
    static final int CAMPAIGNS = Integer.getInteger("campaigns", 20_000);

    @TempDir
    Path dir;

    /** Runs on the FX thread until the work it queued (CalendarFX and the feed post theirs for later) is done and laid out. */
    private static long timeOnFxThread(Runnable action, javafx.scene.Node anyNode) throws InterruptedException {
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        long[] time = new long[2];
        javafx.application.Platform.runLater(() -> {
            time[0] = System.nanoTime();
            action.run();
            afterQueued(8, () -> {
                anyNode.getScene().getRoot().applyCss();
                anyNode.getScene().getRoot().layout();
                time[1] = System.nanoTime();
                done.countDown();
            });
        });
        if (!done.await(120, TimeUnit.SECONDS)) {
            throw new AssertionError("the FX thread did not finish");
        }
        return time[1] - time[0];
    }

    /** Runs {@code last} after everything already queued, and what that queues in turn, {@code depth} levels deep. */
    private static void afterQueued(int depth, Runnable last) {
        if (depth == 0) {
            last.run();
        } else {
            javafx.application.Platform.runLater(() -> afterQueued(depth - 1, last));
        }
    }

    @Test
    void switchingMonthsAndFilteringTheAgendaWithTwentyThousandCampaigns() throws Exception {
        Path file = dir.resolve("calendar-bench.db");
        try (Database db = Database.open(file)) {
            Plan plan = new PlanRepository(db).create(new PlanDetails("Busy plan", "", "EUR", Month.JANUARY));
            List<UUID> segments = new ArrayList<>();
            SegmentRepository segmentRepository = new SegmentRepository(db);
            for (int i = 0; i < 3; i++) {
                segments.add(segmentRepository.save(new Segment(UUID.randomUUID(), plan.id(), "Segment " + i, "", 1000, 100, 2, 3,
                        true, "", Instant.now(), Instant.now())).id());
            }
            CampaignRepository campaigns = new CampaignRepository(db);
            List<String> channels = campaigns.channels(plan.id()).stream().map(Channel::name).toList();
            Random random = new Random(5);
            LocalDate first = LocalDate.of(2026, 1, 1);
            List<Campaign> all = new ArrayList<>();
            for (int i = 0; i < CAMPAIGNS; i++) {
                LocalDate start = first.plusDays(random.nextInt(5 * 365));
                LocalDate end = start.plusDays(random.nextInt(21));
                Recurrence rule = i % 200 == 0 ? Recurrence.monthly(start.plusYears(2)) : null;
                if (rule != null) {
                    end = start;
                }
                all.add(new Campaign(UUID.randomUUID(), plan.id(), "Campaign " + i, channels.get(random.nextInt(channels.size())), start,
                        end, CampaignStatus.values()[random.nextInt(5)], "Owner " + random.nextInt(8), random.nextInt(5) == 0 ? "sales"
                        : "marketing", random.nextInt(500_000), random.nextInt(400_000), random.nextInt(60), random.nextInt(40),
                        random.nextInt(4) == 0 ? null : segments.get(random.nextInt(3)), "", "", rule, Instant.now(), Instant.now()));
            }
            campaigns.insertAll(all);
        }
        AppDriver driver = new AppDriver(file);
        driver.start();
        // as a user who looks at the dashboard for a moment: the shell builds the calendar ahead while nothing happens
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> driver.stage().getScene().getRoot().getProperties()
                .containsKey(org.tandem.ui.shell.SectionWarmUp.BUILT));
        // opening the section: from choosing it in the sidebar to the month drawn, styled and laid out
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<Object> sidebar = lookup("#sidebar").queryAs(javafx.scene.control.ListView.class);
        long start = System.nanoTime();
        long built = timeOnFxThread(() -> sidebar.getSelectionModel().select(3), sidebar);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> lookup("#calendarRoot").tryQuery().isPresent()
                && ((CampaignEntries) lookup("#calendarRoot").query().getProperties().get(CampaignEntries.class)).entryCount() > 0);
        CampaignEntries entries = (CampaignEntries) lookup("#calendarRoot").query().getProperties().get(CampaignEntries.class);
        timeOnFxThread(() -> { }, entries.view());
        long opened = System.nanoTime() - start;
        System.out.printf("  of which the screen built, styled and laid out on the JavaFX thread: %.0f ms%n", built / 1e6);
        System.out.printf("calendar section first opened (%,d campaigns): %.0f ms (target 300 ms)%n", CAMPAIGNS, opened / 1e6);
        LocalDate month = LocalDate.of(2027, 1, 1);
        LocalDate shown = month;
        interact(() -> entries.view().setDate(shown));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> entries.entryCount() > 0);

        int runs = 15;
        long[] switches = new long[runs];
        int fedMost = 0;
        for (int i = 0; i < runs + 3; i++) {
            LocalDate next = month.plusMonths(i + 1);
            long took = timeOnFxThread(() -> entries.view().setDate(next), entries.view());
            if (!entries.shownGrid().firstDay().equals(entries.shownGrid().firstDayFor(next))) {
                throw new AssertionError("the month was not drawn: " + entries.shownGrid().firstDay());
            }
            fedMost = Math.max(fedMost, entries.entryCount());
            if (i >= 3) {
                switches[i - 3] = took;
            }
        }
        Arrays.sort(switches);
        System.out.printf("calendar month switch (%,d campaigns; at most %d bars shown): median %.0f ms, p95 %.0f ms"
                + " (target 100 ms)%n", CAMPAIGNS, fedMost, switches[runs / 2] / 1e6, switches[runs - 1] / 1e6);
        bareMonthView(entries, month, runs);

        clickOn("Agenda");
        @SuppressWarnings("unchecked")
        ComboBox<String> channel = lookup("#channelFilter").queryAs(ComboBox.class);
        @SuppressWarnings("unchecked")
        TableView<Campaign> agenda = lookup("#agendaTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> agenda.getItems().size() == CAMPAIGNS);
        long[] filters = new long[runs];
        for (int i = 0; i < runs + 3; i++) {
            String next = channel.getItems().get(i % channel.getItems().size());
            long took = timeOnFxThread(() -> channel.setValue(next), agenda);
            if (i >= 3) {
                filters[i - 3] = took;
            }
        }
        Arrays.sort(filters);
        System.out.printf("agenda filter by channel (%,d campaigns, filter to table laid out): median %.0f ms, p95 %.0f ms"
                + " (target 50 ms)%n", CAMPAIGNS, filters[runs / 2] / 1e6, filters[runs - 1] / 1e6);
        driver.stop();
    }

    /**
     * CalendarFX's own MonthView in a window of the same size, holding the same months' campaigns as plain all-day
     * entries with CalendarFX's own entry views (-DbareEmpty=true: none): what CalendarFX's month page costs, which
     * Tandem's own month page (CampaignGrid) replaced.
     */
    private void bareMonthView(CampaignEntries entries, LocalDate month, int runs) throws Exception {
        com.calendarfx.model.Calendar<Object> calendar = new com.calendarfx.model.Calendar<>("bare");
        List<org.tandem.domain.Occurrence> shown = entries.viewModel().occurrences(month.minusMonths(1), month.plusMonths(runs + 5));
        List<com.calendarfx.model.Entry<?>> all = new ArrayList<>();
        for (org.tandem.domain.Occurrence o : shown) {
            com.calendarfx.model.Entry<Object> entry = new com.calendarfx.model.Entry<>(o.campaign().name());
            entry.setFullDay(true);
            entry.setInterval(o.start(), o.end());
            all.add(entry);
        }
        if (!Boolean.getBoolean("bareEmpty")) {
            calendar.addEntries(all);
        }
        com.calendarfx.view.MonthView[] view = new com.calendarfx.view.MonthView[1];
        javafx.stage.Stage[] stage = new javafx.stage.Stage[1];
        interact(() -> {
            com.calendarfx.model.CalendarSource source = new com.calendarfx.model.CalendarSource("bare");
            source.getCalendars().add(calendar);
            view[0] = new com.calendarfx.view.MonthView();
            view[0].getCalendarSources().setAll(source);
            view[0].setDate(month);
            stage[0] = new javafx.stage.Stage();
            stage[0].setScene(new javafx.scene.Scene(view[0], entries.view().getWidth(), entries.view().getHeight()));
            stage[0].show();
        });
        long[] switches = new long[runs];
        for (int i = 0; i < runs + 3; i++) {
            LocalDate next = month.plusMonths(i + 1);
            long took = timeOnFxThread(() -> view[0].setDate(next), view[0]);
            if (i >= 3) {
                switches[i - 3] = took;
            }
        }
        interact(stage[0]::close);
        Arrays.sort(switches);
        System.out.printf("bare CalendarFX MonthView month switch (%,d entries over %d months): median %.0f ms, p95 %.0f ms%n",
                calendar.findEntries("").size(), runs + 6, switches[runs / 2] / 1e6, switches[runs - 1] / 1e6);
    }
}
