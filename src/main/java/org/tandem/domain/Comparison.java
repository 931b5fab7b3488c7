package org.tandem.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The weighted comparison matrix: criteria with weights, a score of 1 to 5 per competitor (and our
 * business) per criterion, weighted totals and a ranking. Weights need not add up to 1: they are
 * normalised, and a criterion left unscored for a row does not count for that row.
 */
public final class Comparison {
    public static final int MIN_SCORE = 1;
    public static final int MAX_SCORE = 5;
    /** Totals closer than this count as equal, so 3.0000000001 and 3 share a rank. */
    static final double TIE = 1e-9;

    private Comparison() {
    }

    public record Criterion(UUID id, String name, double weight) {
    }

    /** One row's result: its weighted total (1 to 5), its rank, and how many criteria it was scored on. */
    public record Result(UUID rowId, double total, int rank, int scoredCriteria) {
    }

    public static Optional<String> scoreProblem(int score) {
        return score < MIN_SCORE || score > MAX_SCORE
                ? Optional.of("A score is a whole number from " + MIN_SCORE + " to " + MAX_SCORE + ".") : Optional.empty();
    }

    public static Optional<String> weightProblem(double weight) {
        if (Double.isNaN(weight) || Double.isInfinite(weight)) {
            return Optional.of("A weight must be a number.");
        }
        return weight < 0 ? Optional.of("A weight cannot be negative (0 leaves the criterion out).") : Optional.empty();
    }

    /**
     * Each criterion's share of the total weight. All-zero weights count every criterion alike, so
     * a matrix with no weights set still ranks.
     */
    public static Map<UUID, Double> normalisedWeights(List<Criterion> criteria) {
        double sum = criteria.stream().mapToDouble(Criterion::weight).sum();
        Map<UUID, Double> shares = new LinkedHashMap<>();
        for (Criterion c : criteria) {
            weightProblem(c.weight()).ifPresent(m -> {
                throw new InvalidInput("weight", m);
            });
            shares.put(c.id(), sum == 0 ? 1.0 / criteria.size() : c.weight() / sum);
        }
        return shares;
    }

    /** The weighted total of one row: sum of normalised weight x score over the criteria it was scored on. */
    public static double total(List<Criterion> criteria, Map<UUID, Integer> scores) {
        List<Criterion> scored = criteria.stream().filter(c -> scores.containsKey(c.id())).toList();
        if (scored.isEmpty()) {
            return 0;
        }
        Map<UUID, Double> weights = normalisedWeights(scored);
        double total = 0;
        for (Criterion c : scored) {
            int score = scores.get(c.id());
            scoreProblem(score).ifPresent(m -> {
                throw new InvalidInput("score", m);
            });
            total += weights.get(c.id()) * score;
        }
        return total;
    }

    /**
     * Totals and ranks for every row, best first. Equal totals share a rank and the next rank
     * skips (1, 2, 2, 4); rows never scored come last, unranked (rank 0).
     */
    public static List<Result> rank(List<Criterion> criteria, Map<UUID, Map<UUID, Integer>> scoresByRow) {
        List<Result> unranked = new ArrayList<>();
        for (Map.Entry<UUID, Map<UUID, Integer>> row : scoresByRow.entrySet()) {
            int scored = (int) criteria.stream().filter(c -> row.getValue().containsKey(c.id())).count();
            unranked.add(new Result(row.getKey(), total(criteria, row.getValue()), 0, scored));
        }
        unranked.sort(Comparator.comparing((Result r) -> r.scoredCriteria() == 0).thenComparing(Result::total, Comparator.reverseOrder()));
        List<Result> ranked = new ArrayList<>(unranked.size());
        for (int i = 0; i < unranked.size(); i++) {
            Result r = unranked.get(i);
            if (r.scoredCriteria() == 0) {
                ranked.add(r);
                continue;
            }
            int rank = i > 0 && Math.abs(unranked.get(i - 1).total() - r.total()) < TIE && ranked.get(i - 1).rank() > 0
                    ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new Result(r.rowId(), r.total(), rank, r.scoredCriteria()));
        }
        return ranked;
    }

    /** A warning (not a refusal) when the estimated market shares add up to more than the market. */
    public static Optional<String> sharesWarning(List<Double> sharesPercent) {
        double sum = sharesPercent.stream().filter(s -> s != null).mapToDouble(Double::doubleValue).sum();
        return sum > 100 + TIE
                ? Optional.of(String.format(java.util.Locale.ROOT, "Market shares add up to %.1f %%, more than the whole market.", sum))
                : Optional.empty();
    }
}
