package org.tandem.ui.calendar;

import org.tandem.domain.Campaign;
import org.tandem.domain.CampaignMath;
import org.tandem.domain.Occurrence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The plan's campaigns that collide on a channel and segment, worked out once per data change for every view. */
final class CalendarOverlaps {
    private final List<CampaignMath.Overlap> overlaps;
    private final Set<String> keys = new HashSet<>();

    CalendarOverlaps(Collection<Campaign> campaigns) {
        overlaps = CampaignMath.overlaps(List.copyOf(campaigns));
        for (CampaignMath.Overlap o : overlaps) {
            keys.add(o.firstOccurrence().key());
            keys.add(o.secondOccurrence().key());
        }
    }

    boolean overlapping(Occurrence occurrence) {
        return keys.contains(occurrence.key());
    }

    /** The collisions of one occurrence, described for the side panel. */
    List<String> of(Occurrence occurrence, Locale locale) {
        List<String> found = new ArrayList<>();
        for (CampaignMath.Overlap o : overlaps) {
            Occurrence other = o.firstOccurrence().key().equals(occurrence.key()) ? o.secondOccurrence()
                    : o.secondOccurrence().key().equals(occurrence.key()) ? o.firstOccurrence() : null;
            if (other != null) {
                found.add(other.campaign().name() + " (" + CalendarText.range(other.start(), other.end(), locale) + ")");
            }
        }
        return found;
    }

    int count() {
        return overlaps.size();
    }
}
