package org.tandem.domain;

import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;

/**
 * Dates as people read and type them. Shown in one form across the app, ISO (2026-03-14): it reads
 * the same in every locale and sorts as text. Typed either as ISO or in the locale's short form
 * (14/03/2026 in the UK, 3/14/2026 in the US, two-digit years too); anything else is refused with
 * an example instead of being guessed.
 */
public final class DateText {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

    private DateText() {
    }

    public static String show(LocalDate date) {
        return date == null ? "" : date.format(ISO);
    }

    public static String range(LocalDate start, LocalDate end) {
        return start.equals(end) ? show(start) : show(start) + " - " + show(end);
    }

    /**
     * @return the date, or null for an empty text
     * @throws InvalidInput naming the field, with an example of each accepted form
     */
    public static LocalDate parse(String text, Locale locale, String field) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        for (DateTimeFormatter format : formats(locale)) {
            try {
                return LocalDate.parse(trimmed, format);
            } catch (DateTimeParseException notThisForm) {
                // try the next form
            }
        }
        throw new InvalidInput(field, "\"" + shorten(trimmed) + "\" is not a date: type it as " + example(locale)
                + " or 2026-11-23.");
    }

    /** Today's date in the locale's short form, as the example in a message. */
    static String example(Locale locale) {
        return LocalDate.of(2026, 11, 23).format(localShort(locale, true));
    }

    private static List<DateTimeFormatter> formats(Locale locale) {
        return List.of(ISO.withResolverStyle(ResolverStyle.STRICT), localShort(locale, true), localShort(locale, false));
    }

    /** The locale's short pattern, with a four-digit year or as the locale writes it (often two digits). */
    private static DateTimeFormatter localShort(Locale locale, boolean fullYear) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null, IsoChronology.INSTANCE, locale);
        if (fullYear) {
            pattern = pattern.replaceAll("y+", "yyyy");
        } else if (pattern.matches(".*(?<!y)yy(?!y).*")) {
            pattern = pattern.replaceAll("y+", "yy");
        }
        // uuuu with STRICT keeps 31/02 from turning into 28/02; a lenient day would hide a typing mistake
        return DateTimeFormatter.ofPattern(pattern.replace("yyyy", "uuuu").replace("yy", "uu"), locale)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
