package io.github.torcindex.schema;

import io.github.torcindex.ErrorCode;
import io.github.torcindex.TorcIndexException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * An open connection to a Torc SQLite database, with foreign keys on and a busy timeout.
 *
 * <p>{@link #open} never creates a file: a missing path, a directory, an empty file, a file that is not SQLite
 * and an SQLite file without Torc's tables are each refused with their own {@link ErrorCode}, and the file is
 * left exactly as it was. {@link #create} is the only way to make a new database.
 */
public final class TorcDatabase implements AutoCloseable {

    /** The 25 tables of a Torc 0.22 database. */
    public static final List<String> TABLES = List.of(
            "workflow_status", "workflow", "resource_requirements", "failure_handler", "job", "file",
            "user_data", "job_depends_on", "job_input_file", "job_output_file", "job_input_user_data",
            "job_output_user_data", "local_scheduler", "slurm_scheduler", "compute_node",
            "scheduled_compute_node", "job_internal", "result", "workflow_result", "workflow_action", "event",
            "remote_worker", "access_group", "user_group_membership", "workflow_access_group");

    /** The class-path location of the Liquibase changelog that creates the Torc baseline. */
    public static final String BASELINE_CHANGELOG = "io/github/torcindex/schema/torc-baseline.xml";

    /** The busy timeout used unless the caller gives one: long, as Torc's server uses. */
    public static final Duration DEFAULT_BUSY_TIMEOUT = Duration.ofSeconds(30);

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /** How a database is opened. */
    public enum Access {
        /** Reads only; the file and its folder may be read-only. */
        READ_ONLY,
        /** Reads and writes; the file and its folder must be writable (SQLite writes journals beside it). */
        READ_WRITE
    }

    private final Path path;
    private final Connection connection;
    TorcSchemaVersion torcVersion;

    private TorcDatabase(Path path, Connection connection) {
        this.path = path;
        this.connection = connection;
    }

    /**
     * Opens an existing Torc database for reading and writing, with the default busy timeout.
     *
     * @throws TorcIndexException if the file is missing or can't be used as a Torc database
     */
    public static TorcDatabase open(Path path) {
        return open(path, Access.READ_WRITE, DEFAULT_BUSY_TIMEOUT);
    }

    /**
     * Opens an existing Torc database.
     *
     * @param path the database file; it must exist
     * @param access whether the caller will write
     * @param busyTimeout how long a statement waits for another connection's lock
     * @throws TorcIndexException with {@link ErrorCode#DATABASE_MISSING}, {@link ErrorCode#NOT_A_FILE},
     *     {@link ErrorCode#EMPTY_FILE}, {@link ErrorCode#NOT_SQLITE}, {@link ErrorCode#NOT_TORC},
     *     {@link ErrorCode#READ_ONLY} or {@link ErrorCode#LOCKED}
     */
    public static TorcDatabase open(Path path, Access access, Duration busyTimeout) {
        Objects.requireNonNull(access, "access");
        requireTimeout(busyTimeout);
        Path file = DatabaseFile.checkExisting(path, access);
        TorcDatabase database = connect(file, access, busyTimeout, false);
        try {
            TorcSchemaCheck.requireTorc(database);
            return database;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * Creates a new database holding the Torc baseline schema (all 25 tables and Torc's deferred-unblocking
     * migration), in WAL mode as Torc's server keeps it.
     *
     * @param path where to create it; the file must not exist, its folder must
     * @throws TorcIndexException with {@link ErrorCode#ALREADY_EXISTS} if the file exists,
     *     {@link ErrorCode#DATABASE_MISSING} if its folder does not
     */
    public static TorcDatabase create(Path path) {
        return create(path, TorcSchemaVersion.Init.SEED);
    }

    /**
     * Creates a new database holding the schema a Torc version's own migrations leave (tables, Torc's own
     * indexes and its {@code _sqlx_migrations} rows), in WAL mode. For a Torc version (not the seed baseline)
     * Liquibase's own tables are dropped afterwards: the file is then as Torc's server would have built it.
     *
     * @param path where to create it; the file must not exist, its folder must
     * @param schema which schema ({@link TorcSchemaVersion.Init#ALL})
     * @throws TorcIndexException with {@link ErrorCode#ALREADY_EXISTS} if the file exists,
     *     {@link ErrorCode#DATABASE_MISSING} if its folder does not
     */
    public static TorcDatabase create(Path path, TorcSchemaVersion.Init schema) {
        return SchemaCreation.create(path, schema);
    }

    /** The absolute path of the database file. */
    public Path path() {
        return path;
    }

    /** The JDBC connection; owned by this object, closed by {@link #close()}. */
    public Connection connection() {
        return connection;
    }

    /** Which Torc schema the database holds, from Torc's migration history (read when it was opened). */
    public TorcSchemaVersion torcVersion() {
        if (torcVersion == null) {
            torcVersion = TorcSchemaVersion.read(this);
        }
        return torcVersion;
    }

    /** The version of the SQLite library in use, for example {@code 3.50.4}. */
    public String sqliteVersion() {
        return queryString("SELECT sqlite_version()");
    }

    /** The names of all tables in the database (without SQLite's internal ones), sorted. */
    public Set<String> tableNames() {
        Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery(
                     "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            return names;
        } catch (SQLException e) {
            throw failure("list the tables of", e);
        }
    }

    /**
     * Runs one SQL statement that returns no rows.
     *
     * @throws TorcIndexException naming the database and the statement if it fails
     */
    public void execute(String sql) {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw failure("run `" + sql + "` on", e);
        }
    }

    /**
     * Runs a query and returns the first column of its first row as text (null if it has no rows).
     *
     * @throws TorcIndexException naming the database and the statement if it fails
     */
    public String queryValue(String sql) {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw failure("run `" + sql + "` on", e);
        }
    }

    /**
     * Runs a query and returns the first column of every row as text, in the query's order.
     *
     * @throws TorcIndexException naming the database and the statement if it fails
     */
    public List<String> queryColumn(String sql) {
        List<String> values = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw failure("run `" + sql + "` on", e);
        }
    }

    /**
     * Turns an SQLite failure into a {@link TorcIndexException} that names this database and what was being
     * done, with the error code that matches SQLite's result code (busy and locked become
     * {@link ErrorCode#LOCKED}, read-only {@link ErrorCode#READ_ONLY}, corrupt {@link ErrorCode#NOT_SQLITE}).
     *
     * @param action what was being done, as a verb phrase completed by the path ("create index x in")
     */
    public TorcIndexException failure(String action, SQLException e) {
        return failure(path, action, e);
    }

    /**
     * Turns an SQLite failure on a file that is not open as a {@code TorcDatabase} (a file being built) into a
     * {@link TorcIndexException}, as {@link #failure(String, SQLException)} does.
     */
    public static TorcIndexException failureOf(Path path, String action, SQLException e) {
        return SqliteFailures.failure(path, action, e);
    }

    static TorcIndexException failure(Path path, String action, SQLException e) {
        return SqliteFailures.failure(path, action, e);
    }

    /**
     * The failure for a write that found the disk full, naming the folder and what is free there.
     *
     * @param action what was being done, as a verb phrase completed by the path
     */
    public static TorcIndexException diskFull(Path path, String action, Exception cause) {
        return SqliteFailures.diskFull(path, action, cause);
    }

    /** Closes the connection. */
    @Override
    public void close() {
        Interruption.unregister(connection);
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure("close", e);
        }
    }

    private String queryString(String sql) {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw failure("run `" + sql + "` on", e);
        }
    }

    static TorcDatabase connect(Path file, Access access, Duration busyTimeout, boolean create) {
        SQLiteConfig config = new SQLiteConfig();
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        config.resetOpenMode(SQLiteOpenMode.READWRITE);
        // A read-only SQLite connection to a WAL database leaves its -wal and -shm files behind on close. When
        // the file and folder are writable and no -wal exists, read through a read-write connection with
        // query_only instead: it cannot write a row, and as the last connection it removes the files it created.
        // When a -wal exists (a server is running, or one crashed) it must be truly read-only: the last read-write
        // connection to close would checkpoint that -wal into the database and delete it, changing the user's
        // files (and dropping a damaged -wal's frames for good).
        boolean queryOnly = access == Access.READ_ONLY && isWritable(file) && file.getParent() != null
                && isWritable(file.getParent()) && !Files.exists(Path.of(file + "-wal"));
        config.setOpenMode(access == Access.READ_ONLY && !queryOnly ? SQLiteOpenMode.READONLY
                : SQLiteOpenMode.READWRITE);
        if (create) {
            config.setOpenMode(SQLiteOpenMode.CREATE);
        }
        config.enforceForeignKeys(true);

        config.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, busyTimeout.toMillis()));
        Connection connection;
        try {
            connection = config.createConnection("jdbc:sqlite:" + file);
        } catch (SQLException e) {
            throw failure(file, "open", e);
        }
        TorcDatabase database = new TorcDatabase(file, connection);
        Interruption.register(connection);
        try {
            // Reading the schema is the first access that touches the file's pages: a corrupt file fails here.
            if (queryOnly) {
                database.execute("PRAGMA query_only = ON");
            }
            database.queryString("SELECT count(*) FROM sqlite_master");
            return database;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * Whether a file or folder may be written. Besides the process's access rights, a path whose permission bits
     * grant nobody write access counts as read-only: root may write it anyway, but someone made it read-only on
     * purpose, and torc-index respects that.
     */
    public static boolean isWritable(Path path) {
        return DatabaseFile.isWritable(path);
    }

    /**
     * Checks that a new file may be written at {@code path}: nothing there (or, with {@code replace}, a regular
     * file), and a writable folder. A folder, device, fifo, socket or symbolic link there is refused whatever
     * {@code replace} says: torc-index never replaces one.
     *
     * @param what what will be written, for messages ("a database", "the report")
     * @return the absolute, normalised path
     * @throws TorcIndexException with {@link ErrorCode#NOT_A_FILE}, {@link ErrorCode#ALREADY_EXISTS},
     *     {@link ErrorCode#DATABASE_MISSING} (no folder) or {@link ErrorCode#READ_ONLY}
     */
    public static Path checkNewFile(Path path, boolean replace, String what) {
        return DatabaseFile.checkNew(path, replace, what);
    }

    private static void requireTimeout(Duration busyTimeout) {
        Objects.requireNonNull(busyTimeout, "busyTimeout");
        if (busyTimeout.isNegative()) {
            throw new IllegalArgumentException("busyTimeout: must not be negative: " + busyTimeout);
        }
    }
}
