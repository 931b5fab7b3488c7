package org.tandem.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A what-if of a sales plan ("cautious", "bold"): a conversion rate and an average deal size in place
 * of the plan's (null: as planned), the campaigns' leads times a factor (per channel where given),
 * and everyone's hours times a factor. At most {@link #MAX} per sales plan; one may be the chosen one.
 */
public record Scenario(UUID id, UUID salesPlanId, String name, Double conversionRate, Double averageDealSize, double leadsFactor,
                       Map<String, Double> channelFactors, double hoursFactor, boolean chosen) {
    public static final int MAX = 5;
    /** A factor above this (10,000 %) is a typing slip, not a scenario. */
    public static final double MAX_FACTOR = 100;

    public Scenario {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(salesPlanId, "salesPlanId");
        name = name == null ? "" : name.strip();
        channelFactors = channelFactors == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(channelFactors));
    }

    public static Scenario create(UUID salesPlanId, String name) {
        return new Scenario(UUID.randomUUID(), salesPlanId, name, null, null, 1, Map.of(), 1, false);
    }

    public List<InvalidInput> problems() {
        List<InvalidInput> found = new ArrayList<>();
        if (name.isEmpty()) {
            found.add(new InvalidInput("name", "Give the scenario a name."));
        }
        NumberText.unusable(conversionRate, "conversionRate", "the conversion rate").ifPresent(found::add);
        NumberText.unusable(averageDealSize, "averageDealSize", "the average deal size").ifPresent(found::add);
        if (conversionRate != null && (conversionRate < 0 || conversionRate > 1)) {
            found.add(new InvalidInput("conversionRate", "The conversion rate is a percentage from 0 to 100."));
        }
        if (averageDealSize != null && averageDealSize < 0) {
            found.add(new InvalidInput("averageDealSize", "The average deal size cannot be negative."));
        }
        factorProblem(leadsFactor, "leadsFactor").ifPresent(found::add);
        factorProblem(hoursFactor, "hoursFactor").ifPresent(found::add);
        channelFactors.values().forEach(f -> factorProblem(f, "channelFactors").ifPresent(found::add));
        return found;
    }

    private static java.util.Optional<InvalidInput> factorProblem(double factor, String field) {
        if (Double.isNaN(factor) || factor < 0 || factor > MAX_FACTOR) {
            return java.util.Optional.of(new InvalidInput(field, "A share from 0 to 10,000 %."));
        }
        return java.util.Optional.empty();
    }

    /** The factor for a campaign's channel: its own when given, else the overall one. */
    public double leadsFactor(String channel) {
        return channelFactors.getOrDefault(channel, leadsFactor);
    }

    /** Per-channel factors as stored: "Email=1.2", one entry per channel, sorted. */
    public List<String> channelEntries() {
        return channelFactors.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + BigDecimal.valueOf(e.getValue()).stripTrailingZeros().toPlainString()).toList();
    }

    /** Reads stored entries back; an entry that is not "channel=factor" with a usable factor is left out. */
    public static Map<String, Double> channelFactors(List<String> entries) {
        Map<String, Double> factors = new LinkedHashMap<>();
        for (String entry : entries) {
            int at = entry.lastIndexOf('=');
            if (at <= 0) {
                continue;
            }
            try {
                double factor = Double.parseDouble(entry.substring(at + 1).strip());
                if (factorProblem(factor, "").isEmpty()) {
                    factors.put(entry.substring(0, at).strip(), factor);
                }
            } catch (NumberFormatException notANumber) {
                // not written by Tandem: ignored, the overall factor applies to that channel
            }
        }
        return factors;
    }

    public Scenario withName(String newName) {
        return new Scenario(id, salesPlanId, newName, conversionRate, averageDealSize, leadsFactor, channelFactors, hoursFactor, chosen);
    }

    public Scenario withConversionRate(Double rate) {
        return new Scenario(id, salesPlanId, name, rate, averageDealSize, leadsFactor, channelFactors, hoursFactor, chosen);
    }

    public Scenario withAverageDealSize(Double size) {
        return new Scenario(id, salesPlanId, name, conversionRate, size, leadsFactor, channelFactors, hoursFactor, chosen);
    }

    public Scenario withLeadsFactor(double factor) {
        return new Scenario(id, salesPlanId, name, conversionRate, averageDealSize, factor, channelFactors, hoursFactor, chosen);
    }

    public Scenario withChannelFactor(String channel, Double factor) {
        Map<String, Double> changed = new LinkedHashMap<>(channelFactors);
        if (factor == null) {
            changed.remove(channel);
        } else {
            changed.put(channel, factor);
        }
        return new Scenario(id, salesPlanId, name, conversionRate, averageDealSize, leadsFactor, changed, hoursFactor, chosen);
    }

    public Scenario withHoursFactor(double factor) {
        return new Scenario(id, salesPlanId, name, conversionRate, averageDealSize, leadsFactor, channelFactors, factor, chosen);
    }

    public Scenario withChosen(boolean isChosen) {
        return new Scenario(id, salesPlanId, name, conversionRate, averageDealSize, leadsFactor, channelFactors, hoursFactor, isChosen);
    }

    @Override
    public String toString() {
        return name.isEmpty() ? "(no name)" : name;
    }

    /** "120 %" for a factor. */
    public static String factorText(double factor, Locale locale) {
        return SalesText.percent(factor * 100, locale);
    }
}
