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
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.sqlite.SQLiteConfig;

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

    /** A consistent copy (WAL content included) beside the file, before a migration changes it. */
    static Path beforeMigration(Path path, int version) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path target = path.resolveSibling(path.getFileName() + ".v" + version + "-" + stamp + ".bak");
        for (int n = 2; Files.exists(target); n++) {
            target = path.resolveSibling(path.getFileName() + ".v" + version + "-" + stamp + "-" + n + ".bak");
        }
        // written under a name no one takes for a backup, checked, then renamed: a copy cut short by a crash or a kill
        // is never left looking like a good backup
        Path part = target.resolveSibling(target.getFileName() + ".part");
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try {
            try (Connection c = config.createConnection("jdbc:sqlite:" + path);
                 var statement = c.prepareStatement("VACUUM INTO ?")) {
                statement.setString(1, part.toString());
                statement.execute();
            }
            try (Connection copy = Database.untouched(part)) {
                String check = Database.quickCheck(copy);
                if (!check.equals("ok") || Database.userVersion(copy) != version) {
                    throw new SQLException("the copy did not check out (" + Database.firstLine(check) + ", schema " + Database.userVersion(copy) + ")");
                }
            }
            Files.move(part, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (SQLException | IOException e) {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // the half copy keeps its .part name: never taken for a backup
            }
            throw new DatabaseRefused("Could not back up " + path + " before updating it (" + Database.firstLine(e.getMessage())
                    + "); it was left unchanged.", e);
        }
    }
}
