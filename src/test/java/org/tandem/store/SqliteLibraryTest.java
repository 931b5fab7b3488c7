package org.tandem.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** SQLite's native library is copied once into the cache folder, whole, and copied again only when it is not whole. */
class SqliteLibraryTest {
    @TempDir
    Path cache;

    private static byte[] bundled(Path library) throws Exception {
        String resource = "/org/sqlite/native/" + org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS() + "/"
                + library.getFileName();
        try (InputStream in = org.sqlite.JDBC.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }

    @Test
    void theLibraryIsCopiedOnceByteForByteAndACutCopyIsReplaced() throws Exception {
        Path library = SqliteLibrary.copyIn(cache).orElseThrow();
        assertThat(library).startsWith(cache);
        assertThat(library.getParent().getFileName().toString()).contains(org.sqlite.SQLiteJDBCLoader.getVersion());
        assertThat(Files.readAllBytes(library)).isEqualTo(bundled(library));

        Files.setLastModifiedTime(library, java.nio.file.attribute.FileTime.fromMillis(0));
        assertThat(SqliteLibrary.copyIn(cache)).contains(library);
        assertThat(Files.getLastModifiedTime(library).toMillis()).as("a whole copy is kept as it is").isZero();

        Files.write(library, new byte[100]); // cut short: a crash while copying, or a damaged disk
        assertThat(SqliteLibrary.copyIn(cache)).contains(library);
        assertThat(Files.readAllBytes(library)).isEqualTo(bundled(library));
        try (var left = Files.list(library.getParent())) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly(library.getFileName().toString());
        }
    }

    @Test
    void aCacheThatCannotBeWrittenLeavesTheDriversOwnWay() throws Exception {
        Path notAFolder = Files.writeString(cache.resolve("cache"), "a file where the folder should be");
        assertThat(SqliteLibrary.copyIn(notAFolder)).isEmpty();
    }
}
