package org.tandem.exchange;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReportChartsTest {
    private static Map<String, Double> months(int count, double value) {
        Map<String, Double> months = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            months.put(java.time.YearMonth.of(2025, 1).plusMonths(i).toString(), value + i);
        }
        return months;
    }

    private static int upright(String svg) { // upright names are drawn as outlines in a group turned a quarter
        return svg.split("transform='matrix\\(0,-1,1,0,", -1).length - 1;
    }

    @Test
    void fourSegmentsAreNamedAcrossUnderTheirBarsAndAYearsMonthsUpright() {
        Map<String, Double> segments = new LinkedHashMap<>(Map.of("Home subscribers", 4.0e6, "Cafes", 2.5e6, "Offices", 1.0e6, "Gifts", 0.5e6));
        String across = ReportCharts.bars("Market a year by segment (GBP)", segments, null, null, false);
        String year = ReportCharts.bars("Budget by month (GBP)", months(12, 100), "Planned", months(12, 50), false);

        assertThat(across).contains(">Home subscribers</text>").contains(">Gifts</text>");
        assertThat(upright(across)).isZero();
        assertThat(year).contains("Budget by month (GBP)</p>").doesNotContain("20...</text>");
        assertThat(upright(year)).isEqualTo(12);
    }

    @Test
    void fiveYearsOfMonthsAreNamedFirstAndLastInTheCaptionNotCutToDotsUnderTheBars() {
        String chart = ReportCharts.bars("Budget by month (GBP)", months(61, 100), "Planned", months(61, 50), false);

        assertThat(chart).contains("Budget by month (GBP), 2025-01 to 2030-01</p>").doesNotContain("...</text>");
        assertThat(upright(chart)).isZero();
    }

    @Test
    void nothingButNoughtsDrawsNoChart() {
        assertThat(ReportCharts.bars("Market a year by segment (EUR)", months(5, 0).keySet().stream()
                .collect(java.util.stream.Collectors.toMap(k -> k, k -> 0.0)), null, null, false)).isEmpty();
        assertThat(ReportCharts.bars("Budget by month (GBP)", months(5, 0), "Planned", months(5, 0), false)).isNotEmpty();
    }

    @Test
    void onPaperTheChartIsAnImageAndItsMapNamesAreEscaped() {
        String map = ReportCharts.map("Positioning", "Price level", "Score",
                java.util.List.of(new ReportCharts.Spot("<b>Bold & Co</b>", 1, 2, false), new ReportCharts.Spot("Us", 2, 3, true)), false);
        String png = ReportCharts.map("Positioning", "Price level", "Score",
                java.util.List.of(new ReportCharts.Spot("Them", 1, 2, false)), true);

        assertThat(map).contains("&lt;b&gt;Bold &amp; Co&lt;/b&gt;").doesNotContain("<b>Bold");
        assertThat(png).contains("<img alt=\"Positioning\" src=\"data:image/png;base64,");
    }
}
