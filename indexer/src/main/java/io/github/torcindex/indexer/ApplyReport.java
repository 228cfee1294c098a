package io.github.torcindex.indexer;

import io.github.torcindex.schema.WriteLockLog;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link IndexMigrator#apply} did (or, for a dry run, would do).
 *
 * @param operation {@code apply} or {@code rollback}
 * @param database the database file
 * @param changelog the changelog file
 * @param changeSets the changesets that ran (or would run), as {@code id (author)}, in order
 * @param dryRun whether nothing was changed on purpose
 * @param backup the backup taken before changing anything, if any
 * @param releasedLock what was said on releasing a changelog lock left by a killed torc-index run, if it did
 * @param elapsed how long the run took
 * @param writeLocks every time the run held SQLite's write lock
 */
public record ApplyReport(String operation, Path database, Path changelog, List<String> changeSets, boolean dryRun,
        Optional<Path> backup, Optional<String> releasedLock, Duration elapsed, List<WriteLockLog.Hold> writeLocks) {

    /** Validates and copies the components. */
    public ApplyReport {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(changelog, "changelog");
        Objects.requireNonNull(backup, "backup");
        Objects.requireNonNull(releasedLock, "releasedLock");
        Objects.requireNonNull(elapsed, "elapsed");
        changeSets = List.copyOf(changeSets);
        writeLocks = List.copyOf(writeLocks);
    }

    /** The longest time the run held the write lock, if it took it at all. */
    public Optional<WriteLockLog.Hold> longestWriteLock() {
        return WriteLockLog.longest(writeLocks);
    }
}
