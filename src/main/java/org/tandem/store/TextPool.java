package org.tandem.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One copy of each short text while a whole plan is read: a plan of 100,000 entities repeats the same dates,
 * times, choices and ids hundreds of thousands of times, and three versions of it meet in a merge.
 */
public final class TextPool {
    private static final int SHORT = 40;
    private final Map<String, String> pool = new HashMap<>();

    public String of(String text) {
        if (text == null || text.length() > SHORT) {
            return text;
        }
        String kept = pool.putIfAbsent(text, text);
        return kept == null ? text : kept;
    }

    /** The row's short texts, and those in its lists, replaced by their pooled copies. */
    public PlanRow pooled(PlanRow row) {
        Object[] values = row.values();
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof String s) {
                values[i] = of(s);
            } else if (values[i] instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof String) {
                values[i] = list.stream().map(o -> of((String) o)).toList();
            }
        }
        return new PlanRow(of(row.id()), values);
    }
}
