package org.tandem.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The arithmetic of market size and growth: TAM / SAM / SOM, bottom-up sizing from segments,
 * CAGR from two dated figures and a projection over the coming years. Money in minor units.
 */
public final class MarketSize {
    private static final double DAYS_PER_YEAR = 365.2425;

    private MarketSize() {
    }

    /** TAM, SAM and SOM for one plan. */
    public record Figures(long tam, long sam, long som) {
    }

    public static long segmentValue(long buyers, long spendPerBuyer) {
        try {
            return Math.multiplyExact(buyers, spendPerBuyer);
        } catch (ArithmeticException overflow) {
            throw new InvalidInput("buyers", "Buyers x spend per buyer is too large to hold; check the figures.");
        }
    }

    /** Why a TAM / SAM / SOM triple cannot stand, if it cannot: each is a part of the one before. */
    public static Optional<InvalidInput> figuresProblem(long tam, long sam, long som) {
        if (tam < 0) {
            return Optional.of(new InvalidInput("tam", "TAM cannot be negative."));
        }
        if (sam < 0) {
            return Optional.of(new InvalidInput("sam", "SAM cannot be negative."));
        }
        if (som < 0) {
            return Optional.of(new InvalidInput("som", "SOM cannot be negative."));
        }
        if (sam > tam) {
            return Optional.of(new InvalidInput("sam", "SAM is the part of TAM you can serve, so it cannot be above TAM."));
        }
        if (som > sam) {
            return Optional.of(new InvalidInput("som", "SOM is the part of SAM you can win, so it cannot be above SAM."));
        }
        return Optional.empty();
    }

    public static Optional<String> growthProblem(double percentPerYear) {
        if (Double.isNaN(percentPerYear) || Double.isInfinite(percentPerYear)) {
            return Optional.of("Growth must be a number.");
        }
        if (percentPerYear < -100) {
            return Optional.of("Growth cannot be below -100% a year: a market cannot lose more than all of it.");
        }
        return Optional.empty();
    }

    /**
     * Bottom-up sizing: TAM is what every segment spends, SAM what the targeted segments spend,
     * SOM the share of SAM the plan expects to win.
     */
    public static Figures bottomUp(List<Segment> segments, double obtainableSharePercent) {
        if (obtainableSharePercent < 0 || obtainableSharePercent > 100 || Double.isNaN(obtainableSharePercent)) {
            throw new InvalidInput("share", "The share you expect to win is a percentage from 0 to 100.");
        }
        long tam = 0;
        long sam = 0;
        for (Segment segment : segments) {
            long value = segment.value();
            try {
                tam = Math.addExact(tam, value);
                if (segment.targeted()) {
                    sam = Math.addExact(sam, value);
                }
            } catch (ArithmeticException overflow) {
                throw new InvalidInput("segments", "The segments add up to more than can be held; check their figures.");
            }
        }
        long som = BigDecimal.valueOf(sam).multiply(BigDecimal.valueOf(obtainableSharePercent))
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValueExact();
        return new Figures(tam, sam, som);
    }

    /**
     * Compound annual growth rate between two dated figures, in percent a year:
     * (end / start)^(1 / years) - 1. A start of zero or below has no rate; an end of zero is -100%.
     */
    public static double cagrPercent(long startValue, LocalDate startDate, long endValue, LocalDate endDate) {
        if (startDate == null || endDate == null) {
            throw new InvalidInput("date", "Both figures need a date.");
        }
        if (!endDate.isAfter(startDate)) {
            throw new InvalidInput("date", "The second figure must be dated after the first.");
        }
        if (startValue <= 0) {
            throw new InvalidInput("firstValue", "Growth needs a first figure above zero.");
        }
        if (endValue < 0) {
            throw new InvalidInput("secondValue", "A market size cannot be negative.");
        }
        double years = ChronoUnit.DAYS.between(startDate, endDate) / DAYS_PER_YEAR;
        return (Math.pow((double) endValue / startValue, 1.0 / years) - 1.0) * 100.0;
    }

    /** The size this year and in each of the next {@code years}, growing by a constant rate. */
    public static List<Long> project(long current, double growthPercent, int years) {
        growthProblem(growthPercent).ifPresent(m -> {
            throw new InvalidInput("growthPercent", m);
        });
        if (current < 0) {
            throw new InvalidInput("current", "A market size cannot be negative.");
        }
        List<Long> values = new ArrayList<>(years + 1);
        BigDecimal factor = BigDecimal.ONE.add(BigDecimal.valueOf(growthPercent).movePointLeft(2));
        BigDecimal value = BigDecimal.valueOf(current);
        for (int year = 0; year <= years; year++) {
            values.add(value.setScale(0, RoundingMode.HALF_UP).longValue());
            value = value.multiply(factor);
        }
        return values;
    }
}
