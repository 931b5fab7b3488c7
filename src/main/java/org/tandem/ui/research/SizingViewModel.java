package org.tandem.ui.research;

import org.tandem.service.ResearchService;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.tandem.domain.InvalidInput;
import org.tandem.domain.MarketSize;
import org.tandem.domain.MarketSizing;
import org.tandem.domain.NumberText;
import org.tandem.domain.Plan;
import org.tandem.domain.Segment;
import org.tandem.ui.common.Debouncer;
import org.tandem.ui.common.EditorForm;
import org.tandem.ui.common.PlanHistories;
import org.tandem.ui.common.ErrorReporter;
import org.tandem.ui.common.TaskRunner;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The plan's market sizing: TAM / SAM / SOM typed top-down, or bottom-up from the segments (kept
 * in step as segments change); growth typed or derived from two dated figures; and the projection.
 */
public final class SizingViewModel {
    public static final int PROJECTION_YEARS = 5;
    static final List<String> FIELDS = List.of("tam", "sam", "som", "share", "growthPercent", "firstValue", "secondValue", "date");

    /** One year of the projection, in major units. */
    public record Projected(int year, double tam, double sam, double som) {
    }

    private final ResearchService service;
    private final TaskRunner runner;
    private final ErrorReporter errors;
    private final PlanHistories histories;
    private final EditorForm<MarketSizing> form;
    private final Locale locale;
    private final ObservableList<Segment> segments;
    private final Supplier<Year> thisYear;

    private final ObjectProperty<MarketSizing.Method> method = new SimpleObjectProperty<>(this, "method", MarketSizing.Method.TOP_DOWN);
    private final StringProperty tam = new SimpleStringProperty(this, "tam", "");
    private final StringProperty sam = new SimpleStringProperty(this, "sam", "");
    private final StringProperty som = new SimpleStringProperty(this, "som", "");
    private final StringProperty share = new SimpleStringProperty(this, "share", "");
    private final StringProperty growth = new SimpleStringProperty(this, "growth", "");
    private final ObjectProperty<LocalDate> firstDate = new SimpleObjectProperty<>(this, "firstDate");
    private final StringProperty firstValue = new SimpleStringProperty(this, "firstValue", "");
    private final ObjectProperty<LocalDate> secondDate = new SimpleObjectProperty<>(this, "secondDate");
    private final StringProperty secondValue = new SimpleStringProperty(this, "secondValue", "");
    private final Map<String, ReadOnlyStringWrapper> fieldErrors = new HashMap<>();
    private final ReadOnlyStringWrapper figures = new ReadOnlyStringWrapper(this, "figures", "");
    private final ReadOnlyStringWrapper growthInForce = new ReadOnlyStringWrapper(this, "growthInForce", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ObservableList<Projected> projection = FXCollections.observableArrayList();
    private Plan plan;
    private MarketSizing loaded;
    private int digits = 2;

    public SizingViewModel(ResearchService service, TaskRunner runner, ErrorReporter errors, Debouncer autosave, Locale locale,
                           ObservableList<Segment> segments, Supplier<Year> thisYear) {
        this(service, runner, errors, autosave, locale, segments, thisYear, new PlanHistories());
    }

    public SizingViewModel(ResearchService service, TaskRunner runner, ErrorReporter errors, Debouncer autosave, Locale locale,
                           ObservableList<Segment> segments, Supplier<Year> thisYear, PlanHistories histories) {
        this.histories = histories;
        this.service = service;
        this.runner = runner;
        this.errors = errors;
        this.locale = locale;
        this.segments = segments;
        this.thisYear = thisYear;
        FIELDS.forEach(f -> fieldErrors.put(f, new ReadOnlyStringWrapper("")));
        this.form = new EditorForm<>(autosave, histories);
        form.serve(new EditorForm.Editor<>() {
            @Override
            public MarketSizing draft(MarketSizing stored) {
                MarketSizing draft = SizingViewModel.this.draft();
                show(draft == null ? stored : draft); // the figures follow what is stored, not the text on its way to a value
                return draft;
            }

            @Override
            public void write(MarketSizing version) {
                save(version);
            }

            @Override
            public void restore(MarketSizing version) {
                SizingViewModel.this.restore(version);
            }

            @Override
            public void refused() {
                status.set("Not saved: correct the marked field");
            }

            @Override
            public String stepName(MarketSizing now) {
                return "edit the market sizing";
            }

            @Override
            public UUID idOf(MarketSizing item) {
                return item.planId(); // one sizing per plan
            }

            @Override
            public UUID planOf(MarketSizing item) {
                return item.planId();
            }
        });
        form.watch(method, tam, sam, som, share, growth, firstDate, firstValue, secondDate, secondValue);
        segments.addListener((ListChangeListener<Segment>) change -> {
            if (method.get() == MarketSizing.Method.BOTTOM_UP) {
                form.changed(segments); // bottom-up figures follow the segments
            }
        });
    }

    public void showPlan(Plan plan) {
        form.show(null, () -> { }); // what waits for the plan shown before is saved first
        this.plan = plan;
        loaded = null;
        projection.clear();
        if (plan == null) {
            return;
        }
        digits = org.tandem.domain.CurrencyCode.fractionDigits(plan.currency());
        runner.run(() -> service.sizing(plan.id()), this::load, e -> errors.report("load the market sizing", e));
    }

    private void load(MarketSizing sizing) {
        form.show(sizing, () -> {
            loaded = sizing;
            method.set(sizing.method());
            tam.set(money(sizing.tam()));
            sam.set(money(sizing.sam()));
            som.set(money(sizing.som()));
            share.set(NumberText.formatNumber(sizing.sharePercent(), locale, 2));
            growth.set(sizing.growthPercent() == null ? "" : NumberText.formatNumber(sizing.growthPercent(), locale, 2));
            firstDate.set(sizing.first() == null ? null : sizing.first().date());
            firstValue.set(sizing.first() == null ? "" : money(sizing.first().value()));
            secondDate.set(sizing.second() == null ? null : sizing.second().date());
            secondValue.set(sizing.second() == null ? "" : money(sizing.second().value()));
            fieldErrors.values().forEach(e -> e.set(""));
            status.set("");
            show(sizing);
        });
    }

    /** Figures in force, growth in force and the projection, for a sizing that holds. */
    private void show(MarketSizing sizing) {
        MarketSize.Figures in = sizing.figures(segments);
        figures.set("TAM " + money(in.tam()) + "   SAM " + money(in.sam()) + "   SOM " + money(in.som()) + "  " + plan.currency());
        double rate = sizing.growth().orElse(0.0);
        if (sizing.first() != null && sizing.second() != null) {
            growthInForce.set(NumberText.formatNumber(rate, locale, 1) + " % a year: CAGR from " + sizing.first().date()
                    + " to " + sizing.second().date());
        } else if (sizing.growthPercent() != null) {
            growthInForce.set(NumberText.formatNumber(rate, locale, 1) + " % a year, as entered");
        } else {
            growthInForce.set("No growth rate yet: the projection stays flat. Enter a rate or two dated figures.");
        }
        List<Long> tams = MarketSize.project(in.tam(), rate, PROJECTION_YEARS);
        List<Long> sams = MarketSize.project(in.sam(), rate, PROJECTION_YEARS);
        List<Long> soms = MarketSize.project(in.som(), rate, PROJECTION_YEARS);
        double scale = Math.pow(10, digits);
        List<Projected> years = new ArrayList<>();
        int start = thisYear.get().getValue();
        for (int i = 0; i <= PROJECTION_YEARS; i++) {
            years.add(new Projected(start + i, tams.get(i) / scale, sams.get(i) / scale, soms.get(i) / scale));
        }
        projection.setAll(years);
    }

    /** The form as a sizing, or null with messages at the wrong fields. */
    private MarketSizing draft() {
        fieldErrors.values().forEach(e -> e.set(""));
        boolean topDown = method.get() == MarketSizing.Method.TOP_DOWN;
        Long tamMinor = topDown ? read(() -> NumberText.money(tam.get(), locale, digits, "tam", "the TAM")) : Long.valueOf(0);
        Long samMinor = topDown ? read(() -> NumberText.money(sam.get(), locale, digits, "sam", "the SAM")) : Long.valueOf(0);
        Long somMinor = topDown ? read(() -> NumberText.money(som.get(), locale, digits, "som", "the SOM")) : Long.valueOf(0);
        Double sharePct = topDown && share.get().isBlank() ? Double.valueOf(0)
                : read(() -> NumberText.parse(share.get(), locale, "share", "the share you expect to win").doubleValue());
        Double growthPct = growth.get().isBlank() ? Double.valueOf(Double.NaN)
                : read(() -> NumberText.parse(growth.get(), locale, "growthPercent", "a growth rate").doubleValue());
        MarketSizing.DatedFigure first = dated(firstDate.get(), firstValue.get(), "firstValue");
        MarketSizing.DatedFigure second = dated(secondDate.get(), secondValue.get(), "secondValue");
        boolean unreadable = tamMinor == null || samMinor == null || somMinor == null || sharePct == null || growthPct == null
                || fieldErrors.values().stream().anyMatch(e -> !e.get().isEmpty());
        if (unreadable) {
            return null;
        }
        MarketSizing draft = new MarketSizing(plan.id(), method.get(), tamMinor, samMinor, somMinor, sharePct,
                growthPct.isNaN() ? null : growthPct, first, second, loaded.updatedAt());
        List<InvalidInput> problems = new ArrayList<>(draft.problems());
        if (!topDown) {
            try {
                draft.figures(segments);
            } catch (InvalidInput tooLarge) {
                problems.add(tooLarge);
            }
        }
        for (InvalidInput problem : problems) {
            ReadOnlyStringWrapper error = fieldErrors.getOrDefault(problem.field(), fieldErrors.get("date"));
            if (error.get().isEmpty()) {
                error.set(problem.getMessage());
            }
        }
        return problems.isEmpty() ? draft : null;
    }

    private MarketSizing.DatedFigure dated(LocalDate date, String value, String field) {
        if (date == null && value.isBlank()) {
            return null;
        }
        if (date == null) {
            fieldErrors.get("date").set("Give the figure a date.");
            return null;
        }
        Long minor = read(() -> NumberText.money(value, locale, digits, field, "the market size on that date"));
        return minor == null ? null : new MarketSizing.DatedFigure(date, minor);
    }

    private <T> T read(Supplier<T> reading) {
        try {
            return reading.get();
        } catch (InvalidInput bad) {
            fieldErrors.get(bad.field()).set(bad.getMessage());
            return null;
        }
    }

    private void save(MarketSizing draft) {
        status.set("Saving…");
        runner.run(() -> service.saveSizing(draft), saved -> {
            loaded = saved;
            status.set("Saved");
        }, e -> {
            status.set("Not saved");
            errors.report("save the market sizing", e);
        });
    }

    /** Saves a version of the sizing from the history and shows it if its plan is shown. */
    private void restore(MarketSizing version) {
        runner.run(() -> service.saveSizing(version), saved -> {
            if (plan != null && plan.id().equals(saved.planId())) {
                load(saved);
            }
        }, e -> errors.report("undo the change", e));
    }

    private String money(long minor) {
        return NumberText.formatMoney(minor, locale, digits);
    }

    public ObjectProperty<MarketSizing.Method> methodProperty() {
        return method;
    }

    public StringProperty tamProperty() {
        return tam;
    }

    public StringProperty samProperty() {
        return sam;
    }

    public StringProperty somProperty() {
        return som;
    }

    public StringProperty shareProperty() {
        return share;
    }

    public StringProperty growthProperty() {
        return growth;
    }

    public ObjectProperty<LocalDate> firstDateProperty() {
        return firstDate;
    }

    public StringProperty firstValueProperty() {
        return firstValue;
    }

    public ObjectProperty<LocalDate> secondDateProperty() {
        return secondDate;
    }

    public StringProperty secondValueProperty() {
        return secondValue;
    }

    /** The message at a field: tam, sam, som, share, growthPercent, firstValue, secondValue or date. */
    public ReadOnlyStringProperty errorProperty(String field) {
        return fieldErrors.get(field).getReadOnlyProperty();
    }

    public ReadOnlyStringProperty figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty growthInForceProperty() {
        return growthInForce.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ObservableList<Projected> projection() {
        return projection;
    }
}
