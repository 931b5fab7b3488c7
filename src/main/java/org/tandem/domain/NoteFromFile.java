package org.tandem.domain;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** How a dropped text or Markdown file becomes a research note. */
public final class NoteFromFile {
    private NoteFromFile() {
    }

    public static boolean accepts(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".markdown");
    }

    /** Title from the first Markdown heading, else from the file name without its extension. */
    public static String title(String fileName, String content) {
        for (String line : content.lines().limit(50).toList()) {
            String stripped = line.strip();
            if (stripped.matches("#{1,6}\\s+\\S.*")) {
                return clip(stripped.replaceFirst("#{1,6}\\s+", "").strip());
            }
        }
        int dot = fileName.lastIndexOf('.');
        String base = (dot >= 0 ? fileName.substring(0, dot) : fileName).replace('_', ' ').strip();
        return clip(base.isEmpty() ? "Imported note" : base);
    }

    public static ResearchNote note(UUID planId, Aspect aspect, String fileName, String content, Instant now) {
        String body = content.startsWith("\uFEFF") ? content.substring(1) : content;
        return new ResearchNote(UUID.randomUUID(), planId, title(fileName, body), body, aspect, List.of(), fileName, null,
                Confidence.MEDIUM, false, null, now, now);
    }

    private static String clip(String title) {
        return title.codePointCount(0, title.length()) <= ResearchNote.MAX_TITLE_LENGTH ? title
                : title.substring(0, title.offsetByCodePoints(0, ResearchNote.MAX_TITLE_LENGTH - 1)) + "…";
    }
}
