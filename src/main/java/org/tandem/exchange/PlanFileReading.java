package org.tandem.exchange;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

import java.io.IOException;

/** A read of a plan file bounded in size, whatever goes wrong in it said as one problem of the file in a user's words. */
final class PlanFileReading {
    private PlanFileReading() {
    }

    @FunctionalInterface
    interface Reading<T> {
        T read() throws IOException;
    }

    /** A read of at most {@link PlanFileParser#MAX_BYTES}, its failures said as a problem of the file. */
    static <T> T guarded(long size, Reading<T> reading) {
        if (size > PlanFileParser.MAX_BYTES) {
            throw new PlanFileProblem("$", "the file is " + size / (1024 * 1024) + " MB; a plan file may be 200 MB at most");
        }
        if (size == 0) {
            throw new PlanFileProblem("$", "the file is empty");
        }
        try {
            return reading.read();
        } catch (StreamConstraintsException e) {
            throw new PlanFileProblem("$", "the file goes beyond what a plan file may hold (" + firstLine(e.getOriginalMessage()) + ")");
        } catch (JsonProcessingException e) {
            throw new PlanFileProblem(where(e), "not valid JSON: " + plainWords(firstLine(e.getOriginalMessage()))
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")"));
        } catch (IOException e) {
            throw new PlanFileProblem("$", "could not be read: " + e.getMessage());
        }
    }

    private static String where(JsonProcessingException e) {
        if (e.getProcessor() instanceof JsonParser p && p.getParsingContext() != null) {
            String pointer = p.getParsingContext().pathAsPointer().toString();
            return PlanValues.pathOf(pointer);
        }
        return "$";
    }

    /** Jackson's words for the common breakages, in a user's. */
    private static String plainWords(String message) {
        if (message.startsWith("Non-standard token")) {
            return "NaN and Infinity are not numbers a plan file can hold";
        }
        if (message.startsWith("Unexpected end-of-input")) {
            return "the file ends too early (it may have been cut short)";
        }
        return message.replaceAll(":? ?\\(?(for|to) allow[^)]*\\)?|: enable `[^`]*` to allow", "").strip();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
