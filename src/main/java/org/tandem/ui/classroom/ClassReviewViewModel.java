package org.tandem.ui.classroom;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.tandem.domain.PlanOutline;
import org.tandem.domain.Progress;
import org.tandem.domain.StudentWork;
import org.tandem.exchange.ClassReviewFiles;
import org.tandem.service.ClassReview;
import org.tandem.ui.common.ErrorReporter;
import org.tandem.ui.common.TaskRunner;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A class review: the folder's students as rows, filtered by a text and by "needs a look", the files skipped, and
 * exports of the table. The review's scratch database lives until {@link #close()}.
 */
public final class ClassReviewViewModel {
    /** A column of the table, its text and its order, shared by the table on screen, the CSV and the report. */
    public record Column(String id, String header, double width, Function<StudentWork, String> text, Comparator<StudentWork> order) {
    }

    private final Supplier<ClassReview> opener;
    private final TaskRunner runner;
    private final ErrorReporter errors;
    private final Consumer<String> notice;
    private final Locale locale;
    private final Clock clock;
    private final List<Column> columns;
    private final ObservableList<StudentWork> students = FXCollections.observableArrayList();
    private final FilteredList<StudentWork> shown = new FilteredList<>(students);
    private final ObservableList<String> skipped = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty("");
    private final BooleanProperty needsLook = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper folder = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper task = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private ClassReview review;

    public ClassReviewViewModel(Supplier<ClassReview> opener, TaskRunner runner, ErrorReporter errors, Consumer<String> notice,
                                Locale locale, Clock clock) {
        this.opener = opener;
        this.runner = runner;
        this.errors = errors;
        this.notice = notice;
        this.locale = locale;
        this.clock = clock;
        this.columns = List.of(
                new Column("student", "Student", 90, StudentWork::student, Comparator.comparing(StudentWork::student, String.CASE_INSENSITIVE_ORDER)),
                new Column("plan", "Plan", 130, StudentWork::planName, Comparator.comparing(StudentWork::planName, String.CASE_INSENSITIVE_ORDER)),
                new Column("parts", "Parts done", 80, StudentWork::partsText, Comparator.comparingInt((StudentWork s) -> s.partsDone().size())),
                new Column("objectives", "Objectives (SMART)", 130, StudentWork::objectivesText,
                        Comparator.comparingInt(StudentWork::objectives).thenComparingInt(StudentWork::smartObjectives)),
                new Column("activities", "Activities", 70, s -> Integer.toString(s.activities()), Comparator.comparingInt(StudentWork::activities)),
                new Column("leadGap", "Lead gap", 90, s -> s.leadGapText(locale),
                        Comparator.comparingDouble(s -> s.leadGap().known() ? s.leadGap().value() : Double.MAX_VALUE)),
                new Column("warnings", "Warnings", 80, s -> s.warnings().isEmpty() ? "none" : s.warnings().size() + ": "
                        + String.join(" ", s.warnings()), Comparator.comparingInt(s -> s.warnings().size())),
                new Column("forecast", "Forecast against target", 180, s -> s.forecastText(locale), Comparator.comparingDouble(StudentWork::forecastShare)),
                new Column("changes", "Changed from the exercise", 200, s -> s.changed() < 0 ? "exercise file not in the folder" : s.changes(),
                        Comparator.comparingInt(StudentWork::changed)));
        shown.predicateProperty().bind(Bindings.createObjectBinding(() -> this::matches, filter, needsLook));
    }

    public List<Column> columns() {
        return columns;
    }

    /** The students the filters let through, in the folder's order (the table sorts its own view). */
    public ObservableList<StudentWork> shown() {
        return shown;
    }

    public ObservableList<String> skipped() {
        return skipped;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    /** Only students whose plan needs a look: parts not done, no SMART objective, warnings, or short of the target. */
    public BooleanProperty needsLookProperty() {
        return needsLook;
    }

    public ReadOnlyStringProperty folderProperty() {
        return folder.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty taskProperty() {
        return task.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Reads the folder in the background; the rows replace the last folder's. */
    public void load(Path chosen) {
        busy.set(true);
        folder.set(chosen.toString());
        summary.set("Reading " + chosen.getFileName() + "…");
        runner.run(() -> {
            if (review == null) {
                review = opener.get();
            }
            return review.review(chosen, LocalDate.now(clock), Progress.NONE);
        }, result -> {
            busy.set(false);
            students.setAll(result.students());
            skipped.setAll(result.skipped().stream().map(s -> (s.file().isEmpty() ? "" : s.file() + ": ") + s.problem()).toList());
            task.set(result.task() == null ? "" : result.task());
            summary.set(String.format("%d student%s%s%s", result.students().size(), result.students().size() == 1 ? "" : "s",
                    result.exerciseFile().isEmpty() ? "; the exercise's own file is not in the folder, so changes are not known"
                            : "; the exercise: " + result.exerciseFile(),
                    result.skipped().isEmpty() ? "" : "; " + result.skipped().size() + " file" + (result.skipped().size() == 1 ? "" : "s")
                            + " skipped"));
        }, e -> {
            busy.set(false);
            summary.set("");
            errors.report("review " + chosen.getFileName(), e);
        });
    }

    /** A student's plan, read-only. */
    public void outline(StudentWork student, Consumer<PlanOutline> show) {
        ClassReview open = review;
        if (open == null) {
            return; // the review's window was closed meanwhile: its scratch plans are gone
        }
        runner.run(() -> open.outline(student.file()), show, e -> errors.report("open " + student.file(), e));
    }

    /** The rows given (the table's, as sorted and filtered on screen) as a CSV file. */
    public void exportCsv(List<StudentWork> rows, Path file) {
        ClassReviewFiles.Table table = table(rows);
        runner.run(() -> {
            ClassReviewFiles.csv(table, file, false);
            return file;
        }, done -> notice.accept(rows.size() + " students written to " + done.getFileName()), e -> errors.report("write " + file.getFileName(), e));
    }

    /** The review as a report: a PDF for a .pdf file, else one HTML page. */
    public void report(List<StudentWork> rows, Path file) {
        ClassReviewFiles.Table table = table(rows);
        LocalDate today = LocalDate.now(clock);
        runner.run(() -> {
            ClassReviewFiles.report(table, file, today);
            return file;
        }, done -> notice.accept("Class review written to " + done.getFileName()), e -> errors.report("write " + file.getFileName(), e));
    }

    ClassReviewFiles.Table table(List<StudentWork> rows) {
        return new ClassReviewFiles.Table("Class review: " + Path.of(folder.get()).getFileName(), task.get(),
                columns.stream().map(Column::header).toList(),
                rows.stream().map(s -> columns.stream().map(c -> c.text().apply(s)).toList()).toList(),
                skipped.stream().map(s -> s.split(": ", 2)).map(p -> p.length == 2 ? p : new String[]{"", p[0]}).toList());
    }

    /** Ends the review: its scratch database goes. */
    public void close() {
        ClassReview open = review;
        review = null;
        if (open != null) {
            runner.run(() -> {
                open.close();
                return null;
            }, done -> { }, e -> errors.report("close the class review", e));
        }
    }

    private boolean matches(StudentWork s) {
        String words = filter.get() == null ? "" : filter.get().strip().toLowerCase(locale);
        if (!words.isEmpty() && !(s.student() + " " + s.planName()).toLowerCase(locale).contains(words)) {
            return false;
        }
        return !needsLook.get() || s.partsDone().size() < s.partsAsked().size() || s.smartObjectives() == 0 || !s.warnings().isEmpty()
                || s.forecastShare() < 1;
    }
}
