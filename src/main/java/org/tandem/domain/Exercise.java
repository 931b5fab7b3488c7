package org.tandem.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An exercise handed out in class: a copy of a plan with some parts emptied and some figures blanked for the
 * students to work out, and the task they read when they import it.
 *
 * @param name the plan's name in the students' lists
 */
public record Exercise(String name, String task, Set<Part> emptied, Set<Blank> blanked) {
    /** The most an exercise's task may say (a page or two). */
    public static final int TASK_MAX = 20_000;

    /** A part of the plan that can be handed out empty; each names the plan-file sections it empties. */
    public enum Part {
        RESEARCH("Research notes", "researchNotes"),
        SEGMENTS("Segments and market size", "segments", "marketSizing"),
        COMPETITORS("Competitors, criteria, SWOT", "competitors", "criteria", "swot"),
        CAMPAIGNS("Campaigns on the calendar", "campaigns"),
        OBJECTIVES("1. Objectives", "salesObjectives"),
        ACTIVITIES("2. Activities", "salesActivities"),
        RESOURCES("3. Resources: people, tools", "salesPeople", "salesTools"),
        MILESTONES("4. Implement: milestones", "salesMilestones"),
        ACTUALS("5. Assess: actuals", "salesActuals"),
        CONTROL("6. Control: actions", "correctiveActions"),
        SCENARIOS("What-if scenarios", "salesScenarios");

        private final String label;
        private final List<String> sections;

        Part(String label, String... sections) {
            this.label = label;
            this.sections = List.of(sections);
        }

        public String label() {
            return label;
        }

        public List<String> sections() {
            return sections;
        }
    }

    /** A figure that can be handed out blank: each names the plan-file fields ("section.field") it clears. */
    public enum Blank {
        FUNNEL("Funnel inputs: deal size, conversion", "salesPlans.dealSizeMinor", "salesPlans.conversionRate"),
        BUDGETS("Sales and marketing budgets", "salesPlans.salesBudgetMinor", "salesPlans.marketingBudgetMinor"),
        TARGETS("Objectives' targets", "salesObjectives.target", "salesObjectives.targetMinor"),
        ACTIVITY_RATES("Activities' conversion rates", "salesActivities.rate"),
        SHARES("Competitors' market shares", "competitors.sharePercent");

        private final String label;
        private final List<String> fields;

        Blank(String label, String... fields) {
            this.label = label;
            this.fields = List.of(fields);
        }

        public String label() {
            return label;
        }

        public List<String> fields() {
            return fields;
        }
    }

    public Exercise {
        name = name == null ? "" : name.strip();
        task = task == null ? "" : task.strip();
        emptied = emptied.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(emptied));
        blanked = blanked.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(blanked));
    }

    /** What is wrong with the exercise as a student would get it; empty when it can be written. */
    public List<InvalidInput> problems() {
        java.util.List<InvalidInput> problems = new java.util.ArrayList<>();
        if (name.isEmpty()) {
            problems.add(new InvalidInput("name", "Give the exercise a name: it is the plan's name for the students."));
        } else if (name.length() > 120) {
            problems.add(new InvalidInput("name", "At most 120 characters (" + name.length() + " now)."));
        }
        if (task.isEmpty()) {
            problems.add(new InvalidInput("task", "Say what the students should do: they see this when they open the file."));
        } else if (task.length() > TASK_MAX) {
            problems.add(new InvalidInput("task", String.format("At most %,d characters (%,d now).", TASK_MAX, task.length())));
        }
        return problems;
    }
}
