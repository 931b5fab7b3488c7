package org.tandem.service;

import org.tandem.domain.Exercise;
import org.tandem.domain.Objective;
import org.tandem.domain.Plan;
import org.tandem.domain.Priority;
import org.tandem.domain.Progress;
import org.tandem.domain.SalesMetric;
import org.tandem.domain.SalesPlan;
import org.tandem.domain.StatusInputs;
import org.tandem.exchange.PlanImport;
import org.tandem.exchange.SamplePlan;
import org.tandem.store.Database;
import org.tandem.store.SalesPlanRepository;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * A class's folder as an instructor collects it: the exercise made from the sample (objectives emptied, the funnel's
 * inputs blanked), four students' answers made the way a student would (import the exercise, work, export), and a
 * fifth student's file damaged on the way.
 */
public final class ClassFolder {
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    public static final String EXERCISE = "week3-exercise.tandem.json";
    public static final String TASK = "Set SMART objectives for the quarter and fill in the funnel.";

    private ClassFolder() {
    }

    /** Writes the folder; {@code work} holds the students' own databases. */
    public static Path generate(Path folder, Path work) throws IOException {
        Files.createDirectories(folder);
        Files.createDirectories(work);
        Path handout = folder.resolve(EXERCISE);
        try (Database teacher = Database.open(work.resolve("teacher.db"))) {
            Plan sample = new SamplePlan().addTo(new PlanImport(teacher));
            new Classroom(teacher, files(teacher), Clock.systemUTC(), "Tandem test").exportExercise(sample.id(),
                    new Exercise("Week 3: objectives", TASK, EnumSet.of(Exercise.Part.OBJECTIVES), EnumSet.of(Exercise.Blank.FUNNEL)),
                    handout, Progress.NONE);
        }
        // ana: two objectives, one SMART; the funnel filled in (deal size 400, 25 %)
        student(folder, work, "ana", handout, 400.0, 0.25, objective(SalesMetric.REVENUE, 48_000.0, 40_000.0, "Ana"),
                objective(SalesMetric.DEALS_CLOSED, 30.0, null, ""));
        // ben: one SMART objective, the funnel left blank
        student(folder, work, "ben", handout, null, null, objective(SalesMetric.REVENUE, 60_000.0, 50_000.0, "Ben"));
        // cleo: handed the exercise back untouched
        student(folder, work, "cleo", handout, null, null);
        // dev: three objectives, none SMART (no baselines); the funnel filled in (deal size 250, 20 %)
        student(folder, work, "dev", handout, 250.0, 0.20, objective(SalesMetric.REVENUE, 30_000.0, null, "Dev"),
                objective(SalesMetric.DEALS_CLOSED, 120.0, null, "Dev"), objective(SalesMetric.NEW_CUSTOMERS, 40.0, null, "Dev"));
        // eve: her file cut off half way
        byte[] whole = Files.readAllBytes(folder.resolve("ana.tandem.json"));
        Files.write(folder.resolve("eve.tandem.json"), java.util.Arrays.copyOf(whole, whole.length / 2));
        return folder;
    }

    static PlanFiles files(Database db) {
        return new PlanFiles(db, new org.tandem.exchange.PlanFileParser(new org.tandem.exchange.PlanFileUpgrade()), Clock.systemUTC(),
                "Tandem test");
    }

    private record Goal(SalesMetric metric, Double target, Double baseline, String owner) {
    }

    private static Goal objective(SalesMetric metric, Double target, Double baseline, String owner) {
        return new Goal(metric, target, baseline, owner);
    }

    private static void student(Path folder, Path work, String name, Path handout, Double dealSize, Double conversion,
                                Goal... goals) {
        try (Database db = Database.open(work.resolve(name + ".db"))) {
            PlanFiles files = files(db);
            UUID plan = files.apply(files.preview(handout, Progress.NONE), ImportPreview.Mode.NEW, Set.of(), Progress.NONE).planId();
            SalesPlanRepository salesPlans = new SalesPlanRepository(db);
            SalesPlan chosen = StatusInputs.defaultChoice(salesPlans.list(plan), TODAY);
            if (dealSize != null) {
                salesPlans.save(new SalesPlan(chosen.id(), chosen.planId(), chosen.name(), chosen.period(), chosen.step(),
                        chosen.segmentsTargeted(), chosen.pricing(), chosen.retention(), dealSize, conversion, chosen.salesBudget(),
                        chosen.marketingBudget(), chosen.thresholds(), chosen.createdAt(), chosen.updatedAt()));
            }
            for (Goal g : goals) {
                salesPlans.parts().objectives.save(new Objective(UUID.randomUUID(), chosen.id(), g.metric(), g.target(), g.baseline(),
                        g.owner(), null, Priority.MEDIUM));
            }
            files.export(plan, folder.resolve(name + ".tandem.json"), Progress.NONE);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
