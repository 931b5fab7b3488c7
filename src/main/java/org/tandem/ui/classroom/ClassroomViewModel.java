package org.tandem.ui.classroom;

import org.tandem.service.PlanVersion;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableObjectValue;
import org.tandem.domain.Exercise;
import org.tandem.domain.Plan;
import org.tandem.service.Classroom;
import org.tandem.service.PlanFiles;
import org.tandem.ui.common.ErrorReporter;
import org.tandem.ui.common.TaskRunner;
import org.tandem.ui.planfiles.PlanFilesViewModel;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The Classroom menu's commands for the open plan: Reset sample, checkpoints, Export exercise, and the task of the
 * exercise the plan answers. What replaces a plan's content runs as the file commands do (progress, Cancel, one
 * undo step); nothing here touches a node.
 */
public final class ClassroomViewModel {
    private final Classroom classroom;
    private final PlanFilesViewModel files;
    private final TaskRunner runner;
    private final ErrorReporter errors;
    private final Consumer<String> notice;
    private final ObservableObjectValue<Plan> current;
    private final ReadOnlyBooleanWrapper fromSample = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Classroom.Task> task = new ReadOnlyObjectWrapper<>();
    /** Called with a task when an imported plan turns out to be an exercise: the student reads it at once. */
    private Consumer<Classroom.Task> showTask = t -> { };

    public ClassroomViewModel(Classroom classroom, PlanFilesViewModel files, TaskRunner runner, ErrorReporter errors,
                              Consumer<String> notice, ObservableObjectValue<Plan> current) {
        this.classroom = classroom;
        this.files = files;
        this.runner = runner;
        this.errors = errors;
        this.notice = notice;
        this.current = current;
        current.addListener((o, was, now) -> readPlan(now));
        readPlan(current.get());
        files.onImported(done -> runner.run(() -> classroom.task(done.planId()), found -> found.ifPresent(t -> {
            if (current.get() != null && current.get().id().equals(done.planId())) {
                task.set(t);
            }
            showTask.accept(t);
        }), e -> errors.report("read the exercise's task", e)));
    }

    /** Whether the open plan was made from the sample: Reset sample applies to it. */
    public ReadOnlyBooleanProperty fromSampleProperty() {
        return fromSample.getReadOnlyProperty();
    }

    /** The task of the exercise the open plan was handed out as or answers; null for any other plan. */
    public ReadOnlyObjectProperty<Classroom.Task> taskProperty() {
        return task.getReadOnlyProperty();
    }

    public void onTaskImported(Consumer<Classroom.Task> show) {
        this.showTask = Objects.requireNonNull(show);
    }

    public Plan plan() {
        return current.get();
    }

    /** What the menu needs to know of the open plan, read together off the JavaFX thread. */
    private record PlanFacts(boolean fromSample, Classroom.Task task) {
    }

    private void readPlan(Plan plan) {
        fromSample.set(false);
        task.set(null);
        if (plan == null) {
            return;
        }
        runner.run(() -> new PlanFacts(classroom.fromSample(plan.id()), classroom.task(plan.id()).orElse(null)), read -> {
            if (plan.equals(current.get())) {
                fromSample.set(read.fromSample());
                task.set(read.task());
            }
        }, e -> errors.report("read the plan's classroom settings", e));
    }

    /** Puts the sample back over the open plan (asked first by the view); Ctrl+Z and the history keep what was there. */
    public void resetSample() {
        Plan plan = current.get();
        if (plan != null && fromSample.get()) {
            files.replace("Resetting \"" + plan.name() + "\" to the sample", progress -> classroom.resetSample(plan.id(), progress),
                    "reset the sample", "\"" + plan.name() + "\" is the sample again; History keeps what was there");
        }
    }

    /** Names the plan as it is now; {@code problem} gets a message for the name field when it cannot be kept. */
    public void checkpoint(String name, Runnable saved, Consumer<String> problem) {
        Plan plan = current.get();
        if (plan == null) {
            return;
        }
        if (name == null || name.isBlank()) {
            problem.accept("Name the checkpoint, e.g. \"After step 2\".");
            return;
        }
        runner.run(() -> classroom.checkpoint(plan.id(), name), kept -> {
            notice.accept("Checkpoint \"" + kept.title() + "\" kept");
            saved.run();
        }, e -> errors.report("keep the checkpoint", e));
    }

    /** The open plan's checkpoints, newest first. */
    public void checkpoints(Consumer<List<PlanVersion>> then) {
        Plan plan = current.get();
        if (plan != null) {
            runner.run(() -> classroom.checkpoints(plan.id()), then, e -> errors.report("list the checkpoints", e));
        }
    }

    /** Puts a checkpoint back over the open plan; one undo step returns to what was there. */
    public void returnTo(PlanVersion checkpoint) {
        files.replace("Returning to \"" + checkpoint.title() + "\"", progress -> classroom.returnTo(checkpoint.id(), progress),
                "return to \"" + checkpoint.title() + "\"", "Back at checkpoint \"" + checkpoint.title() + "\"");
    }

    /** Writes the exercise made from the open plan. */
    public void exportExercise(Exercise exercise, Path file) {
        Plan plan = current.get();
        if (plan != null) {
            files.work().run("Writing the exercise \"" + exercise.name() + "\"",
                    progress -> classroom.exportExercise(plan.id(), exercise, file, progress),
                    done -> notice.accept(String.format("Exercise \"%s\" written to %s: hand this file to the students",
                            exercise.name(), file.getFileName())), "write the exercise");
        }
    }
}
