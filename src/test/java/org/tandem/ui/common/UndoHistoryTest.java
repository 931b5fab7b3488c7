package org.tandem.ui.common;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class UndoHistoryTest {
    /** A value edited through the history, as a screen edits a stored field. */
    static final class Field {
        final List<String> values = new ArrayList<>(List.of(""));

        String value() {
            return values.get(values.size() - 1);
        }

        Edit set(String name, Object key, String now) {
            String before = value();
            values.add(now);
            return Edit.of(name, key, () -> values.add(before), () -> values.add(now));
        }
    }

    @Test
    void undoAndRedoWalkTheStepsInOrderWithTheirNames() {
        UndoHistory history = new UndoHistory();
        Field field = new Field();
        history.record(field.set("rename \"A\"", null, "A"));
        history.record(field.set("rename \"B\"", null, "B"));
        assertThat(history.undoNameProperty().get()).isEqualTo("rename \"B\"");
        assertThat(history.redoNameProperty().get()).isEmpty();

        history.undo();
        assertThat(field.value()).isEqualTo("A");
        assertThat(history.undoNameProperty().get()).isEqualTo("rename \"A\"");
        assertThat(history.redoNameProperty().get()).isEqualTo("rename \"B\"");
        history.undo();
        assertThat(field.value()).isEmpty();
        assertThat(history.canUndo()).isFalse();
        history.undo(); // nothing left: no change
        assertThat(field.value()).isEmpty();

        history.redo();
        history.redo();
        assertThat(field.value()).isEqualTo("B");
        assertThat(history.canRedo()).isFalse();
    }

    @Test
    void aNewEditClearsWhatCouldBeRedone() {
        UndoHistory history = new UndoHistory();
        Field field = new Field();
        history.record(field.set("one", null, "1"));
        history.undo();
        history.record(field.set("two", null, "2"));
        assertThat(history.canRedo()).isFalse();
        assertThat(history.redoNameProperty().get()).isEmpty();
    }

    @Test
    void typingInOneFieldIsOneStepPerVisit() {
        UndoHistory history = new UndoHistory();
        Field field = new Field();
        Object key = List.of("segment", "name");
        history.record(field.set("edit \"Cafes\"", key, "C"));
        history.record(field.set("edit \"Cafes\"", key, "Ca"));
        history.record(field.set("edit \"Cafes\"", key, "Cafes"));
        history.seal(); // the user left the field
        history.record(field.set("edit \"Cafes\"", key, "Cafes!"));

        history.undo();
        assertThat(field.value()).isEqualTo("Cafes");
        history.undo();
        assertThat(field.value()).as("the first visit, undone at once").isEmpty();
        assertThat(history.canUndo()).isFalse();
        history.redo();
        assertThat(field.value()).isEqualTo("Cafes");
    }

    @Test
    void anotherFieldOrAnUndoStartsANewStep() {
        UndoHistory history = new UndoHistory();
        Field name = new Field();
        Field budget = new Field();
        history.record(name.set("edit name", "name", "Spring"));
        history.record(budget.set("edit budget", "budget", "100"));
        history.record(name.set("edit name", "name", "Spring sale"));
        history.undo();
        assertThat(name.value()).isEqualTo("Spring");
        assertThat(budget.value()).isEqualTo("100");
        history.undo();
        assertThat(budget.value()).isEmpty();
    }

    @Test
    void whatAnUndoDoesIsNotRecordedAsANewEdit() {
        UndoHistory history = new UndoHistory();
        List<String> log = new ArrayList<>();
        history.record(Edit.of("delete", () -> {
            log.add("restored");
            history.record(Edit.of("restore", () -> { }, () -> { })); // a screen saving what the undo put back
        }, () -> log.add("deleted")));
        history.undo();
        assertThat(log).containsExactly("restored");
        assertThat(history.canUndo()).isFalse();
        assertThat(history.redoNameProperty().get()).isEqualTo("delete");
    }

    @Test
    void eachPlanKeepsItsOwnHistoryAcrossSwitches() {
        PlanHistories histories = new PlanHistories();
        UUID sample = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        histories.open(sample);
        histories.current().record(Edit.of("move \"Open day\"", () -> { }, () -> { }));
        assertThat(histories.undoNameProperty().get()).isEqualTo("move \"Open day\"");
        histories.open(other);
        assertThat(histories.undoNameProperty().get()).isEmpty();
        histories.open(sample);
        assertThat(histories.undoNameProperty().get()).isEqualTo("move \"Open day\"");
        assertThat(histories.of(sample)).isSameAs(histories.current());
    }

    @Test
    void theHistoryKeepsItsLastTwoHundredSteps() {
        UndoHistory history = new UndoHistory();
        Field field = new Field();
        for (int i = 0; i < UndoHistory.DEPTH + 5; i++) {
            history.record(field.set("step " + i, null, Integer.toString(i)));
        }
        int undone = 0;
        while (history.canUndo()) {
            history.undo();
            undone++;
        }
        assertThat(undone).isEqualTo(UndoHistory.DEPTH);
        assertThat(field.value()).isEqualTo("4");
    }
}
