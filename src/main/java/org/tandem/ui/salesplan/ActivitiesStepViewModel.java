package org.tandem.ui.salesplan;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.tandem.domain.ActivityType;
import org.tandem.domain.Cadence;
import org.tandem.domain.Figure;
import org.tandem.domain.InvalidInput;
import org.tandem.domain.Objective;
import org.tandem.domain.SalesActivity;
import org.tandem.domain.SalesPlan;
import org.tandem.domain.SalesPlanFigures;
import org.tandem.domain.SalesText;
import org.tandem.domain.Segment;

import java.util.List;

/** Step 2: the activities, their volumes and cadences, and the volumes the funnel suggests. */
public final class ActivitiesStepViewModel extends StepViewModel {
    private final ActivityForm activity;
    private final ReadOnlyStringWrapper suggestion = new ReadOnlyStringWrapper(this, "suggestion", "");
    private final javafx.beans.property.ReadOnlyBooleanWrapper suggestionReady = new javafx.beans.property.ReadOnlyBooleanWrapper(
            this, "suggestionReady");
    private Figure suggested = Figure.none("nothing selected");

    public ActivitiesStepViewModel(SalesPlanViewModel wizard) {
        super(wizard);
        this.activity = new ActivityForm();
        wizard.figuresProperty().addListener((o, was, now) -> changed());
        wizard.parts.activities.addListener((ListChangeListener<SalesActivity>) c -> {
            if (activity.shown() != null && wizard.parts.activities.stream().noneMatch(x -> x.id().equals(activity.shown().id()))) {
                activity.show(null);
            }
        });
    }

    @Override
    protected void refreshStep() {
        refreshSuggestion();
    }


    public ActivityForm activity() {
        return activity;
    }

    public ObservableList<SalesActivity> activities() {
        return wizard.parts.activities;
    }

    public ObservableList<Objective> objectives() {
        return wizard.parts.objectives;
    }

    public ObservableList<Segment> segments() {
        return wizard.segments();
    }

    public void select(SalesActivity chosen) {
        activity.show(chosen);
        refreshSuggestion();
    }

    public SalesActivity add(ActivityType type) {
        SalesPlan p = wizard.current();
        if (p == null) {
            return null;
        }
        SalesActivity fresh = SalesActivity.create(p.id(), type);
        // linked to every objective by default: most activities serve the plan as a whole
        fresh = new SalesActivity(fresh.id(), fresh.salesPlanId(), type, "", wizard.parts.objectives.stream().map(Objective::id).toList(), 0,
                Cadence.PER_WEEK, 0, 0, null, "", null);
        wizard.put(wizard.parts.activities, wizard.service().activities(), fresh, SalesActivity::id);
        select(fresh);
        return fresh;
    }

    public void removeSelected() {
        SalesActivity chosen = activity.shown();
        if (chosen != null) {
            wizard.remove(wizard.parts.activities, wizard.service().activities(), chosen, SalesActivity::id);
            activity.show(null);
        }
    }

    /** Takes the suggested volume for the selected activity. */
    public void acceptSuggestion() {
        if (activity.shown() != null && suggested.known()) {
            activity.volumeProperty().set(activity.number(suggested.value()));
        }
    }

    public String suggestionFor(SalesActivity a) {
        SalesPlanFigures f = wizard.figures();
        if (f == null) {
            return "";
        }
        Figure s = f.suggestedVolume(a);
        return s.known() ? SalesText.figure(s.value(), wizard.locale()) + " " + a.cadence() : Figure.DASH; // the reason is in the side panel
    }

    private void refreshSuggestion() {
        SalesActivity a = activity.shown();
        SalesPlanFigures f = wizard.figures();
        if (a == null || f == null) {
            suggested = Figure.none("nothing selected");
            suggestion.set("");
            suggestionReady.set(false);
            return;
        }
        suggested = f.suggestedVolume(a);
        suggestionReady.set(suggested.known());
        suggestion.set(suggested.known() ? "The funnel suggests " + SalesText.figure(suggested.value(), wizard.locale()) + " "
                + a.cadence() + why(a) : "No suggestion: " + suggested.reason() + ".");
    }

    private String why(SalesActivity a) {
        SalesPlanFigures f = wizard.figures();
        String rate = a.rate() == null ? "" : SalesText.figure(a.rate() * 100, wizard.locale()) + " %";
        if (a.type().findsLeads()) {
            return " (" + SalesText.figure(Math.max(0, f.leadGap().value()), wizard.locale()) + " leads missing after the campaigns, one lead"
                    + " per unit at " + rate + ").";
        }
        return " (to close " + SalesText.figure(f.dealsNeeded().value(), wizard.locale()) + " deals at a " + rate + " rate you need "
                + SalesText.figure(Math.ceil(f.dealsNeeded().value() / a.rate() - 1e-9), wizard.locale()) + " in the period).";
    }

    /** True when there is a suggested volume to take. */
    public javafx.beans.property.ReadOnlyBooleanProperty suggestionReadyProperty() {
        return suggestionReady.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty suggestionProperty() {
        return suggestion.getReadOnlyProperty();
    }

    /** The selected activity's fields. */
    public final class ActivityForm extends PartForm<SalesActivity> {
        private final ObjectProperty<ActivityType> type = new SimpleObjectProperty<>(this, "type", ActivityType.PROSPECTING);
        private final StringProperty name = new SimpleStringProperty(this, "name", "");
        private final ObservableList<Objective> linked = FXCollections.observableArrayList();
        private final StringProperty volume = new SimpleStringProperty(this, "volume", "");
        private final ObjectProperty<Cadence> cadence = new SimpleObjectProperty<>(this, "cadence", Cadence.PER_WEEK);
        private final StringProperty hoursPerUnit = new SimpleStringProperty(this, "hoursPerUnit", "");
        private final StringProperty costPerUnit = new SimpleStringProperty(this, "costPerUnit", "");
        private final StringProperty rate = new SimpleStringProperty(this, "rate", "");
        private final StringProperty owner = new SimpleStringProperty(this, "owner", "");
        private final ObjectProperty<Segment> segment = new SimpleObjectProperty<>(this, "segment");
        private final ObjectProperty<Integer> linkedCount = new SimpleObjectProperty<>(0);

        ActivityForm() {
            super(wizard, List.of("volume", "hoursPerUnit", "costPerUnit", "rate"),
                    a -> wizard.put(wizard.parts.activities, wizard.service().activities(), a, SalesActivity::id));
            linked.addListener((ListChangeListener<Objective>) c -> linkedCount.set(linkedCount.get() + 1));
            watch(type, name, linkedCount, volume, cadence, hoursPerUnit, costPerUnit, rate, owner, segment);
        }

        @Override
        protected void fill(SalesActivity a) {
            type.set(a.type());
            name.set(a.name());
            linked.setAll(wizard.parts.objectives.stream().filter(o -> a.objectiveIds().contains(o.id())).toList());
            volume.set(number(a.volume()));
            cadence.set(a.cadence());
            hoursPerUnit.set(number(a.hoursPerUnit()));
            costPerUnit.set(number(a.costPerUnit()));
            rate.set(percentText(a.rate()));
            owner.set(a.owner());
            segment.set(wizard.segments().stream().filter(s -> s.id().equals(a.segmentId())).findFirst().orElse(null));
        }

        @Override
        protected SalesActivity draft(SalesActivity base, List<InvalidInput> problems) {
            double v = amount(volume.get(), "volume", "the volume", problems);
            double h = amount(hoursPerUnit.get(), "hoursPerUnit", "hours per unit", problems);
            double c = amount(costPerUnit.get(), "costPerUnit", "the cost per unit", problems);
            Double r = percent(rate.get(), "rate", "the rate", problems);
            if (!problems.isEmpty()) {
                return null;
            }
            return new SalesActivity(base.id(), base.salesPlanId(), type.get(), name.get(), linked.stream().map(Objective::id).toList(), v,
                    cadence.get(), h, c, r, owner.get(), segment.get() == null ? null : segment.get().id());
        }

        String number(double value) {
            return super.number(value);
        }

        public ObjectProperty<ActivityType> typeProperty() {
            return type;
        }

        public StringProperty nameProperty() {
            return name;
        }

        /** The objectives this activity serves (the screen's check list edits it). */
        public ObservableList<Objective> linked() {
            return linked;
        }

        public StringProperty volumeProperty() {
            return volume;
        }

        public ObjectProperty<Cadence> cadenceProperty() {
            return cadence;
        }

        public StringProperty hoursPerUnitProperty() {
            return hoursPerUnit;
        }

        public StringProperty costPerUnitProperty() {
            return costPerUnit;
        }

        public StringProperty rateProperty() {
            return rate;
        }

        public StringProperty ownerProperty() {
            return owner;
        }

        public ObjectProperty<Segment> segmentProperty() {
            return segment;
        }
    }
}
