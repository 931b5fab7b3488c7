package org.tandem.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A plan's market sizing: TAM / SAM / SOM entered top-down, or computed bottom-up from the
 * segments; and its growth, entered as a rate or derived (CAGR) from two dated figures.
 */
public record MarketSizing(UUID planId, Method method, long tam, long sam, long som, double sharePercent,
                           Double growthPercent, DatedFigure first, DatedFigure second, Instant updatedAt) {

    public enum Method {
        TOP_DOWN("top-down", "Top-down (enter the figures)"), BOTTOM_UP("bottom-up", "Bottom-up (from the segments)");

        private final String code;
        private final String label;

        Method(String code, String label) {
            this.code = code;
            this.label = label;
        }

        public String code() {
            return code;
        }

        public static Method fromCode(String code) {
            for (Method m : values()) {
                if (m.code.equals(code)) {
                    return m;
                }
            }
            throw new IllegalArgumentException("Unknown sizing method " + code);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** A market size on a date, for growth between two of them. */
    public record DatedFigure(LocalDate date, long value) {
        public DatedFigure {
            Objects.requireNonNull(date, "date");
        }
    }

    public MarketSizing {
        Objects.requireNonNull(planId, "planId");
        method = method == null ? Method.TOP_DOWN : method;
    }

    public static MarketSizing empty(UUID planId, Instant now) {
        return new MarketSizing(planId, Method.TOP_DOWN, 0, 0, 0, 0, null, null, null, now);
    }

    /** The figures in force: as entered, or from the segments. */
    public MarketSize.Figures figures(List<Segment> segments) {
        return method == Method.TOP_DOWN ? new MarketSize.Figures(tam, sam, som) : MarketSize.bottomUp(segments, sharePercent);
    }

    /** Growth a year in percent: the CAGR of the two dated figures when both exist, else the entered rate. */
    public Optional<Double> growth() {
        if (first != null && second != null) {
            return Optional.of(MarketSize.cagrPercent(first.value(), first.date(), second.value(), second.date()));
        }
        return Optional.ofNullable(growthPercent);
    }

    public List<InvalidInput> problems() {
        List<InvalidInput> found = new ArrayList<>();
        if (method == Method.TOP_DOWN) {
            MarketSize.figuresProblem(tam, sam, som).ifPresent(found::add);
        }
        if (sharePercent < 0 || sharePercent > 100 || Double.isNaN(sharePercent)) {
            found.add(new InvalidInput("share", "The share you expect to win is a percentage from 0 to 100."));
        }
        if (growthPercent != null) {
            MarketSize.growthProblem(growthPercent).ifPresent(m -> found.add(new InvalidInput("growthPercent", m)));
        }
        if (first != null && second != null) {
            try {
                MarketSize.cagrPercent(first.value(), first.date(), second.value(), second.date());
            } catch (InvalidInput growthProblem) {
                found.add(growthProblem);
            }
        } else if ((first != null && first.value() < 0) || (second != null && second.value() < 0)) {
            found.add(new InvalidInput("firstValue", "A market size cannot be negative."));
        }
        return found;
    }

    public MarketSizing requireValid() {
        List<InvalidInput> found = problems();
        if (!found.isEmpty()) {
            throw found.get(0);
        }
        return this;
    }
}
