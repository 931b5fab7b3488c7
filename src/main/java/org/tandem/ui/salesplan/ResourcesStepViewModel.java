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
import org.tandem.domain.Capacity;
import org.tandem.domain.InvalidInput;
import org.tandem.domain.SalesPerson;
import org.tandem.domain.SalesPlan;
import org.tandem.domain.SalesPlanFigures;
import org.tandem.domain.SalesText;
import org.tandem.domain.SalesTool;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Step 3: people and their hours, budgets, tools, and the capacity check (a warning, never a block). */
public final class ResourcesStepViewModel extends StepViewModel {
    /** One line of the capacity table. */
    public record LoadRow(String who, String needed, String available, String used, boolean over) {
    }

    private final PersonForm person;
    private final ToolForm tool;
    private final BudgetForm budget;
    private final ObservableList<LoadRow> loads = FXCollections.observableArrayList();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper money = new ReadOnlyStringWrapper(this, "money", "");

    public ResourcesStepViewModel(SalesPlanViewModel wizard) {
        super(wizard);
        this.person = new PersonForm();
        this.tool = new ToolForm();
        this.budget = new BudgetForm(wizard);
        wizard.figuresProperty().addListener((o, was, now) -> changed());
        wizard.parts.people.addListener((ListChangeListener<SalesPerson>) c -> {
            if (person.shown() != null && wizard.parts.people.stream().noneMatch(x -> x.id().equals(person.shown().id()))) {
                person.show(null);
            }
        });
        refresh(wizard.figures());
    }

    @Override
    protected void refreshStep() {
        refresh(wizard.figures());
    }


    public SalesPerson addPerson() {
        SalesPlan p = wizard.current();
        if (p == null) {
            return null;
        }
        SalesPerson fresh = new SalesPerson(UUID.randomUUID(), p.id(), "", Capacity.Role.SALES, 0);
        wizard.put(wizard.parts.people, wizard.service().people(), fresh, SalesPerson::id);
        person.show(fresh);
        return fresh;
    }

    public void removePerson() {
        if (person.shown() != null) {
            wizard.remove(wizard.parts.people, wizard.service().people(), person.shown(), SalesPerson::id);
            person.show(null);
        }
    }

    public SalesTool addTool() {
        SalesPlan p = wizard.current();
        if (p == null) {
            return null;
        }
        SalesTool fresh = new SalesTool(UUID.randomUUID(), p.id(), "", 0);
        wizard.put(wizard.parts.tools, wizard.service().tools(), fresh, SalesTool::id);
        tool.show(fresh);
        return fresh;
    }

    public void removeTool() {
        if (tool.shown() != null) {
            wizard.remove(wizard.parts.tools, wizard.service().tools(), tool.shown(), SalesTool::id);
            tool.show(null);
        }
    }

    private void refresh(SalesPlanFigures f) {
        if (f == null) {
            loads.clear();
            warnings.clear();
            money.set("");
            return;
        }
        Locale locale = wizard.locale();
        List<LoadRow> rows = new ArrayList<>();
        for (Capacity.Load load : f.loadsPerPerson()) {
            rows.add(row(load, locale));
        }
        for (Capacity.Load load : f.loadsPerRole().values()) {
            rows.add(row(new Capacity.Load("All " + load.who().toLowerCase(Locale.ROOT), load.needed(), load.available()), locale));
        }
        loads.setAll(rows);
        warnings.setAll(f.warnings());
        money.set("Needed in the period: " + SalesText.figure(f.moneyNeeded(), locale) + " (activities "
                + SalesText.figure(f.activitiesCost(), locale) + ", tools " + SalesText.figure(f.toolsCost(), locale)
                + ", campaigns " + SalesText.figure(f.campaignsCost(), locale) + ").  Budget left: "
                + SalesText.explained(f.moneyLeft(), locale) + ".");
    }

    private static LoadRow row(Capacity.Load load, Locale locale) {
        return new LoadRow(load.who(), SalesText.figure(load.needed(), locale) + " h", SalesText.figure(load.available(), locale) + " h",
                // said in words as well as in red: colour alone does not tell everyone
                SalesText.percent(load.used(), locale) + (load.over() ? "  \u26A0 over" : ""), load.over());
    }

    /** How a row's hours are worked out: the row chosen, or the first one. */
    public org.tandem.domain.Explanation explainLoad(LoadRow row) {
        SalesPlanFigures f = wizard.figures();
        if (f == null) {
            return null;
        }
        List<Capacity.Load> all = new ArrayList<>(f.loadsPerPerson());
        all.addAll(f.loadsPerRole().values());
        return all.stream().filter(l -> row == null || l.who().equals(row.who()) || ("All " + l.who().toLowerCase(Locale.ROOT)).equals(row.who()))
                .findFirst().map(l -> explanations().load(l)).orElse(null);
    }

    public PersonForm person() {
        return person;
    }

    public ToolForm tool() {
        return tool;
    }

    public BudgetForm budget() {
        return budget;
    }

    public ObservableList<SalesPerson> people() {
        return wizard.parts.people;
    }

    public ObservableList<SalesTool> tools() {
        return wizard.parts.tools;
    }

    public ObservableList<LoadRow> loads() {
        return loads;
    }

    public ObservableList<String> warnings() {
        return warnings;
    }

    public ReadOnlyStringProperty moneyProperty() {
        return money.getReadOnlyProperty();
    }

    public final class PersonForm extends PartForm<SalesPerson> {
        private final StringProperty name = new SimpleStringProperty(this, "name", "");
        private final ObjectProperty<Capacity.Role> role = new SimpleObjectProperty<>(this, "role", Capacity.Role.SALES);
        private final StringProperty hours = new SimpleStringProperty(this, "hours", "");

        PersonForm() {
            super(wizard, List.of("name", "hours"), p -> wizard.put(wizard.parts.people, wizard.service().people(), p, SalesPerson::id));
            watch(name, role, hours);
        }

        @Override
        protected void fill(SalesPerson p) {
            name.set(p.name());
            role.set(p.role());
            hours.set(number(p.hoursPerWeek()));
        }

        @Override
        protected SalesPerson draft(SalesPerson base, List<InvalidInput> problems) {
            double h = amount(hours.get(), "hours", "hours a week", problems);
            if (h > 168) {
                problems.add(new InvalidInput("hours", "A week has 168 hours."));
            }
            return problems.isEmpty() ? new SalesPerson(base.id(), base.salesPlanId(), name.get(), role.get(), h) : null;
        }

        public StringProperty nameProperty() {
            return name;
        }

        public ObjectProperty<Capacity.Role> roleProperty() {
            return role;
        }

        public StringProperty hoursProperty() {
            return hours;
        }
    }

    public final class ToolForm extends PartForm<SalesTool> {
        private final StringProperty name = new SimpleStringProperty(this, "name", "");
        private final StringProperty cost = new SimpleStringProperty(this, "cost", "");

        ToolForm() {
            super(wizard, List.of("name", "cost"), t -> wizard.put(wizard.parts.tools, wizard.service().tools(), t, SalesTool::id));
            watch(name, cost);
        }

        @Override
        protected void fill(SalesTool t) {
            name.set(t.name());
            cost.set(number(t.cost()));
        }

        @Override
        protected SalesTool draft(SalesTool base, List<InvalidInput> problems) {
            double c = amount(cost.get(), "cost", "the cost", problems);
            return problems.isEmpty() ? new SalesTool(base.id(), base.salesPlanId(), name.get(), c) : null;
        }

        public StringProperty nameProperty() {
            return name;
        }

        public StringProperty costProperty() {
            return cost;
        }
    }

    /** The sales and marketing budgets for the period. */
    public static final class BudgetForm extends SalesPlanForm {
        private final StringProperty salesBudget = new SimpleStringProperty(this, "salesBudget", "");
        private final StringProperty marketingBudget = new SimpleStringProperty(this, "marketingBudget", "");

        BudgetForm(SalesPlanViewModel wizard) {
            super(wizard, List.of("salesBudget", "marketingBudget"));
            watch(salesBudget, marketingBudget);
            show(wizard.current());
        }

        @Override
        protected void fill(SalesPlan p) {
            salesBudget.set(number(p.salesBudget()));
            marketingBudget.set(number(p.marketingBudget()));
        }

        @Override
        protected SalesPlan withFields(SalesPlan now, List<InvalidInput> problems) {
            Double sales = optional(salesBudget.get(), "salesBudget", "the sales budget", problems);
            Double marketing = optional(marketingBudget.get(), "marketingBudget", "the marketing budget", problems);
            if (!problems.isEmpty()) {
                return null;
            }
            return new SalesPlan(now.id(), now.planId(), now.name(), now.period(), now.step(), now.segmentsTargeted(), now.pricing(),
                    now.retention(), now.averageDealSize(), now.conversionRate(), sales, marketing, now.thresholds(), now.createdAt(),
                    now.updatedAt());
        }

        public StringProperty salesBudgetProperty() {
            return salesBudget;
        }

        public StringProperty marketingBudgetProperty() {
            return marketingBudget;
        }
    }
}
