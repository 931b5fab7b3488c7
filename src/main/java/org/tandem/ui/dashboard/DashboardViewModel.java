package org.tandem.ui.dashboard;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tandem.domain.Destination;
import org.tandem.domain.Plan;
import org.tandem.domain.PlanStatus;
import org.tandem.domain.SalesPlan;
import org.tandem.domain.StatusInputs;
import org.tandem.service.DashboardService;
import org.tandem.ui.common.ErrorReporter;
import org.tandem.ui.common.PlanHistories;
import org.tandem.ui.common.TaskRunner;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The open plan at a glance for both hats: its own fields, and the dashboard's figures for the
 * chosen sales plan, worked out on the store thread. Clicking a figure sends the user to its source.
 */
public final class DashboardViewModel {
    private static final System.Logger LOG = System.getLogger(DashboardViewModel.class.getName());
    /** Passes over the sample a rehearsal makes: enough for the JVM to compile what a big plan's figures run. */
    static final int REHEARSALS = 20;
    private final DashboardService service;
    private final TaskRunner runner;
    private final ErrorReporter errors;
    private final Locale locale;
    private final Clock clock;
    private final Consumer<Destination> opener;
    /** Where the rehearsal runs: not the store's thread, which the user's own reads and writes wait for. */
    private final java.util.concurrent.Executor background;
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name", "");
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper(this, "description", "");
    private final ReadOnlyStringWrapper currency = new ReadOnlyStringWrapper(this, "currency", "");
    private final ReadOnlyStringWrapper planningYear = new ReadOnlyStringWrapper(this, "planningYear", "");
    private final ReadOnlyObjectWrapper<PlanStatus> status = new ReadOnlyObjectWrapper<>(this, "status");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private final ObservableList<SalesPlan> salesPlans = FXCollections.observableArrayList();
    private final ObservableList<SalesPlan> salesPlansView = FXCollections.unmodifiableObservableList(salesPlans);
    private final ReadOnlyObjectWrapper<SalesPlan> chosen = new ReadOnlyObjectWrapper<>(this, "chosen");
    private final ScenariosViewModel scenarios;
    private Plan shown;
    private UUID chosenId;
    private int reading;
    /** The plan, sales plan and day of the figures shown, and the database's change mark they were read at. */
    private String readAt;
    /** Whether figures of a plan with content were worked out in this window (then there is nothing to rehearse). */
    private boolean figuresWorkedOut;

    public DashboardViewModel(DashboardService service, TaskRunner runner, ErrorReporter errors, Locale locale, Clock clock,
                              Consumer<Destination> opener, PlanHistories histories, org.tandem.ui.common.Debouncer autosave,
                              java.util.concurrent.Executor background) {
        this.service = service;
        this.background = background;
        this.runner = runner;
        this.errors = errors;
        this.locale = locale;
        this.clock = clock;
        this.opener = opener;
        this.scenarios = new ScenariosViewModel(service, runner, errors, locale, histories, autosave);
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty descriptionProperty() {
        return description.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty currencyProperty() {
        return currency.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty planningYearProperty() {
        return planningYear.getReadOnlyProperty();
    }

    /** The dashboard's figures; null while none are read (no plan, or the first read still running). */
    public ReadOnlyObjectProperty<PlanStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The plan's sales plans, for the chooser. */
    public ObservableList<SalesPlan> salesPlans() {
        return salesPlansView;
    }

    public ReadOnlyObjectProperty<SalesPlan> chosenProperty() {
        return chosen.getReadOnlyProperty();
    }

    public ScenariosViewModel scenarios() {
        return scenarios;
    }

    public Locale locale() {
        return locale;
    }

    public void show(Plan plan) {
        if (plan == null || shown == null || !plan.id().equals(shown.id())) {
            chosenId = null;
        }
        shown = plan;
        if (plan == null) {
            name.set("");
            description.set("");
            currency.set("");
            planningYear.set("");
            status.set(null);
            salesPlans.clear();
            chosen.set(null);
            scenarios.show(null);
            return;
        }
        name.set(plan.name());
        description.set(plan.description().isBlank() ? "No description yet: use Plan actions > Rename / edit to add one."
                : plan.description());
        currency.set(currencyText(plan.currency()));
        planningYear.set(planningYearText(plan.firstMonth()));
        refresh();
    }

    /** Reads the figures again (the dashboard came back into view, or another sales plan was chosen). */
    public void refresh() {
        Plan plan = shown;
        if (plan == null) {
            return;
        }
        int read = ++reading;
        UUID salesPlan = chosenId;
        LocalDate today = LocalDate.now(clock);
        loading.set(true);
        String key = plan.id() + "/" + salesPlan + "/" + today;
        runner.run(() -> {
            String mark = service.changeMark(); // before reading: a write meanwhile moves it past what was read
            return service.read(plan.id(), salesPlan, today).map(in -> new Read(in, PlanStatus.of(in, locale), mark)).orElse(null);
        }, done -> {
            if (read != reading) {
                return;
            }
            loading.set(false);
            if (done == null) {
                status.set(null);
                return;
            }
            readAt = key + "@" + done.mark();
            figuresWorkedOut |= !done.status().empty();
            salesPlans.setAll(done.inputs().salesPlans());
            chosen.set(done.status().salesPlan());
            scenarios.show(done.inputs());
            status.set(done.status());
        }, e -> {
            loading.set(false);
            errors.report("work out the dashboard", e);
        });
    }

    /**
     * The dashboard came back into view: works the figures out again only if anything was written since they were
     * (on another screen, by another program) or the day turned; otherwise they stand as they are.
     */
    public void refreshIfChanged() {
        Plan plan = shown;
        if (plan == null) {
            return;
        }
        String key = plan.id() + "/" + chosenId + "/" + LocalDate.now(clock);
        runner.run(service::changeMark, mark -> {
            if (shown == plan && !(key + "@" + mark).equals(readAt)) {
                refresh();
            }
        }, e -> refresh());
    }

    /** Shows the dashboard for another of the plan's sales plans. */
    public void choose(SalesPlan salesPlan) {
        if (salesPlan != null && (chosen.get() == null || !salesPlan.id().equals(chosen.get().id()))) {
            chosenId = salesPlan.id();
            refresh();
        }
    }

    /**
     * Works the dashboard out on the bundled sample, in the background, when no plan with content had its figures worked
     * out in this window yet (it opened on an empty plan): the first such plan opened after it shows sooner. {@code done}
     * runs on the JavaFX thread with the sample's figures, or with null when there was nothing to rehearse or the
     * rehearsal failed (nothing of it is the user's, so a failure is only logged).
     */
    public void rehearse(Consumer<PlanStatus> done) {
        if (figuresWorkedOut) {
            done.accept(null);
            return;
        }
        LocalDate today = LocalDate.now(clock);
        java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return DashboardService.rehearse(REHEARSALS, today, locale);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, background).whenComplete((status, failure) -> {
            if (failure != null) {
                LOG.log(System.Logger.Level.INFO, "The dashboard's rehearsal on the sample did not run", failure);
            }
            PlanStatus result = failure == null ? status : null;
            runner.run(() -> result, done, e -> done.accept(null)); // handed back on the JavaFX thread
        });
    }

    /** Sends the user where a figure comes from. */
    public void open(Destination destination) {
        if (destination != null) {
            opener.accept(destination);
        }
    }

    private record Read(StatusInputs inputs, PlanStatus status, String mark) {
    }

    String currencyText(String code) {
        try {
            return code + " (" + Currency.getInstance(code).getDisplayName(locale) + ")";
        } catch (IllegalArgumentException unknown) {
            return code;
        }
    }

    String planningYearText(Month first) {
        Month last = first.minus(1);
        return "Planning year " + first.getDisplayName(TextStyle.FULL, locale) + " to " + last.getDisplayName(TextStyle.FULL, locale);
    }
}
