package io.github.torcindex.indexer;

import io.github.torcindex.ErrorCode;
import io.github.torcindex.TorcIndexException;
import io.github.torcindex.schema.TorcDatabase;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every change does before it changes anything, and holds while it runs: one torc-index run per database
 * (the {@link RunLock}), a stale Liquibase lock of a killed torc-index run released and any other refused, a
 * bounded wait for SQLite's write lock, and the backup.
 */
final class ChangeGuard implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeGuard.class);

    private final TorcDatabase db;
    private final RunLock runLock;
    private final Optional<String> released;

    private ChangeGuard(TorcDatabase db, RunLock runLock, Optional<String> released) {
        this.db = db;
        this.runLock = runLock;
        this.released = released;
    }

    /**
     * Opens the database for a change (read-only for a dry run) and, unless a dry run, takes the run lock and
     * releases a stale lock of a killed torc-index run.
     */
    static ChangeGuard open(Path database, boolean dryRun, Duration busyTimeout) {
        TorcDatabase db = TorcDatabase.open(database, dryRun ? TorcDatabase.Access.READ_ONLY
                : TorcDatabase.Access.READ_WRITE, busyTimeout);
        if (dryRun) {
            return new ChangeGuard(db, null, Optional.empty());
        }
        RunLock lock;
        try {
            lock = RunLock.take(db.path());
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        try {
            return new ChangeGuard(db, lock, releaseStaleLock(db));
        } catch (RuntimeException e) {
            lock.close();
            db.close();
            throw e;
        }
    }

    TorcDatabase db() {
        return db;
    }

    /** What was said on releasing a stale lock, if one was released. */
    Optional<String> released() {
        return released;
    }

    /**
     * Refuses a held changelog lock, waits (up to the busy timeout) for SQLite's write lock, and takes the backup
     * if asked.
     */
    Optional<Path> prepare(ChangelogHistory history, boolean backup, Clock clock) {
        requireUnlocked(db, history);
        requireWriteLock(db);
        Optional<Path> taken = backup ? Optional.of(DatabaseBackup.take(db, clock)) : Optional.empty();
        taken.ifPresent(b -> LOG.info("Backup of {} written to {}", db.path(), b));
        return taken;
    }

    @Override
    public void close() {
        try {
            db.close();
        } finally {
            if (runLock != null) {
                runLock.close();
            }
        }
    }

    /**
     * Releases the changelog lock if a killed torc-index run on this host left it (the only holder that can be
     * proven gone); any other holder is left for {@link #requireUnlocked} to report.
     */
    private static Optional<String> releaseStaleLock(TorcDatabase db) {
        Optional<ChangelogHistory.Lock> held = ChangelogHistory.read(db).lock();
        Optional<Long> dead = held.flatMap(l -> LockHolder.deadLocalTorcIndex(l.lockedBy()));
        if (dead.isEmpty()) {
            return Optional.empty();
        }
        ChangelogHistory.Lock lock = held.get();
        try {
            if (!ChangelogHistory.release(db, lock)) {
                return Optional.empty(); // someone changed the lock row meanwhile; requireUnlocked reports it
            }
        } catch (SQLException e) {
            throw db.failure("release the stale changelog lock of", e);
        }
        String note = "Released the Liquibase changelog lock left by " + lock.lockedBy() + " since "
                + lock.granted() + ": torc-index process " + dead.get() + " on this host is no longer running (it "
                + "was killed or crashed).";
        LOG.debug(note);
        return Optional.of(note);
    }

    private static void requireUnlocked(TorcDatabase db, ChangelogHistory history) {
        if (history.lock().isPresent()) {
            ChangelogHistory.Lock lock = history.lock().get();
            throw new TorcIndexException(ErrorCode.LOCKED, "The Liquibase changelog lock of " + db.path()
                    + " is held by " + lock.lockedBy() + " since " + lock.granted() + ". If no torc-index or "
                    + "Liquibase run is active on this database (a killed run leaves the lock behind), release "
                    + "it with `torc-index unlock --db " + db.path() + "` and run again.");
        }
    }

    /**
     * Waits (up to the busy timeout) for SQLite's write lock and releases it at once, so that a database another
     * writer keeps busy is reported clearly before anything is written, backup included.
     */
    private static void requireWriteLock(TorcDatabase db) {
        try (Statement st = db.connection().createStatement()) {
            st.execute("BEGIN IMMEDIATE");
            st.execute("ROLLBACK");
        } catch (SQLException e) {
            TorcIndexException failure = db.failure("take the write lock of", e);
            throw failure.code() == ErrorCode.LOCKED ? new TorcIndexException(ErrorCode.LOCKED, "Could not take "
                    + "the write lock of " + db.path() + " within the busy timeout: another connection (the Torc "
                    + "server?) is writing. Retry when it is quieter, or raise --busy-timeout.", e) : failure;
        }
    }
}
