package org.tandem.ui.salesplan;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tandem.domain.ActivityType;
import org.tandem.domain.ActualsCsv;
import org.tandem.domain.ActualsGrid;
import org.tandem.domain.InvalidInput;
import org.tandem.domain.Measure;
import org.tandem.domain.NumberText;
import org.tandem.domain.Objective;
import org.tandem.domain.SalesActivity;
import org.tandem.domain.SalesActual;
import org.tandem.domain.SalesActuals;
import org.tandem.domain.SalesMetric;
import org.tandem.domain.SalesPlan;
import org.tandem.domain.SalesText;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Step 5: actuals typed in or imported from CSV with a preview, and the charts that compare them with the plan. */
public final class AssessStepViewModel extends StepViewModel {
    /** A chart line: days and values. */
    public record Series(String name, List<SalesActuals.Point> points) {
    }

    /** A row of the actuals grid as shown: its days, its label, and the figure per measure code as text. */
    public record GridRow(ActualsGrid.Row row, String label, Map<String, String> cells) {
        public String cell(String measure) {
            return cells.getOrDefault(measure, "");
        }
    }

    /** Planned against done for one kind of activity, over the period so far. */
    public record Volume(String activity, double planned, double done) {
    }

    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>(this, "day");
    private final ObjectProperty<Measure> measure = new SimpleObjectProperty<>(this, "measure", Measure.LEADS);
    private final StringProperty value = new SimpleStringProperty(this, "value", "");
    private final ReadOnlyStringWrapper dayError = new ReadOnlyStringWrapper(this, "dayError", "");
    private final ReadOnlyStringWrapper valueError = new ReadOnlyStringWrapper(this, "valueError", "");
    private final ActualsImportViewModel csv;
    private final ObjectProperty<Objective> chartedObjective = new SimpleObjectProperty<>(this, "chartedObjective");
    private final ObjectProperty<ActualsGrid.Bucket> bucket = new SimpleObjectProperty<>(this, "bucket", ActualsGrid.Bucket.WEEK);
    private final ObservableList<Measure> gridMeasures = FXCollections.observableArrayList();
    private final ObservableList<GridRow> grid = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper gridError = new ReadOnlyStringWrapper(this, "gridError", "");

    public AssessStepViewModel(SalesPlanViewModel wizard) {
        super(wizard);
        this.csv = new ActualsImportViewModel(wizard);
        wizard.parts.actuals.addListener((javafx.collections.ListChangeListener<SalesActual>) c -> changed());
        wizard.parts.objectives.addListener((javafx.collections.ListChangeListener<Objective>) c -> changed());
        wizard.parts.activities.addListener((javafx.collections.ListChangeListener<SalesActivity>) c -> changed());
        wizard.currentProperty().addListener((o, was, now) -> {
            if (now == null || was == null || !now.id().equals(was.id()) || !now.period().equals(was.period())) {
                changed();
            }
        });
        bucket.addListener((o, was, now) -> refreshGrid());
        wizard.currentProperty().addListener((o, was, now) -> {
            if (now != null && (day.get() == null || was == null || !was.id().equals(now.id()))) {
                day.set(defaultDay(now));
            }
        });
        refreshGrid();
    }

    @Override
    protected void refreshStep() {
        refreshGrid();
    }


    /** The grid's columns: the objectives' metrics, the funnel (leads, deals, revenue) and the activities planned. */
    private List<Measure> measuresInUse() {
        java.util.Set<String> used = new java.util.LinkedHashSet<>();
        used.add(Measure.LEADS.code());
        used.add(SalesMetric.DEALS_CLOSED.code());
        used.add(SalesMetric.REVENUE.code());
        wizard.parts.objectives.forEach(o -> used.add(o.metric().code()));
        wizard.parts.activities.forEach(a -> used.add(a.type().code()));
        return Measure.all().stream().filter(m -> used.contains(m.code())).toList();
    }

    private void refreshGrid() {
        SalesPlan p = wizard.current();
        List<Measure> measures = measuresInUse();
        if (!measures.equals(gridMeasures)) {
            gridMeasures.setAll(measures);
        }
        if (p == null) {
            grid.clear();
            return;
        }
        List<ActualsGrid.Row> days = ActualsGrid.rows(p.period(), bucket.get());
        List<Map<String, Double>> figures = ActualsGrid.table(days, measures, wizard.parts.actuals);
        List<GridRow> rows = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            Map<String, String> texts = new LinkedHashMap<>();
            figures.get(i).forEach((code, value) -> texts.put(code, SalesText.figure(value, wizard.locale())));
            rows.add(new GridRow(days.get(i), days.get(i).label(bucket.get(), wizard.locale()), texts));
        }
        grid.setAll(rows);
    }

    /**
     * Types a figure into the grid: the row's actuals of that measure become this one figure on the
     * row's last day; an empty cell removes them. A bad number is refused with a message.
     */
    public boolean setCell(GridRow row, Measure measure, String text) {
        gridError.set("");
        SalesPlan p = wizard.current();
        if (p == null) {
            return false;
        }
        SalesActual replacement = null;
        if (text != null && !text.isBlank()) {
            double figure;
            try {
                figure = NumberText.parse(text, wizard.locale(), "value", "a value").doubleValue();
            } catch (InvalidInput bad) {
                gridError.set(row.label() + ", " + measure.label() + ": " + bad.getMessage());
                refreshGrid();
                return false;
            }
            if (figure < 0 && measure.counted()) {
                gridError.set(row.label() + ", " + measure.label() + ": a count or amount cannot be negative.");
                refreshGrid();
                return false;
            }
            replacement = new SalesActual(UUID.randomUUID(), p.id(), row.row().to(), measure.code(), figure);
        }
        replaceActuals(measure.code(), row.row().from(), row.row().to(), replacement);
        return true;
    }

    /**
     * One grid cell typed over: the measure's actuals in [from, to] become {@code replacement} (or none), in one
     * transaction; a step of the plan's history (undo puts the cell's actuals back).
     */
    private void replaceActuals(String measure, java.time.LocalDate from, java.time.LocalDate to, SalesActual replacement) {
        SalesPlan p = wizard.current();
        if (p == null) {
            return;
        }
        wizard.flush();
        List<SalesActual> before = wizard.parts.actuals.stream()
                .filter(a -> a.measure().equals(measure) && !a.day().isBefore(from) && !a.day().isAfter(to)).toList();
        List<SalesActual> after = replacement == null ? List.of() : List.of(replacement);
        putActuals(p, measure, from, to, after);
        wizard.history().record("change " + measure + " to " + to, p.id(),
                forward -> putActuals(p, measure, from, to, forward ? after : before),
                forward -> wizard.runner().run(() -> {
                    wizard.service().replaceActuals(p.id(), measure, from, to, forward ? after : before);
                    return null;
                }, x -> { }, e -> wizard.errors().report("save the actual", e)));
    }

    private void putActuals(SalesPlan p, String measure, java.time.LocalDate from, java.time.LocalDate to, List<SalesActual> now) {
        wizard.parts.actuals.removeIf(a -> a.measure().equals(measure) && !a.day().isBefore(from) && !a.day().isAfter(to));
        wizard.parts.actuals.addAll(now);
        wizard.recompute();
        wizard.runner().run(() -> {
            wizard.service().replaceActuals(p.id(), measure, from, to, now);
            return null;
        }, x -> { }, e -> {
            wizard.errors().report("save the actual", e);
            wizard.open(p);
        });
    }

    private LocalDate defaultDay(SalesPlan p) {
        LocalDate today = wizard.today();
        return today.isBefore(p.period().start()) || today.isAfter(p.period().end()) ? p.period().start() : today;
    }

    /** Adds the typed actual when it is valid; the problem shows at its field otherwise. */
    public boolean add() {
        dayError.set("");
        valueError.set("");
        SalesPlan p = wizard.current();
        if (p == null) {
            return false;
        }
        if (day.get() == null || day.get().isBefore(p.period().start()) || day.get().isAfter(p.period().end())) {
            dayError.set("Choose a day inside the period " + p.period().label() + ".");
            return false;
        }
        double figure;
        try {
            figure = NumberText.parse(value.get(), wizard.locale(), "value", "a value").doubleValue();
        } catch (InvalidInput bad) {
            valueError.set(bad.getMessage());
            return false;
        }
        if (figure < 0 && measure.get().counted()) {
            valueError.set("A count or amount cannot be negative.");
            return false;
        }
        SalesActual actual = new SalesActual(UUID.randomUUID(), p.id(), day.get(), measure.get().code(), figure);
        wizard.put(wizard.parts.actuals, wizard.service().actuals(), actual, SalesActual::id);
        value.set("");
        return true;
    }

    /** The CSV import with its preview and mapping. */
    public ActualsImportViewModel csv() {
        return csv;
    }

    /** Cumulative actual against the straight-line target for the charted objective. */
    public List<Series> objectiveChart() {
        Objective o = chartedObjective.get();
        SalesPlan p = wizard.current();
        if (o == null || p == null || wizard.figures() == null) {
            return List.of();
        }
        Measure m = Measure.of(o.metric());
        List<SalesActuals.Point> actual = new SalesActuals(wizard.parts.actuals).cumulative(m, p.period());
        List<SalesActuals.Point> target = new ArrayList<>();
        if (o.target() != null) {
            if (m.counted()) {
                target.add(new SalesActuals.Point(p.period().start(), 0));
            } else {
                target.add(new SalesActuals.Point(p.period().start(), o.target()));
            }
            target.add(new SalesActuals.Point(p.period().end(), o.target()));
        }
        return List.of(new Series("Actual", actual), new Series("Target", target));
    }

    /** Planned volume so far (pro rata to the last actual) against done, per kind of activity planned. */
    public List<Volume> volumes() {
        SalesPlan p = wizard.current();
        if (p == null) {
            return List.of();
        }
        SalesActuals all = new SalesActuals(wizard.parts.actuals);
        Map<ActivityType, Double> planned = new LinkedHashMap<>();
        for (SalesActivity a : wizard.parts.activities) {
            planned.merge(a.type(), a.unitsInPeriod(p.period()), Double::sum);
        }
        Map<ActivityType, double[]> byType = new LinkedHashMap<>();
        planned.forEach((type, units) -> {
            Measure m = Measure.of(type);
            LocalDate last = all.lastDay(m.code(), p.period());
            double share = last == null ? p.period().elapsed(wizard.today()) : p.period().elapsed(last);
            var done = all.reached(m, p.period());
            byType.put(type, new double[]{units * share, done.known() ? done.value() : 0});
        });
        List<Volume> volumes = new ArrayList<>();
        byType.forEach((t, v) -> volumes.add(new Volume(t.toString(), v[0], v[1])));
        return volumes;
    }

    /** Day 1 of the charts' axis. */
    public LocalDate periodStart() {
        SalesPlan p = wizard.current();
        return p == null ? wizard.today() : p.period().start();
    }

    public ObjectProperty<ActualsGrid.Bucket> bucketProperty() {
        return bucket;
    }

    public ObservableList<Measure> gridMeasures() {
        return gridMeasures;
    }

    public ObservableList<GridRow> grid() {
        return grid;
    }

    public ReadOnlyStringProperty gridErrorProperty() {
        return gridError.getReadOnlyProperty();
    }

    public ObservableList<SalesActual> actuals() {
        return wizard.parts.actuals;
    }

    public ObservableList<Objective> objectives() {
        return wizard.parts.objectives;
    }

    public List<Measure> measures() {
        return wizard.measures();
    }

    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    public ObjectProperty<Measure> measureProperty() {
        return measure;
    }

    public StringProperty valueProperty() {
        return value;
    }

    public ReadOnlyStringProperty dayErrorProperty() {
        return dayError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty valueErrorProperty() {
        return valueError.getReadOnlyProperty();
    }


    public ObjectProperty<Objective> chartedObjectiveProperty() {
        return chartedObjective;
    }
}
