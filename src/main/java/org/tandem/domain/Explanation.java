package org.tandem.domain;

import java.util.List;

/**
 * How a computed figure came about, for "Explain this number": the formula written with the plan's
 * own numbers ("leads needed = 48,000 / (1,600 x 30 %) = 100") and where each input comes from.
 *
 * @param figure what the number is ("Leads needed")
 * @param result the number as shown, or "-" when it cannot be computed
 * @param formula the formula in words, then with the plan's numbers
 * @param inputs each input's name, value and where it is entered
 * @param note a remark (rounding, why it is unknown); may be empty
 */
public record Explanation(String figure, String result, List<String> formula, List<Input> inputs, String note) {

    /** An input of the formula: its name, its value as shown and where the user enters or changes it. */
    public record Input(String name, String value, String from) {
    }

    public Explanation {
        formula = List.copyOf(formula);
        inputs = List.copyOf(inputs);
        note = note == null ? "" : note;
    }

    /** The whole explanation as plain text (the pop-over's Copy and the CLI). */
    public String text() {
        StringBuilder out = new StringBuilder(figure).append(": ").append(result).append('\n');
        formula.forEach(line -> out.append(line).append('\n'));
        for (Input input : inputs) {
            out.append("  ").append(input.name()).append(" = ").append(input.value()).append("  (").append(input.from()).append(")\n");
        }
        if (!note.isEmpty()) {
            out.append(note).append('\n');
        }
        return out.toString();
    }
}
