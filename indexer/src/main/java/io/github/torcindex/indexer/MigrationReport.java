package io.github.torcindex.indexer;

import java.nio.file.Path;
import io.github.torcindex.schema.WriteLockLog;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a migrate or rollback did (or, for a dry run, would do).
 *
 * @param operation {@code migrate} or {@code rollback}
 * @param database the database file
 * @param target the level asked for
 * @param levelBefore the level before the run
 * @param levelAfter the level after the run (equal to {@code levelBefore} for a dry run)
 * @param dryRun whether nothing was changed on purpose
 * @param steps every step, in the order it runs
 * @param backup the backup taken before changing anything, if any
 * @param releasedLock what was said on releasing a changelog lock left by a killed torc-index run, if it did
 * @param elapsed how long the run took
 * @param writeLocks every time the run held SQLite's write lock (what a live Torc server waits for), in order
 * @param status the index status after the run
 */
public record MigrationReport(String operation, Path database, int target, int levelBefore, int levelAfter,
        boolean dryRun, List<PlannedStep> steps, Optional<Path> backup, Optional<String> releasedLock, Duration elapsed, List<WriteLockLog.Hold> writeLocks,
        StatusReport status) {

    /** Validates and copies the components. */
    public MigrationReport {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(backup, "backup");
        Objects.requireNonNull(releasedLock, "releasedLock");
        Objects.requireNonNull(elapsed, "elapsed");
        Objects.requireNonNull(status, "status");
        steps = List.copyOf(steps);
        writeLocks = List.copyOf(writeLocks);
    }

    /** The longest time the run held the write lock, if it took it at all. */
    public Optional<WriteLockLog.Hold> longestWriteLock() {
        return WriteLockLog.longest(writeLocks);
    }

    /** Whether the run changed (or, for a dry run, would change) the database. */
    public boolean changesDatabase() {
        return steps.stream().anyMatch(PlannedStep::changesDatabase);
    }

    /** The steps with a given action. */
    public List<PlannedStep> steps(PlannedStep.Action action) {
        return steps.stream().filter(s -> s.action() == action).toList();
    }
}
