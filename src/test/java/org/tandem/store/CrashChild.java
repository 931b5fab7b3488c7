package org.tandem.store;

import org.tandem.domain.Aspect;
import org.tandem.domain.Confidence;
import org.tandem.domain.Plan;
import org.tandem.domain.PlanDetails;
import org.tandem.domain.ResearchNote;
import org.tandem.exchange.PlanImport;
import org.tandem.exchange.SamplePlan;

import java.nio.file.Path;
import java.time.Month;
import java.util.List;
import java.util.UUID;

/**
 * The child of the crash-safety test: a stream of edits through the app's own repositories (new notes, notes
 * changed, campaigns deleted, whole plans imported), each reported on stdout as "committed ID" once its write has
 * returned. The parent kills this process at a random moment with SIGKILL.
 */
public final class CrashChild {
    private CrashChild() {
    }

    public static void main(String[] args) {
        try (Database db = Database.open(Path.of(args[0]))) {
            Plan plan = new PlanRepository(db).list().stream().findFirst()
                    .orElseGet(() -> new PlanRepository(db).create(new PlanDetails("Crash plan", "", "GBP", Month.JANUARY)));
            ResearchNoteRepository notes = new ResearchNoteRepository(db);
            System.out.println("ready");
            System.out.flush();
            for (int i = 0; ; i++) {
                String committed;
                if (i % 25 == 24) {
                    // a multi-row write: a whole sample plan in one transaction
                    committed = "plan:" + new SamplePlan().addTo(new PlanImport(db)).id();
                } else {
                    ResearchNote note = notes.save(new ResearchNote(UUID.randomUUID(), plan.id(), "Note " + i, "Body " + i + " "
                            + "x".repeat(i % 7 * 500), Aspect.MARKET_RESEARCH, List.of("crash"), "", null, Confidence.MEDIUM, false,
                            null, null, null));
                    committed = "note:" + note.id();
                }
                System.out.println("committed " + committed + " .");
                System.out.flush();
            }
        }
    }
}
