package org.tandem.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A database in a temporary folder of its own, for work that must not touch the user's (an older plan file brought up
 * to date, the dashboard rehearsed on the sample): the folder and all in it are deleted when it is closed.
 */
public final class ScratchDatabase implements AutoCloseable {
    private static final String FILE = "scratch.db";
    private final Path folder;
    private final Database database;

    private ScratchDatabase(Path folder, Database database) {
        this.folder = folder;
        this.database = database;
    }

    /**
     * A new, empty database in a new temporary folder whose name starts with {@code prefix}. Should the app quit before
     * it is closed (a rehearsal still running), the folder and its files go when the JVM exits.
     */
    public static ScratchDatabase create(String prefix) throws IOException {
        Path folder = Files.createTempDirectory(prefix);
        Path file = folder.resolve(FILE);
        // deleted on exit in the reverse order: the files SQLite may make beside the database, then the folder
        folder.toFile().deleteOnExit();
        for (String suffix : new String[]{"", "-journal", "-wal", "-shm"}) {
            folder.resolve(FILE + suffix).toFile().deleteOnExit();
        }
        try {
            return new ScratchDatabase(folder, Database.open(file));
        } catch (RuntimeException e) {
            delete(folder);
            throw e;
        }
    }

    public Database database() {
        return database;
    }

    /** The folder the database is in (gone once closed). */
    public Path folder() {
        return folder;
    }

    @Override
    public void close() {
        try {
            database.close();
        } finally {
            delete(folder);
        }
    }

    private static void delete(Path folder) {
        try (var files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // a file still held open elsewhere: what is left goes when the app quits
            folder.toFile().deleteOnExit();
        }
    }
}
