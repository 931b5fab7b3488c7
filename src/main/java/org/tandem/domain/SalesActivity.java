package org.tandem.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Work that moves leads to deals: its type, the objectives it serves, a volume per cadence (40 calls
 * a week), hours and cost per unit, and {@code rate}, the share of units that move on to the next
 * step (a lead per prospecting call, a deal per demo): what suggested volumes are computed from.
 */
public record SalesActivity(UUID id, UUID salesPlanId, ActivityType type, String name, List<UUID> objectiveIds, double volume,
                            Cadence cadence, double hoursPerUnit, double costPerUnit, Double rate, String owner, UUID segmentId) {

    public SalesActivity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(salesPlanId, "salesPlanId");
        type = type == null ? ActivityType.OTHER : type;
        name = name == null ? "" : name.strip();
        objectiveIds = objectiveIds == null ? List.of() : List.copyOf(objectiveIds);
        cadence = cadence == null ? Cadence.PER_WEEK : cadence;
        owner = owner == null ? "" : owner.strip();
    }

    public static SalesActivity create(UUID salesPlanId, ActivityType type) {
        return new SalesActivity(UUID.randomUUID(), salesPlanId, type, "", List.of(), 0, Cadence.PER_WEEK, 0, 0, null, "", null);
    }

    /** Its name, or its type when it has none. */
    public String title() {
        return name.isEmpty() ? type.toString() : name;
    }

    public List<InvalidInput> problems() {
        List<InvalidInput> found = new ArrayList<>();
        NumberText.unusable(volume, "volume", "the volume").ifPresent(found::add);
        NumberText.unusable(hoursPerUnit, "hoursPerUnit", "the hours").ifPresent(found::add);
        NumberText.unusable(costPerUnit, "costPerUnit", "the cost").ifPresent(found::add);
        NumberText.unusable(rate, "rate", "the rate").ifPresent(found::add);
        if (volume < 0) {
            found.add(new InvalidInput("volume", "The volume cannot be negative."));
        }
        if (hoursPerUnit < 0) {
            found.add(new InvalidInput("hoursPerUnit", "Hours cannot be negative."));
        }
        if (costPerUnit < 0) {
            found.add(new InvalidInput("costPerUnit", "The cost cannot be negative."));
        }
        if (rate != null && (rate < 0 || rate > 1)) {
            found.add(new InvalidInput("rate", "The rate is a percentage from 0 to 100."));
        }
        return found;
    }

    public Capacity.Demand demand(SalesPeriod period) {
        return new Capacity.Demand(title(), owner, cadence.perWeek(volume, period), hoursPerUnit);
    }

    /** Units over the whole period. */
    public double unitsInPeriod(SalesPeriod period) {
        return cadence.inPeriod(volume, period);
    }

    public double costInPeriod(SalesPeriod period) {
        return unitsInPeriod(period) * costPerUnit;
    }

    public SalesActivity withObjectives(List<UUID> objectives) {
        return new SalesActivity(id, salesPlanId, type, name, objectives, volume, cadence, hoursPerUnit, costPerUnit, rate, owner,
                segmentId);
    }

    public SalesActivity withVolume(double newVolume) {
        return new SalesActivity(id, salesPlanId, type, name, objectiveIds, newVolume, cadence, hoursPerUnit, costPerUnit, rate,
                owner, segmentId);
    }
}
