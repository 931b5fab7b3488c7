package org.tandem.store;

import java.util.List;
import java.util.Optional;

/**
 * Turns whatever a user types into an FTS5 query that cannot fail: every run of letters and
 * digits becomes a quoted prefix term ("compet"* finds "competitor"), all of them required.
 * Quotes, stars, minus signs, brackets and words such as AND or NEAR are only ever searched as text.
 */
public final class FtsQuery {

    private FtsQuery() {
    }

    /** The words a search looks for, lower-cased. */
    public static List<String> words(String typed) {
        return org.tandem.domain.SearchWords.of(typed);
    }

    /** The MATCH expression, or empty when the text holds no word to search for. */
    public static Optional<String> of(String typed) {
        return ofWords(words(typed));
    }

    /** The MATCH expression for words already split, or empty when there are none. */
    public static Optional<String> ofWords(List<String> words) {
        if (words.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder query = new StringBuilder();
        for (String word : words) {
            if (query.length() > 0) {
                query.append(' ');
            }
            // a word holds only letters and digits, so it never contains a quote; quoting keeps AND, OR, NEAR literal.
            // One letter matches whole words only: FTS5 keeps no prefix index that short, and "c*" would read them all.
            query.append('"').append(word).append(word.codePointCount(0, word.length()) > 1 ? "\"*" : "\"");
        }
        return Optional.of(query.toString());
    }
}
