package org.tandem.domain;

import java.time.Month;
import java.util.ArrayList;
import java.util.List;

/** What a user enters about a plan; ids and times are the store's business. */
public record PlanDetails(String name, String description, String currency, Month firstMonth) {

    public PlanDetails {
        name = PlanName.normalise(name);
        description = description == null ? "" : description.strip();
        currency = CurrencyCode.normalise(currency);
        firstMonth = firstMonth == null ? Month.JANUARY : firstMonth;
    }

    public PlanDetails withName(String newName) {
        return new PlanDetails(newName, description, currency, firstMonth);
    }

    /** Every rule a plan's own fields break, field by field; empty when the details can be saved. */
    public List<InvalidInput> problems() {
        List<InvalidInput> found = new ArrayList<>();
        PlanName.problem(name).ifPresent(m -> found.add(new InvalidInput(PlanName.FIELD, m)));
        CurrencyCode.problem(currency).ifPresent(m -> found.add(new InvalidInput(CurrencyCode.FIELD, m)));
        return found;
    }

    /** Throws the first problem, if any. */
    public PlanDetails requireValid() {
        List<InvalidInput> found = problems();
        if (!found.isEmpty()) {
            throw found.get(0);
        }
        return this;
    }
}
