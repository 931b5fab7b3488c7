package org.tandem.ui.calendar;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tandem.domain.Campaign;
import org.tandem.domain.OverlayCalendar;
import org.tandem.domain.OverlayEvent;
import org.tandem.domain.Plan;
import org.tandem.domain.RemovedOverlay;
import org.tandem.service.CalendarService;
import org.tandem.ui.common.ErrorReporter;
import org.tandem.ui.common.StoreEdit;
import org.tandem.ui.common.TaskRunner;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/** The calendar's iCalendar files: campaigns exported to .ics, and .ics files imported as read-only overlays. */
public final class CalendarIcs {
    private final CalendarViewModel calendar;
    private final CalendarService service;
    private final TaskRunner runner;
    private final ErrorReporter errors;
    private final Locale locale;
    private final ObservableList<OverlayCalendar> overlays = FXCollections.observableArrayList();

    CalendarIcs(CalendarViewModel calendar, CalendarService service, TaskRunner runner, ErrorReporter errors, Locale locale) {
        this.calendar = calendar;
        this.service = service;
        this.runner = runner;
        this.errors = errors;
        this.locale = locale;
    }

    public ObservableList<OverlayCalendar> overlays() {
        return overlays;
    }

    /** The shown overlays' events in [from, to], read on the store thread. */
    public void overlayEvents(LocalDate from, LocalDate to, Consumer<List<OverlayEvent>> then) {
        Plan shown = calendar.shownPlan();
        if (shown == null || overlays.stream().noneMatch(OverlayCalendar::shown)) {
            then.accept(List.of());
            return;
        }
        runner.run(() -> service.overlayEvents(shown.id(), from, to), then, e -> errors.report("show the imported calendar", e));
    }

    /** Writes the plan's campaigns (or only those the filters show) to an .ics file. */
    public void export(Path file, boolean filteredOnly, Runnable done) {
        Plan shown = calendar.shownPlan();
        if (shown == null) {
            return;
        }
        List<Campaign> chosen = calendar.exported(filteredOnly);
        runner.run(() -> {
            service.exportIcs(shown, chosen, file, locale);
            return chosen.size();
        }, count -> {
            calendar.say(count + (count == 1 ? " campaign" : " campaigns") + " exported to " + file.getFileName() + ".");
            done.run();
        }, e -> errors.report("export the calendar", e));
    }

    /** Adds an .ics file as an overlay; a file that does not parse adds nothing and says which line is wrong. */
    public void importFile(Path file) {
        Plan shown = calendar.shownPlan();
        if (shown == null) {
            return;
        }
        runner.run(() -> {
            try {
                return service.importOverlay(shown.id(), file);
            } catch (org.tandem.exchange.IcsFile.Unreadable bad) {
                return bad;
            }
        }, result -> {
            if (result instanceof org.tandem.exchange.IcsFile.Unreadable bad) {
                calendar.say(file.getFileName() + " was not imported. " + bad.getMessage());
            } else {
                org.tandem.service.CalendarService.ImportedOverlay imported = (org.tandem.service.CalendarService.ImportedOverlay) result;
                OverlayCalendar added = imported.calendar();
                overlays.add(added);
                calendar.say("Imported \"" + added.name() + "\" as a read-only calendar."
                        + (imported.notes().isEmpty() ? "" : " " + String.join(" ", imported.notes())));
                calendar.redraw();
                // undo takes it away, redo puts it back as it was (kept on the store thread, which runs work in order)
                AtomicReference<RemovedOverlay> kept = new AtomicReference<>();
                step("import \"" + added.name() + "\"", () -> kept.set(service.removeOverlayKeeping(added.id())),
                        () -> service.restoreOverlay(kept.get()));
            }
        }, e -> errors.report("import the calendar file", e));
    }

    public void show(OverlayCalendar overlay, boolean shown) {
        runner.run(() -> {
            service.showOverlay(overlay.id(), shown);
            return null;
        }, ignored -> {
            overlays.replaceAll(o -> o.id().equals(overlay.id()) ? new OverlayCalendar(o.id(), o.name(), shown) : o);
            calendar.redraw();
            step((shown ? "show \"" : "hide \"") + overlay.name() + "\"", () -> service.showOverlay(overlay.id(), !shown),
                    () -> service.showOverlay(overlay.id(), shown));
        }, e -> errors.report("show or hide the imported calendar", e));
    }

    public void remove(OverlayCalendar overlay) {
        runner.run(() -> service.removeOverlayKeeping(overlay.id()), kept -> {
            overlays.removeIf(o -> o.id().equals(overlay.id()));
            calendar.redraw();
            step("remove \"" + overlay.name() + "\"", () -> service.restoreOverlay(kept), () -> service.removeOverlay(overlay.id()));
        }, e -> errors.report("remove the imported calendar", e));
    }

    /** A step of the plan's history whose undo and redo are store work; the calendar reads its overlays again after. */
    /** Reads a CSV or .ics file of campaigns for the preview; nothing is stored yet. */
    public void previewCampaigns(Path file, Consumer<CalendarService.CampaignsPreview> show) {
        Plan shown = calendar.shownPlan();
        if (shown == null) {
            return;
        }
        runner.run(() -> {
            try {
                return service.previewCampaigns(shown, file);
            } catch (org.tandem.exchange.IcsFile.Unreadable | org.tandem.exchange.CsvTable.Unreadable bad) {
                return bad;
            }
        }, result -> {
            if (result instanceof Exception bad) {
                calendar.say(file.getFileName() + " was not read. " + bad.getMessage());
            } else {
                show.accept((CalendarService.CampaignsPreview) result);
            }
        }, e -> errors.report("read the campaigns file", e));
    }

    /** Stores the preview's good rows (and the channels they need) in one transaction, as one step of the history. */
    public void importCampaigns(CalendarService.CampaignsPreview preview) {
        Plan shown = calendar.shownPlan();
        if (shown == null || preview.campaigns().isEmpty()) {
            return;
        }
        runner.run(() -> service.importCampaigns(shown.id(), preview), added -> {
            calendar.say(added.size() + (added.size() == 1 ? " campaign" : " campaigns") + " imported from "
                    + preview.file().getFileName() + ".");
            calendar.reload();
            List<java.util.UUID> ids = added.stream().map(Campaign::id).toList();
            step("import " + added.size() + (added.size() == 1 ? " campaign" : " campaigns"), () -> service.apply(List.of(), ids),
                    () -> service.apply(added, List.of()));
        }, e -> errors.report("import the campaigns", e));
    }

    private void step(String name, StoreEdit.Work undo, StoreEdit.Work redo) {
        calendar.record(StoreEdit.of(name, runner, errors, undo, redo, calendar::reload));
    }
}
