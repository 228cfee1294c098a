package io.github.torcindex.indexer;

import io.github.torcindex.ErrorCode;
import io.github.torcindex.TorcIndexException;
import io.github.torcindex.schema.ChangelogSession;
import io.github.torcindex.schema.Interruption;
import io.github.torcindex.schema.TorcDatabase;
import io.github.torcindex.schema.WriteLockLog;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.visitor.AbstractChangeExecListener;
import liquibase.command.CommandScope;
import liquibase.command.core.helpers.ChangeExecListenerCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.exception.ValidationFailedException;
import liquibase.resource.ResourceAccessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one Liquibase command on a database with torc-index's care: write-on-demand transactions (a live server
 * keeps writing), a stop requested by Ctrl-C honoured between changesets, failures translated into
 * {@link TorcIndexException}s with the database and the action, and the changelog lock released if the failed
 * run still holds it.
 */
final class LiquibaseRun {

    private static final Logger LOG = LoggerFactory.getLogger(LiquibaseRun.class);

    /** The arguments a command needs besides the database. */
    @FunctionalInterface
    interface Arguments {
        CommandScope apply(CommandScope scope);
    }

    private LiquibaseRun() {
    }

    static void run(TorcDatabase db, WriteLockLog locks, ResourceAccessor resources, String action,
            Arguments arguments, String... command) {
        try {
            ChangelogSession.run(resources, () -> arguments.apply(new CommandScope(command)
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG,
                            ChangelogSession.liquibaseDatabase(db.connection(), locks))
                    .addArgumentValue(ChangeExecListenerCommandStep.CHANGE_EXEC_LISTENER_ARG, new StopBetween()))
                    .execute());
        } catch (Exception e) {
            TorcIndexException failure = translate(db, action, e);
            releaseOwnLock(db);
            throw failure.code() == ErrorCode.LOCKED ? new TorcIndexException(ErrorCode.LOCKED, failure.getMessage()
                    + " What was applied before is kept (see `torc-index status`); run the same command again to "
                    + "finish.", e) : failure;
        } finally {
            endTransaction(db);
        }
    }

    /**
     * Rolls back what is open and returns to autocommit. SQLite may have rolled the transaction back itself
     * (a full disk, an interrupt), so "no transaction is active" is expected here, not a failure.
     */
    private static void endTransaction(TorcDatabase db) {
        try {
            if (!db.connection().getAutoCommit()) {
                db.connection().rollback();
            }
        } catch (SQLException e) {
            LOG.debug("Rollback after the run on {}: {}", db.path(), e.getMessage());
        }
        try {
            db.connection().setAutoCommit(true);
        } catch (SQLException e) {
            LOG.debug("Could not restore autocommit on {}: {}", db.path(), e.getMessage());
        }
    }

    /** Stops before the next changeset once Ctrl-C was pressed: each changeset is whole or not run. */
    private static final class StopBetween extends AbstractChangeExecListener {
        private long started;

        @Override
        public void willRun(ChangeSet changeSet, DatabaseChangeLog log, Database database,
                ChangeSet.RunStatus status) {
            Interruption.check("stopping before changeset " + changeSet.getId());
            started = System.nanoTime();
        }

        @Override
        public void ran(ChangeSet changeSet, DatabaseChangeLog log, Database database, ChangeSet.ExecType type) {
            if (type == ChangeSet.ExecType.EXECUTED || type == ChangeSet.ExecType.RERAN) {
                ChangeProgress.finished("applied", changeSet.getFilePath(), changeSet.getId(),
                        System.nanoTime() - started);
            }
        }

        @Override
        public void willRollback(ChangeSet changeSet, DatabaseChangeLog log, Database database) {
            Interruption.check("stopping before rolling back changeset " + changeSet.getId());
            started = System.nanoTime();
        }

        @Override
        public void rolledBack(ChangeSet changeSet, DatabaseChangeLog log, Database database) {
            ChangeProgress.finished("rolled back", changeSet.getFilePath(), changeSet.getId(),
                    System.nanoTime() - started);
        }
    }

    /**
     * After a failed Liquibase run: releases the changelog lock if this process still holds it (Liquibase could
     * not, say because a live server kept the write lock longer than the busy timeout). Otherwise a JVM that
     * lives on (the Maven plugin's) would leave a lock that no one can prove stale.
     */
    static void releaseOwnLock(TorcDatabase db) {
        String mine = "#" + System.getProperty(ChangelogSession.HOST_DESCRIPTION) + " (";
        try {
            endTransaction(db);
            Optional<ChangelogHistory.Lock> lock = ChangelogHistory.read(db).lock();
            if (lock.isPresent() && lock.get().lockedBy() != null && lock.get().lockedBy().contains(mine)) {
                // The failure may be a busy timeout: wait at least the default for this one short write.
                long busy = Long.parseLong(db.queryValue("PRAGMA busy_timeout"));
                db.execute("PRAGMA busy_timeout = " + Math.max(busy, TorcDatabase.DEFAULT_BUSY_TIMEOUT.toMillis()));
                try {
                    ChangelogHistory.release(db, lock.get());
                } finally {
                    db.execute("PRAGMA busy_timeout = " + busy);
                }
                LOG.info("Released the changelog lock of {} that the failed run left", db.path());
            }
        } catch (SQLException | TorcIndexException e) {
            LOG.warn("Could not release the changelog lock of {} after the failure; the next torc-index run on "
                    + "this host releases it once this process has ended: {}", db.path(), e.getMessage());
        }
    }

    private static TorcIndexException translate(TorcDatabase db, String action, Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TorcIndexException tie) {
                return tie;
            }
            if (t instanceof ValidationFailedException v) {
                return new TorcIndexException(ErrorCode.HISTORY_CONFLICT, "Could not " + action + " " + db.path()
                        + ": its Liquibase history disagrees with the changelog (" + firstLine(v)
                        + "). An applied changeset was edited, or the database was migrated by another "
                        + "torc-index version; see docs/migration-runbook.md.", e);
            }
            List<Throwable> candidates = new ArrayList<>(List.of(t));
            candidates.addAll(List.of(t.getSuppressed()));
            for (Throwable c : candidates) {
                if (c instanceof SQLException sql) {
                    TorcIndexException wrapped = db.failure(action, sql);
                    if (wrapped.code() != ErrorCode.INTERNAL) {
                        return wrapped;
                    }
                }
            }
        }
        return new TorcIndexException(ErrorCode.INTERNAL, "Could not " + action + " " + db.path() + ": "
                + firstLine(e), e);
    }

    static String firstLine(Throwable t) {
        String message = String.valueOf(t.getMessage()).strip();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline).strip();
    }
}
