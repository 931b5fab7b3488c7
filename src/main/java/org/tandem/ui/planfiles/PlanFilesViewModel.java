package org.tandem.ui.planfiles;

import org.tandem.domain.Plan;
import org.tandem.service.ImportPreview.Mode;
import org.tandem.service.PlanFiles;
import org.tandem.ui.common.Edit;
import org.tandem.ui.common.ErrorReporter;
import org.tandem.ui.common.PlanHistories;
import org.tandem.ui.common.StoreEdit;
import org.tandem.ui.common.TaskRunner;

import java.nio.file.Path;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The File menu's plan-file commands: export, import with its preview, and the history. What replaces a plan's
 * content (a merge, a replace, a restore) is one step of that plan's undo history: undo puts back the version
 * kept before it.
 */
public final class PlanFilesViewModel {
    /** What the shell does once a plan was written: show it, read it again if it is the open one. */
    public interface PlanOpener {
        void open(UUID planId);
    }

    private final PlanFiles files;
    private final TaskRunner runner;
    private final ErrorReporter errors;
    private final PlanHistories histories;
    private final Consumer<String> notice;
    private final PlanOpener opener;
    private final PlanFileWork work;
    private Consumer<PlanFiles.Imported> imported = done -> { };

    public PlanFilesViewModel(PlanFiles files, TaskRunner runner, ErrorReporter errors, PlanHistories histories,
                              Consumer<String> notice, PlanOpener opener) {
        this.files = files;
        this.runner = runner;
        this.errors = errors;
        this.histories = histories;
        this.notice = notice;
        this.opener = opener;
        this.work = new PlanFileWork(runner, errors, notice);
    }

    public PlanFileWork work() {
        return work;
    }

    /** The name a save dialog suggests: the plan's name made safe for file systems. */
    public static String suggestedFileName(Plan plan) {
        return suggestedFileName(plan.name());
    }

    public static String suggestedFileName(String planName) {
        String safe = planName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ").replaceAll("\\s+", " ").strip();
        return (safe.isEmpty() ? "plan" : safe) + ".tandem.json";
    }

    public void export(Plan plan, Path file) {
        work.run("Exporting \"" + plan.name() + "\"", progress -> files.export(plan.id(), file, progress),
                done -> notice.accept(String.format("Exported \"%s\" (%,d items) to %s", plan.name(), done.entities(),
                        file.getFileName())), "export \"" + plan.name() + "\"");
    }

    /** One of the plan's tables as CSV, for a spreadsheet. */
    public void exportCsv(Plan plan, org.tandem.exchange.PlanCsv.Table table, Path file, boolean forExcel) {
        work.run("Writing " + table.title().toLowerCase(java.util.Locale.ROOT) + " as CSV",
                progress -> files.exportCsv(plan.id(), table, file, forExcel),
                rows -> notice.accept(String.format("%,d row%s written to %s", rows, rows == 1 ? "" : "s", file.getFileName())),
                "write " + file.getFileName());
    }

    /** The whole plan as a printable report: PDF for a .pdf file, else one HTML file. */
    public void report(Plan plan, Path file, org.tandem.exchange.PlanReport.Options options) {
        work.run("Writing the report of \"" + plan.name() + "\"", progress -> {
            files.report(plan.id(), file, options);
            return file;
        }, done -> notice.accept("Report written to " + done.getFileName()), "write the report");
    }

    /** The name a CSV save dialog suggests: "Ember & Oak - campaigns.csv". */
    public static String suggestedCsvName(Plan plan, org.tandem.exchange.PlanCsv.Table table) {
        return suggestedFileName(plan).replace(".tandem.json", " - " + table.code() + ".csv");
    }

    /** Reads and checks the file, then hands its preview to {@code show}. */
    public void preview(Path file, Consumer<ImportPreviewViewModel> show) {
        work.run("Reading " + file.getFileName(), progress -> files.preview(file, progress),
                preview -> show.accept(new ImportPreviewViewModel(preview)), "import " + file.getFileName());
    }

    /** Imports as the preview's chosen mode, then opens the plan written. */
    public void importFile(ImportPreviewViewModel preview) {
        Mode mode = preview.modeProperty().get();
        String fileName = preview.preview().file().getFileName().toString();
        work.run(preview.action() + ": " + fileName, progress -> files.apply(preview.preview(), mode, preview.theirs(), progress),
                done -> {
                    written(done, (mode == Mode.MERGE ? "merge " : mode == Mode.REPLACE ? "replace with " : "import ") + fileName);
                    imported.accept(done);
                    notice.accept(String.format("%s \"%s\" from %s", mode == Mode.MERGE ? "Merged into" : mode == Mode.REPLACE
                            ? "Replaced" : "Imported", done.name(), fileName));
                }, "import " + fileName);
    }

    /** What else happens once a file was imported (a student's exercise shows its task). */
    public void onImported(Consumer<PlanFiles.Imported> then) {
        this.imported = then;
    }

    /**
     * Runs work that puts other content over a plan (Reset sample, returning to a checkpoint) as the file commands
     * do: in the background with its progress, then the plan shown and one undo step back to what was there.
     */
    public void replace(String what, PlanFileWork.Job<PlanFiles.Imported> job, String undoName, String done) {
        work.run(what, job, written -> {
            written(written, undoName);
            notice.accept(done);
        }, undoName);
    }

    public HistoryViewModel history(UUID planId) {
        HistoryViewModel history = new HistoryViewModel(planId, files, runner, errors);
        history.load();
        return history;
    }

    /** Restores the history's chosen version, then opens the plan written. */
    public void restore(HistoryViewModel history, boolean asNew) {
        String title = history.selectedProperty().get() == null ? "" : history.selectedProperty().get().title();
        history.restore(asNew, work, done -> {
            written(done, "restore \"" + title + "\"");
            notice.accept(asNew ? "Restored as the new plan \"" + done.name() + "\"" : "Restored \"" + title + "\"");
        });
    }

    /** Shows the plan written; a plan whose content was replaced gets an undo step back to the version kept before. */
    private void written(PlanFiles.Imported done, String name) {
        opener.open(done.planId());
        if (done.keptBefore() == null) {
            return;
        }
        String[] undoTo = {done.keptBefore()};
        String[] redoTo = {null};
        Edit step = StoreEdit.of(name, runner, errors,
                () -> redoTo[0] = files.restore(undoTo[0], false, org.tandem.domain.Progress.NONE).keptBefore(),
                () -> undoTo[0] = files.restore(redoTo[0], false, org.tandem.domain.Progress.NONE).keptBefore(),
                () -> opener.open(done.planId()));
        histories.of(done.planId()).record(step);
    }
}
