package org.tandem.exchange;

import org.tandem.domain.Plan;
import org.tandem.store.PlanContent;
import org.tandem.store.PlanContentReader;
import org.tandem.store.ScratchDatabase;
import org.tandem.domain.Progress;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Brings a plan file of the first format (nested sections, figures in major units, no revisions) up to
 * today's: its plan goes through the first format's importer into a scratch store of its own, which is
 * then read back as today's content. The user's database is not touched; the scratch one is deleted.
 */
public final class PlanFileUpgrade implements PlanFileParser.Upgrade {

    @Override
    public PlanContent fromVersion1(PlanFile file) {
        try (ScratchDatabase scratch = ScratchDatabase.create("tandem-upgrade-")) {
            Plan plan = new PlanImport(scratch.database()).asNewPlan(file.plan());
            return new PlanContentReader(scratch.database()).read(plan.id(), Progress.NONE::cancelled).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not make room to upgrade an older plan file", e);
        }
    }
}
