package org.tandem.ui.research;

import org.tandem.service.ResearchService;
import org.tandem.domain.SearchWords;
import org.tandem.domain.NoteSort;
import org.tandem.domain.NoteSummary;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tandem.domain.Aspect;
import org.tandem.domain.Plan;
import org.tandem.domain.ResearchNote;
import org.tandem.ui.common.Debouncer;
import org.tandem.ui.common.Edit;
import org.tandem.ui.common.PlanHistories;
import org.tandem.ui.common.ErrorReporter;
import org.tandem.ui.common.TaskRunner;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The research notebook: which notes show (aspect, tag, search, sort), the selected one in the
 * editor, new notes from templates, and delete with undo.
 */
public final class ResearchViewModel {
    /** What the aspect filter shows when no single aspect is chosen. */
    public static final Aspect ALL = null;

    private final ResearchService service;
    private final TaskRunner runner;
    private final ErrorReporter errors;
    private final Debouncer searchPause;
    private final Clock clock;
    private final NoteEditorViewModel editor;

    private final ObjectProperty<Aspect> aspect = new SimpleObjectProperty<>(this, "aspect", ALL);
    private final ObjectProperty<String> tag = new SimpleObjectProperty<>(this, "tag");
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<NoteSort> sort =
            new SimpleObjectProperty<>(this, "sort", NoteSort.UPDATED);
    private final ObservableList<NoteSummary> notes = FXCollections.observableArrayList();
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final ObservableList<NoteSummary> readOnlyNotes = FXCollections.unmodifiableObservableList(notes);
    private final ObservableList<String> readOnlyTags = FXCollections.unmodifiableObservableList(tags);
    private final ReadOnlyObjectWrapper<Map<Aspect, Integer>> counts = new ReadOnlyObjectWrapper<>(this, "counts", emptyCounts());
    private final ObjectProperty<NoteSummary> selected = new SimpleObjectProperty<>(this, "selected");
    private final PlanHistories histories;
    private Edit deleteStep;
    private final ReadOnlyObjectWrapper<ResearchNote> undoableDelete = new ReadOnlyObjectWrapper<>(this, "undoableDelete");
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper(this, "emptyMessage", "");
    private final ReadOnlyStringWrapper listNote = new ReadOnlyStringWrapper(this, "listNote", "");
    private final ReadOnlyStringWrapper fileMessage = new ReadOnlyStringWrapper(this, "fileMessage", "");
    private final javafx.beans.property.ReadOnlyBooleanWrapper addingFiles = new javafx.beans.property.ReadOnlyBooleanWrapper(this, "addingFiles");
    private Plan plan;
    /** Counts list refreshes, so an answer that arrives after a newer question is dropped. */
    private long generation;
    private UUID selectAfterRefresh;

    public ResearchViewModel(ResearchService service, TaskRunner runner, ErrorReporter errors, Debouncer searchPause,
                             Debouncer autosave, Clock clock) {
        this(service, runner, errors, searchPause, autosave, clock, new PlanHistories());
    }

    public ResearchViewModel(ResearchService service, TaskRunner runner, ErrorReporter errors, Debouncer searchPause,
                             Debouncer autosave, Clock clock, PlanHistories histories) {
        this.histories = histories;
        this.service = service;
        this.runner = runner;
        this.errors = errors;
        this.searchPause = searchPause;
        this.clock = clock;
        this.editor = new NoteEditorViewModel(service, runner, errors, autosave, this::saved, histories);
        aspect.addListener((o, was, now) -> refresh());
        tag.addListener((o, was, now) -> refresh());
        sort.addListener((o, was, now) -> refresh());
        search.addListener((o, was, now) -> searchPause.call(this::refresh));
        selected.addListener((o, was, now) -> open(now));
    }

    public void showPlan(Plan plan) {
        editor.clear();
        this.plan = plan;
        undoableDelete.set(null);
        selected.set(null);
        refresh();
    }

    /**
     * Reloads the list for the current filters; the answer to an older question is dropped. A
     * search asks only for matches; counts and tags come with the unsearched list.
     */
    public void refresh() {
        if (plan == null) {
            notes.clear();
            return;
        }
        long asked = ++generation;
        UUID planId = plan.id();
        Aspect a = aspect.get();
        String t = tag.get();
        String s = search.get();
        NoteSort order = sort.get();
        if (s != null && !s.isBlank()) {
            runner.run(() -> service.search(planId, s, a, t), found -> {
                if (asked == generation) {
                    show(found, s);
                    listNote.set((org.tandem.domain.SearchWords.leftOut(s) + (found.size() >= ResearchService.SEARCH_LIMIT
                            ? " Many notes match: the " + ResearchService.SEARCH_LIMIT + " newest are shown. Type more to narrow." : "")).strip());
                }
            }, e -> errors.report("search the research notes", e));
            return;
        }
        runner.run(() -> service.page(planId, a, t, order), page -> {
            if (asked != generation) {
                return;
            }
            counts.set(page.counts());
            show(page.notes(), s);
            runner.run(() -> service.tags(planId), inUse -> {
                if (!tags.equals(inUse)) {
                    tags.setAll(inUse);
                }
            }, e -> errors.report("load the tags", e));
            listNote.set(page.total() > page.notes().size() ? String.format("Showing %,d of %,d notes: search, filter or sort to reach the others.",
                    page.notes().size(), page.total()) : "");
        }, e -> errors.report("load the research notes", e));
    }

    private void show(List<NoteSummary> found, String searched) {
        UUID keep = selectAfterRefresh != null ? selectAfterRefresh : selected.get() == null ? null : selected.get().id();
        selectAfterRefresh = null;
        notes.setAll(found);
        emptyMessage.set(emptyText(found.isEmpty(), searched));
        selected.set(found.stream().filter(n -> n.id().equals(keep)).findFirst().orElse(null));
    }

    private String emptyText(boolean empty, String searched) {
        if (!empty) {
            return "";
        }
        if (searched != null && !searched.isBlank()) {
            return "No note matches \"" + searched.strip() + "\".";
        }
        return "No notes here yet. Start one with New note: each aspect offers a template.";
    }

    /** Starts a note of an aspect from its template, saves it and selects it. */
    public void newNote(Aspect of) {
        if (plan == null) {
            return;
        }
        ResearchNote note = ResearchNote.fromTemplate(plan.id(), of, "New " + of.label().toLowerCase() + " note", clock.instant());
        runner.run(() -> service.save(note), saved -> {
            // an added note is deleted and put back as a deleted one is
            histories.of(saved.planId()).record(Edit.of("add note \"" + saved.title() + "\"", () -> deleteAgain(saved),
                    () -> restoreDeleted(saved)));
            selectAfterRefresh = saved.id();
            search.set("");
            if (aspect.get() != ALL && aspect.get() != of) {
                aspect.set(of);
            } else {
                refresh();
            }
        }, e -> errors.report("create the note", e));
    }

    /**
     * Dropped files: each .txt or .md file becomes a note of the aspect on show (Market research
     * under All), all in one transaction. Other files, and files too big or not text, are named
     * in a message and left out.
     */
    public void addFiles(List<java.nio.file.Path> files) {
        if (plan == null || files.isEmpty()) {
            return;
        }
        UUID planId = plan.id();
        Aspect into = aspect.get() == ALL ? Aspect.MARKET_RESEARCH : aspect.get();
        addingFiles.set(true);
        fileMessage.set("Adding " + files.size() + (files.size() == 1 ? " file…" : " files…"));
        runner.run(() -> readFiles(planId, into, files), added -> {
            addingFiles.set(false);
            fileMessage.set(added.message());
            if (!added.notes().isEmpty()) {
                List<ResearchNote> notesAdded = List.copyOf(added.notes());
                histories.of(planId).record(Edit.of("add " + notesAdded.size() + (notesAdded.size() == 1 ? " note" : " notes")
                        + " from files", () -> notesAdded.forEach(this::deleteAgain), () -> notesAdded.forEach(this::restoreDeleted)));
                selectAfterRefresh = added.notes().get(0).id();
                refresh();
            }
        }, e -> {
            addingFiles.set(false);
            fileMessage.set("");
            errors.report("add the dropped files", e);
        });
    }

    private record Added(List<ResearchNote> notes, String message) {
    }

    private Added readFiles(UUID planId, Aspect into, List<java.nio.file.Path> files) {
        List<ResearchNote> notesToAdd = new java.util.ArrayList<>();
        List<String> refused = new java.util.ArrayList<>();
        for (java.nio.file.Path file : files) {
            String name = file.getFileName().toString();
            if (!org.tandem.domain.NoteFromFile.accepts(name) || !java.nio.file.Files.isRegularFile(file)) {
                refused.add(name);
                continue;
            }
            try {
                if (java.nio.file.Files.size(file) > ResearchNote.MAX_BODY_BYTES) {
                    refused.add(name + " (over 1 MB)");
                    continue;
                }
                String content = java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
                notesToAdd.add(org.tandem.domain.NoteFromFile.note(planId, into, name, content, clock.instant()));
            } catch (java.nio.charset.MalformedInputException notUtf8) {
                refused.add(name + " (not UTF-8 text)");
            } catch (java.io.IOException unreadable) {
                refused.add(name + " (" + unreadable.getClass().getSimpleName() + ")");
            }
        }
        service.addAll(notesToAdd);
        String added = notesToAdd.isEmpty() ? "" : "Added " + notesToAdd.size() + (notesToAdd.size() == 1 ? " note" : " notes")
                + " to " + into.label() + ". ";
        String left = refused.isEmpty() ? "" : "Not added: " + String.join(", ", refused) + " (only .txt and .md files become notes).";
        return new Added(notesToAdd, (added + left).strip());
    }

    /** Opens a note chosen elsewhere (a competitor's linked notes): filters are cleared so it shows. */
    public void reveal(UUID noteId) {
        selectAfterRefresh = noteId;
        boolean quiet = aspect.get() == ALL && tag.get() == null && (search.get() == null || search.get().isEmpty());
        aspect.set(ALL);
        tag.set(null);
        search.set("");
        if (quiet) {
            refresh();
        }
    }

    /** Deletes the selected note at once, as a step of the plan's history; {@link #undoDelete} brings it back while offered. */
    public void deleteSelected() {
        NoteSummary chosen = selected.get();
        if (chosen == null) {
            return;
        }
        editor.flush();
        editor.clear();
        runner.run(() -> service.delete(chosen.id()).orElse(null), gone -> {
            if (gone != null) {
                deleteStep = Edit.of("delete note \"" + gone.title() + "\"", () -> restoreDeleted(gone), () -> deleteAgain(gone));
                histories.of(gone.planId()).record(deleteStep);
            }
            undoableDelete.set(gone);
            selected.set(null);
            refresh();
        }, e -> errors.report("delete the note", e));
    }

    /** The bar's Undo: the delete step of the plan's history, taken back. */
    public void undoDelete() {
        ResearchNote gone = undoableDelete.get();
        if (gone == null) {
            return;
        }
        undoableDelete.set(null);
        histories.of(gone.planId()).undo(deleteStep);
    }

    private void restoreDeleted(ResearchNote gone) {
        undoableDelete.set(null);
        runner.run(() -> {
            service.restore(gone);
            return gone;
        }, back -> {
            selectAfterRefresh = back.id();
            refresh();
        }, e -> errors.report("undo the delete", e));
    }

    private void deleteAgain(ResearchNote gone) {
        if (selected.get() != null && selected.get().id().equals(gone.id())) {
            editor.clear();
            selected.set(null);
        }
        runner.run(() -> service.delete(gone.id()).orElse(null), again -> refresh(), e -> errors.report("delete the note", e));
    }

    public void dismissUndo() {
        undoableDelete.set(null);
    }

    /** The words the current search looks for, for highlighting. */
    public List<String> searchWords() {
        return SearchWords.of(search.get());
    }

    private void open(NoteSummary summary) {
        if (summary == null) {
            editor.clear();
            return;
        }
        if (editor.loaded() != null && editor.loaded().id().equals(summary.id())) {
            return;
        }
        editor.flush();
        UUID planId = plan.id();
        runner.run(() -> new Opened(service.note(summary.id()).orElse(null), service.segments(planId)), opened -> {
            if (opened.note() != null && selected.get() != null && selected.get().id().equals(opened.note().id())) {
                editor.edit(opened.note(), opened.segments());
            }
        }, e -> errors.report("open the note", e));
    }

    private record Opened(ResearchNote note, List<org.tandem.domain.Segment> segments) {
    }

    /** A save changed a note: show the new title, tags and order without losing the selection. */
    private void saved(ResearchNote note) {
        refresh();
    }

    private static Map<Aspect, Integer> emptyCounts() {
        Map<Aspect, Integer> none = new EnumMap<>(Aspect.class);
        for (Aspect a : Aspect.values()) {
            none.put(a, 0);
        }
        return none;
    }

    public NoteEditorViewModel editor() {
        return editor;
    }

    public ObjectProperty<Aspect> aspectProperty() {
        return aspect;
    }

    public ObjectProperty<String> tagProperty() {
        return tag;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<NoteSort> sortProperty() {
        return sort;
    }

    public ObservableList<NoteSummary> notes() {
        return readOnlyNotes;
    }

    public ObservableList<String> tags() {
        return readOnlyTags;
    }

    public ReadOnlyObjectProperty<Map<Aspect, Integer>> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public ObjectProperty<NoteSummary> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<ResearchNote> undoableDeleteProperty() {
        return undoableDelete.getReadOnlyProperty();
    }

    /** Says when the list does not show every note. */
    public ReadOnlyStringProperty listNoteProperty() {
        return listNote.getReadOnlyProperty();
    }

    /** What happened to dropped files. */
    public ReadOnlyStringProperty fileMessageProperty() {
        return fileMessage.getReadOnlyProperty();
    }

    public javafx.beans.property.ReadOnlyBooleanProperty addingFilesProperty() {
        return addingFiles.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty emptyMessageProperty() {
        return emptyMessage.getReadOnlyProperty();
    }
}
