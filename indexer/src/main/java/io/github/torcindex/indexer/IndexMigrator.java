package io.github.torcindex.indexer;

import io.github.torcindex.ErrorCode;
import io.github.torcindex.TorcIndexException;
import io.github.torcindex.indexer.PlannedStep.Action;
import io.github.torcindex.schema.ChangelogSession;
import io.github.torcindex.schema.TorcDatabase;
import io.github.torcindex.schema.WriteLockLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import liquibase.UpdateSummaryEnum;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.command.CommandScope;
import liquibase.command.core.RollbackCommandStep;
import liquibase.command.core.RollbackCountCommandStep;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DatabaseChangelogCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.exception.ValidationFailedException;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.DirectoryResourceAccessor;
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
     * runs each included phase's maintenance.
     *
     * @throws TorcIndexException if the level is unknown, the database can't be used, the changelog lock is
     *     held, or an index can't be created; the database is then left as the last completed changeset left it
     */
    public MigrationReport migrate(MigrateOptions options) {
        requireLevel(options.to());
        long start = System.nanoTime();
        try (TorcDatabase db = openForChange(options.database(), options.dryRun(), options.busyTimeout())) {
            Optional<String> released = options.dryRun() ? Optional.empty() : releaseStaleLock(db);
            StatusReport before = StatusReader.read(db, catalog);
            ChangelogHistory history = ChangelogHistory.read(db);
            List<PlannedStep> steps = planner.migrate(before, history, options.to(), options.allowRedundant());
            boolean changes = steps.stream().anyMatch(PlannedStep::changesDatabase);
            WriteLockLog locks = new WriteLockLog();
            if (options.dryRun() || !changes) {
                return report("migrate", options.to(), before, before, options.dryRun(), steps,
                        new Prepared(Optional.empty(), released), locks, start);
            }
            Prepared prepared = new Prepared(prepareChange(db, history, options.backup()), released);
            repair(db, steps, locks);
            if (steps.stream().anyMatch(s -> s.action() != Action.REPAIR && s.changesDatabase())) {
                String labels = labelFilter(options.to(), steps);
                LOG.info("Applying {} to {} with label filter {}", IndexCatalog.CHANGELOG, db.path(), labels);
                runLiquibase(db, locks, "apply phases 1.." + options.to() + " to", scope -> scope
                        .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, IndexCatalog.CHANGELOG)
                        .addArgumentValue(UpdateCommandStep.LABEL_FILTER_ARG, labels)
                        .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY, UpdateSummaryEnum.OFF),
                        UpdateCommandStep.COMMAND_NAME);
            }
            StatusReport after = StatusReader.read(db, catalog);
            return report("migrate", options.to(), before, after, false, steps, prepared, locks, start);
        }
    }

    /**
     * Returns a database to level {@code options.to()} by rolling back to the Liquibase tag {@code level-N}:
     * drops the indexes torc-index created after it, keeps every index it did not create.
     *
     * @throws TorcIndexException if the level is unknown, the database can't be used or the lock is held
     */
    public MigrationReport rollback(RollbackOptions options) {
        requireLevel(options.to());
        long start = System.nanoTime();
        try (TorcDatabase db = openForChange(options.database(), options.dryRun(), options.busyTimeout())) {
            Optional<String> released = options.dryRun() ? Optional.empty() : releaseStaleLock(db);
            StatusReport before = StatusReader.read(db, catalog);
            ChangelogHistory history = ChangelogHistory.read(db);
            List<PlannedStep> steps = planner.rollback(before, history, options.to());
            WriteLockLog locks = new WriteLockLog();
            if (options.dryRun() || steps.isEmpty()) {
                return report("rollback", options.to(), before, before, options.dryRun(), steps,
                        new Prepared(Optional.empty(), released), locks, start);
            }
            Prepared prepared = new Prepared(prepareChange(db, history, options.backup()), released);
            runLiquibase(db, locks, "roll back to level " + options.to() + " in", scope -> scope
                    .addArgumentValue(DatabaseChangelogCommandStep.CHANGELOG_FILE_ARG, IndexCatalog.CHANGELOG)
                    .addArgumentValue(RollbackCommandStep.TAG_ARG, "level-" + options.to())
                    // SQLite stores DATEEXECUTED to the second: several tag rows can share a time, so the
                    // newest row with the tag, by execution order, is the one to roll back to.
                    .addArgumentValue(RollbackCommandStep.TAG_VERSION_ARG, "NEWEST"),
                    RollbackCommandStep.COMMAND_NAME);
            StatusReport after = StatusReader.read(db, catalog);
            return report("rollback", options.to(), before, after, false, steps, prepared, locks, start);
        }
    }

    /**
     * Applies a changelog of the user's (the advisor's, say) with the same care as the phases: only change types
     * SQLite runs natively (the lint), a stale lock of a killed torc-index run released and any other refused,
     * a bounded wait for the write lock, a backup, and the write-lock discipline for a live server. With
     * {@code rollback}, rolls back every changeset of that changelog that is applied, newest first, and nothing
     * else.
     *
     * @throws TorcIndexException if the changelog is missing, can't be parsed or asks for a change that rebuilds
     *     a table; if the database can't be used or is locked; or if a changeset fails
     */
    public ApplyReport apply(ApplyOptions options) {
        long start = System.nanoTime();
        Path changelog = requireChangelog(options.changelog());
        Path folder = changelog.getParent();
        String name = changelog.getFileName().toString();
        List<ChangeSet> changeSets = parseExternal(folder, name);
        try (TorcDatabase db = openForChange(options.database(), options.dryRun(), options.busyTimeout())) {
            Optional<String> released = options.dryRun() ? Optional.empty() : releaseStaleLock(db);
            List<ChangeSet> applied = appliedOf(db, changeSets);
            List<ChangeSet> steps;
            if (options.rollback()) {
                steps = applied;
            } else {
                steps = changeSets.stream().filter(c -> c.isAlwaysRun() || !applied.contains(c)).toList();
            }
            List<String> ids = steps.stream().map(c -> c.getId() + " (" + c.getAuthor() + ")").toList();
            String operation = options.rollback() ? "rollback" : "apply";
            WriteLockLog locks = new WriteLockLog();
            if (options.dryRun() || steps.isEmpty()) {
                return new ApplyReport(operation, db.path(), changelog, ids, options.dryRun(), Optional.empty(),
                        released, Duration.ofNanos(System.nanoTime() - start), locks.holds());
            }
            Optional<Path> backup = prepareChange(db, ChangelogHistory.read(db), options.backup());
            ResourceAccessor resources = directory(folder);
            if (options.rollback()) {
                runLiquibase(db, locks, resources, "roll back " + changelog + " on", scope -> scope
                        .addArgumentValue(DatabaseChangelogCommandStep.CHANGELOG_FILE_ARG, name)
                        .addArgumentValue(RollbackCountCommandStep.COUNT_ARG, steps.size()),
                        RollbackCountCommandStep.COMMAND_NAME);
            } else {
                runLiquibase(db, locks, resources, "apply " + changelog + " to", scope -> scope
                        .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, name)
                        .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY, UpdateSummaryEnum.OFF),
                        UpdateCommandStep.COMMAND_NAME);
            }
            return new ApplyReport(operation, db.path(), changelog, ids, false, backup, released,
                    Duration.ofNanos(System.nanoTime() - start), locks.holds());
        }
    }

    private static Path requireChangelog(Path changelog) {
        Path file = changelog.toAbsolutePath().normalize();
        if (!Files.exists(file)) {
            throw new TorcIndexException(ErrorCode.BAD_INPUT_FILE, "No changelog at " + file
                    + ": the file does not exist.");
        }
        if (!Files.isRegularFile(file)) {
            throw new TorcIndexException(ErrorCode.BAD_INPUT_FILE, "No changelog at " + file + ": it is not a file.");
        }
        return file;
    }

    private static ResourceAccessor directory(Path folder) {
        try {
            return new DirectoryResourceAccessor(folder);
        } catch (java.io.FileNotFoundException e) {
            throw new TorcIndexException(ErrorCode.BAD_INPUT_FILE, "Cannot read the folder " + folder + ".", e);
        }
    }

    /** Parses the changelog and refuses change types that make Liquibase rebuild a table on SQLite. */
    private static List<ChangeSet> parseExternal(Path folder, String name) {
        List<ChangelogLint.Violation> violations;
        DatabaseChangeLog log;
        try {
            ResourceAccessor resources = directory(folder);
            log = ChangelogSession.run(resources, () -> ChangeLogParserFactory.getInstance()
                    .getParser(name, resources).parse(name, new ChangeLogParameters(), resources));
            violations = ChangelogLint.check(log);
        } catch (TorcIndexException e) {
            throw e;
        } catch (Exception e) {
            throw new TorcIndexException(ErrorCode.BAD_INPUT_FILE, "Cannot read the changelog "
                    + folder.resolve(name) + ": " + firstLine(e) + ".", e);
        }
        if (!violations.isEmpty()) {
            throw new TorcIndexException(ErrorCode.BAD_INPUT_FILE, "Refusing to apply " + folder.resolve(name)
                    + ": " + violations.get(0) + (violations.size() > 1 ? " (and " + (violations.size() - 1)
                    + " more)" : "") + ". See docs/architecture.md.");
        }
        return log.getChangeSets();
    }

    /** The changesets of the changelog recorded in the database's history, newest first. */
    private static List<ChangeSet> appliedOf(TorcDatabase db, List<ChangeSet> changeSets) {
        Map<String, Integer> order = new HashMap<>();
        try (Statement st = db.connection().createStatement(); ResultSet rs = st.executeQuery(
                "SELECT ID, AUTHOR, FILENAME, ORDEREXECUTED FROM " + ChangelogHistory.CHANGELOG_TABLE)) {
            while (rs.next()) {
                order.put(rs.getString(1) + "::" + rs.getString(2) + "::" + rs.getString(3), rs.getInt(4));
            }
        } catch (SQLException e) {
            throw db.failure("read the Liquibase history (" + ChangelogHistory.CHANGELOG_TABLE + ") of", e);
        }
        return changeSets.stream()
                .filter(c -> order.containsKey(c.getId() + "::" + c.getAuthor() + "::" + c.getFilePath()))
                .sorted(Comparator.comparingInt((ChangeSet c) -> order.get(c.getId() + "::" + c.getAuthor() + "::"
                        + c.getFilePath())).reversed())
                .toList();
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
                LOG.info("Released the changelog lock of {} held by {}", db.path(), lock.get().lockedBy());
            }
            return lock.map(l -> l.lockedBy() + " since " + l.granted());
        }
    }

    /**
     * What every change does before it changes anything: refuse a held changelog lock, wait (bounded) for
     * SQLite's write lock, and take the backup unless told not to.
     */
    private Optional<Path> prepareChange(TorcDatabase db, ChangelogHistory history, boolean backup) {
        requireUnlocked(db, history);
        requireWriteLock(db);
        Optional<Path> taken = backup ? Optional.of(DatabaseBackup.take(db, clock)) : Optional.empty();
        taken.ifPresent(b -> LOG.info("Backup of {} written to {}", db.path(), b));
        return taken;
    }

    /** The backup a change took and the stale lock it released, if any. */
    private record Prepared(Optional<Path> backup, Optional<String> releasedLock) {
    }

    private TorcDatabase openForChange(Path database, boolean dryRun, Duration busyTimeout) {
        return TorcDatabase.open(database, dryRun ? TorcDatabase.Access.READ_ONLY : TorcDatabase.Access.READ_WRITE,
                busyTimeout);
    }

    private void requireLevel(int level) {
        if (level < 0 || level > catalog.maxLevel()) {
            throw new TorcIndexException(ErrorCode.USAGE, "Unknown level " + level + ": levels run from 0 "
                    + "(baseline) to " + catalog.maxLevel() + " (phases 1.." + catalog.maxLevel() + ").");
        }
    }

    /**
     * Releases the changelog lock if a killed torc-index run on this host left it (the only holder that can be
     * proven gone); any other holder is left for {@link #requireUnlocked} to report.
     *
     * @return what was released, if anything
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
        LOG.warn(note);
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

    /** Recreates drifted indexes in place, keeping their DATABASECHANGELOG rows (and so their order). */
    private static void repair(TorcDatabase db, List<PlannedStep> steps, WriteLockLog locks) {
        Connection c = ChangelogSession.writeOnDemand(db.connection(), locks);
        for (PlannedStep step : steps) {
            if (step.action() != Action.REPAIR) {
                continue;
            }
            try {
                c.setAutoCommit(false);
                try (Statement st = c.createStatement()) {
                    for (String sql : step.sql()) {
                        st.execute(sql);
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("UPDATE " + ChangelogHistory.CHANGELOG_TABLE
                        + " SET EXECTYPE = 'EXECUTED' WHERE ID = ? AND AUTHOR = 'torc-index'")) {
                    ps.setString(1, step.changeSetId());
                    ps.executeUpdate();
                }
                c.commit();
                c.setAutoCommit(true);
                LOG.info("Recreated drifted index {} in {}", step.changeSetId(), db.path());
            } catch (SQLException e) {
                try {
                    c.rollback();
                    c.setAutoCommit(true);
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw db.failure("recreate the drifted index " + step.changeSetId() + " (" + step.sql() + ") in",
                        e);
            }
        }
    }

    private String labelFilter(int to, List<PlannedStep> steps) {
        String phases = IntStream.rangeClosed(1, to).mapToObj(n -> "phase-" + n)
                .collect(Collectors.joining(" or ", "(", ")"));
        String skipped = steps.stream().filter(s -> s.action() == Action.SKIP_REDUNDANT)
                .map(s -> " and !" + s.changeSetId()).collect(Collectors.joining());
        return phases + skipped;
    }

    @FunctionalInterface
    private interface CommandArguments {
        CommandScope apply(CommandScope scope);
    }

    private static void runLiquibase(TorcDatabase db, WriteLockLog locks, String action, CommandArguments arguments,
            String... command) {
        runLiquibase(db, locks, new ClassLoaderResourceAccessor(IndexMigrator.class.getClassLoader()), action,
                arguments, command);
    }

    private static void runLiquibase(TorcDatabase db, WriteLockLog locks, ResourceAccessor resources, String action,
            CommandArguments arguments, String... command) {
        try {
            ChangelogSession.run(resources, () -> arguments.apply(new CommandScope(command)
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG,
                            ChangelogSession.liquibaseDatabase(db.connection(), locks))).execute());
        } catch (Exception e) {
            TorcIndexException failure = translate(db, action, e);
            releaseOwnLock(db);
            throw failure.code() == ErrorCode.LOCKED ? new TorcIndexException(ErrorCode.LOCKED, failure.getMessage()
                    + " What was applied before is kept (see `torc-index status`); run the same command again to "
                    + "finish.", e) : failure;
        } finally {
            try {
                db.connection().setAutoCommit(true);
            } catch (SQLException e) {
                LOG.warn("Could not restore autocommit on {}", db.path(), e);
            }
        }
    }

    /**
     * After a failed Liquibase run: releases the changelog lock if this process still holds it (Liquibase could
     * not, say because a live server kept the write lock longer than the busy timeout). Otherwise a JVM that
     * lives on (the Maven plugin's) would leave a lock that no one can prove stale.
     */
    private static void releaseOwnLock(TorcDatabase db) {
        String mine = "#" + System.getProperty(ChangelogSession.HOST_DESCRIPTION) + " (";
        try {
            db.connection().rollback();
            db.connection().setAutoCommit(true);
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
                    + "this host releases it once this process has ended", db.path(), e);
        }
    }

    private static TorcIndexException translate(TorcDatabase db, String action, Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TorcIndexException tie) {
                return tie;
            }
            if (t instanceof ValidationFailedException v) {
                return new TorcIndexException(ErrorCode.HISTORY_CONFLICT, "Could not " + action + " " + db.path()
                        + ": its Liquibase history disagrees with torc-index's changelogs (" + firstLine(v)
                        + "). An applied changeset was edited, or the database was migrated by another "
                        + "torc-index version; see docs/migration-runbook.md.", e);
            }
            List<Throwable> candidates = new java.util.ArrayList<>(List.of(t));
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

    private static String firstLine(Throwable t) {
        String message = String.valueOf(t.getMessage()).strip();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline).strip();
    }

    private static MigrationReport report(String operation, int target, StatusReport before, StatusReport after,
            boolean dryRun, List<PlannedStep> steps, Prepared prepared, WriteLockLog locks, long start) {
        return new MigrationReport(operation, before.database(), target, before.level(), after.level(), dryRun,
                steps, prepared.backup(), prepared.releasedLock(), Duration.ofNanos(System.nanoTime() - start),
                locks.holds(), after);
    }
}
