package org.tandem.ui.planfiles;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tandem.exchange.PlanChanges.SectionChange;
import org.tandem.service.ImportPreview;
import org.tandem.service.ImportPreview.ConflictView;
import org.tandem.service.ImportPreview.Mode;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The import preview: how the file would come in (a new plan, or merge / replace / keep both for a plan
 * already here), what that adds, changes and removes per section, and each conflict with its side chosen.
 */
public final class ImportPreviewViewModel {
    /** A conflict and the side chosen for it: mine unless the user picks theirs. */
    public record ConflictChoice(ConflictView conflict, BooleanProperty theirs) {
    }

    private final ImportPreview preview;
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>();
    private final ObservableList<SectionChange> changes = FXCollections.observableArrayList();
    private final ObservableList<ConflictChoice> conflicts = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper("");

    public ImportPreviewViewModel(ImportPreview preview) {
        this.preview = preview;
        mode.addListener((o, was, now) -> show(now));
        mode.set(preview.modes().get(0));
    }

    public ImportPreview preview() {
        return preview;
    }

    public List<Mode> modes() {
        return preview.modes();
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public ObservableList<SectionChange> changes() {
        return changes;
    }

    public ObservableList<ConflictChoice> conflicts() {
        return conflicts;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    /** The title of the dialog: what is being imported. */
    public String title() {
        String file = preview.file().getFileName().toString();
        return preview.existingPlan().map(name -> "\"" + file + "\" holds \"" + name + "\", which is already here")
                .orElse("Import \"" + preview.planName() + "\" from " + file);
    }

    /** Conflicts chosen for the file's side, by key. */
    public Set<String> theirs() {
        return conflicts.stream().filter(c -> c.theirs().get()).map(c -> c.conflict().key()).collect(Collectors.toSet());
    }

    /** What the import button says for the chosen mode. */
    public String action() {
        return switch (mode.get()) {
            case NEW -> "Import";
            case MERGE -> "Merge";
            case REPLACE -> "Replace";
            case KEEP_BOTH -> "Keep both";
        };
    }

    public static String describe(Mode mode) {
        return switch (mode) {
            case NEW -> "Import as a new plan";
            case MERGE -> "Merge the file into my plan";
            case REPLACE -> "Replace my plan with the file";
            case KEEP_BOTH -> "Keep both (the file becomes a new plan)";
        };
    }

    private void show(Mode now) {
        List<SectionChange> list = preview.changes(now);
        changes.setAll(list);
        Set<String> chosen = theirs();
        conflicts.setAll(preview.conflicts(now).stream()
                .map(c -> new ConflictChoice(c, new SimpleBooleanProperty(chosen.contains(c.key())))).toList());
        int added = list.stream().mapToInt(SectionChange::added).sum();
        int changed = list.stream().mapToInt(SectionChange::changed).sum();
        int removed = list.stream().mapToInt(SectionChange::removed).sum();
        String total = now == Mode.NEW || now == Mode.KEEP_BOTH
                ? String.format("A new plan with %,d item%s", added, added == 1 ? "" : "s")
                : list.isEmpty() ? "Nothing would change: the file and the plan here are the same."
                : String.format("%,d added, %,d changed, %,d removed", added, changed, removed);
        summary.set(total
                + (conflicts.isEmpty() ? "" : "; " + conflicts.size() + " conflict" + (conflicts.size() == 1 ? "" : "s")
                + " to settle below"));
        explanation.set(switch (now) {
            case NEW -> "The plan is not in this database yet; it comes in as a new plan.";
            case MERGE -> preview.twoWay()
                    ? "Two-way merge: no version both copies were made from is known here, so for each item the newer change"
                    + " wins, and items deleted on either side stay deleted."
                    : "Three-way merge from the version both copies were made from: each side's changes are kept; where both"
                    + " changed the same thing, choose below (mine is kept unless you pick theirs).";
            case REPLACE -> "Your plan becomes exactly the file's. Its current state is kept in File > History.";
            case KEEP_BOTH -> "The file comes in as a second plan with new ids and a numbered name; yours is not touched.";
        });
    }
}
