package org.tandem.ui.calendar;

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
import org.tandem.domain.Campaign;
import org.tandem.domain.CampaignStatus;
import org.tandem.domain.CurrencyCode;
import org.tandem.domain.InvalidInput;
import org.tandem.domain.NumberText;
import org.tandem.domain.Occurrence;
import org.tandem.domain.Plan;
import org.tandem.domain.Recurrence;
import org.tandem.domain.Segment;
import org.tandem.ui.common.Debouncer;
import org.tandem.ui.common.EditorForm;
import org.tandem.ui.common.FieldProblems;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The side panel: every field of the selected campaign, saved as it is typed when it is valid, with
 * each problem shown at its field. For an occurrence of a series the user chooses whether an edit
 * is for the whole series or only that date.
 */
public final class CampaignEditorViewModel {
    /** How a campaign repeats, as the panel offers it. */
    public enum Repeat {
        NONE("Does not repeat"), WEEKLY("Every week"), EVERY_N_WEEKS("Every few weeks"), MONTHLY("Every month");

        private final String label;

        Repeat(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    static final List<String> FIELDS = List.of("name", "start", "end", "plannedBudget", "actualSpend", "expectedLeads", "actualLeads",
            "recurrence");

    private final CalendarViewModel calendar;
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty channel = new SimpleStringProperty(this, "channel", "");
    private final ObjectProperty<LocalDate> start = new SimpleObjectProperty<>(this, "start");
    private final ObjectProperty<LocalDate> end = new SimpleObjectProperty<>(this, "end");
    private final ObjectProperty<CampaignStatus> status = new SimpleObjectProperty<>(this, "status", CampaignStatus.PLANNED);
    private final StringProperty owner = new SimpleStringProperty(this, "owner", "");
    private final StringProperty role = new SimpleStringProperty(this, "role", "marketing");
    private final StringProperty plannedBudget = new SimpleStringProperty(this, "plannedBudget", "");
    private final StringProperty actualSpend = new SimpleStringProperty(this, "actualSpend", "");
    private final StringProperty expectedLeads = new SimpleStringProperty(this, "expectedLeads", "");
    private final StringProperty actualLeads = new SimpleStringProperty(this, "actualLeads", "");
    private final ObjectProperty<Segment> segment = new SimpleObjectProperty<>(this, "segment");
    private final StringProperty link = new SimpleStringProperty(this, "link", "");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final ObjectProperty<Repeat> repeat = new SimpleObjectProperty<>(this, "repeat", Repeat.NONE);
    private final StringProperty repeatWeeks = new SimpleStringProperty(this, "repeatWeeks", "2");
    private final ObjectProperty<LocalDate> repeatUntil = new SimpleObjectProperty<>(this, "repeatUntil");
    private final ObjectProperty<CalendarViewModel.Scope> scope = new SimpleObjectProperty<>(this, "scope", CalendarViewModel.Scope.SERIES);
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(this, "editing");
    private final ReadOnlyBooleanWrapper ofSeries = new ReadOnlyBooleanWrapper(this, "ofSeries");
    private final ReadOnlyStringWrapper occurrenceText = new ReadOnlyStringWrapper(this, "occurrenceText", "");
    private final ReadOnlyStringWrapper saved = new ReadOnlyStringWrapper(this, "saved", "");
    private final ObservableList<String> overlaps = FXCollections.observableArrayList();
    /** A problem of a field without its own message place shows under the name. */
    private final FieldProblems errors = new FieldProblems(FIELDS);
    private Occurrence shown;
    private boolean saving;
    private final EditorForm<Campaign> form;

    public CampaignEditorViewModel(CalendarViewModel calendar, Debouncer autosave) {
        this.calendar = calendar;
        // change listeners, not invalidation listeners: those fall silent until someone reads the value
        this.form = EditorForm.recordingItsOwnSteps(autosave, stored -> {
            saved.set("");
            return draft();
        }, this::write);
        form.watch(name, channel, start, end, status, owner, role, plannedBudget, actualSpend, expectedLeads, actualLeads, segment,
                link, notes, repeat, repeatWeeks, repeatUntil);
        calendar.selectedProperty().addListener((o, was, now) -> {
            if (saving) {
                return; // our own save coming back: leave the fields (and the caret) alone
            }
            if (now == null || was == null || !now.key().equals(was.key()) || !now.campaign().equals(was.campaign())) {
                show(now);
            }
        });
        calendar.changesProperty().addListener((o, was, now) -> refreshOverlaps());
    }

    private void show(Occurrence occurrence) {
        form.show(occurrence == null ? null : occurrence.campaign(), () -> fill(occurrence));
    }

    /** Sets every field from the occurrence (through the form's show(), so nothing counts as an edit). */
    private void fill(Occurrence occurrence) {
        shown = occurrence;
        editing.set(occurrence != null);
        ofSeries.set(occurrence != null && occurrence.ofSeries());
        errors.clear();
        saved.set("");
        if (occurrence == null) {
            overlaps.clear();
            return;
        }
        Campaign c = occurrence.campaign();
        int digits = digits();
        name.set(c.name());
        channel.set(c.channel());
        // the dates of the occurrence chosen; draft() maps them back to the series' first dates
        start.set(occurrence.start());
        end.set(occurrence.end());
        status.set(c.status());
        owner.set(c.owner());
        role.set(c.role());
        plannedBudget.set(NumberText.formatMoney(c.plannedBudget(), calendar.locale(), digits));
        actualSpend.set(NumberText.formatMoney(c.actualSpend(), calendar.locale(), digits));
        expectedLeads.set(NumberText.formatWhole(c.expectedLeads(), calendar.locale()));
        actualLeads.set(NumberText.formatWhole(c.actualLeads(), calendar.locale()));
        segment.set(calendar.segments().stream().filter(s -> s.id().equals(c.segmentId())).findFirst().orElse(null));
        link.set(c.link());
        notes.set(c.notes());
        Recurrence r = c.recurrence();
        repeat.set(r == null ? Repeat.NONE : r.frequency() == Recurrence.Frequency.MONTHLY ? Repeat.MONTHLY
                : r.interval() == 1 ? Repeat.WEEKLY : Repeat.EVERY_N_WEEKS);
        repeatWeeks.set(r == null || r.interval() < 2 ? "2" : Integer.toString(r.interval()));
        repeatUntil.set(r == null ? null : r.until());
        scope.set(CalendarViewModel.Scope.SERIES);
        occurrenceText.set(occurrence.ofSeries() ? "This one: " + CalendarText.range(occurrence.start(), occurrence.end(),
                calendar.locale()) + ". " + r.describe() + " until " + CalendarText.day(r.until(), calendar.locale()) + "." : "");
        refreshOverlaps();
    }

    /** The fields as a campaign, or null with the problems shown at their fields. */
    private Campaign draft() {
        errors.clear();
        List<InvalidInput> problems = new ArrayList<>();
        Campaign base = shown.campaign();
        long budget = money(plannedBudget.get(), "plannedBudget", "The budget", problems);
        long spend = money(actualSpend.get(), "actualSpend", "Spend", problems);
        long expected = whole(expectedLeads.get(), "expectedLeads", "Expected leads", problems);
        long actual = whole(actualLeads.get(), "actualLeads", "Actual leads", problems);
        Recurrence recurrence = null;
        if (repeat.get() != Repeat.NONE) {
            int interval = 1;
            if (repeat.get() == Repeat.EVERY_N_WEEKS) {
                interval = (int) Math.min(Integer.MAX_VALUE, whole(repeatWeeks.get(), "recurrence", "The number of weeks", problems));
            }
            Recurrence.Frequency frequency = repeat.get() == Repeat.MONTHLY ? Recurrence.Frequency.MONTHLY : Recurrence.Frequency.WEEKLY;
            List<LocalDate> skipped = base.recurrence() == null ? List.of() : base.recurrence().skipped();
            recurrence = new Recurrence(frequency, interval, repeatUntil.get(), skipped);
        }
        LocalDate first = start.get();
        LocalDate last = end.get();
        if (scope.get() == CalendarViewModel.Scope.SERIES && shown.ofSeries() && first != null && last != null
                && first.equals(shown.start()) && last.equals(shown.end())) {
            // the panel shows this occurrence's dates; unchanged, the series keeps its own first dates
            first = base.start();
            last = base.end();
        } else if (scope.get() == CalendarViewModel.Scope.SERIES && shown.ofSeries() && first != null && last != null) {
            long shift = shown.daysTo(first);
            long length = last.toEpochDay() - first.toEpochDay();
            first = base.start().plusDays(shift);
            last = first.plusDays(length);
            if (recurrence != null && recurrence.until() != null) {
                recurrence = recurrence.shiftedBy(shift);
            }
        }
        Campaign draft = new Campaign(base.id(), base.planId(), name.get(), channel.get(), first, last, status.get(), owner.get(),
                role.get(), budget, spend, (int) Math.min(Integer.MAX_VALUE, expected), (int) Math.min(Integer.MAX_VALUE, actual),
                segment.get() == null ? null : segment.get().id(), notes.get(), link.get(),
                scope.get() == CalendarViewModel.Scope.OCCURRENCE ? null : recurrence, base.createdAt(), base.updatedAt());
        // every field judged at once: the unreadable ones stand in as 0 for the rules
        problems.addAll(draft.problems());
        errors.showAll(problems);
        return problems.isEmpty() ? draft : null;
    }

    /** Saves now (the debouncer calls this after typing stops; tests and focus changes call it directly). */
    public void save() {
        form.flush();
    }

    /** A valid campaign from the panel goes to the calendar, which records it as a step (the field as merge key). */
    private void write(Campaign draft, Object field) {
        if (shown == null || draft.equals(shown.campaign()) && scope.get() == CalendarViewModel.Scope.SERIES) {
            return;
        }
        Occurrence before = shown;
        saving = true;
        try {
            shown = calendar.edit(before, draft, scope.get(), field);
        } finally {
            saving = false;
        }
        if (shown.ofSeries() != before.ofSeries()) {
            form.quietly(() -> {
                ofSeries.set(shown.ofSeries());
                scope.set(CalendarViewModel.Scope.SERIES);
                occurrenceText.set("");
            });
        }
        saved.set("Saved");
        refreshOverlaps();
    }

    private void refreshOverlaps() {
        if (shown == null) {
            overlaps.clear();
        } else {
            overlaps.setAll(calendar.overlapsOf(shown));
        }
    }

    /** Reads how a number is typed into the problems list instead of throwing; empty counts as 0. */
    @FunctionalInterface
    private interface Reading {
        long read(String text) throws InvalidInput;
    }

    private long money(String text, String field, String what, List<InvalidInput> problems) {
        return number(text, field, what, problems, t -> NumberText.money(t, calendar.locale(), digits(), field, what));
    }

    private long whole(String text, String field, String what, List<InvalidInput> problems) {
        return number(text, field, what, problems, t -> NumberText.wholeNumber(t, calendar.locale(), field, what));
    }

    private static long number(String text, String field, String what, List<InvalidInput> problems, Reading reading) {
        try {
            long value = text == null || text.isBlank() ? 0 : reading.read(text);
            return value; // a negative value is refused by the campaign's own rules

        } catch (InvalidInput bad) {
            problems.add(bad);
            return 0;
        }
    }

    private int digits() {
        Plan plan = calendar.planProperty().get();
        return CurrencyCode.fractionDigits(plan == null ? "" : plan.currency());
    }

    public void duplicate() {
        form.flush();
        if (shown != null) {
            calendar.duplicate(shown);
        }
    }

    public void delete() {
        form.flush();
        if (shown != null) {
            calendar.delete(shown);
        }
    }

    public String currency() {
        Plan plan = calendar.planProperty().get();
        return plan == null ? "" : plan.currency();
    }

    // ---- properties

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty channelProperty() {
        return channel;
    }

    public ObjectProperty<LocalDate> startProperty() {
        return start;
    }

    public ObjectProperty<LocalDate> endProperty() {
        return end;
    }

    public ObjectProperty<CampaignStatus> statusProperty() {
        return status;
    }

    public StringProperty ownerProperty() {
        return owner;
    }

    public StringProperty roleProperty() {
        return role;
    }

    public StringProperty plannedBudgetProperty() {
        return plannedBudget;
    }

    public StringProperty actualSpendProperty() {
        return actualSpend;
    }

    public StringProperty expectedLeadsProperty() {
        return expectedLeads;
    }

    public StringProperty actualLeadsProperty() {
        return actualLeads;
    }

    public ObjectProperty<Segment> segmentProperty() {
        return segment;
    }

    public StringProperty linkProperty() {
        return link;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ObjectProperty<Repeat> repeatProperty() {
        return repeat;
    }

    public StringProperty repeatWeeksProperty() {
        return repeatWeeks;
    }

    public ObjectProperty<LocalDate> repeatUntilProperty() {
        return repeatUntil;
    }

    public ObjectProperty<CalendarViewModel.Scope> scopeProperty() {
        return scope;
    }

    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty ofSeriesProperty() {
        return ofSeries.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty occurrenceTextProperty() {
        return occurrenceText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty(String field) {
        return errors.property(field);
    }

    public ObservableList<String> overlaps() {
        return overlaps;
    }
}
