package org.tandem.service;

import org.junit.jupiter.api.Test;
import org.tandem.domain.PlanStatus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardRehearsalTest {

    private static List<Path> rehearsalFolders() throws Exception {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("tandem-rehearsal-")).toList();
        }
    }

    @Test
    void theRehearsalWorksOutTheSamplesFiguresAndLeavesNoScratchDatabaseBehind() throws Exception {
        List<Path> before = rehearsalFolders();
        PlanStatus status = DashboardService.rehearse(3, LocalDate.of(2026, 11, 30), Locale.UK);
        assertThat(status.empty()).isFalse();
        assertThat(status.salesPlan()).as("the sample's sales plan, with its funnel").isNotNull();
        assertThat(status.funnel()).isNotEmpty();
        assertThat(status.marketing().costPerLead()).isNotEmpty();
        assertThat(rehearsalFolders()).containsExactlyInAnyOrderElementsOf(before);
    }
}
