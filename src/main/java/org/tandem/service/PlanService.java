package org.tandem.service;

import org.tandem.domain.Plan;
import org.tandem.domain.PlanDetails;
import org.tandem.domain.SectionCounts;
import org.tandem.exchange.PlanImport;
import org.tandem.exchange.SamplePlan;
import org.tandem.store.PlanRepository;
import org.tandem.store.SettingsRepository;

import java.util.List;
import java.util.UUID;

/** What the shell asks of the store about plans and remembered settings. Called off the FX thread. */
public class PlanService {
    static final String SAMPLE_LOADED = "sample.loaded";
    private static final String TOUR = "tour.stop.";

    private final PlanRepository plans;
    private final SettingsRepository settings;
    private final SamplePlan sample;
    private final PlanImport importer;

    public PlanService(PlanRepository plans, SettingsRepository settings, SamplePlan sample, PlanImport importer) {
        this.plans = plans;
        this.settings = settings;
        this.sample = sample;
        this.importer = importer;
    }

    public List<Plan> list() {
        return plans.list();
    }

    public Plan create(PlanDetails details) {
        return plans.create(details);
    }

    public Plan update(UUID id, PlanDetails details) {
        return plans.update(id, details);
    }

    public Plan duplicate(UUID id, String name) {
        return plans.duplicate(id, name);
    }

    public void delete(UUID id) {
        plans.delete(id);
    }

    public Plan restore(UUID id) {
        return plans.restore(id);
    }

    public Plan addSample() {
        return sample.addTo(importer);
    }

    public String freeName(String wanted) {
        return plans.freeName(wanted);
    }

    public SectionCounts counts(UUID id) {
        return plans.counts(id);
    }

    public ShellSettings loadSettings() {
        return ShellSettings.from(settings.all());
    }

    public void saveSettings(ShellSettings values) {
        settings.putAll(values.toMap());
    }

    /** The guided tour's stop a plan's tour was left at (0: from the start), so it resumes there after a restart. */
    public int tourStop(UUID planId) {
        return settings.get(TOUR + planId).map(v -> {
            try {
                return Math.max(0, Integer.parseInt(v));
            } catch (NumberFormatException e) {
                return 0; // a hand-edited setting: the tour starts from the beginning
            }
        }).orElse(0);
    }

    public void rememberTourStop(UUID planId, int stop) {
        settings.put(TOUR + planId, Integer.toString(Math.max(0, stop)));
    }

    public void rememberLastPlan(UUID id) {
        settings.put(ShellSettings.LAST_PLAN, id.toString());
    }

    public void rememberTheme(boolean dark) {
        settings.put(ShellSettings.THEME, dark ? "dark" : "light");
    }

    public void rememberContrast(boolean high) {
        settings.put(ShellSettings.CONTRAST, high ? "high" : "normal");
    }

    public void rememberZoom(int percent) {
        settings.put(ShellSettings.ZOOM, Integer.toString(ShellSettings.clampZoom(percent)));
    }

    /**
     * What a start needs: deleted plans from the last run are purged, and the first start on an
     * empty database gets the sample plan, so a newcomer never meets an empty window. A user who
     * later deletes every plan is not handed the sample again unasked.
     */
    public List<Plan> prepareForStart() {
        plans.purgeDeleted();
        List<Plan> all = plans.list();
        if (all.isEmpty() && settings.get(SAMPLE_LOADED).isEmpty()) {
            sample.addTo(importer);
            all = plans.list();
        }
        if (settings.get(SAMPLE_LOADED).isEmpty()) {
            settings.put(SAMPLE_LOADED, "true");
        }
        return all;
    }

    /** On quit: marked plans go for good. */
    public void purgeDeleted() {
        plans.purgeDeleted();
    }
}
