package org.tandem.ui.dashboard;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.tandem.domain.InvalidInput;
import org.tandem.domain.NumberText;
import org.tandem.domain.Occurrence;
import org.tandem.domain.SalesPlanFigures;
import org.tandem.domain.Scenario;
import org.tandem.domain.ScenarioOutcome;
import org.tandem.domain.StatusInputs;
import org.tandem.service.DashboardService;
import org.tandem.ui.common.Edit;
import org.tandem.ui.common.ErrorReporter;
import org.tandem.ui.common.PlanHistories;
import org.tandem.ui.common.TaskRunner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.UUID;

/**
 * What-if scenarios of the dashboard's sales plan, side by side with the plan as it is. An edit
 * recomputes every column at once on this thread (the funnel arithmetic is cheap) and is saved on the
 * store thread; a value that is not a valid number shows its problem at the field and is not kept.
 * Every change is a step of the plan's undo history.
 */
public final class ScenariosViewModel {
    /** The columns a scenario's inputs are typed into; a channel's factor is {@code CHANNEL} plus its name. */
    public enum Field { NAME, CONVERSION, DEAL_SIZE, LEADS, HOURS, CHANNEL }

    private final DashboardService service;
    private final TaskRunner runner;
    private final ErrorReporter errors;
    private final Locale locale;
    private final PlanHistories histories;
    private final org.tandem.ui.common.Debouncer autosave;
    /** Scenarios typed into and not saved yet (saved when typing pauses, on leaving the field, and before quitting). */
    private final java.util.Map<UUID, Scenario> unsaved = new java.util.LinkedHashMap<>();
    /** Each field's scenario as it was when the user began typing in it: what a wrong value falls back to. */
    private final java.util.Map<String, Scenario> visitStart = new java.util.LinkedHashMap<>();
    private final ObservableList<Scenario> scenarios = FXCollections.observableArrayList();
    private final ObservableList<ScenarioOutcome> outcomes = FXCollections.observableArrayList();
    private final ObservableList<String> channels = FXCollections.observableArrayList();
    private final ObservableMap<String, String> problems = FXCollections.observableHashMap();
    // read-only views made once: a wrapper made per call drops its listeners when it is collected
    private final ObservableList<Scenario> scenariosView = FXCollections.unmodifiableObservableList(scenarios);
    private final ObservableList<ScenarioOutcome> outcomesView = FXCollections.unmodifiableObservableList(outcomes);
    private final ObservableList<String> channelsView = FXCollections.unmodifiableObservableList(channels);
    private final ObservableMap<String, String> problemsView = FXCollections.unmodifiableObservableMap(problems);
    private final ReadOnlyBooleanWrapper full = new ReadOnlyBooleanWrapper(this, "full", false);
    private SalesPlanFigures figures;
    private UUID planId;

    ScenariosViewModel(DashboardService service, TaskRunner runner, ErrorReporter errors, Locale locale, PlanHistories histories,
                       org.tandem.ui.common.Debouncer autosave) {
        this.service = service;
        this.autosave = autosave;
        this.runner = runner;
        this.errors = errors;
        this.locale = locale;
        this.histories = histories;
    }

    public ObservableList<Scenario> scenarios() {
        return scenariosView;
    }

    /** "As planned" first, then each scenario. */
    public ObservableList<ScenarioOutcome> outcomes() {
        return outcomesView;
    }

    /** Channels of the campaigns whose leads count for the sales plan: each can have its own factor. */
    public ObservableList<String> channels() {
        return channelsView;
    }

    /** Problems by {@link #key(UUID, Field, String)}: shown at their field. */
    public ObservableMap<String, String> problems() {
        return problemsView;
    }

    public ReadOnlyBooleanProperty fullProperty() {
        return full.getReadOnlyProperty();
    }

    public static String key(UUID scenario, Field field, String channel) {
        return scenario + "/" + field + (channel == null ? "" : "/" + channel);
    }

    void show(StatusInputs in) {
        endTyping();
        problems.clear();
        figures = in == null ? null : in.figures();
        planId = in == null ? null : in.plan().id();
        if (figures == null) {
            scenarios.clear();
            channels.clear();
            outcomes.clear();
            full.set(false);
            return;
        }
        TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (Occurrence o : figures.leadCampaigns()) {
            if (!o.campaign().channel().isEmpty()) {
                names.add(o.campaign().channel());
            }
        }
        channels.setAll(names);
        scenarios.setAll(in.scenarios());
        recompute();
    }

    /** Adds a scenario that starts as the plan is (up to five). */
    public void add() {
        if (figures == null || scenarios.size() >= Scenario.MAX) {
            return;
        }
        Scenario added = Scenario.create(figures.plan().id(), freeName());
        put(added);
        record(Edit.of("add scenario \"" + added.name() + "\"", () -> drop(added), () -> put(added)));
    }

    public void remove(UUID id) {
        find(id).ifPresent(gone -> {
            drop(gone);
            record(Edit.of("delete scenario \"" + gone.name() + "\"", () -> put(gone), () -> drop(gone)));
        });
    }

    /** Marks one scenario as the chosen one (choosing it again unmarks it). */
    public void choose(UUID id) {
        List<Scenario> before = List.copyOf(scenarios);
        List<Scenario> after = before.stream().map(s -> s.withChosen(s.id().equals(id) && !s.chosen())).toList();
        putAll(after);
        record(Edit.of("choose scenario", () -> putAll(before), () -> putAll(after)));
    }

    /**
     * A typed value: shown at once in every column when it is valid (saved once typing pauses), else its problem
     * shows at the field and the scenario goes back to what it was when the user began typing there. The visit
     * becomes one undo step when the user leaves the field ({@link #endTyping()}).
     */
    public void edit(UUID id, Field field, String channel, String text) {
        Scenario before = find(id).orElse(null);
        if (before == null) {
            return;
        }
        String key = key(id, field, channel);
        visitStart.putIfAbsent(key, before);
        Scenario after;
        try {
            after = changed(before, field, channel, text == null ? "" : text.strip());
            List<InvalidInput> found = after.problems();
            if (!found.isEmpty()) {
                throw found.get(0);
            }
            problems.remove(key);
        } catch (InvalidInput bad) {
            problems.put(key, bad.getMessage());
            after = visitStart.get(key);
        }
        if (after.equals(before)) {
            return;
        }
        show(after);
        saveSoon(after);
    }

    /** The user left a field: the next typing is an undo step of its own. */
    public void endTyping() {
        autosave.flush();
        // one undo step per field visit, from what the scenario was when typing began to what it is now
        for (Scenario start : visitStart.values()) {
            find(start.id()).filter(now -> !now.equals(start)).ifPresent(now ->
                    record(Edit.of("change scenario \"" + now.name() + "\"", () -> put(start), () -> put(now))));
        }
        visitStart.clear();
    }

    private Scenario changed(Scenario s, Field field, String channel, String text) {
        return switch (field) {
            case NAME -> s.withName(text);
            case CONVERSION -> s.withConversionRate(text.isEmpty() ? null : percent(text, "conversionRate", "a conversion rate"));
            case DEAL_SIZE -> s.withAverageDealSize(text.isEmpty() ? null
                    : NumberText.parse(text, locale, "averageDealSize", "an average deal size").doubleValue());
            case LEADS -> s.withLeadsFactor(text.isEmpty() ? 1 : percent(text, "leadsFactor", "a share of the leads"));
            case HOURS -> s.withHoursFactor(text.isEmpty() ? 1 : percent(text, "hoursFactor", "a share of the hours"));
            case CHANNEL -> s.withChannelFactor(channel, text.isEmpty() ? null : percent(text, "channelFactors", "a share of the leads"));
        };
    }

    /** "25", "25 %" or "25%" as 0.25. */
    private double percent(String text, String field, String what) {
        String number = text.endsWith("%") ? text.substring(0, text.length() - 1) : text;
        return NumberText.parse(number, locale, field, what).movePointLeft(2).doubleValue();
    }

    private String freeName() {
        for (String name : List.of("Cautious", "Expected", "Bold", "Best case", "Worst case")) {
            if (scenarios.stream().noneMatch(s -> s.name().equalsIgnoreCase(name))) {
                return name;
            }
        }
        return "Scenario " + (scenarios.size() + 1);
    }

    private java.util.Optional<Scenario> find(UUID id) {
        return scenarios.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    private void put(Scenario s) {
        putAll(List.of(s));
    }

    /** Shows (when this sales plan is on screen) and saves the scenarios given. */
    private void putAll(List<Scenario> changed) {
        // an undo or a redo puts a whole value back: what was left wrong in its fields gives way to it
        changed.forEach(c -> problems.keySet().removeIf(k -> k.startsWith(c.id() + "/")));
        changed.forEach(this::show);
        changed.forEach(s -> unsaved.remove(s.id()));
        save(List.copyOf(changed));
    }

    private void show(Scenario s) {
        if (figures != null && s.salesPlanId().equals(figures.plan().id())) {
            int at = indexOf(s.id());
            if (at >= 0) {
                scenarios.set(at, s);
            } else {
                scenarios.add(s);
            }
            recompute();
        }
    }

    private void saveSoon(Scenario s) {
        unsaved.put(s.id(), s);
        autosave.call(() -> {
            List<Scenario> typed = List.copyOf(unsaved.values());
            unsaved.clear();
            save(typed);
        });
    }

    private void save(List<Scenario> changed) {
        if (changed.isEmpty()) {
            return;
        }
        runner.run(() -> {
            service.saveScenarios(changed);
            return null;
        }, done -> { }, e -> errors.report("save the scenario", e));
    }

    private void drop(Scenario s) {
        unsaved.remove(s.id());
        if (figures != null && s.salesPlanId().equals(figures.plan().id())) {
            int at = indexOf(s.id());
            if (at >= 0) {
                scenarios.remove(at);
            }
            problems.keySet().removeIf(k -> k.startsWith(s.id() + "/"));
            recompute();
        }
        runner.run(() -> {
            service.deleteScenario(s.id());
            return null;
        }, done -> { }, e -> errors.report("delete the scenario", e));
    }

    private int indexOf(UUID id) {
        for (int i = 0; i < scenarios.size(); i++) {
            if (scenarios.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private void recompute() {
        outcomes.setAll(figures == null ? List.of() : ScenarioOutcome.all(figures, new ArrayList<>(scenarios)));
        full.set(scenarios.size() >= Scenario.MAX);
    }

    private void record(Edit edit) {
        if (planId != null) {
            histories.of(planId).record(edit);
        }
    }
}
