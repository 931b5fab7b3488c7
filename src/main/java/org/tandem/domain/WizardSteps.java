package org.tandem.domain;

import java.util.List;

/**
 * The order of the six sales planning steps: a step opens once every step before it is done.
 * Steps 1 to 3 are done when they hold what the later ones work from; 4 to 6 never block.
 */
public final class WizardSteps {
    private WizardSteps() {
    }

    /** Why step {@code number} is not done yet, or "" when it is. */
    public static String problem(int number, List<Objective> objectives, List<SalesActivity> activities, List<SalesPerson> people) {
        return switch (number) {
            case 1 -> objectives.isEmpty() ? "Add at least one objective."
                    : objectives.stream().anyMatch(o -> o.target() == null) ? "Give every objective a target." : "";
            case 2 -> activities.isEmpty() ? "Add at least one activity."
                    : activities.stream().anyMatch(a -> a.volume() <= 0) ? "Give every activity a volume." : "";
            case 3 -> people.stream().noneMatch(s -> s.hoursPerWeek() > 0) ? "Add at least one person with hours." : "";
            default -> "";
        };
    }

    /** The first step before {@code number} that is not done, with why, or "" when all are. */
    public static String blocking(int number, List<Objective> objectives, List<SalesActivity> activities, List<SalesPerson> people) {
        for (int i = 1; i < number; i++) {
            String problem = problem(i, objectives, activities, people);
            if (!problem.isEmpty()) {
                return "Step " + i + " first: " + problem;
            }
        }
        return "";
    }
}
