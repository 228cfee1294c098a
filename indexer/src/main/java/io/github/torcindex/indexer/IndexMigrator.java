package io.github.torcindex.indexer;

import io.github.torcindex.ErrorCode;
import io.github.torcindex.TorcIndexException;
import io.github.torcindex.indexer.PlannedStep.Action;
import io.github.torcindex.schema.Interruption;
import io.github.torcindex.schema.TorcDatabase;
import io.github.torcindex.schema.WriteLockLog;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import liquibase.UpdateSummaryEnum;
import liquibase.command.core.RollbackCommandStep;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DatabaseChangelogCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies, rolls back and reports the index phases on a Torc database: the one entry point that the command
 * line and the Maven goals share.
 *
 * <p>Levels: level N means phases 1..N are applied; level 0 is the baseline. Each phase ends with a Liquibase
 * tag {@code level-N}; rollback to level N is Liquibase's rollback to that tag. Indexes that already exist
 * under another name are recorded, not duplicated, and never dropped by a rollback.
 */
public final class IndexMigrator {

    private static final Logger LOG = LoggerFactory.getLogger(IndexMigrator.class);

    private final IndexCatalog catalog;
    private final MigrationPlanner planner;
    private final Clock clock;

    /** A migrator over the built-in phase changelogs. */
    public IndexMigrator() {
        this(IndexCatalog.load(), Clock.systemUTC());
    }

    IndexMigrator(IndexCatalog catalog, Clock clock) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.planner = new MigrationPlanner(catalog);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The phases and indexes this migrator applies. */
    public IndexCatalog catalog() {
        return catalog;
    }

    /**
     * Reports where each recommended index stands, reading the database without changing it.
     *
     * @throws TorcIndexException if the database can't be opened or read
     */
    public StatusReport status(Path database, Duration busyTimeout) {
        try (TorcDatabase db = TorcDatabase.open(database, TorcDatabase.Access.READ_ONLY, busyTimeout)) {
            return StatusReader.read(db, catalog);
        }
    }

    /**
     * Brings a database to level {@code options.to()}: creates the pending indexes of phases 1..to, records
     * indexes that exist under another name, skips redundant ones (unless allowed), recreates drifted ones and
     * runs each included phase's maintenance. A backup is taken first when the run changes an index (not when it
     * only refreshes statistics or records history).
     *
     * @throws TorcIndexException if the level is unknown, the database can't be used, another run or the
     *     changelog lock holds it, an index can't be created, or the run was interrupted; the database is then
     *     left as the last completed changeset left it, and the message says at which level
     */
    public MigrationReport migrate(MigrateOptions options) {
        requireLevel(options.to());
        long start = System.nanoTime();
        try (ChangeGuard guard = ChangeGuard.open(options.database(), options.dryRun(), options.busyTimeout())) {
            TorcDatabase db = guard.db();
            StatusReport before = StatusReader.read(db, catalog);
            ChangelogHistory history = ChangelogHistory.read(db);
            List<PlannedStep> steps = planner.migrate(before, history, options.to(), options.allowRedundant(),
                    db.tableNames());
            WriteLockLog locks = new WriteLockLog();
            if (options.dryRun() || steps.stream().noneMatch(PlannedStep::changesDatabase)) {
                return report(ChangeOperation.MIGRATE, options.to(), before, before, options.dryRun(), steps,
                        facts(Optional.empty(), options.dryRun() ? "dry run" : "nothing to do", guard, locks, start));
            }
            boolean indexChanges = steps.stream().anyMatch(IndexMigrator::changesAnIndex);
            Optional<Path> backup = guard.prepare(history, options.backup() && indexChanges, clock);
            try {
                DriftRepair.repair(db, steps, locks);
                if (steps.stream().anyMatch(s -> s.action() != Action.REPAIR && s.action() != Action.DROP_DUPLICATE
                        && s.changesDatabase())) {
                    String labels = labelFilter(options.to(), steps);
                    LOG.info("Applying {} to {} with label filter {}", IndexCatalog.CHANGELOG, db.path(), labels);
                    LiquibaseRun.run(db, locks, classpath(), "apply phases 1.." + options.to() + " to", scope -> scope
                            .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, IndexCatalog.CHANGELOG)
                            .addArgumentValue(UpdateCommandStep.LABEL_FILTER_ARG, labels)
                            .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY, UpdateSummaryEnum.OFF),
                            UpdateCommandStep.COMMAND_NAME);
                }
            } catch (TorcIndexException e) {
                throw whereItStopped(db, e, "migrate", options.to());
            }
            StatusReport after = StatusReader.read(db, catalog);
            return report(ChangeOperation.MIGRATE, options.to(), before, after, false, steps,
                    facts(backup, backupNote(options.backup(), indexChanges), guard, locks, start));
        }
    }

    /**
     * Returns a database to level {@code options.to()} by rolling back to the Liquibase tag {@code level-N}:
     * drops the indexes torc-index created after it, keeps every index it did not create.
     *
     * @throws TorcIndexException if the level is unknown, the database can't be used, another run or the lock
     *     holds it, or the run was interrupted (the message says at which level it stopped)
     */
    public MigrationReport rollback(RollbackOptions options) {
        requireLevel(options.to());
        long start = System.nanoTime();
        try (ChangeGuard guard = ChangeGuard.open(options.database(), options.dryRun(), options.busyTimeout())) {
            TorcDatabase db = guard.db();
            StatusReport before = StatusReader.read(db, catalog);
            ChangelogHistory history = ChangelogHistory.read(db);
            List<PlannedStep> steps = planner.rollback(before, history, options.to());
            WriteLockLog locks = new WriteLockLog();
            if (options.dryRun() || steps.isEmpty()) {
                return report(ChangeOperation.ROLLBACK, options.to(), before, before, options.dryRun(), steps,
                        facts(Optional.empty(), options.dryRun() ? "dry run" : "nothing to do", guard, locks, start));
            }
            boolean indexChanges = steps.stream().anyMatch(IndexMigrator::changesAnIndex);
            Optional<Path> backup = guard.prepare(history, options.backup() && indexChanges, clock);
            try {
                LiquibaseRun.run(db, locks, classpath(), "roll back to level " + options.to() + " in", scope -> scope
                        .addArgumentValue(DatabaseChangelogCommandStep.CHANGELOG_FILE_ARG, IndexCatalog.CHANGELOG)
                        .addArgumentValue(RollbackCommandStep.TAG_ARG, "level-" + options.to())
                        // SQLite stores DATEEXECUTED to the second: several tag rows can share a time, so the
                        // newest row with the tag, by execution order, is the one to roll back to.
                        .addArgumentValue(RollbackCommandStep.TAG_VERSION_ARG, "NEWEST"),
                        RollbackCommandStep.COMMAND_NAME);
            } catch (TorcIndexException e) {
                throw whereItStopped(db, e, "rollback", options.to());
            }
            StatusReport after = StatusReader.read(db, catalog);
            return report(ChangeOperation.ROLLBACK, options.to(), before, after, false, steps,
                    facts(backup, backupNote(options.backup(), indexChanges), guard, locks, start));
        }
    }

    /**
     * Applies a changelog of the user's (the advisor's, say) with the same care as the phases: only change types
     * SQLite runs natively, only index changes and statistics unless {@code allowDataChanges}, a stale lock of a
     * killed torc-index run released and any other refused, a bounded wait for the write lock, a backup, and the
     * write-lock discipline for a live server. With {@code rollback}, rolls back every changeset of that
     * changelog that is applied, newest first, and nothing else. A database never migrated is fine.
     *
     * @throws TorcIndexException if the changelog is missing, can't be parsed or asks for a refused change; if the
     *     database can't be used or is locked; or if a changeset fails
     */
    public ApplyReport apply(ApplyOptions options) {
        return new ChangelogApplier(clock).apply(options);
    }

    /**
     * Rehearses a Torc upgrade: applies the migrations of {@code options.migrations()} that the database lacks
     * to a copy, the way sqlx does, and reports per migration the rows lost, the tables and indexes dropped and
     * created and the time taken, and which of torc-index's indexes Torc's new ones duplicate. The database is
     * only read.
     *
     * @throws TorcIndexException if the database or the folder can't be used
     */
    public UpgradeReport upgradeCheck(UpgradeCheckOptions options) {
        return UpgradeRehearsal.run(options);
    }

    /**
     * Releases a Liquibase changelog lock left behind by a run that was killed. Only safe when no torc-index or
     * Liquibase run is active on the database.
     *
     * @return who held the lock and since when, or empty if it was not held
     * @throws TorcIndexException if the database can't be opened or written
     */
    public Optional<String> unlock(Path database, Duration busyTimeout) {
        try (TorcDatabase db = TorcDatabase.open(database, TorcDatabase.Access.READ_WRITE, busyTimeout)) {
            Optional<ChangelogHistory.Lock> lock = ChangelogHistory.read(db).lock();
            if (lock.isPresent()) {
                try {
                    ChangelogHistory.release(db, lock.get());
                } catch (SQLException e) {
                    throw db.failure("release the changelog lock of", e);
                }
                LOG.debug("Released the changelog lock of {} held by {}", db.path(), lock.get().lockedBy());
            }
            return lock.map(l -> l.lockedBy() + " since " + l.granted());
        }
    }

    private static boolean changesAnIndex(PlannedStep step) {
        return step.action() == Action.CREATE || step.action() == Action.REPAIR || step.action() == Action.DROP
                || step.action() == Action.DROP_DUPLICATE;
    }

    private static String backupNote(boolean asked, boolean indexChanges) {
        if (!asked) {
            return "not asked for (--no-backup)";
        }
        return indexChanges ? "taken before the first index change"
                : "skipped: this run changes no index, only statistics (ANALYZE) and Liquibase's history";
    }

    private static ChangeFacts facts(Optional<Path> backup, String note, ChangeGuard guard, WriteLockLog locks,
            long start) {
        return new ChangeFacts(backup, note, guard.released(), Duration.ofNanos(System.nanoTime() - start),
                locks.holds());
    }

    /** An interruption's message gains the level the database stopped at and what to run next. */
    private TorcIndexException whereItStopped(TorcDatabase db, TorcIndexException e, String operation, int target) {
        if (e.code() != ErrorCode.INTERRUPTED) {
            return e;
        }
        int level;
        try {
            level = StatusReader.read(db, catalog).level();
        } catch (TorcIndexException unreadable) {
            e.addSuppressed(unreadable);
            return e;
        }
        return new TorcIndexException(ErrorCode.INTERRUPTED, "Stopped by " + Interruption.reason() + ": " + db.path()
                + " is at level " + level + " (every changeset up to there is complete and recorded; the statement "
                + "that was running was rolled back, and Liquibase's lock is released). Run `torc-index "
                + operation + " --db " + db.path() + " --to " + target + "` to finish"
                + (operation.equals("migrate") ? ", or `torc-index rollback --db " + db.path() + " --to " + level
                        + "` to stay here." : "."), e);
    }

    private void requireLevel(int level) {
        if (level < 0 || level > catalog.maxLevel()) {
            throw new TorcIndexException(ErrorCode.USAGE, "Unknown level " + level + ": levels run from 0 "
                    + "(baseline) to " + catalog.maxLevel() + " (phases 1.." + catalog.maxLevel() + ").");
        }
    }

    private String labelFilter(int to, List<PlannedStep> steps) {
        String phases = IntStream.rangeClosed(1, to).mapToObj(n -> "phase-" + n)
                .collect(Collectors.joining(" or ", "(", ")"));
        String skipped = steps.stream()
                .filter(s -> s.action() == Action.SKIP_REDUNDANT || s.action() == Action.SKIP_NOT_APPLICABLE)
                .map(s -> " and !" + s.changeSetId()).collect(Collectors.joining());
        return phases + skipped;
    }

    private static ResourceAccessor classpath() {
        return new ClassLoaderResourceAccessor(IndexMigrator.class.getClassLoader());
    }

    private static MigrationReport report(ChangeOperation operation, int target, StatusReport before,
            StatusReport after, boolean dryRun, List<PlannedStep> steps, ChangeFacts facts) {
        return new MigrationReport(operation, before.database(), target, before.level(), after.level(), dryRun,
                steps, facts, after);
    }
}
