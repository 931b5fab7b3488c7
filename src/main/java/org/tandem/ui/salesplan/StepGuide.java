package org.tandem.ui.salesplan;

/** The explanation panel of each step, in our own words: what it is for, what good looks like, an example. */
public enum StepGuide {
    OBJECTIVES("1. Objectives: what sales must reach, and by when",
            "Set the period and the few numbers that say whether it went well: revenue, deals, new customers, rates. "
                    + "Give each a target, last period's figure as the baseline, and one owner. The funnel calculator turns the revenue "
                    + "target into deals and leads, and shows how many leads marketing's campaigns in the period will bring.",
            "Good: every objective passes the SMART check, the target moves on the baseline by a believable amount, and the lead "
                    + "gap is small enough for sales activities to close.",
            "Ember & Oak wants 48,000 of wholesale revenue in Q4 2026 (baseline 39,000). At 1,600 a deal and a 30 % conversion "
                    + "rate that is 30 deals from 100 leads; the cafe campaigns in the period (a press story, an open day) bring 45, so "
                    + "prospecting has to find the other 55."),
    ACTIVITIES("2. Activities: the work that turns leads into deals",
            "List what sales will do, how often and for which objectives: calls, tastings, proposals, follow-ups. The rate says "
                    + "what share of units move on (a lead per ten calls, a deal per three tastings); from it and the funnel, Tandem "
                    + "suggests a volume you can take or change.",
            "Good: every objective has activities behind it, volumes match the suggestions or you know why not, and each "
                    + "activity has an owner.",
            "Ember & Oak plans 20 cafe calls a week (one lead in six; the funnel suggests 26) and 16 tastings a month (three in five "
                    + "end in a deal)."),
    RESOURCES("3. Resources: people, hours, money and tools",
            "Say who does the work and how many hours a week they have, the sales and marketing budgets for the period, and the "
                    + "tools and materials it needs. The capacity check sets the hours the activities need against the hours "
                    + "people have, and the money needed (activities, tools and the period's campaigns) against the budget.",
            "Good: nobody is over 100 %; if someone is, cut or move activities, or lower an objective. Warnings never block you.",
            "Jo sells and roasts (both roles, 20 h); Sam runs marketing (15 h). Sample packs and a CRM seat are the tools."),
    IMPLEMENT("4. Implement: put the plan on the calendar",
            "Each activity becomes items on the campaign calendar in the sales colour, repeating by its cadence inside the "
                    + "period and assigned to its owner, so marketing and sales see one timeline. Milestones are the checkpoints "
                    + "of getting started.",
            "Good: every activity is on the calendar and each milestone has a due date. Scheduling again after a change updates "
                    + "the same items; nothing is doubled.",
            "Ember & Oak's calls show every Thursday; 'wholesale price list printed' was done on 2 October."),
    ASSESS("5. Assess: what actually happened",
            "Enter the actuals week by week or month by month: each objective's metric, the funnel (leads, deals, revenue) and "
                    + "the activities done. Type them in or import a CSV file (date,measure,value) after checking the preview. "
                    + "The charts set the running total against the target line and planned against done volumes.",
            "Good: actuals up to date for every objective, so the next step judges on facts.",
            "By 22 November Ember & Oak had 23,500 of revenue from 15 deals; calls ran behind plan (128 of about 150), tastings on plan."),
    CONTROL("6. Control: are we on track, and what do we change",
            "The variance table compares each actual with the target pro rata (a counted target grows day by day through the "
                    + "period) and gives a status: on track from 95 %, at risk from 80 %, off track below (you can change both). "
                    + "The run-rate says where the period will end at today's pace. Log corrective actions, and start the next "
                    + "cycle: objectives carry over with this period's actuals as baselines, open actions come along.",
            "Good: each objective at risk or off track has an open corrective action with an owner and a due date.",
            "Ember & Oak's revenue is at risk (85 % of pro rata): Jo will call every cafe that ordered in spring by 4 December.");

    private final String title;
    private final String purpose;
    private final String good;
    private final String example;

    StepGuide(String title, String purpose, String good, String example) {
        this.title = title;
        this.purpose = purpose;
        this.good = good;
        this.example = example;
    }

    public String title() {
        return title;
    }

    public String purpose() {
        return purpose;
    }

    public String good() {
        return good;
    }

    public String example() {
        return example;
    }

    public static StepGuide of(int step) {
        return values()[step - 1];
    }
}
