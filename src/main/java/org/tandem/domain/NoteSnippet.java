package org.tandem.domain;

import java.util.List;
import java.util.Locale;

/**
 * The passage of a note a search shows under its title: a window of the body around the first match, cut at whole
 * words, every word that starts with a searched word marked. Its cost follows the window, never the number of
 * matches (FTS5's own snippet took minutes on a note repeating a word 150,000 times).
 */
public final class NoteSnippet {
    /** How much of the body the window holds, in characters. */
    public static final int WINDOW = 240;
    /** How far before the first match the window starts. */
    public static final int LEAD = 60;

    private NoteSnippet() {
    }

    /**
     * @param window {@link #WINDOW} characters of the body (fewer at its end)
     * @param start where the window starts in the body, 1-based
     * @param bodyLength the body's length
     * @param words the searched words, lower-cased
     */
    public static String of(String window, int start, int bodyLength, List<String> words) {
        if (window == null || window.isEmpty()) {
            return "";
        }
        int from = 0;
        int to = window.length();
        boolean cutBefore = start > 1;
        boolean cutAfter = start - 1 + window.length() < bodyLength;
        // a word the window cut in two is left out rather than shown in part
        if (cutBefore) {
            while (from < to && Character.isLetterOrDigit(window.charAt(from))) {
                from++;
            }
        }
        if (cutAfter) {
            while (to > from && Character.isLetterOrDigit(window.charAt(to - 1))) {
                to--;
            }
        }
        String text = window.substring(from, to).strip();
        StringBuilder out = new StringBuilder(text.length() + 16);
        if (cutBefore) {
            out.append('…');
        }
        // which words are of a writing without spaces is worked out once, not for each word of the window (a
        // twenty-word search spent most of its 50 ms asking it of every word for every word in 200 passages)
        List<String> spaced = words.stream().filter(w -> !SearchWords.unspaced(w)).toList();
        List<String> unspaced = words.stream().filter(SearchWords::unspaced).toList();
        mark(text, spaced, unspaced, out);
        if (cutAfter) {
            out.append('…');
        }
        return out.toString();
    }

    /** A word of a writing without spaces (a whole phrase) gets its searched parts ({@code words}) marked wherever they are in it. */
    private static void markInside(String token, String lower, List<String> words, StringBuilder out) {
        int at = 0;
        while (at < token.length()) {
            int next = -1;
            String found = null;
            for (String w : words) {
                int k = lower.indexOf(w, at);
                if (k >= 0 && (next < 0 || k < next)) {
                    next = k;
                    found = w;
                }
            }
            if (found == null) {
                out.append(token, at, token.length());
                return;
            }
            out.append(token, at, next).append(NoteSummary.MATCH_START).append(token, next, next + found.length())
                    .append(NoteSummary.MATCH_END);
            at = next + found.length();
        }
    }

    private static void mark(String text, List<String> spaced, List<String> unspaced, StringBuilder out) {
        String lower = text.toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < text.length()) {
            boolean wordStart = Character.isLetterOrDigit(text.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
            if (!wordStart) {
                out.append(text.charAt(i++));
                continue;
            }
            int end = i;
            while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                end++;
            }
            String word = lower.substring(i, end);
            if (startsWithAny(word, spaced)) {
                out.append(NoteSummary.MATCH_START).append(text, i, end).append(NoteSummary.MATCH_END);
            } else if (unspaced.isEmpty()) {
                out.append(text, i, end);
            } else {
                markInside(text.substring(i, end), word, unspaced, out);
            }
            i = end;
        }
    }

    private static boolean startsWithAny(String word, List<String> prefixes) {
        for (String prefix : prefixes) {
            if (word.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
