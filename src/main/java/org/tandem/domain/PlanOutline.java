package org.tandem.domain;

import java.util.List;

/**
 * A whole plan as something to read, not edit: each section with its entries, each entry with its fields in
 * words. What a class review shows of a student's plan, alone or beside another.
 */
public record PlanOutline(String name, String description, List<Section> sections) {
    public record Section(String title, List<Entry> entries) {
        public Section {
            entries = List.copyOf(entries);
        }
    }

    /** An entry ("Instagram reels, January") and its fields ("Channel: Instagram", "Expected leads: 40"). */
    public record Entry(String label, List<String> details) {
        public Entry {
            details = List.copyOf(details);
        }
    }

    public PlanOutline {
        sections = List.copyOf(sections);
    }
}
