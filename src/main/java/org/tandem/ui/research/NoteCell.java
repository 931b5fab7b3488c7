package org.tandem.ui.research;

import org.tandem.domain.NoteSummary;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.javafx.FontIcon;
import org.tandem.domain.Tags;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** A note in the list: title with the searched words highlighted, what it is about, and the matching passage. */
final class NoteCell extends ListCell<NoteSummary> {
    private final Supplier<List<String>> searchWords;

    NoteCell(Supplier<List<String>> searchWords) {
        this.searchWords = searchWords;
        getStyleClass().add("note-cell");
        // take the list's width, not the text's: long lines wrap or end in "…" instead of scrolling sideways
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(NoteSummary note, boolean empty) {
        super.updateItem(note, empty);
        setText(null);
        if (empty || note == null) {
            setGraphic(null);
            return;
        }
        TextFlow title = highlightWords(note.title(), searchWords.get());
        title.getStyleClass().add("note-cell-title");
        String meta = note.aspect().label() + (note.tags().isEmpty() ? "" : "  ·  " + Tags.format(note.tags()))
                + (note.evidenceDate() == null ? "" : "  ·  " + note.evidenceDate());
        Label about = new Label(meta);
        about.getStyleClass().add("note-cell-meta");
        if (note.pinned()) {
            about.setGraphic(new FontIcon("mdi2p-pin"));
        }
        VBox box = new VBox(2, title, about);
        if (note.snippet() != null && !note.snippet().isBlank()) {
            TextFlow passage = markedSnippet(note.snippet());
            passage.getStyleClass().add("note-cell-snippet");
            box.getChildren().add(passage);
        }
        setGraphic(box);
    }

    /** Bold for every word that starts with a searched word, as prefix search found it. */
    static TextFlow highlightWords(String text, List<String> words) {
        TextFlow flow = new TextFlow();
        if (words.isEmpty()) {
            addText(flow, text, false);
            return flow;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        int plainFrom = 0;
        int i = 0;
        while (i < text.length()) {
            if (Character.isLetterOrDigit(text.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                int end = i;
                while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                    end++;
                }
                String word = lower.substring(i, end);
                if (words.stream().anyMatch(word::startsWith)) {
                    addText(flow, text.substring(plainFrom, i), false);
                    addText(flow, text.substring(i, end), true);
                    plainFrom = end;
                }
                i = end;
            } else {
                i++;
            }
        }
        addText(flow, text.substring(plainFrom), false);
        return flow;
    }

    /** FTS5's snippet marks matches with control characters; shown as highlights, never as text. */
    static TextFlow markedSnippet(String snippet) {
        TextFlow flow = new TextFlow();
        String flat = snippet.replaceAll("\\s+", " ");
        boolean inMatch = false;
        StringBuilder run = new StringBuilder();
        for (char ch : flat.toCharArray()) {
            if (ch == NoteSummary.MATCH_START || ch == NoteSummary.MATCH_END) {
                addText(flow, run.toString(), inMatch);
                run.setLength(0);
                inMatch = ch == NoteSummary.MATCH_START;
            } else {
                run.append(ch);
            }
        }
        addText(flow, run.toString(), inMatch);
        return flow;
    }

    private static void addText(TextFlow flow, String text, boolean match) {
        if (!text.isEmpty()) {
            Text piece = new Text(text);
            piece.getStyleClass().add(match ? "search-match" : "search-plain");
            flow.getChildren().add(piece);
        }
    }
}
