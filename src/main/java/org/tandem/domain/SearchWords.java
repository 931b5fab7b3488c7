package org.tandem.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words a search looks for: every run of letters and digits, lower-cased (at most 16); also what the list highlights. */
public final class SearchWords {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int MAX_TERMS = 16;

    private SearchWords() {
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
