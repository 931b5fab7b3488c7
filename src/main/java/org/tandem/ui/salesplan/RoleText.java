package org.tandem.ui.salesplan;

import javafx.util.StringConverter;
import org.tandem.domain.Capacity;
import org.tandem.ui.common.ChoiceText;

/** A person's role in words. */
final class RoleText {
    private RoleText() {
    }

    static String of(Capacity.Role role) {
        return switch (role) {
            case MARKETING -> "Marketing";
            case SALES -> "Sales";
            case BOTH -> "Both";
        };
    }

    static StringConverter<Capacity.Role> converter() {
        return ChoiceText.of(RoleText::of);
    }
}
