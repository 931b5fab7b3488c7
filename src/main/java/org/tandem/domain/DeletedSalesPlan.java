package org.tandem.domain;

import java.util.List;

/** A deleted sales plan with every row, its what-if scenarios and the calendar items its activities had: what an undo puts back. */
public record DeletedSalesPlan(SalesPlanContents contents, List<Campaign> items, List<Scenario> scenarios) {
}
