package org.tandem.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a search looks for: every run of letters and digits, lower-cased (at most {@value #MAX_TERMS}); also what
 * the list highlights. Words past the most are left out, and {@link #leftOut} says so.
 */
public final class SearchWords {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    public static final int MAX_TERMS = 32;

    private SearchWords() {
    }

    /** What the list says when a search held more words than are searched; empty when none was left out. */
    public static String leftOut(String typed) {
        if (typed == null) {
            return "";
        }
        long all = WORD.matcher(typed).results().count();
        return all <= MAX_TERMS ? "" : String.format("Only the first %d words are searched; %d more were left out.", MAX_TERMS,
                all - MAX_TERMS);
    }

    /**
     * Whether the word is of a writing without spaces between words (Chinese, Japanese, Korean): such a "word" is a
     * whole phrase, so a search looks for it anywhere inside the text rather than at a word's start.
     */
    public static boolean unspaced(String word) {
        return word.codePoints().anyMatch(cp -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
        });
    }

    public static List<String> of(String typed) {
        List<String> words = new ArrayList<>();
        if (typed == null) {
            return words;
        }
        Matcher m = WORD.matcher(typed);
        while (m.find() && words.size() < MAX_TERMS) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }
}
