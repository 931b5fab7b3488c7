package org.tandem.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CompetitorReviewTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    void aProfileAddedTodayIsNotDueForReview() {
        Competitor fresh = Competitor.named(UUID.randomUUID(), "BeanBox", false, Instant.parse("2026-11-29T10:00:00Z"));
        assertThat(fresh.reviewDue(TODAY)).isFalse();
    }

    @Test
    void aProfileNeverReviewedIsDueNinetyOneDaysAfterItWasAdded() {
        Competitor old = Competitor.named(UUID.randomUUID(), "BeanBox", false, Instant.parse("2026-08-29T10:00:00Z"));
        assertThat(old.reviewDue(TODAY)).isTrue();
    }

    @Test
    void aReviewDateWinsOverTheDayItWasAdded() {
        Competitor old = Competitor.named(UUID.randomUUID(), "BeanBox", false, Instant.parse("2025-01-01T10:00:00Z"));
        Competitor reviewed = new Competitor(old.id(), old.planId(), false, old.name(), "", "", null, "", java.util.List.of(),
                java.util.List.of(), java.util.List.of(), "", ThreatLevel.MEDIUM, null, TODAY.minusDays(10), "", old.createdAt(), old.updatedAt());
        assertThat(reviewed.reviewDue(TODAY)).isFalse();
    }

    @Test
    void yourOwnBusinessIsNeverDueWhateverItsDates() {
        CompetitorReview own = new CompetitorReview(UUID.randomUUID(), "Ember & Oak", true, null, Instant.parse("2020-01-01T10:00:00Z"));
        CompetitorReview rival = new CompetitorReview(UUID.randomUUID(), "BeanBox", false, TODAY.minusDays(91), null);
        assertThat(own.due(TODAY)).isFalse();
        assertThat(rival.due(TODAY)).isTrue();
        assertThat(new CompetitorReview(rival.id(), "BeanBox", false, TODAY.minusDays(90), null).due(TODAY)).isFalse();
    }
}
