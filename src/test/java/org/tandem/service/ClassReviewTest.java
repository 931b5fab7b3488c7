package org.tandem.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.domain.Exercise;
import org.tandem.domain.PlanOutline;
import org.tandem.domain.Progress;
import org.tandem.domain.StudentWork;
import org.tandem.store.Database;
import org.tandem.store.PlanRepository;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class ClassReviewTest {
    @TempDir
    Path dir;

    @Test
    void aFolderOfStudentFilesGivesOneRowPerStudentWithTheirFiguresAndListsTheFilesItCouldNotUse() throws Exception {
        Path folder = ClassFolder.generate(dir.resolve("class"), dir.resolve("work"));
        Files.writeString(folder.resolve("notes.txt"), "Bring the projector cable");
        ClassReview.Result result;
        try (ClassReview review = ClassReview.open(Clock.systemUTC(), Locale.UK)) {
            result = review.review(folder, ClassFolder.TODAY, Progress.NONE);
            PlanOutline ana = review.outline("ana.tandem.json");
            assertThat(ana.sections()).filteredOn(s -> s.title().equals("Objectives")).singleElement()
                    .satisfies(s -> assertThat(s.entries()).hasSize(2));
        }

        assertThat(result.exerciseFile()).isEqualTo(ClassFolder.EXERCISE);
        assertThat(result.task()).isEqualTo(ClassFolder.TASK);
        assertThat(result.students()).extracting(StudentWork::file)
                .containsExactly("ana.tandem.json", "ben.tandem.json", "cleo.tandem.json", "dev.tandem.json");
        assertThat(result.skipped()).extracting(ClassReview.Skipped::file).containsExactly("eve.tandem.json", "notes.txt");
        assertThat(result.skipped()).allSatisfy(s -> assertThat(s.problem()).isNotBlank().doesNotContain("Exception"));

        Map<String, StudentWork> by = result.students().stream().collect(Collectors.toMap(StudentWork::file, Function.identity()));
        StudentWork ana = by.get("ana.tandem.json");
        StudentWork ben = by.get("ben.tandem.json");
        StudentWork cleo = by.get("cleo.tandem.json");
        StudentWork dev = by.get("dev.tandem.json");
        assertThat(ana.objectives()).isEqualTo(2);
        assertThat(ana.smartObjectives()).isEqualTo(1);
        assertThat(ben.objectivesText()).isEqualTo("1 (1 SMART)");
        assertThat(dev.objectivesText()).isEqualTo("3 (0 SMART)");
        assertThat(cleo.objectives()).isZero();
        assertThat(ana.partsAsked()).contains(Exercise.Part.OBJECTIVES).doesNotContain(Exercise.Part.CAMPAIGNS);
        assertThat(ana.partsDone()).contains(Exercise.Part.OBJECTIVES);
        assertThat(cleo.partsDone()).doesNotContain(Exercise.Part.OBJECTIVES);
        assertThat(ana.target().value()).isEqualTo(48_000);
        assertThat(dev.target().value()).isEqualTo(30_000);
        // the funnel left blank: no lead gap, said why
        assertThat(ben.leadGap().known()).isFalse();
        assertThat(ben.leadGapText(Locale.UK)).isNotBlank();
        // the figures are those the student's own dashboard shows
        for (StudentWork student : new StudentWork[]{ana, dev}) {
            String name = student.file().replace(".tandem.json", "");
            try (Database own = Database.open(dir.resolve("work").resolve(name + ".db"))) {
                var figures = new DashboardService(own).read(new PlanRepository(own).list().get(0).id(), null, ClassFolder.TODAY)
                        .orElseThrow().figures();
                assertThat(student.leadGap().value()).isEqualTo(figures.leadGap().value());
                assertThat(student.warnings()).isEqualTo(figures.warnings());
                assertThat(student.activities()).isEqualTo(figures.activities().size()).isPositive();
            }
        }
        assertThat(cleo.changed()).isZero();
        assertThat(cleo.changes()).isEqualTo("nothing");
        assertThat(ana.changes()).contains("Objectives: 2 added");
        assertThat(ana.forecastText(Locale.UK)).contains("of 48,000");
    }

    @Test
    void withoutTheExercisesFileEveryPartCountsAndChangesAreNotKnown() throws Exception {
        Path folder = ClassFolder.generate(dir.resolve("class"), dir.resolve("work"));
        Files.delete(folder.resolve(ClassFolder.EXERCISE));
        try (ClassReview review = ClassReview.open(Clock.systemUTC(), Locale.UK)) {
            ClassReview.Result result = review.review(folder, ClassFolder.TODAY, Progress.NONE);
            assertThat(result.exerciseFile()).isEmpty();
            assertThat(result.students()).hasSize(4).allSatisfy(s -> {
                assertThat(s.partsAsked()).hasSize(Exercise.Part.values().length);
                assertThat(s.changed()).isEqualTo(-1);
            });
        }
    }
}
