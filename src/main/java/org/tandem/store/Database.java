package org.tandem.store;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The one SQLite file. Opening checks the file before touching it: a file that is not a SQLite
 * database, belongs to another program or was written by a newer Tandem is refused and left
 * byte-for-byte as it was. An older schema is copied aside, then migrated one numbered file at a
 * time, each in its own transaction.
 */
public final class Database implements AutoCloseable {
    /** Written into the file header so other programs' SQLite files are told apart: "TAND". */
    static final int APPLICATION_ID = 0x54414E44;
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    /** How long a writer waits for another program's write to finish (the command line importing a plan, say). */
    private static final int BUSY_TIMEOUT_MS = 30_000;

    private final Path file;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private final Path backup;

    private Database(Path file, Connection connection, Path backup) {
        this.file = file;
        this.connection = connection;
        this.backup = backup;
    }

    public static Database open(Path file) {
        return open(file, Migrations.ALL);
    }

    public static Database open(Path file, Migrations migrations) {
        StoreThread.refuseFxThread();
        Path path = file.toAbsolutePath().normalize();
        int version = existingVersion(path, migrations);
        Path backup = null;
        if (version > 0 && version < migrations.latest()) {
            backup = Backups.beforeMigration(path, version);
        }
        Connection connection = connect(path);
        try {
            migrate(connection, version, migrations);
        } catch (RuntimeException e) {
            closeQuietlyAfter(connection, e);
            throw e;
        }
        return new Database(path, connection, backup);
    }

    public Path file() {
        return file;
    }

    /** The copy made before this open migrated an older file, if it did. */
    public Optional<Path> backup() {
        return Optional.ofNullable(backup);
    }

    /**
     * A mark that changes whenever anything in the file changed: through this connection (SQLite's total_changes()) or
     * through another (its data_version). A screen coming back into view reads again only if the mark moved.
     */
    public String changeMark() {
        return read(c -> {
            try (Statement s = c.createStatement(); ResultSet version = s.executeQuery("PRAGMA data_version")) {
                long other = version.getLong(1);
                try (ResultSet mine = s.executeQuery("SELECT total_changes()")) {
                    return other + ":" + mine.getLong(1);
                }
            }
        });
    }

    public int schemaVersion() {
        return read(c -> userVersion(c));
    }

    /** Runs queries; nothing is committed beyond what the work itself does. */
    public <T> T read(SqlWork<T> work) {
        StoreThread.refuseFxThread();
        lock.lock();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException("Could not read from the database: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs queries on a read-only connection of their own, in one read transaction: they see the file as it was at
     * their first query, and this database's own reads and writes go on meanwhile (the file is in WAL mode). For long
     * reads such as an export written section by section as it is read.
     */
    public <T> T snapshot(SqlWork<T> work) {
        StoreThread.refuseFxThread();
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        try (Connection c = config.createConnection("jdbc:sqlite:" + file)) {
            c.setAutoCommit(false);
            try {
                return work.run(c);
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read from the database: " + e.getMessage(), e);
        }
    }

    /**
     * Runs the work in one transaction: all of it is saved, or on any failure none of it.
     * A write inside a write joins the outer transaction.
     */
    public <T> T write(SqlWork<T> work) {
        StoreThread.refuseFxThread();
        lock.lock();
        try {
            if (!connection.getAutoCommit()) {
                return work.run(connection);
            }
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollback(e);
                if (e instanceof RuntimeException && DiskFull.in(e, file)) {
                    throw DiskFull.problem(file, e);
                }
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            if (DiskFull.in(e, file)) {
                throw DiskFull.problem(file, e);
            }
            throw new StoreException("Could not save to the database: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (!connection.isClosed()) {
                connection.close();
            }
        } catch (SQLException e) {
            throw new StoreException("Could not close the database cleanly: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    private void rollback(Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }

    /** The schema version of an existing file, 0 for a new or empty one; refuses what it cannot use. */
    private static int existingVersion(Path path, Migrations migrations) {
        if (!Files.exists(path)) {
            return 0;
        }
        if (Files.isDirectory(path)) {
            throw new DatabaseRefused(path + " is a folder, not a Tandem database file.");
        }
        if (!Files.isRegularFile(path)) {
            // a pipe would block the first read for ever, a device would be read without end
            throw new DatabaseRefused(path + " is not a regular file (a pipe, a device or a socket), so it cannot be a Tandem"
                    + " database; it was left unchanged.");
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(path)) {
            head = in.readNBytes(SQLITE_MAGIC.length);
        } catch (IOException e) {
            throw new DatabaseRefused("Cannot read " + path + ": " + describe(e), e);
        }
        if (head.length == 0) {
            return 0;
        }
        if (!Arrays.equals(head, SQLITE_MAGIC)) {
            throw new DatabaseRefused(path + " is not a Tandem database (it is not a SQLite file); it was left unchanged.");
        }
        try (Connection probe = untouched(path)) {
            int applicationId = intPragma(probe, "application_id");
            int version = userVersion(probe);
            if (applicationId != 0 && applicationId != APPLICATION_ID) {
                throw new DatabaseRefused(path + " belongs to another program (it is not a Tandem database); it was left unchanged.");
            }
            if (version > migrations.latest()) {
                throw new DatabaseRefused(path + " was written by a newer version of Tandem (schema " + version
                        + ", this version knows up to " + migrations.latest() + "). Update Tandem to open it; the file was left unchanged.");
            }
            if (version == 0 && applicationId == 0 && hasTables(probe)) {
                throw new DatabaseRefused(path + " is a SQLite database of another program, not a Tandem database; it was left unchanged.");
            }
            String check;
            try {
                check = quickCheck(probe);
            } catch (SQLException damaged) {
                check = damaged.getMessage(); // "database disk image is malformed": too damaged to check
            }
            if (!check.equals("ok")) {
                throw new DatabaseRefused(path + " is damaged (SQLite's check says: " + firstLine(check) + "); it was left unchanged. "
                        + Backups.latestGood(path).map(b -> "The latest good backup is " + b + ": copy it over the damaged file"
                        + " to go on from it.").orElse("No good backup of it was found beside it."));
            }
            return version;
        } catch (SQLException e) {
            throw new DatabaseRefused("Cannot open " + path + " as a Tandem database (" + firstLine(e.getMessage())
                    + "); it was left unchanged.", e);
        }
    }

    private static Connection connect(Path path) {
        try {
            Path parent = path.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new DatabaseRefused("Cannot create the folder for " + path + ": " + describe(e), e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        // a transaction takes the write lock when it begins: a deferred one that read first could not be
        // made to wait when another program wrote meanwhile (SQLITE_BUSY at once, whatever the timeout)
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        try {
            return config.createConnection("jdbc:sqlite:" + path);
        } catch (SQLException e) {
            throw new DatabaseRefused("Cannot open " + path + " (" + firstLine(e.getMessage()) + ").", e);
        }
    }

    private static void migrate(Connection connection, int from, Migrations migrations) {
        for (int version = from + 1; version <= migrations.latest(); version++) {
            String sql = migrations.sql(version);
            try {
                connection.setAutoCommit(false);
                try {
                    // read inside the immediate transaction: no other program can change it before we do
                    if (userVersion(connection) >= version) {
                        connection.commit(); // another program opening the same file migrated it meanwhile
                        continue;
                    }
                    // sqlite3_exec runs every statement of the file (DB.exec would run only the first)
                    SQLiteConnection sqlite = connection.unwrap(SQLiteConnection.class);
                    int status = sqlite.getDatabase()._exec(sql);
                    if (status != 0) {
                        throw new SQLException("SQLite status " + status + " running " + migrations.scripts().get(version - 1));
                    }
                    try (Statement s = connection.createStatement()) {
                        s.execute("PRAGMA user_version = " + version);
                        if (version == 1) {
                            s.execute("PRAGMA application_id = " + APPLICATION_ID);
                        }
                    }
                    connection.commit();
                } catch (SQLException | RuntimeException e) {
                    connection.rollback();
                    throw e;
                } finally {
                    connection.setAutoCommit(true);
                }
            } catch (SQLException e) {
                throw new StoreException("Could not update the database to schema " + version + " ("
                        + migrations.scripts().get(version - 1) + "): " + firstLine(e.getMessage()), e);
            }
        }
    }

    /**
     * A read-only look at a file that changes nothing beside it: SQLite's "immutable" mode takes no locks and makes no
     * -wal or -shm files, so a file refused is left exactly as it was, neighbours included.
     */
    static Connection untouched(Path path) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(org.sqlite.SQLiteOpenMode.OPEN_URI);
        // immutable mode reads the main file alone: when a write-ahead log is beside it (Tandem killed before it
        // folded its last commits in, or open elsewhere) the file's latest state is in both, so read them both;
        // the side files are there already
        Path wal = path.resolveSibling(path.getFileName() + "-wal");
        boolean logged;
        try {
            logged = Files.isRegularFile(wal) && Files.size(wal) > 0;
        } catch (IOException e) {
            logged = false;
        }
        return config.createConnection("jdbc:sqlite:" + path.toUri().toString().replaceFirst("^file://", "file:")
                + (logged ? "?mode=ro" : "?immutable=1"));
    }

    /** SQLite's quick check: "ok", or what is wrong (a damaged page, a broken index). */
    static String quickCheck(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
            return rs.next() ? rs.getString(1) : "ok";
        }
    }

    static int userVersion(Connection c) throws SQLException {
        return intPragma(c, "user_version");
    }

    private static int intPragma(Connection c, String pragma) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + pragma)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static boolean hasTables(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_schema WHERE type = 'table'")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    private static void closeQuietlyAfter(Connection connection, RuntimeException cause) {
        try {
            connection.close();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static String describe(IOException e) {
        String what = e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2");
        return e.getMessage() == null ? what : what + " (" + e.getMessage() + ")";
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
