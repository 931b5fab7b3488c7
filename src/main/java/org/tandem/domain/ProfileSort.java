package org.tandem.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** How the competitor profiles are listed; our own business always comes first. */
public enum ProfileSort {
    NAME("Name"), THREAT("Threat"), SHARE("Market share");

    private final String label;

    ProfileSort(String label) {
        this.label = label;
    }

    /**
     * The profiles in this order, our business first; only those a search matched (and ours) when
     * {@code matching} is not null.
     */
    public List<Competitor> order(List<Competitor> all, List<UUID> matching, Locale locale) {
        Comparator<Competitor> byName = Comparator.comparing(c -> c.name().toLowerCase(locale));
        Comparator<Competitor> order = switch (this) {
            case NAME -> byName;
            case THREAT -> Comparator.comparing(Competitor::threat).reversed().thenComparing(byName);
            case SHARE -> Comparator.comparing((Competitor c) -> c.sharePercent() == null ? -1 : c.sharePercent()).reversed();
        };
        return all.stream()
                .filter(c -> c.own() || matching == null || matching.contains(c.id()))
                .sorted(Comparator.comparing((Competitor c) -> !c.own()).thenComparing(order))
                .toList();
    }

    @Override
    public String toString() {
        return label;
    }
}
