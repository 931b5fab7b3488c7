package org.tandem.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of sales activity, in the order a deal goes through them. */
public enum ActivityType {
    PROSPECTING("Prospecting", "calls made"), QUALIFICATION_CALL("Qualification call", "qualification calls held"),
    DEMO("Demo or presentation", "demos held"), PROPOSAL("Proposal", "proposals sent"), NEGOTIATION("Negotiation", "negotiations"),
    FOLLOW_UP("Follow-up", "follow-ups"), CLOSING("Closing", "closing calls"), ACCOUNT_MANAGEMENT("Account management", "account reviews"),
    UPSELL("Upsell or cross-sell", "upsell offers"),
    MARKETING_WORK("Marketing work (campaigns, content)", "marketing hours"), OTHER("Other", "other activities");

    private final String label;
    private final String done;

    ActivityType(String label, String done) {
        this.label = label;
        this.done = done;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** What a count of it done is called ("demos held"). */
    public String doneLabel() {
        return done;
    }

    /** Activities that produce leads (their rate is lead per unit); the rest move leads towards a deal. */
    public boolean findsLeads() {
        return this == PROSPECTING;
    }

    /** Activities the funnel can suggest a volume for: steps between a lead and a closed deal. */
    public boolean onDealPath() {
        return this == QUALIFICATION_CALL || this == DEMO || this == PROPOSAL || this == NEGOTIATION || this == CLOSING;
    }

    /**
     * Whose hat the work is done under: campaign and content work is marketing's, the rest is selling.
     * The two-hats balance and the Resources step's per-role load follow it.
     */
    public Capacity.Role role() {
        return this == MARKETING_WORK ? Capacity.Role.MARKETING : Capacity.Role.SALES;
    }

    public static Optional<ActivityType> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code().equalsIgnoreCase(code == null ? "" : code.strip())).findFirst();
    }

    @Override
    public String toString() {
        return label;
    }
}
