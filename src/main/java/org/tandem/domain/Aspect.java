package org.tandem.domain;

import java.util.Optional;
import java.util.stream.Stream;

/** The four aspects a research note belongs to, each with a template of helpful headings. */
public enum Aspect {
    TARGET_AUDIENCE("target-audience", "Target audience", """
            Who they are
            (age, role, business size, where they live or work)

            What they need
            (the job they want done, the pains behind it)

            How they buy
            (where they look, who decides, how often, how much)

            What stops them
            (price, trust, habit, switching cost)
            """),
    MARKET_RESEARCH("market-research", "Market research", """
            Question
            (what we wanted to find out)

            What we found
            (trends, survey answers, customer needs and preferences)

            Gap we could fill

            What it means for the plan
            """),
    COMPETITIVE_ANALYSIS("competitive-analysis", "Competitive analysis", """
            Competitor

            What they offer and at what price

            Strengths

            Weaknesses

            How they position themselves

            Where we can win
            """),
    MARKET_SIZE("market-size", "Market size and growth", """
            Measure
            (buyers, spend per buyer, total spend)

            Figure and date

            Growth
            (rate per year, or two dated figures for CAGR)

            Source and how reliable it is
            """);

    private final String code;
    private final String label;
    private final String template;

    Aspect(String code, String label, String template) {
        this.code = code;
        this.label = label;
        this.template = template;
    }

    /** How the aspect is written in the database and in plan files. */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** Headings that pre-fill a new note of this aspect. */
    public String template() {
        return template;
    }

    public static Optional<Aspect> fromCode(String code) {
        return Stream.of(values()).filter(a -> a.code.equals(code)).findFirst();
    }

    @Override
    public String toString() {
        return label;
    }
}
