package org.tandem.domain;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A sales plan with every part, read or written together; {@code scheduled} maps calendar items to their activity. */
public record SalesPlanContents(SalesPlan plan, List<Objective> objectives, List<SalesActivity> activities, List<SalesPerson> people,
                                List<SalesTool> tools, List<Milestone> milestones, List<SalesActual> actuals,
                                List<CorrectiveAction> actions, Map<UUID, UUID> scheduled) {
}
