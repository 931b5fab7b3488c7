package org.tandem.ui.shell;

import org.tandem.service.WindowBounds;
import org.tandem.service.ShellSettings;
import org.tandem.service.PlanService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.domain.Plan;
import org.tandem.domain.PlanDetails;
import org.tandem.store.PlanRepository;
import org.tandem.ui.StoreFixture;
import org.tandem.ui.common.RecordingErrorReporter;
import org.tandem.ui.common.SameThreadTaskRunner;

import java.nio.file.Path;
import java.time.Month;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

class ShellViewModelTest {
    @TempDir
    Path dir;
    StoreFixture store;
    PlanRepository repository;
    PlanService service;
    ShellViewModel shell;

    @BeforeEach
    void open() {
        store = new StoreFixture(dir.resolve("shell.db"));
        repository = store.plans;
        service = store.service;
        var runner = new SameThreadTaskRunner();
        var errors = new RecordingErrorReporter();
        shell = new ShellViewModel(new PlanSwitcherViewModel(service, runner, errors, Locale.UK), service, runner, errors,
                new org.tandem.ui.common.PlanHistories());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void titleFollowsTheOpenPlan() {
        assertThat(shell.titleProperty().get()).isEqualTo("Tandem");
        Plan plan = repository.create(new PlanDetails("Harbour Bikes", "", "EUR", Month.JANUARY));
        shell.planSwitcher().showPlans(repository.list(), Optional.empty());
        assertThat(shell.titleProperty().get()).isEqualTo("Tandem - Harbour Bikes");
        shell.planSwitcher().deleteCurrent();
        assertThat(shell.titleProperty().get()).isEqualTo("Tandem");
        assertThat(plan).isNotNull();
    }

    @Test
    void themeSwitchIsSavedAtOnce() {
        shell.restore(ShellSettings.DEFAULTS);
        shell.darkThemeProperty().set(true);
        assertThat(service.loadSettings().darkTheme()).isTrue();
    }

    @Test
    void quitSavesBoundsLastPlanAndThemeAndPurgesDeletedPlans() {
        Plan keep = repository.create(new PlanDetails("Keep", "", "EUR", Month.JANUARY));
        Plan gone = repository.create(new PlanDetails("Gone", "", "EUR", Month.JANUARY));
        shell.planSwitcher().showPlans(repository.list(), Optional.of(gone.id()));
        shell.planSwitcher().deleteCurrent();
        shell.restore(new ShellSettings(Optional.empty(), true, Optional.empty()));
        AtomicBoolean closed = new AtomicBoolean();
        shell.quit(new WindowBounds(40, 50, 1000, 700, false), () -> closed.set(true));
        assertThat(closed).isTrue();
        ShellSettings saved = service.loadSettings();
        assertThat(saved.lastPlan()).contains(keep.id());
        assertThat(saved.darkTheme()).isTrue();
        assertThat(saved.bounds()).contains(new WindowBounds(40, 50, 1000, 700, false));
        assertThat(repository.purgeDeleted()).as("already purged on quit").isZero();
    }

    @Test
    void settingsThatDoNotParseAreIgnored() {
        ShellSettings read = ShellSettings.from(Map.of("plan.last", "not-a-uuid", "theme", "purple",
                "window.width", "wide", "window.height", "700"));
        assertThat(read).isEqualTo(ShellSettings.DEFAULTS);
        ShellSettings tiny = ShellSettings.from(Map.of("window.x", "0", "window.y", "0", "window.width", "10", "window.height", "10"));
        assertThat(tiny.bounds()).as("a window too small to use is not restored").isEmpty();
    }

    @Test
    void settingsRoundTrip() {
        ShellSettings settings = new ShellSettings(Optional.of(java.util.UUID.randomUUID()), true,
                Optional.of(new WindowBounds(-5, 20, 1400, 900, true)));
        assertThat(ShellSettings.from(settings.toMap())).isEqualTo(settings);
    }
}
