package org.tandem.store;

import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A write that failed because the disk is full, told as such. SQLite says "database or disk is full" when a page
 * cannot be written; when the full disk is met while committing, it has already rolled the transaction back and
 * the commit says only "cannot commit - no transaction is active", so the disk's free space decides.
 */
final class DiskFull {
    /** Less free room than this on the database's disk, and a failed commit is put down to it. */
    private static final long NEARLY_FULL = 2L * 1024 * 1024;

    private DiskFull() {
    }

    static boolean in(Throwable failure, Path file) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (says(t, file)) {
                return true;
            }
            for (Throwable s : t.getSuppressed()) {
                if (says(s, file)) {
                    return true;
                }
            }
        }
        return false;
    }

    static StoreException problem(Path file, Throwable cause) {
        return new StoreException("The disk holding " + file + " is full: nothing of this change was saved."
                + " Free some space and do it again.", cause);
    }

    private static boolean says(Throwable t, Path file) {
        if (t instanceof SQLiteException sqlite && sqlite.getResultCode() == SQLiteErrorCode.SQLITE_FULL) {
            return true;
        }
        String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
        return message.contains("database or disk is full")
                || message.contains("no transaction is active") && nearlyFull(file);
    }

    private static boolean nearlyFull(Path file) {
        try {
            return Files.getFileStore(file).getUsableSpace() < NEARLY_FULL;
        } catch (IOException e) {
            return false;
        }
    }
}
