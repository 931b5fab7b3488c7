package org.tandem.domain;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PlanNameTest {
    @Test
    void emptyAndBlankNamesHaveAProblem() {
        assertThat(PlanName.problem(null)).contains("Give the plan a name.");
        assertThat(PlanName.problem("   \t ")).contains("Give the plan a name.");
    }

    @Test
    void namesAreTrimmedBeforeTheLengthIsCounted() {
        assertThat(PlanName.problem("  " + "a".repeat(120) + "  ")).isEmpty();
        assertThat(PlanName.problem("a".repeat(121))).hasValueSatisfying(m -> assertThat(m).contains("120").contains("121"));
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() {
        assertThat(PlanName.problem("☕".repeat(120))).isEmpty();
        assertThat(PlanName.problem("\uD83D\uDE00".repeat(120))).isEmpty();
        assertThat(PlanName.problem("\uD83D\uDE00".repeat(121))).isPresent();
    }

    @Test
    void lineBreaksInsideANameAreRefused() {
        assertThat(PlanName.problem("Two\nlines")).isPresent();
    }

    @Test
    void keyIgnoresCaseAndSurroundingSpaceIncludingNonAscii() {
        assertThat(PlanName.key(" Café Plan ")).isEqualTo(PlanName.key("CAFÉ PLAN"));
        assertThat(PlanName.key("Alpha")).isNotEqualTo(PlanName.key("Alpha 2"));
    }

    @Test
    void firstFreeNumbersCopiesAndStaysWithinTheLimit() {
        assertThat(PlanName.firstFree("Plan", Set.of()::contains)).isEqualTo("Plan");
        assertThat(PlanName.firstFree("Plan", Set.of("Plan", "Plan (2)")::contains)).isEqualTo("Plan (3)");
        String longName = "b".repeat(120);
        String copy = PlanName.firstFree(longName, Set.of(longName)::contains);
        assertThat(copy).endsWith(" (2)").hasSize(120);
    }

    @Test
    void currencyCodesAreCheckedAgainstIso4217() {
        assertThat(CurrencyCode.problem("eur")).isEmpty();
        assertThat(CurrencyCode.normalise(" usd ")).isEqualTo("USD");
        assertThat(CurrencyCode.problem("")).isPresent();
        assertThat(CurrencyCode.problem("EURO")).hasValueSatisfying(m -> assertThat(m).contains("three letters"));
        assertThat(CurrencyCode.problem("QQQ")).hasValueSatisfying(m -> assertThat(m).contains("not a known"));
    }

    @Test
    void defaultCurrencyComesFromTheLocaleCountry() {
        assertThat(CurrencyCode.defaultFor(Locale.JAPAN)).isEqualTo("JPY");
        assertThat(CurrencyCode.defaultFor(Locale.US)).isEqualTo("USD");
        assertThat(CurrencyCode.defaultFor(Locale.ENGLISH)).isEqualTo("EUR");
        assertThat(CurrencyCode.defaultFor(new Locale("", "AQ"))).isEqualTo("EUR");
    }

    @Test
    void planDetailsReportEveryProblemByField() {
        PlanDetails bad = new PlanDetails("", null, "zz", null);
        assertThat(bad.problems()).extracting(InvalidInput::field).containsExactly("name", "currency");
        assertThat(bad.firstMonth()).isEqualTo(java.time.Month.JANUARY);
        assertThat(bad.description()).isEmpty();
    }
}
