package org.tandem.service;

import org.tandem.domain.CancelledWork;
import org.tandem.domain.Exercise;
import org.tandem.domain.PlanOutline;
import org.tandem.domain.Progress;
import org.tandem.domain.StatusInputs;
import org.tandem.domain.StudentWork;
import org.tandem.exchange.PlanChanges;
import org.tandem.exchange.PlanCopy;
import org.tandem.exchange.PlanDocument;
import org.tandem.exchange.PlanFileParser;
import org.tandem.exchange.PlanFileUpgrade;
import org.tandem.exchange.PlanOutlines;
import org.tandem.store.Database;
import org.tandem.store.ScratchDatabase;
import org.tandem.store.PlanContent;
import org.tandem.store.PlanTables;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A class review: every plan file in a folder read and worked out, one row per student. Each student's plan is
 * written into a scratch database of the review's own (never the user's), so the wizard's and the dashboard's own
 * arithmetic works it out; the scratch database goes when the review is closed. The exercise's starting file, when
 * it is in the folder, tells which parts were asked for and what each student changed. A damaged or foreign file is
 * listed with its problem and skipped. Called off the JavaFX thread.
 */
public final class ClassReview implements AutoCloseable {
    /** The most files a review reads: a class, not a file server. */
    public static final int MAX_FILES = 500;

    /** A file the review could not use, and why. */
    public record Skipped(String file, String problem) {
    }

    /** The review of a folder: the students' rows, the files skipped, and the exercise's file and task when found. */
    public record Result(Path folder, List<StudentWork> students, List<Skipped> skipped, String exerciseFile, String task) {
        public Result {
            students = List.copyOf(students);
            skipped = List.copyOf(skipped);
        }
    }

    private final ScratchDatabase scratch;
    private final Database database;
    private final PlanFiles files;
    private final DashboardService dashboard;
    private final Locale locale;
    private final Map<String, PlanOutline> outlines = new HashMap<>();

    private ClassReview(ScratchDatabase scratch, Clock clock, Locale locale) {
        this.scratch = scratch;
        this.database = scratch.database();
        this.files = new PlanFiles(database, new PlanFileParser(new PlanFileUpgrade()), clock, "Tandem class review");
        this.dashboard = new DashboardService(database);
        this.locale = locale;
    }

    /** A review with its scratch database in a new temporary folder. */
    public static ClassReview open(Clock clock, Locale locale) {
        try {
            return new ClassReview(ScratchDatabase.create("tandem-review"), clock, locale);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not make a scratch folder for the review: " + e.getMessage(), e);
        }
    }

    public Result review(Path folder, LocalDate today, Progress progress) {
        if (!Files.isDirectory(folder)) {
            throw new org.tandem.domain.InvalidInput("folder", folder + " is not a folder");
        }
        List<Path> all = list(folder);
        List<Path> paths = all.size() > MAX_FILES ? all.subList(0, MAX_FILES) : all;
        List<Skipped> skipped = new ArrayList<>();
        Map<Path, PlanDocument> documents = new java.util.LinkedHashMap<>();
        int done = 0;
        for (Path path : paths) {
            if (progress.cancelled()) {
                throw new CancelledWork();
            }
            progress.done(done++, paths.size() * 2L);
            try {
                documents.put(path, files.read(path, Progress.NONE));
            } catch (RuntimeException e) {
                // whatever is wrong with one file is that file's problem: listed, and the others still reviewed
                skipped.add(new Skipped(name(path), problem(e)));
            }
        }
        if (all.size() > MAX_FILES) {
            skipped.add(new Skipped("", String.format("Only the first %,d files were read; the folder holds %,d.", MAX_FILES, all.size())));
        }
        // the exercise's starting file: made by Export exercise, so it has an exercise and was made from no other version
        Map<String, PlanDocument> handouts = new HashMap<>();
        Map<String, Path> handoutFiles = new HashMap<>();
        documents.forEach((path, d) -> {
            String exercise = exerciseId(d.content());
            if (!exercise.isEmpty() && d.baseRevision() == null) {
                handouts.put(exercise, d);
                handoutFiles.put(exercise, path);
            }
        });
        List<StudentWork> students = new ArrayList<>();
        String task = "";
        String exerciseFile = "";
        for (Map.Entry<Path, PlanDocument> e : documents.entrySet()) {
            progress.done(done++, paths.size() * 2L);
            PlanDocument document = e.getValue();
            String exercise = exerciseId(document.content());
            if (handoutFiles.get(exercise) != null && handoutFiles.get(exercise).equals(e.getKey())) {
                exerciseFile = name(e.getKey());
                task = (String) document.content().plan().get(PlanTables.PLAN.index("exerciseTask"));
                continue;
            }
            if (progress.cancelled()) {
                throw new CancelledWork();
            }
            try {
                students.add(student(name(e.getKey()), document, handouts.get(exercise), today));
            } catch (RuntimeException problem) {
                skipped.add(new Skipped(name(e.getKey()), problem(problem)));
            }
        }
        return new Result(folder, students, skipped, exerciseFile, task);
    }

    /** A student's plan as a read-only outline, by the file it came from. */
    public PlanOutline outline(String file) {
        PlanOutline outline = outlines.get(file);
        if (outline == null) {
            throw new IllegalArgumentException("No plan was read from " + file);
        }
        return outline;
    }

    private StudentWork student(String file, PlanDocument document, PlanDocument handout, LocalDate today) {
        PlanContent content = document.content();
        outlines.put(file, PlanOutlines.of(content));
        PlanContent copy = PlanCopy.withNewIds(content, file);
        PlanDocument scratchCopy = new PlanDocument(document.formatVersion(), document.exportedAt(), document.app(),
                UUID.randomUUID().toString(), null, copy, document.conflicts());
        ImportPreview preview = new ImportPreview(scratch.folder().resolve(file), scratchCopy, null, null,
                Map.of(ImportPreview.Mode.NEW, List.of()), Map.of(ImportPreview.Mode.NEW, document.conflicts()), false);
        UUID planId = files.apply(preview, ImportPreview.Mode.NEW, Set.of(), Progress.NONE).planId();
        StatusInputs inputs = dashboard.read(planId, null, today).orElseThrow();

        Set<Exercise.Part> asked = handout == null ? EnumSet.allOf(Exercise.Part.class) : emptyParts(handout.content());
        Set<Exercise.Part> filled = EnumSet.complementOf(toEnumSet(emptyParts(content)));
        String changes = "";
        int changed = -1;
        if (handout != null) {
            List<PlanChanges.SectionChange> sections = PlanChanges.between(handout.content(), content).stream()
                    .filter(PlanChanges.SectionChange::any).filter(c -> !c.section().equals("plan")).toList();
            changed = sections.stream().mapToInt(c -> c.added() + c.changed() + c.removed()).sum();
            changes = sections.isEmpty() ? "nothing" : String.join("; ", sections.stream().map(ClassReview::inWords).toList());
        }
        return StudentWork.of(file, content.planName(), asked, filled, inputs.chosen(),
                inputs.chosen() == null ? null : inputs.figures(), locale, changes, changed);
    }

    private static String inWords(PlanChanges.SectionChange c) {
        List<String> parts = new ArrayList<>();
        if (c.added() > 0) {
            parts.add(c.added() + " added");
        }
        if (c.changed() > 0) {
            parts.add(c.changed() + " changed");
        }
        if (c.removed() > 0) {
            parts.add(c.removed() + " removed");
        }
        return c.title() + ": " + String.join(", ", parts);
    }

    /** The parts with no entry at all in the plan. */
    private static Set<Exercise.Part> emptyParts(PlanContent content) {
        Set<Exercise.Part> empty = EnumSet.noneOf(Exercise.Part.class);
        for (Exercise.Part part : Exercise.Part.values()) {
            if (part.sections().stream().allMatch(s -> content.rows(s).isEmpty())) {
                empty.add(part);
            }
        }
        return empty;
    }

    private static EnumSet<Exercise.Part> toEnumSet(Set<Exercise.Part> parts) {
        return parts.isEmpty() ? EnumSet.noneOf(Exercise.Part.class) : EnumSet.copyOf(parts);
    }

    private static String exerciseId(PlanContent content) {
        Object id = content.plan().get(PlanTables.PLAN.index("exerciseId"));
        return id == null ? "" : id.toString();
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> all = Files.list(folder)) {
            return all.filter(p -> !p.getFileName().toString().startsWith(".")).filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list " + folder + ": " + e.getMessage(), e);
        }
    }

    private static String name(Path path) {
        return path.getFileName().toString();
    }

    /** The problem in one line, without the JSON path of the whole document ("$: "). */
    private static String problem(RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        // where in the JSON it broke means nothing to an instructor ("$.plan.researchNotes[14].body: ")
        return message.replaceFirst("^\\$[^ ]*: ", "");
    }

    @Override
    public void close() {
        scratch.close();
    }
}
