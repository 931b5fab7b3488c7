package org.tandem.ui.salesplan;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.tandem.domain.Figure;
import org.tandem.domain.InvalidInput;
import org.tandem.domain.Objective;
import org.tandem.domain.Priority;
import org.tandem.domain.SalesMetric;
import org.tandem.domain.SalesPeriod;
import org.tandem.domain.SalesPlan;
import org.tandem.domain.SalesPlanFigures;
import org.tandem.domain.SalesText;
import org.tandem.domain.Segment;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Step 1: the period, the objectives with their SMART check, the strategy, and the funnel calculator. */
public final class ObjectivesStepViewModel extends StepViewModel {
    private final PeriodForm period;
    private final ObjectiveForm objective;
    private final ReadOnlyStringWrapper smart = new ReadOnlyStringWrapper(this, "smart", "");
    private final ReadOnlyStringWrapper revenueTarget = new ReadOnlyStringWrapper(this, "revenueTarget", "");
    private final ReadOnlyStringWrapper dealsNeeded = new ReadOnlyStringWrapper(this, "dealsNeeded", "");
    private final ReadOnlyStringWrapper leadsNeeded = new ReadOnlyStringWrapper(this, "leadsNeeded", "");
    private final ReadOnlyStringWrapper leadsPerMonth = new ReadOnlyStringWrapper(this, "leadsPerMonth", "");
    private final ReadOnlyStringWrapper campaignLeads = new ReadOnlyStringWrapper(this, "campaignLeads", "");
    private final ReadOnlyStringWrapper leadGap = new ReadOnlyStringWrapper(this, "leadGap", "");

    public ObjectivesStepViewModel(SalesPlanViewModel wizard) {
        super(wizard);
        this.period = new PeriodForm(wizard);
        this.objective = new ObjectiveForm();
        wizard.figuresProperty().addListener((o, was, now) -> changed());
        wizard.parts.objectives.addListener((javafx.collections.ListChangeListener<Objective>) c -> {
            if (objective.shown() != null && wizard.parts.objectives.stream().noneMatch(x -> x.id().equals(objective.shown().id()))) {
                objective.show(null);
            }
            refreshSmart();
        });
        refresh(wizard.figures());
    }

    @Override
    protected void refreshStep() {
        refresh(wizard.figures());
    }


    public PeriodForm period() {
        return period;
    }

    public ObjectiveForm objective() {
        return objective;
    }

    public ObservableList<Objective> objectives() {
        return wizard.parts.objectives;
    }

    public ObservableList<Segment> segments() {
        return wizard.segments();
    }

    public void select(Objective chosen) {
        objective.show(chosen);
        refreshSmart();
    }

    /** A new revenue objective, selected for editing. */
    public Objective add() {
        SalesPlan p = wizard.current();
        if (p == null) {
            return null;
        }
        Objective fresh = Objective.create(p.id(), wizard.parts.objectives.isEmpty() ? SalesMetric.REVENUE : SalesMetric.DEALS_CLOSED);
        wizard.put(wizard.parts.objectives, wizard.service().objectives(), fresh, Objective::id);
        select(fresh);
        return fresh;
    }

    public void removeSelected() {
        Objective chosen = objective.shown();
        if (chosen != null) {
            wizard.remove(wizard.parts.objectives, wizard.service().objectives(), chosen, Objective::id);
            objective.show(null);
        }
    }

    /** The SMART check for one objective: what it lacks, or that it is complete. */
    public String smartText(Objective o) {
        SalesPlan p = wizard.current();
        List<String> missing = o.missing(p == null ? null : p.period());
        return missing.isEmpty() ? "SMART: specific, measurable, owned and time-bound." : String.join("\n", missing);
    }

    /** The SMART column of the objectives table: "Complete", or how many things are missing and the first. */
    public String smartSummary(Objective o) {
        SalesPlan p = wizard.current();
        List<String> missing = o.missing(p == null ? null : p.period());
        return missing.isEmpty() ? "Complete" : missing.size() + " to add: " + missing.get(0);
    }

    private void refreshSmart() {
        Objective o = objective.shown();
        smart.set(o == null ? "" : smartText(o));
    }

    private void refresh(SalesPlanFigures f) {
        if (f == null) {
            for (ReadOnlyStringWrapper w : List.of(revenueTarget, dealsNeeded, leadsNeeded, leadsPerMonth, campaignLeads, leadGap)) {
                w.set("");
            }
            return;
        }
        var locale = wizard.locale();
        revenueTarget.set(SalesText.explained(f.revenueTarget(), locale));
        dealsNeeded.set(SalesText.explained(f.dealsNeeded(), locale));
        leadsNeeded.set(SalesText.explained(f.leadsNeeded(), locale));
        Map<YearMonth, Figure> months = f.wholeLeadsNeededPerMonth();
        leadsPerMonth.set(months.entrySet().stream().map(e -> e.getKey().getMonth().getDisplayName(TextStyle.SHORT, locale) + " "
                + SalesText.figure(e.getValue(), locale)).collect(Collectors.joining("   ")));
        campaignLeads.set(SalesText.figure(f.campaignLeads(), locale));
        Figure gap = f.leadGap();
        leadGap.set(!gap.known() ? SalesText.explained(gap, locale) : gap.value() <= 0
                ? "None: the campaigns bring " + SalesText.figure(-gap.value(), locale) + " more leads than needed"
                : SalesText.figure(gap.value(), locale) + " leads still to find");
        refreshSmart();
    }

    public ReadOnlyStringProperty smartProperty() {
        return smart.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty revenueTargetProperty() {
        return revenueTarget.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dealsNeededProperty() {
        return dealsNeeded.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty leadsNeededProperty() {
        return leadsNeeded.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty leadsPerMonthProperty() {
        return leadsPerMonth.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty campaignLeadsProperty() {
        return campaignLeads.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty leadGapProperty() {
        return leadGap.getReadOnlyProperty();
    }

    public void openCalendar() {
        wizard.openCalendarOnPeriod();
    }

    /** The sales plan's name, period, strategy and funnel inputs. */
    public static final class PeriodForm extends SalesPlanForm {
        private final StringProperty name = new SimpleStringProperty(this, "name", "");
        private final ObjectProperty<LocalDate> start = new SimpleObjectProperty<>(this, "start");
        private final ObjectProperty<LocalDate> end = new SimpleObjectProperty<>(this, "end");
        private final StringProperty segmentsTargeted = new SimpleStringProperty(this, "segmentsTargeted", "");
        private final StringProperty pricing = new SimpleStringProperty(this, "pricing", "");
        private final StringProperty retention = new SimpleStringProperty(this, "retention", "");
        private final StringProperty averageDealSize = new SimpleStringProperty(this, "averageDealSize", "");
        private final StringProperty conversionRate = new SimpleStringProperty(this, "conversionRate", "");

        PeriodForm(SalesPlanViewModel wizard) {
            super(wizard, List.of("name", "end", "averageDealSize", "conversionRate"));
            watch(name, start, end, segmentsTargeted, pricing, retention, averageDealSize, conversionRate);
            show(wizard.current());
        }

        @Override
        protected void fill(SalesPlan p) {
            name.set(p.name());
            start.set(p.period().start());
            end.set(p.period().end());
            segmentsTargeted.set(p.segmentsTargeted());
            pricing.set(p.pricing());
            retention.set(p.retention());
            averageDealSize.set(number(p.averageDealSize()));
            conversionRate.set(percentText(p.conversionRate()));
        }

        @Override
        protected SalesPlan withFields(SalesPlan now, List<InvalidInput> problems) {
            Double dealSize = optional(averageDealSize.get(), "averageDealSize", "the average deal size", problems);
            if (dealSize != null && dealSize < 0) {
                problems.add(new InvalidInput("averageDealSize", "The average deal size cannot be negative."));
            }
            Double conversion = percent(conversionRate.get(), "conversionRate", "the conversion rate", problems);
            if (name.get() == null || name.get().isBlank()) {
                problems.add(new InvalidInput("name", "Give the sales plan a name."));
            }
            SalesPeriod period = null;
            try {
                period = new SalesPeriod(start.get(), end.get());
            } catch (InvalidInput bad) {
                problems.add(new InvalidInput("end", bad.getMessage()));
            }
            if (!problems.isEmpty()) {
                return null;
            }
            return new SalesPlan(now.id(), now.planId(), name.get(), period, now.step(), segmentsTargeted.get(), pricing.get(),
                    retention.get(), dealSize, conversion, now.salesBudget(), now.marketingBudget(), now.thresholds(), now.createdAt(),
                    now.updatedAt());
        }

        /** The quarters the picker offers: last year to two years ahead. */
        public List<SalesPeriod> quarters() {
            List<SalesPeriod> quarters = new java.util.ArrayList<>();
            int year = wizard().today().getYear();
            for (int y = year - 1; y <= year + 2; y++) {
                for (int q = 1; q <= 4; q++) {
                    quarters.add(SalesPeriod.quarter(y, q));
                }
            }
            return quarters;
        }

        /** The quarter picker: sets both dates. */
        public void useQuarter(int year, int quarter) {
            SalesPeriod q = SalesPeriod.quarter(year, quarter);
            start.set(q.start());
            end.set(q.end());
        }

        public StringProperty nameProperty() {
            return name;
        }

        public ObjectProperty<LocalDate> startProperty() {
            return start;
        }

        public ObjectProperty<LocalDate> endProperty() {
            return end;
        }

        public StringProperty segmentsTargetedProperty() {
            return segmentsTargeted;
        }

        public StringProperty pricingProperty() {
            return pricing;
        }

        public StringProperty retentionProperty() {
            return retention;
        }

        public StringProperty averageDealSizeProperty() {
            return averageDealSize;
        }

        public StringProperty conversionRateProperty() {
            return conversionRate;
        }
    }

    /** The selected objective's fields. */
    public final class ObjectiveForm extends PartForm<Objective> {
        private final ObjectProperty<SalesMetric> metric = new SimpleObjectProperty<>(this, "metric", SalesMetric.REVENUE);
        private final StringProperty target = new SimpleStringProperty(this, "target", "");
        private final StringProperty baseline = new SimpleStringProperty(this, "baseline", "");
        private final StringProperty owner = new SimpleStringProperty(this, "owner", "");
        private final ObjectProperty<Segment> segment = new SimpleObjectProperty<>(this, "segment");
        private final ObjectProperty<Priority> priority = new SimpleObjectProperty<>(this, "priority", Priority.MEDIUM);

        ObjectiveForm() {
            super(wizard, List.of("target", "baseline"),
                    o -> wizard.put(wizard.parts.objectives, wizard.service().objectives(), o, Objective::id));
            watch(metric, target, baseline, owner, segment, priority);
        }

        @Override
        protected void fill(Objective o) {
            metric.set(o.metric());
            target.set(number(o.target()));
            baseline.set(number(o.baseline()));
            owner.set(o.owner());
            segment.set(wizard.segments().stream().filter(s -> s.id().equals(o.segmentId())).findFirst().orElse(null));
            priority.set(o.priority());
        }

        @Override
        protected Objective draft(Objective base, List<InvalidInput> problems) {
            Double t = optional(target.get(), "target", "the target", problems);
            Double b = optional(baseline.get(), "baseline", "the baseline", problems);
            if (!problems.isEmpty()) {
                return null;
            }
            Objective draft = new Objective(base.id(), base.salesPlanId(), metric.get(), t, b, owner.get(),
                    segment.get() == null ? null : segment.get().id(), priority.get());
            problems.addAll(draft.problems());
            return draft;
        }

        public ObjectProperty<SalesMetric> metricProperty() {
            return metric;
        }

        public StringProperty targetProperty() {
            return target;
        }

        public StringProperty baselineProperty() {
            return baseline;
        }

        public StringProperty ownerProperty() {
            return owner;
        }

        public ObjectProperty<Segment> segmentProperty() {
            return segment;
        }

        public ObjectProperty<Priority> priorityProperty() {
            return priority;
        }
    }
}
