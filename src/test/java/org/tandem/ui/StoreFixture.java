package org.tandem.ui;

import org.tandem.exchange.PlanImport;
import org.tandem.exchange.SamplePlan;
import org.tandem.store.Database;
import org.tandem.store.PlanRepository;
import org.tandem.store.SettingsRepository;
import org.tandem.service.PlanService;

import java.nio.file.Path;

/** A real SQLite file with the repositories and services view-model tests build on. */
public final class StoreFixture implements AutoCloseable {
    public final Database db;
    public final PlanRepository plans;
    public final PlanService service;

    public StoreFixture(Path file) {
        db = Database.open(file);
        plans = new PlanRepository(db);
        service = new PlanService(plans, new SettingsRepository(db), new SamplePlan(), new PlanImport(db));
    }

    @Override
    public void close() {
        db.close();
    }
}
