package org.tandem.ui.shell;

import java.util.List;

/** The sidebar's entries, in order; Ctrl+1..5 follow this order. */
public enum Section {
    DASHBOARD("Dashboard", "mdi2v-view-dashboard-outline", true,
            "Both roles at a glance: what the plan holds and where marketing and sales stand.",
            List.of("Leads from campaigns against the leads sales needs", "Revenue against target, period by period",
                    "Objectives at risk and corrective actions due")),
    RESEARCH("Market research", "mdi2b-book-open-page-variant-outline", true,
            "A research notebook for the market side of the plan.",
            List.of("Notes by aspect: target audience, market research, competitive analysis, market size and growth",
                    "Instant full-text search over titles, bodies, tags and sources",
                    "Segments with their value, and which ones you target",
                    "Market sizing: TAM, SAM and SOM, growth and a five-year projection")),
    COMPETITORS("Competitors", "mdi2c-chess-knight", true,
            "Whom you compete with, and where the gaps are.",
            List.of("Competitor profiles: offer, price level, channels, strengths and weaknesses, threat",
                    "A SWOT board for your own business",
                    "A weighted comparison matrix with ranking",
                    "A positioning map you can export for slides")),
    CALENDAR("Campaign calendar", "mdi2c-calendar-month-outline", true,
            "Marketing campaigns and sales activities on one timeline.",
            List.of("Campaigns by channel with dates, budget, status, expected and actual leads",
                    "Sales activities (demos, follow-ups, closing calls) beside the campaigns",
                    "Month, week and year views; drag to reschedule",
                    "Export to .ics for any calendar app")),
    SALES_PLAN("Sales plan", "mdi2f-flag-checkered", true,
            "The six-step sales planning process, tied to campaigns by the funnel arithmetic.",
            List.of("1. Objectives  2. Activities  3. Resources  4. Implement  5. Assess  6. Control",
                    "Leads needed for a revenue target, from conversion rate and average deal size",
                    "Actuals against targets, variance and status",
                    "Corrective actions fed into the next cycle"));

    private final String title;
    private final String icon;
    private final boolean available;
    private final String summary;
    private final List<String> upcoming;

    Section(String title, String icon, boolean available, String summary, List<String> upcoming) {
        this.title = title;
        this.icon = icon;
        this.available = available;
        this.summary = summary;
        this.upcoming = upcoming;
    }

    public String title() {
        return title;
    }

    /** An Ikonli Material Design 2 icon literal. */
    public String icon() {
        return icon;
    }

    /** False while the issue that builds this screen is still open: the screen says what it will hold. */
    public boolean available() {
        return available;
    }

    public String summary() {
        return summary;
    }

    public List<String> upcoming() {
        return upcoming;
    }

    /** 1-based, as in Ctrl+1. */
    public int shortcutDigit() {
        return ordinal() + 1;
    }

    @Override
    public String toString() {
        return title;
    }
}
