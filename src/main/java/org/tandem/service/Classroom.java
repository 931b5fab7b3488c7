package org.tandem.service;

import org.tandem.domain.Exercise;
import org.tandem.domain.InvalidInput;
import org.tandem.domain.Progress;
import org.tandem.exchange.ExerciseFile;
import org.tandem.exchange.PlanDocument;
import org.tandem.exchange.PlanFileWriter;
import org.tandem.exchange.SamplePlan;
import org.tandem.store.Database;
import org.tandem.store.PlanContent;
import org.tandem.store.PlanContentReader;
import org.tandem.store.PlanRepository;
import org.tandem.store.Revision;
import org.tandem.store.StoreException;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What an instructor does around a class: reset the sample before it, name checkpoints during it and return to
 * them, hand out exercises; and what a student's plan says about the exercise it answers. Everything that
 * replaces a plan's content keeps the plan as it was in its history first. Called off the JavaFX thread.
 */
public final class Classroom {
    /** An exercise's task as the student sees it. */
    public record Task(String exerciseId, String text) {
    }

    private final PlanFiles files;
    private final PlanRepository plans;
    private final PlanContentReader reader;
    private final Clock clock;
    private final String app;

    public Classroom(Database database, PlanFiles files, Clock clock, String app) {
        this.files = files;
        this.plans = new PlanRepository(database);
        this.reader = new PlanContentReader(database);
        this.clock = clock;
        this.app = app;
    }

    /** Whether the plan was made from the bundled sample, so Reset sample applies to it. */
    public boolean fromSample(UUID planId) {
        return plans.fromSample(planId);
    }

    /** Puts the bundled sample back over the plan (keeping its name); the plan as it was stays in its history. */
    public PlanFiles.Imported resetSample(UUID planId, Progress progress) {
        if (!plans.fromSample(planId)) {
            throw new InvalidInput("plan", "This plan was not made from the sample; only a sample plan can be reset.");
        }
        PlanContent sample = files.content(SamplePlan.bundledBytes(), progress);
        return files.replace(planId, sample, "Before resetting the sample", progress);
    }

    /** Keeps the plan as it is now under a name, to return to later in the class. */
    public PlanVersion checkpoint(UUID planId, String name) {
        String kept = name == null ? "" : name.strip();
        if (kept.isEmpty()) {
            throw new InvalidInput("name", "Name the checkpoint, e.g. \"After step 2\".");
        }
        return files.keepVersion(planId, kept);
    }

    /** The plan's checkpoints (its versions kept by name), newest first. */
    public List<PlanVersion> checkpoints(UUID planId) {
        return files.history(planId).stream().filter(v -> v.kind().equals(Revision.NAMED)).toList();
    }

    /** Puts a checkpoint back over its plan; what was there is kept first. */
    public PlanFiles.Imported returnTo(String checkpointId, Progress progress) {
        return files.restore(checkpointId, false, progress);
    }

    /** Writes an exercise made from the plan: chosen parts emptied, chosen figures blanked, the task on it. */
    public PlanFiles.Exported exportExercise(UUID planId, Exercise exercise, Path file, Progress progress) throws IOException {
        List<InvalidInput> problems = exercise.problems();
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
        PlanContent plan = reader.read(planId, progress::cancelled)
                .orElseThrow(() -> new StoreException("The plan " + planId + " no longer exists."));
        PlanContent content = ExerciseFile.make(plan, exercise, UUID.randomUUID());
        PlanDocument document = new PlanDocument(PlanDocument.FORMAT_VERSION, clock.instant().toString(), app,
                UUID.randomUUID().toString(), null, content, List.of());
        new PlanFileWriter().write(document, file, progress);
        return new PlanFiles.Exported(file, content.size(), document.revision());
    }

    /** The task of the exercise the plan was handed out as or answers; empty for any other plan. */
    public Optional<Task> task(UUID planId) {
        return plans.exercise(planId).map(e -> new Task(e[0], e[1]));
    }
}
