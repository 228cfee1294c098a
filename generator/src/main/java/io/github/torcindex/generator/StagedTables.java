package io.github.torcindex.generator;

import io.github.torcindex.schema.Interruption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Inserts the rows of a few large tables into a staging file of their own, on a thread of their own, while the
 * main connection inserts the rest; at the end one {@code INSERT INTO t SELECT * FROM staged.t} per table copies
 * them over. One SQLite file takes one writer, so without this one core inserts every row and the other is mostly
 * idle; the copy is SQLite's transfer optimisation (the same schema on both sides: stored records are copied as
 * they are, not rebuilt), which costs a tenth to a fifth of inserting the rows (docs/generator.md).
 *
 * <p>Used only for a new database ({@code generate --out}): the staging file is {@code <partial>.staging} beside
 * the {@code .partial} file, deleted when the copy is done, on any failure and on Ctrl-C.
 */
final class StagedTables implements AutoCloseable {

    /**
     * The tables staged, about 40% of SQLite's insert work, measured (docs/generator.md): {@code job} (Torc's two
     * partial indexes on it make its rows the dearest to insert, and the copy takes their entries as they are:
     * a tenth of inserting them) and {@code result}. Staging more makes the final copy, which runs alone, longer
     * than what the two threads save.
     */
    static final Set<GeneratedTable> STAGED = EnumSet.of(GeneratedTable.JOB, GeneratedTable.RESULT);

    private final Path file;
    private final Connection connection;
    private final List<GeneratedTable> tables;
    private final BlockingQueue<RowChunk> queue = new ArrayBlockingQueue<>(4);
    private final Thread thread;
    private volatile Throwable failure;

    private StagedTables(Path file, Connection connection, List<GeneratedTable> tables) {
        this.file = file;
        this.connection = connection;
        this.tables = tables;
        this.thread = new Thread(this::insertAll, "torc-index-staging");
        thread.setDaemon(true);
    }

    /**
     * Creates the staging file beside {@code partial} with the staged tables of {@code main} (their own
     * {@code CREATE TABLE} and {@code CREATE INDEX} text, so that the final copy is a transfer) and starts
     * inserting.
     */
    static StagedTables start(Connection main, Path partial, Set<String> present) throws SQLException {
        List<GeneratedTable> tables = STAGED.stream().filter(t -> present.contains(t.table)).toList();
        Path file = Path.of(partial + ".staging");
        Interruption.deleteWithJournal(file);
        Interruption.deleteOnInterrupt(file);
        List<String> ddl = new ArrayList<>();
        String names = tables.stream().map(t -> "'" + t.table + "'").collect(Collectors.joining(", "));
        try (Statement st = main.createStatement();
             ResultSet rs = st.executeQuery("SELECT sql FROM sqlite_master WHERE tbl_name IN (" + names + ") AND "
                     + "type IN ('table', 'index') AND sql IS NOT NULL ORDER BY type = 'index', rowid")) {
            while (rs.next()) {
                ddl.add(rs.getString(1));
            }
        }
        Connection connection = null;
        try {
            connection = DriverManager.getConnection("jdbc:sqlite:" + file);
            try (Statement st = connection.createStatement()) {
                for (String s : List.of("PRAGMA journal_mode = OFF", "PRAGMA synchronous = OFF",
                        "PRAGMA foreign_keys = OFF", "PRAGMA cache_size = -131072", "PRAGMA locking_mode = EXCLUSIVE")) {
                    st.execute(s);
                }
                for (String s : ddl) {
                    st.execute(s);
                }
            }
            connection.setAutoCommit(false);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            Interruption.deleteWithJournal(file);
            Interruption.forget(file);
            throw e;
        }
        StagedTables staged = new StagedTables(file, connection, tables);
        staged.thread.start();
        return staged;
    }

    /** The names of the tables this stages: the main connection leaves them out. */
    Set<String> tableNames() {
        return tables.stream().map(t -> t.table).collect(Collectors.toSet());
    }

    /**
     * Hands a chunk (or {@link RowChunk#END}) to the staging thread.
     *
     * @throws Failed if the staging thread failed
     * @throws io.github.torcindex.TorcIndexException if a stop was requested (the staging file is gone)
     */
    void put(RowChunk chunk) throws InterruptedException {
        while (!queue.offer(chunk, 50, TimeUnit.MILLISECONDS)) {
            failIfFailed();
            Interruption.check("no database was written");
            if (!thread.isAlive()) {
                throw new IllegalStateException("the staging thread stopped before the last chunk");
            }
        }
    }

    private void insertAll() {
        Set<String> names = tableNames();
        try (RowInserter inserter = new RowInserter(connection, names)) {
            while (true) {
                RowChunk chunk = queue.take();
                if (Interruption.isRequested()) {
                    return; // the staging file was deleted; the main thread reports the stop
                }
                if (chunk == RowChunk.END) {
                    connection.commit();
                    return;
                }
                inserter.insert(chunk);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = e;
        } catch (SQLException | RuntimeException | Error e) {
            failure = e;
        }
    }

    /**
     * Waits for the staging thread to insert its last chunk, then copies the staged tables into {@code main}
     * in one transaction (main must be in auto-commit mode: SQLite attaches no file inside a transaction).
     */
    void copyInto(Connection main) throws SQLException, InterruptedException {
        thread.join();
        if (failure instanceof SQLException e) {
            throw e;
        }
        failIfFailed();
        connection.close();
        // A stop deletes the staging file; ATTACH would create an empty one in its place.
        Interruption.check("no database was written");
        try (Statement st = main.createStatement()) {
            try (PreparedStatement attach = main.prepareStatement("ATTACH DATABASE ? AS staged")) {
                attach.setString(1, file.toString());
                attach.execute();
            }
            try {
                st.execute("BEGIN");
                for (GeneratedTable t : tables) {
                    st.execute("INSERT INTO main." + t.table + " SELECT * FROM staged." + t.table);
                }
                st.execute("COMMIT");
            } catch (SQLException e) {
                try {
                    st.execute("ROLLBACK");
                } catch (SQLException none) {
                    e.addSuppressed(none); // no transaction was left open
                }
                throw e;
            } finally {
                st.execute("DETACH DATABASE staged");
            }
        }
    }

    private void failIfFailed() {
        Throwable f = failure;
        if (f != null) {
            throw new Failed(f);
        }
    }

    /** The staging thread's failure; {@link #sqlCause()} gives an SQLite error as itself (a full disk, say). */
    static final class Failed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failed(Throwable cause) {
            super("inserting the staged tables failed: " + cause, cause);
        }

        SQLException sqlCause() {
            return getCause() instanceof SQLException e ? e : null;
        }
    }

    /** Stops the staging thread if it still runs and deletes the staging file. */
    @Override
    public void close() {
        thread.interrupt();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeQuietly(connection);
        Interruption.deleteWithJournal(file);
        Interruption.forget(file);
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // closing after a failure: the failure itself is what is reported
        }
    }
}
