package org.tandem.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/** The rules for a plan's name: required, trimmed, at most 120 characters, unique ignoring case. */
public final class PlanName {
    public static final String FIELD = "name";
    public static final int MAX_LENGTH = 120;

    private PlanName() {
    }

    public static String normalise(String raw) {
        return raw == null ? "" : raw.strip();
    }

    /** The problem with this name on its own (uniqueness needs the other plans, see {@link #key}). */
    public static Optional<String> problem(String raw) {
        String name = normalise(raw);
        if (name.isEmpty()) {
            return Optional.of("Give the plan a name.");
        }
        int length = name.codePointCount(0, name.length());
        if (length > MAX_LENGTH) {
            return Optional.of("A plan name can be at most " + MAX_LENGTH + " characters (this one has " + length + ").");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            return Optional.of("A plan name cannot contain line breaks or tabs.");
        }
        return Optional.empty();
    }

    /**
     * The form two names are compared in: "Coffee plan" and " COFFEE PLAN " are the same name.
     * Unicode-aware, unlike SQLite's NOCASE, which folds only ASCII.
     */
    public static String key(String raw) {
        String composed = Normalizer.normalize(normalise(raw), Normalizer.Form.NFKC);
        return composed.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    public static String takenMessage(String name) {
        return "A plan named \"" + normalise(name) + "\" already exists.";
    }

    /**
     * A free name for a copy: "Name (2)", "Name (3)", ... kept within the length limit.
     *
     * @param taken tells whether a name is already used
     */
    public static String firstFree(String wanted, java.util.function.Predicate<String> taken) {
        String base = normalise(wanted);
        if (!taken.test(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String suffix = " (" + n + ")";
            String stem = base;
            int room = MAX_LENGTH - suffix.length();
            if (stem.codePointCount(0, stem.length()) > room) {
                stem = stem.substring(0, stem.offsetByCodePoints(0, room)).strip();
            }
            String candidate = stem + suffix;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }
}
