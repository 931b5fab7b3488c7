package org.tandem.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A note's tags: typed as "pricing, cafes", kept trimmed, without duplicates ignoring case. */
public final class Tags {
    public static final int MAX_LENGTH = 40;

    private Tags() {
    }

    /** Splits typed text on commas (and line breaks) into clean tags, first spelling wins. */
    public static List<String> parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return normalise(List.of(typed.split("[,\\n;]")));
    }

    public static List<String> normalise(List<String> tags) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String raw : tags) {
            String tag = raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
            if (tag.startsWith("#")) {
                tag = tag.substring(1).strip();
            }
            if (!tag.isEmpty()) {
                byKey.putIfAbsent(tag.toLowerCase(Locale.ROOT), tag);
            }
        }
        return List.copyOf(new ArrayList<>(byKey.values()));
    }

    public static String format(List<String> tags) {
        return String.join(", ", tags);
    }
}
