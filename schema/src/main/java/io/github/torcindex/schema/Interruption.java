package io.github.torcindex.schema;

import io.github.torcindex.ErrorCode;
import io.github.torcindex.TorcIndexException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConnection;

/**
 * A process-wide request to stop, made by a front end when the user presses Ctrl-C or the process gets SIGTERM.
 *
 * <p>The library stays in charge of its own cleanup: {@link #request} interrupts the statement each open
 * connection is running ({@code sqlite3_interrupt}: SQLite rolls that statement's transaction back), deletes the
 * temporary files registered with {@link #deleteOnInterrupt} (a half-written backup), and makes {@link #check}
 * throw {@link ErrorCode#INTERRUPTED} at the next safe point, so that the operation unwinds through its normal
 * failure path: Liquibase's lock released, the level reported. The front end installs the signal handler and
 * waits for that unwinding; library code never installs one.
 */
public final class Interruption {

    private static final Logger LOG = LoggerFactory.getLogger(Interruption.class);
    private static final AtomicReference<String> REQUESTED = new AtomicReference<>();
    private static final Set<Connection> CONNECTIONS = ConcurrentHashMap.newKeySet();
    private static final Set<Path> TEMPORARY = ConcurrentHashMap.newKeySet();

    private Interruption() {
    }

    /**
     * Asks every running operation to stop: interrupts the open connections' statements and deletes the
     * registered temporary files. Safe to call from a shutdown hook or signal handler thread.
     *
     * @param why what stopped the run, for messages ("Ctrl-C", "SIGTERM")
     */
    public static void request(String why) {
        if (!REQUESTED.compareAndSet(null, why)) {
            return;
        }
        for (Connection c : CONNECTIONS) {
            if (c instanceof SQLiteConnection sqlite) {
                try {
                    sqlite.getDatabase().interrupt();
                } catch (SQLException e) {
                    LOG.debug("Could not interrupt a connection", e);
                }
            }
        }
        TEMPORARY.forEach(Interruption::deleteWithJournal);
    }

    /** Whether a stop was requested. */
    public static boolean isRequested() {
        return REQUESTED.get() != null;
    }

    /**
     * Throws if a stop was requested: called at the points where an operation can stop without leaving anything
     * half-done (between changesets, before a backup).
     *
     * @param state what has been done, for the message ("the database is at level 2")
     * @throws TorcIndexException with {@link ErrorCode#INTERRUPTED}
     */
    public static void check(String state) {
        String why = REQUESTED.get();
        if (why != null) {
            throw new TorcIndexException(ErrorCode.INTERRUPTED, "Stopped by " + why + "; " + state + ".");
        }
    }

    /** What stopped the run ("Ctrl-C"), or null. */
    public static String reason() {
        return REQUESTED.get();
    }

    static void register(Connection connection) {
        CONNECTIONS.add(connection);
    }

    static void unregister(Connection connection) {
        CONNECTIONS.remove(connection);
    }

    /** Registers a temporary file (and its journal) to delete if a stop is requested while it is written. */
    public static void deleteOnInterrupt(Path file) {
        TEMPORARY.add(file);
        if (isRequested()) {
            deleteWithJournal(file);
        }
    }

    /** Forgets a temporary file: it was completed (renamed) or removed. */
    public static void forget(Path file) {
        TEMPORARY.remove(file);
    }

    /** Deletes a file with the journal files SQLite may have written beside it, ignoring failures. */
    public static void deleteWithJournal(Path file) {
        for (String suffix : new String[] {"", "-journal", "-wal", "-shm"}) {
            try {
                Files.deleteIfExists(Path.of(file + suffix));
            } catch (IOException e) {
                LOG.debug("Could not delete {}{}", file, suffix, e);
            }
        }
    }
}
