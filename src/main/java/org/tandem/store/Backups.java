package org.tandem.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The copies Tandem keeps beside a database file before it changes its schema ("tandem.db.v9-20261130-101500.bak"). */
final class Backups {
    private Backups() {
    }

    /** The newest backup of the file that SQLite's quick check finds whole, if there is one. */
    static Optional<Path> latestGood(Path database) {
        Path folder = database.getParent();
        if (folder == null) {
            return Optional.empty();
        }
        String prefix = database.getFileName() + ".v";
        List<Path> found;
        try (Stream<Path> all = Files.list(folder)) {
            found = all.filter(p -> p.getFileName().toString().startsWith(prefix) && p.getFileName().toString().endsWith(".bak"))
                    .filter(Files::isRegularFile).sorted(Comparator.comparing(Backups::modified).reversed()).toList();
        } catch (IOException e) {
            return Optional.empty();
        }
        for (Path backup : found) {
            try (Connection c = Database.untouched(backup)) {
                if (Database.quickCheck(c).equals("ok")) {
                    return Optional.of(backup);
                }
            } catch (SQLException e) {
                // damaged too, or not a database: the next older one
            }
        }
        return Optional.empty();
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
