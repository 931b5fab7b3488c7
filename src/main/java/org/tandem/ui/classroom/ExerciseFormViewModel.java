package org.tandem.ui.classroom;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.tandem.domain.Exercise;
import org.tandem.domain.InvalidInput;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The Export exercise form: the name the students' plan gets, the task they read, the parts handed out empty and
 * the figures blanked. Each problem shows at its field as soon as it is there; the file is only asked for once
 * the exercise is whole.
 */
public final class ExerciseFormViewModel {
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty task = new SimpleStringProperty("");
    private final Map<Exercise.Part, BooleanProperty> parts = new EnumMap<>(Exercise.Part.class);
    private final Map<Exercise.Blank, BooleanProperty> blanks = new EnumMap<>(Exercise.Blank.class);
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper taskError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);

    public ExerciseFormViewModel(String planName) {
        name.set(planName + " - exercise");
        for (Exercise.Part part : Exercise.Part.values()) {
            parts.put(part, new SimpleBooleanProperty(part == Exercise.Part.OBJECTIVES));
        }
        for (Exercise.Blank blank : Exercise.Blank.values()) {
            blanks.put(blank, new SimpleBooleanProperty(blank == Exercise.Blank.FUNNEL));
        }
        name.addListener((o, was, now) -> check());
        task.addListener((o, was, now) -> check());
        check();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty taskProperty() {
        return task;
    }

    public BooleanProperty emptied(Exercise.Part part) {
        return parts.get(part);
    }

    public BooleanProperty blanked(Exercise.Blank blank) {
        return blanks.get(blank);
    }

    public ReadOnlyStringProperty nameErrorProperty() {
        return nameError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty taskErrorProperty() {
        return taskError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** The exercise as the form says it now (valid or not). */
    public Exercise exercise() {
        Set<Exercise.Part> emptied = EnumSet.noneOf(Exercise.Part.class);
        parts.forEach((part, on) -> {
            if (on.get()) {
                emptied.add(part);
            }
        });
        Set<Exercise.Blank> blanked = EnumSet.noneOf(Exercise.Blank.class);
        blanks.forEach((blank, on) -> {
            if (on.get()) {
                blanked.add(blank);
            }
        });
        return new Exercise(name.get(), task.get(), emptied, blanked);
    }

    private void check() {
        String nameProblem = "";
        String taskProblem = "";
        for (InvalidInput problem : exercise().problems()) {
            if (problem.field().equals("name")) {
                nameProblem = problem.getMessage();
            } else {
                taskProblem = problem.getMessage();
            }
        }
        nameError.set(nameProblem);
        taskError.set(taskProblem);
        valid.set(nameProblem.isEmpty() && taskProblem.isEmpty());
    }
}
