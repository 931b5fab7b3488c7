package org.tandem.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where the SQLite driver loads its native library from. By default sqlite-jdbc copies it (1.1 MB) out of the jar into
 * the temp folder at every start, under a new name each time, and a killed process leaves its copy behind. Tandem
 * copies it once into its cache folder, named by the driver's version, and points the driver there: the database
 * opens in half the time (65 instead of 130 ms here), while the window's first frame is being drawn on the other core.
 */
public final class SqliteLibrary {
    private static final System.Logger LOG = System.getLogger("org.tandem");
    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";

    private SqliteLibrary() {
    }

    /**
     * Points the driver at a copy of its library in {@code cache} (made now if missing or of another size). Call before
     * the first database opens. Anything in the way (an unknown system, a read-only folder) leaves the driver's own way.
     */
    public static void useCopyIn(Path cache) {
        if (System.getProperty(PATH_PROPERTY) != null) {
            return; // chosen by whoever started the JVM
        }
        copyIn(cache).ifPresent(library -> {
            System.setProperty(PATH_PROPERTY, library.getParent().toString());
            System.setProperty(NAME_PROPERTY, library.getFileName().toString());
        });
    }

    /** The library copied into {@code cache} for this system and driver version, or empty when that cannot be done. */
    static java.util.Optional<Path> copyIn(Path cache) {
        try {
            String name = System.mapLibraryName("sqlitejdbc");
            URL bundled = org.sqlite.JDBC.class.getResource("/org/sqlite/native/"
                    + org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + name);
            if (bundled == null) {
                return java.util.Optional.empty();
            }
            URLConnection connection = bundled.openConnection();
            long size = connection.getContentLengthLong();
            Path folder = cache.resolve("sqlite-" + org.sqlite.SQLiteJDBCLoader.getVersion() + "-"
                    + org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS().replace('/', '-'));
            Path library = folder.resolve(name);
            if (!Files.isRegularFile(library) || Files.size(library) != size) {
                Files.createDirectories(folder);
                // written whole under another name, then renamed: a half-copied library is never loaded
                Path part = Files.createTempFile(folder, name, ".part");
                try (InputStream in = connection.getInputStream()) {
                    Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                }
                Files.move(part, library, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            return java.util.Optional.of(library);
        } catch (IOException | RuntimeException | LinkageError e) {
            LOG.log(System.Logger.Level.DEBUG, "SQLite's library is loaded the driver's own way", e);
            return java.util.Optional.empty();
        }
    }
}
