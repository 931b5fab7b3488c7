package org.tandem.ui.research;

import org.tandem.service.ResearchService;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tandem.domain.Aspect;
import org.tandem.domain.Confidence;
import org.tandem.domain.InvalidInput;
import org.tandem.domain.ResearchNote;
import org.tandem.domain.Segment;
import org.tandem.domain.Tags;
import org.tandem.ui.common.Debouncer;
import org.tandem.ui.common.EditorForm;
import org.tandem.ui.common.PlanHistories;
import org.tandem.ui.common.ErrorReporter;
import org.tandem.ui.common.TaskRunner;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * The note being edited. Every change is saved once typing pauses; a title left empty keeps the
 * last saved version and says why beside the field.
 */
public final class NoteEditorViewModel {
    public static final String SAVED = "Saved";
    public static final String SAVING = "Saving…";

    private final ResearchService service;
    private final TaskRunner runner;
    private final ErrorReporter errors;
    private final EditorForm<ResearchNote> form;
    private List<Segment> segmentChoices = List.of();
    private final Consumer<ResearchNote> onSaved;

    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty body = new SimpleStringProperty(this, "body", "");
    private final ObjectProperty<Aspect> aspect = new SimpleObjectProperty<>(this, "aspect", Aspect.MARKET_RESEARCH);
    private final StringProperty tags = new SimpleStringProperty(this, "tags", "");
    private final StringProperty source = new SimpleStringProperty(this, "source", "");
    private final ObjectProperty<LocalDate> evidenceDate = new SimpleObjectProperty<>(this, "evidenceDate");
    private final ObjectProperty<Confidence> confidence = new SimpleObjectProperty<>(this, "confidence", Confidence.MEDIUM);
    private final BooleanProperty pinned = new SimpleBooleanProperty(this, "pinned");
    private final ObjectProperty<Segment> segment = new SimpleObjectProperty<>(this, "segment");
    private final ObservableList<Segment> segments = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper titleError = new ReadOnlyStringWrapper(this, "titleError", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(this, "editing", false);
    private final ReadOnlyBooleanWrapper sourceIsUrl = new ReadOnlyBooleanWrapper(this, "sourceIsUrl", false);
    private ResearchNote loaded;

    public NoteEditorViewModel(ResearchService service, TaskRunner runner, ErrorReporter errors, Debouncer autosave,
                               Consumer<ResearchNote> onSaved, PlanHistories histories) {
        this.service = service;
        this.runner = runner;
        this.errors = errors;
        this.onSaved = onSaved;
        this.form = new EditorForm<>(autosave, histories);
        form.serve(new EditorForm.Editor<>() {
            @Override
            public ResearchNote draft(ResearchNote stored) {
                ResearchNote draft = NoteEditorViewModel.this.draft();
                sourceIsUrl.set(draft.sourceIsUrl());
                titleError.set(draft.problems().stream().filter(p -> p.field().equals("title")).map(InvalidInput::getMessage)
                        .findFirst().orElse(""));
                return draft.problems().isEmpty() ? draft : null;
            }

            @Override
            public void write(ResearchNote version) {
                save(version);
            }

            @Override
            public void restore(ResearchNote version) {
                NoteEditorViewModel.this.restore(version);
            }

            @Override
            public void refused() {
                status.set("Not saved: " + NoteEditorViewModel.this.draft().problems().get(0).getMessage());
            }

            @Override
            public String stepName(ResearchNote now) {
                return "edit note \"" + now.title() + "\"";
            }

            @Override
            public java.util.UUID idOf(ResearchNote item) {
                return item.id();
            }

            @Override
            public java.util.UUID planOf(ResearchNote item) {
                return item.planId();
            }
        });
        form.watch(title, body, aspect, tags, source, evidenceDate, confidence, pinned, segment);
    }

    /** Shows a note for editing; any waiting save of the previous note goes first. */
    public void edit(ResearchNote note, List<Segment> segmentChoices) {
        form.show(note, () -> {
            this.segmentChoices = List.copyOf(segmentChoices);
            loaded = note;
            segments.setAll(segmentChoices);
            title.set(note.title());
            body.set(note.body());
            aspect.set(note.aspect());
            tags.set(Tags.format(note.tags()));
            source.set(note.source());
            evidenceDate.set(note.evidenceDate());
            confidence.set(note.confidence());
            pinned.set(note.pinned());
            segment.set(segmentChoices.stream().filter(s -> s.id().equals(note.segmentId())).findFirst().orElse(null));
            titleError.set("");
            status.set("");
            sourceIsUrl.set(note.sourceIsUrl());
            editing.set(true);
        });
    }

    public void clear() {
        form.show(null, () -> {
            loaded = null;
            editing.set(false);
            status.set("");
        });
    }

    /** Saves a waiting change now. */
    public void flush() {
        form.flush();
    }

    public ResearchNote loaded() {
        return loaded;
    }

    private ResearchNote draft() {
        Segment linked = segment.get();
        return new ResearchNote(loaded.id(), loaded.planId(), title.get(), body.get(), aspect.get(), Tags.parse(tags.get()),
                source.get(), evidenceDate.get(), confidence.get(), pinned.get(), linked == null ? null : linked.id(),
                loaded.createdAt(), loaded.updatedAt());
    }

    private void save(ResearchNote draft) {
        loaded = draft;
        status.set(SAVING);
        runner.run(() -> service.save(draft), saved -> {
            if (loaded != null && loaded.id().equals(saved.id())) {
                loaded = saved;
                status.set(SAVED);
            }
            onSaved.accept(saved);
        }, e -> {
            status.set("Not saved");
            errors.report("save the note", e);
        });
    }

    /** Saves a version of a note from the history and shows it if it is the note being edited. */
    private void restore(ResearchNote version) {
        runner.run(() -> service.save(version), saved -> {
            if (loaded != null && loaded.id().equals(saved.id())) {
                edit(saved, segmentChoices);
            }
            onSaved.accept(saved);
        }, e -> errors.report("undo the change", e));
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty bodyProperty() {
        return body;
    }

    public ObjectProperty<Aspect> aspectProperty() {
        return aspect;
    }

    public StringProperty tagsProperty() {
        return tags;
    }

    public StringProperty sourceProperty() {
        return source;
    }

    public ObjectProperty<LocalDate> evidenceDateProperty() {
        return evidenceDate;
    }

    public ObjectProperty<Confidence> confidenceProperty() {
        return confidence;
    }

    public BooleanProperty pinnedProperty() {
        return pinned;
    }

    public ObjectProperty<Segment> segmentProperty() {
        return segment;
    }

    public ObservableList<Segment> segments() {
        return segments;
    }

    public ReadOnlyStringProperty titleErrorProperty() {
        return titleError.getReadOnlyProperty();
    }

    /** "Saved", "Saving…", or why not. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty sourceIsUrlProperty() {
        return sourceIsUrl.getReadOnlyProperty();
    }
}
