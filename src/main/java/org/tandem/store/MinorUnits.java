package org.tandem.store;

import org.tandem.domain.CurrencyCode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Money of a sales plan between the domain (major units of the plan's currency) and the store
 * (integer minor units, exact): 540.50 GBP is stored as 54050. Rounded half to even; a non-finite
 * amount never reaches the store.
 */
record MinorUnits(int digits) {
    /** The subquery that names a sales plan's currency beside each row of a part table. */
    static final String CURRENCY = "(SELECT p.currency FROM sales_plan s JOIN plan p ON p.id = s.plan_id WHERE s.id = sales_plan_id)"
            + " AS currency";

    static MinorUnits ofCurrency(String currency) {
        return new MinorUnits(CurrencyCode.fractionDigits(currency == null ? "" : currency));
    }

    /** The units of the row's sales plan, from the {@link #CURRENCY} column. */
    static MinorUnits of(ResultSet rs) throws SQLException {
        return ofCurrency(rs.getString("currency"));
    }

    static MinorUnits ofSalesPlan(Connection c, UUID salesPlanId) throws SQLException {
        return ofCurrency(Rows.one(c, "SELECT p.currency FROM sales_plan s JOIN plan p ON p.id = s.plan_id WHERE s.id = ?",
                rs -> rs.getString(1), salesPlanId).orElse(null));
    }

    static MinorUnits ofPlan(Connection c, UUID planId) throws SQLException {
        return ofCurrency(Rows.one(c, "SELECT currency FROM plan WHERE id = ?", rs -> rs.getString(1), planId).orElse(null));
    }

    Long minor(Double major) {
        if (major == null) {
            return null;
        }
        if (!Double.isFinite(major)) {
            throw new IllegalArgumentException("An amount must be a finite number, not " + major);
        }
        return BigDecimal.valueOf(major).movePointRight(digits).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }

    Double major(ResultSet rs, String column) throws SQLException {
        long units = rs.getLong(column);
        return rs.wasNull() ? null : BigDecimal.valueOf(units).movePointLeft(digits).doubleValue();
    }
}
