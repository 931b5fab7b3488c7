package org.tandem.ui.dashboard;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.domain.Plan;
import org.tandem.domain.PlanDetails;
import org.tandem.domain.SectionCounts;
import org.tandem.store.PlanRepository;
import org.tandem.ui.StoreFixture;
import org.tandem.ui.common.RecordingErrorReporter;
import org.tandem.ui.common.SameThreadTaskRunner;

import java.nio.file.Path;
import java.time.Month;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardViewModelTest {
    @TempDir
    Path dir;

    @Test
    void showsThePlansFieldsInWords() {
        try (StoreFixture store = new StoreFixture(dir.resolve("d.db"))) {
            PlanRepository plans = store.plans;
            var vm = new DashboardViewModel(store.service, new SameThreadTaskRunner(), new RecordingErrorReporter(), Locale.UK);
            Plan plan = plans.create(new PlanDetails("Harbour Bikes", "", "GBP", Month.APRIL));
            vm.show(plan);
            assertThat(vm.nameProperty().get()).isEqualTo("Harbour Bikes");
            assertThat(vm.currencyProperty().get()).isEqualTo("GBP (British Pound)");
            assertThat(vm.planningYearProperty().get()).isEqualTo("Planning year April to March");
            assertThat(vm.descriptionProperty().get()).startsWith("No description yet");
            assertThat(vm.countsProperty().get()).isEqualTo(SectionCounts.NONE);
            vm.show(null);
            assertThat(vm.nameProperty().get()).isEmpty();
        }
    }
}
