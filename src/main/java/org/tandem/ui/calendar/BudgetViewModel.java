package org.tandem.ui.calendar;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tandem.domain.Campaign;
import org.tandem.domain.CampaignMath;
import org.tandem.domain.CurrencyCode;
import org.tandem.domain.NumberText;
import org.tandem.domain.Plan;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The budget and leads panel: planned against actual spend and expected against actual leads, per
 * month of a planning year and per channel, for the campaigns the filters show.
 */
public final class BudgetViewModel {
    /** One row of a table: a month or a channel. */
    /** {@code ahead}: a month still to come, whose actual spend and leads are not known yet. */
    public record Row(String label, long planned, long spent, int expectedLeads, int actualLeads, String costPerLead, boolean ahead) {
    }

    /** A planning year: twelve months from the plan's first month. */
    public record PlanningYear(YearMonth first) {
        @Override
        public String toString() {
            YearMonth last = first.plusMonths(11);
            return first.getMonth() == Month.JANUARY ? Integer.toString(first.getYear())
                    : first.getYear() + "/" + String.format("%02d", last.getYear() % 100);
        }
    }

    private final CalendarViewModel calendar;
    private final Locale locale;
    private final ObservableList<Row> months = FXCollections.observableArrayList();
    private final ObservableList<Row> channels = FXCollections.observableArrayList();
    private final ObservableList<PlanningYear> years = FXCollections.observableArrayList();
    private final ObjectProperty<PlanningYear> year = new SimpleObjectProperty<>(this, "year");
    private final ReadOnlyStringWrapper totals = new ReadOnlyStringWrapper(this, "totals", "");
    private final ReadOnlyStringWrapper budgetLine = new ReadOnlyStringWrapper(this, "budgetLine", "");
    private final java.time.Clock clock;
    private final SalesPlans salesPlans;
    /** The open plan's sales plans, for the marketing budgets they set. */
    private List<org.tandem.domain.SalesPlan> budgets = List.of();
    private boolean shown;

    /** Reads a plan's sales plans, on the store thread. */
    public interface SalesPlans {
        void read(java.util.UUID planId, java.util.function.Consumer<List<org.tandem.domain.SalesPlan>> then);
    }

    public BudgetViewModel(CalendarViewModel calendar, java.time.Clock clock, SalesPlans salesPlans) {
        this.calendar = calendar;
        this.locale = calendar.locale();
        this.clock = clock;
        this.salesPlans = salesPlans;
        // the sums run over every campaign: only while the tab is shown
        calendar.changesProperty().addListener((o, was, now) -> {
            if (shown) {
                refresh();
            }
        });
        calendar.planProperty().addListener((o, was, now) -> year.set(null));
        year.addListener((o, was, now) -> refresh());
    }

    /** The budget tab is shown (true) or not; shown, it catches up at once. */
    public void setShown(boolean now) {
        shown = now;
        Plan plan = calendar.planProperty().get();
        if (now && plan != null) {
            // the sales plans may have changed their budgets while another screen was shown
            salesPlans.read(plan.id(), read -> {
                if (plan == calendar.planProperty().get()) {
                    budgets = read;
                    refresh();
                }
            });
        }
        if (now) {
            refresh();
        }
    }

    public void refresh() {
        Plan plan = calendar.planProperty().get();
        if (plan == null) {
            months.clear();
            channels.clear();
            return;
        }
        List<Campaign> shown = calendar.filteredCampaigns();
        Month firstMonth = plan.firstMonth();
        TreeSet<YearMonth> starts = new TreeSet<>();
        starts.add(yearOf(YearMonth.now(clock), firstMonth));
        for (Campaign c : shown) {
            starts.add(yearOf(YearMonth.from(c.start()), firstMonth));
        }
        List<PlanningYear> all = starts.stream().map(PlanningYear::new).toList();
        if (!years.equals(all)) {
            years.setAll(all);
        }
        if (year.get() == null || !years.contains(year.get())) {
            year.set(new PlanningYear(yearOf(YearMonth.now(clock), firstMonth)));
            return; // the year listener refreshes
        }
        YearMonth from = year.get().first();
        YearMonth to = from.plusMonths(11);
        LocalDate today = LocalDate.now(clock);
        Map<YearMonth, CampaignMath.Totals> byMonth = CampaignMath.byMonth(shown, today);
        List<Row> monthRows = new ArrayList<>();
        CampaignMath.Totals yearTotal = new CampaignMath.Totals(0, 0, 0, 0);
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            CampaignMath.Totals t = byMonth.getOrDefault(m, new CampaignMath.Totals(0, 0, 0, 0));
            monthRows.add(row(m.getMonth().getDisplayName(TextStyle.SHORT, locale) + " " + m.getYear(), t,
                    m.isAfter(YearMonth.from(today))));
            yearTotal = new CampaignMath.Totals(yearTotal.planned() + t.planned(), yearTotal.spent() + t.spent(),
                    yearTotal.expectedLeads() + t.expectedLeads(), yearTotal.actualLeads() + t.actualLeads());
        }
        months.setAll(monthRows);
        // channels: the campaigns that start in the chosen year, so the two tables speak of the same year
        LocalDate yearStart = from.atDay(1);
        LocalDate yearEnd = to.atEndOfMonth();
        List<Campaign> inYear = shown.stream().filter(c -> !c.start().isAfter(yearEnd) && !c.lastDay().isBefore(yearStart))
                .map(c -> clipped(c, yearStart, yearEnd)).toList();
        channels.setAll(CampaignMath.byChannel(inYear).entrySet().stream().map(e -> row(e.getKey(), e.getValue(), false)).toList());
        totals.set("Year " + year.get() + ": planned " + money(yearTotal.planned()) + ", spent " + money(yearTotal.spent())
                + "; leads " + yearTotal.expectedLeads() + " expected, " + yearTotal.actualLeads() + " actual; cost per lead "
                + costPerLead(yearTotal) + ".");
        budgetLine.set(budgetLine(byMonth, from, to));
    }

    /**
     * The marketing budgets the sales plans of this year set (step 3, Resources), each against the campaigns planned
     * in its period.
     */
    private String budgetLine(Map<YearMonth, CampaignMath.Totals> byMonth, YearMonth from, YearMonth to) {
        List<String> parts = new ArrayList<>();
        for (org.tandem.domain.SalesPlan plan : budgets) {
            YearMonth first = YearMonth.from(plan.period().start());
            YearMonth last = YearMonth.from(plan.period().end());
            if (plan.marketingBudget() == null || last.isBefore(from) || first.isAfter(to)) {
                continue;
            }
            long budget = Math.round(plan.marketingBudget() * Math.pow(10, CurrencyCode.fractionDigits(currency())));
            long planned = 0;
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                planned += byMonth.getOrDefault(m, new CampaignMath.Totals(0, 0, 0, 0)).planned();
            }
            long left = budget - planned;
            parts.add("\u201C" + plan.name() + "\u201D sets " + money(budget) + " for marketing; campaigns in its period plan "
                    + money(planned) + (left >= 0 ? ", " + money(left) + " left" : ", " + money(-left) + " over"));
        }
        return parts.isEmpty() ? "No marketing budget in this year: a sales plan sets one (step 3, Resources)."
                : String.join(". ", parts) + ".";
    }

    /** A series counted only for its occurrences inside the year. */
    private static Campaign clipped(Campaign c, LocalDate from, LocalDate to) {
        if (c.recurrence() == null) {
            return c;
        }
        var inside = c.occurrences(from, to);
        if (inside.isEmpty()) {
            return c.withRecurrence(null);
        }
        LocalDate first = inside.get(0).start();
        LocalDate last = inside.get(inside.size() - 1).start();
        return c.withDates(first, first.plusDays(c.days() - 1)).withRecurrence(
                new org.tandem.domain.Recurrence(c.recurrence().frequency(), c.recurrence().interval(), last,
                        c.recurrence().skipped()));
    }

    private static YearMonth yearOf(YearMonth month, Month firstMonth) {
        YearMonth start = YearMonth.of(month.getYear(), firstMonth);
        return start.isAfter(month) ? start.minusYears(1) : start;
    }

    private Row row(String label, CampaignMath.Totals t, boolean ahead) {
        return new Row(label, t.planned(), t.spent(), t.expectedLeads(), t.actualLeads(), ahead ? NOT_YET : costPerLead(t), ahead);
    }

    /** What a month still ahead shows for its actuals. */
    public static final String NOT_YET = "\u2013";

    private String costPerLead(CampaignMath.Totals t) {
        return t.costPerLead().isPresent() ? money(t.costPerLead().getAsLong()) : "- (no leads yet)";
    }

    public String money(long minor) {
        return amount(minor) + " " + currency();
    }

    /** An amount without its currency, for a table whose header names it. */
    public String amount(long minor) {
        return NumberText.formatMoneyExact(minor, locale, CurrencyCode.fractionDigits(currency()));
    }

    public String currency() {
        Plan plan = calendar.planProperty().get();
        return plan == null ? "" : plan.currency();
    }

    /** Money as a number for charts (major units). */
    public double major(long minor) {
        Plan plan = calendar.planProperty().get();
        return minor / Math.pow(10, CurrencyCode.fractionDigits(plan == null ? "" : plan.currency()));
    }

    public ObservableList<Row> months() {
        return months;
    }

    public ObservableList<Row> channels() {
        return channels;
    }

    public ObservableList<PlanningYear> years() {
        return years;
    }

    public ObjectProperty<PlanningYear> yearProperty() {
        return year;
    }

    public ReadOnlyStringProperty totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty budgetLineProperty() {
        return budgetLine.getReadOnlyProperty();
    }
}
