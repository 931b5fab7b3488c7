package org.tandem.service;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.domain.Exercise;
import org.tandem.domain.InvalidInput;
import org.tandem.domain.Plan;
import org.tandem.domain.PlanDetails;
import org.tandem.domain.Progress;
import org.tandem.exchange.PlanImport;
import org.tandem.exchange.SamplePlan;
import org.tandem.service.ImportPreview.Mode;
import org.tandem.store.CampaignRepository;
import org.tandem.store.Database;
import org.tandem.store.PlanRepository;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClassroomTest {
    @TempDir
    Path dir;
    Database teacher;
    Database student;

    @BeforeEach
    void open() {
        teacher = Database.open(dir.resolve("teacher.db"));
        student = Database.open(dir.resolve("student.db"));
    }

    @AfterEach
    void close() {
        teacher.close();
        student.close();
    }

    static Classroom classroom(Database db) {
        return new Classroom(db, PlanFilesTest.files(db), Clock.systemUTC(), "Tandem test");
    }

    static long count(Database db, String sql, Object... args) {
        return db.read(c -> {
            try (java.sql.PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    s.setString(i + 1, args[i].toString());
                }
                try (java.sql.ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    static void run(Database db, String sql, Object... args) {
        db.write(c -> {
            try (java.sql.PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    s.setString(i + 1, args[i].toString());
                }
                return s.executeUpdate();
            }
        });
    }

    @Test
    void resetPutsTheSampleBackOverAnEditedSampleAndKeepsTheEditsInItsHistory() {
        Plan sample = new SamplePlan().addTo(new PlanImport(teacher));
        long campaigns = count(teacher, "SELECT count(*) FROM campaign WHERE plan_id = ?", sample.id());
        CampaignRepository repository = new CampaignRepository(teacher);
        repository.all(sample.id()).forEach(c -> repository.delete(c.id()));
        run(teacher, "UPDATE research_note SET title = 'Scribbled in class' WHERE plan_id = ?", sample.id());

        PlanFiles.Imported reset = classroom(teacher).resetSample(sample.id(), Progress.NONE);

        assertThat(reset.planId()).isEqualTo(sample.id());
        assertThat(count(teacher, "SELECT count(*) FROM campaign WHERE plan_id = ?", sample.id())).isEqualTo(campaigns).isPositive();
        assertThat(count(teacher, "SELECT count(*) FROM research_note WHERE plan_id = ? AND title = 'Scribbled in class'",
                sample.id())).isZero();
        assertThat(new PlanRepository(teacher).find(sample.id()).orElseThrow().name()).isEqualTo(sample.name());
        PlanVersion before = PlanFilesTest.files(teacher).history(sample.id()).stream()
                .filter(v -> v.title().equals("Before resetting the sample")).findFirst().orElseThrow();
        PlanFilesTest.files(teacher).restore(before.id(), false, Progress.NONE);
        assertThat(count(teacher, "SELECT count(*) FROM campaign WHERE plan_id = ?", sample.id())).isZero();
    }

    @Test
    void onlyAPlanMadeFromTheSampleCanBeReset() {
        Plan own = new PlanRepository(teacher).create(new PlanDetails("Own plan", "", "EUR", java.time.Month.JANUARY));
        assertThatThrownBy(() -> classroom(teacher).resetSample(own.id(), Progress.NONE))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("not made from the sample");
        assertThat(classroom(teacher).fromSample(own.id())).isFalse();
    }

    @Test
    void aCheckpointIsNamedAndTheClassReturnsToIt() {
        Plan sample = new SamplePlan().addTo(new PlanImport(teacher));
        Classroom classroom = classroom(teacher);
        assertThatThrownBy(() -> classroom.checkpoint(sample.id(), "  ")).isInstanceOf(InvalidInput.class);
        PlanVersion afterStep2 = classroom.checkpoint(sample.id(), "After step 2");
        run(teacher, "DELETE FROM sales_objective");

        assertThat(classroom.checkpoints(sample.id())).extracting(PlanVersion::title).containsExactly("After step 2");
        classroom.returnTo(afterStep2.id(), Progress.NONE);

        assertThat(count(teacher, "SELECT count(*) FROM sales_objective")).isPositive();
    }

    @Test
    void anExerciseFileImportsWithItsPartsEmptyItsFiguresBlankAndItsTaskAndTheStudentsFileRecordsIt() throws Exception {
        Plan sample = new SamplePlan().addTo(new PlanImport(teacher));
        Exercise exercise = new Exercise("Week 3: objectives", "Set three SMART objectives and work out the funnel.",
                EnumSet.of(Exercise.Part.OBJECTIVES, Exercise.Part.RESEARCH), EnumSet.of(Exercise.Blank.FUNNEL));
        Path handout = dir.resolve("week3.tandem.json");
        classroom(teacher).exportExercise(sample.id(), exercise, handout, Progress.NONE);

        PlanFiles studentFiles = PlanFilesTest.files(student);
        PlanFiles.Imported imported = studentFiles.apply(studentFiles.preview(handout, Progress.NONE), Mode.NEW, Set.of(), Progress.NONE);
        UUID plan = imported.planId();
        assertThat(plan).isNotEqualTo(sample.id());
        assertThat(imported.name()).isEqualTo("Week 3: objectives");
        assertThat(count(student, "SELECT count(*) FROM research_note WHERE plan_id = ?", plan)).isZero();
        assertThat(count(student, "SELECT count(*) FROM sales_objective o JOIN sales_plan p ON p.id = o.sales_plan_id"
                + " WHERE p.plan_id = ?", plan)).isZero();
        assertThat(count(student, "SELECT count(*) FROM sales_plan WHERE plan_id = ? AND conversion_rate IS NULL"
                + " AND deal_size_minor IS NULL", plan)).isEqualTo(count(student, "SELECT count(*) FROM sales_plan WHERE plan_id = ?", plan))
                .isPositive();
        assertThat(count(student, "SELECT count(*) FROM campaign WHERE plan_id = ?", plan))
                .isEqualTo(count(teacher, "SELECT count(*) FROM campaign WHERE plan_id = ?", sample.id()));
        // activities that served the emptied objectives keep going, linked to none
        assertThat(count(student, "SELECT count(*) FROM sales_activity_objective")).isZero();
        Classroom.Task task = classroom(student).task(plan).orElseThrow();
        assertThat(task.text()).isEqualTo("Set three SMART objectives and work out the funnel.");
        assertThat(classroom(teacher).task(sample.id())).isEmpty();

        Path answer = dir.resolve("answer.tandem.json");
        studentFiles.export(plan, answer, Progress.NONE);
        assertThat(Files.readString(answer)).contains("\"exerciseId\": \"" + task.exerciseId() + "\"");
    }

    @Test
    void anExerciseWithoutATaskOrNameIsRefusedBeforeAnythingIsWritten() {
        Plan sample = new SamplePlan().addTo(new PlanImport(teacher));
        Path file = dir.resolve("none.tandem.json");
        assertThatThrownBy(() -> classroom(teacher).exportExercise(sample.id(),
                new Exercise("Week 1", " ", Set.of(), Set.of()), file, Progress.NONE))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("students should do");
        assertThat(file).doesNotExist();
    }
}
