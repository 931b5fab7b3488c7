package org.tandem.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What the window's first frame shows of a database, read before the file is opened and checked: its settings (theme,
 * size, zoom, last plan) and its plans' names. A read-only look that changes nothing beside the file and takes no
 * locks, so it costs the same on a plan of any size, where opening checks every page first (a quarter of a second on
 * a 450 MB file, more when the disk is cold). Empty when the file cannot be read so (missing, not a regular file, not
 * Tandem's, damaged, an older layout): the window then shows its defaults until the store is open.
 */
public record StartPeek(Map<String, String> settings, List<PlanName> plans) {

    /** A live plan's id and name, in the order the plan list shows them. */
    public record PlanName(UUID id, String name) {
    }

    public static Optional<StartPeek> of(Path file) {
        try {
            // a FIFO, a directory or a device is never opened here: opening refuses them with its own words
            if (!Files.isRegularFile(file) || Files.size(file) == 0) {
                return Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        try (Connection c = Database.untouched(file)) {
            if (Rows.list(c, "PRAGMA application_id", rs -> rs.getInt(1)).get(0) != Database.APPLICATION_ID) {
                return Optional.empty();
            }
            List<PlanName> plans = Rows.list(c, "SELECT id, name FROM plan WHERE deleted_at IS NULL" + PlanRepository.LIST_ORDER,
                    rs -> new PlanName(UUID.fromString(rs.getString(1)), rs.getString(2)));
            return Optional.of(new StartPeek(SettingsRepository.all(c), plans));
        } catch (SQLException | RuntimeException unreadable) {
            return Optional.empty(); // the open that follows says what is wrong, if anything is
        }
    }
}
